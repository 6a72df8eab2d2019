package main

// The types of recovered run-time errors: bounds errors are runtime.boundsError.

import (
	"fmt"
	"runtime"
)

func try(f func()) {
	defer func() {
		r := recover()
		_, ok := r.(runtime.Error)
		fmt.Printf("%T %v %v\n", r, r, ok)
	}()
	f()
}

func main() {
	s := []int{1, 2, 3}
	i, j := 5, 1
	try(func() { _ = s[i] })
	try(func() { _ = s[j:i] })
	try(func() { _ = s[i:] })
	try(func() { _ = [4]int(s) })
	try(func() { _ = 1 / (i - 5) })
	try(func() { var p *int; _ = *p })
	try(func() { _ = "abc"[i] })
	try(func() { var m map[int]int; m[1] = 1 })
	try(func() { _ = s[i-10] })
}
