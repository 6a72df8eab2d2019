#!/usr/bin/env gale
import "fmt"

x := 1
func (r *R) Name() string { return "r" }
func(a int) { fmt.Println(a) }(x)
type R struct{ n int }
for i := range 3 {
	x += i
}
L:
	switch y := interface{}(x).(type) {
	case int:
		break L
	}
