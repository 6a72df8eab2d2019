// During Goexit, a deferred call calls a function whose own deferred call recovers a panic:
// that recovery ends only the inner panic, and the rest of the deferred call runs.
package main

import (
	"fmt"
	"runtime"
)

func k() (r int) {
	defer func() {
		if recover() != nil {
			r = 7
		}
	}()
	panic("x")
}

func main() {
	done := make(chan bool)
	go func() {
		defer close(done)
		defer func() {
			v := k()
			fmt.Println("after k:", v)
		}()
		runtime.Goexit()
	}()
	<-done
	fmt.Println("end")
}
