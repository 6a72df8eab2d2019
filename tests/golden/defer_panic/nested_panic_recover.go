// A deferred call that runs during a panic calls a function that panics and recovers: only
// the inner panic ends there; the outer one goes on and main recovers it.
package main

import "fmt"

func k() {
	defer func() { fmt.Println("k recovered:", recover()) }()
	panic("P2")
}

func f() {
	defer func() {
		k()
		fmt.Println("D done")
	}()
	panic("P1")
}

func main() {
	defer func() { fmt.Println("main recovered:", recover()) }()
	f()
}
