package main

// The signal line stays while the nil dereference's panic is not over: here a deferred
// call recovers it and panics with another value, then one panics without recovering.

import "fmt"

func main() {
	defer func() {
		panic(fmt.Sprint("second, after ", recover()))
	}()
	defer func() { panic("first") }()
	var m map[string]*int
	*m["x"] = 1
}
