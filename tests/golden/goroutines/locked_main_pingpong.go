// A wired main goroutine plays ping-pong with another one: every hand-back to the wired M
// keeps the deadlock detector quiet.
package main

import (
	"fmt"
	"runtime"
)

func main() {
	runtime.LockOSThread()
	ping := make(chan int)
	pong := make(chan int)
	go func() {
		for v := range ping {
			pong <- v + 1
		}
		close(pong)
	}()
	sum := 0
	for i := 0; i < 20000; i++ {
		ping <- i
		sum += <-pong
	}
	close(ping)
	fmt.Println(sum)
}
