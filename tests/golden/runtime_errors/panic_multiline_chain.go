package main

// A chain of panics, recovered and not, whose values have multi-line texts: a plain
// string, a custom error type (pointer receiver), a Stringer, an fmt.Errorf wrapping error.

import (
	"errors"
	"fmt"
)

type MyErr struct{ msg string }

func (e *MyErr) Error() string { return "my: " + e.msg }

type Count int

func (c Count) String() string { return fmt.Sprintf("count\n%d", int(c)) }

func main() {
	defer func() {
		r := recover()
		defer func() {
			r2 := recover()
			defer func() {
				panic(fmt.Errorf("wrap: %w\n[%v] %v", errors.New("base\nx"), r, r2))
			}()
			panic(Count(7))
		}()
		panic(&MyErr{"a\nb"})
	}()
	panic(fmt.Sprintf("sprintf %d\n", 3))
}
