// A goroutine parked in a select (and then a receive) while its grown stack shrinks under
// it: the registers the operations deliver into move with the stack.
package main

import (
	"fmt"
	"runtime"
)

func deep(n int) int {
	if n == 0 {
		return 0
	}
	return deep(n-1) + 1
}

func main() {
	a := make(chan []int)
	b := make(chan string)
	done := make(chan string)
	go func() {
		deep(100000)
		var x []int
		var s string
		var ok bool
		select {
		case x, ok = <-a:
		case s, ok = <-b:
		}
		y := <-a
		done <- fmt.Sprint(len(x), s, ok, len(y), y[3])
	}()
	for i := 0; i < 6; i++ {
		runtime.GC()
	}
	b <- "hello"
	for i := 0; i < 6; i++ {
		runtime.GC()
	}
	a <- []int{1, 2, 3, 4}
	fmt.Println(<-done)
}
