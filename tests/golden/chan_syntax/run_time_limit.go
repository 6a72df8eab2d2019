// Channel operations compile (they are type-checked), but running one before the scheduler
// exists ends the program as Go's runtime.throw does: a fatal error, a traceback, status 2.
// (Gale-specific: go run would print 3.)
package main

import "fmt"

func main() {
	fmt.Println("before")
	ch := make(chan int, 1)
	ch <- 3
	fmt.Println(<-ch)
}
