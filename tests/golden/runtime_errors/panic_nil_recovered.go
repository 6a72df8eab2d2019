package main

// panic(nil) panics with *runtime.PanicNilError (Go 1.21+), also when re-panicked.

import (
	"fmt"
	"runtime"
)

func main() {
	defer func() {
		r := recover()
		_, isRuntime := r.(runtime.Error)
		fmt.Printf("%T %v %v\n", r, r, isRuntime)
		panic(r)
	}()
	panic(nil)
}
