// Goexit in main: main's deferred calls run, the other goroutines go on, and when they have
// all finished the program dies of a deadlock that Go names.
package main

import (
	"fmt"
	"runtime"
	"time"
)

func main() {
	go func() {
		time.Sleep(20 * time.Millisecond)
		fmt.Println("the other goroutine finishes")
	}()
	defer fmt.Println("main's deferred call")
	runtime.Goexit()
	fmt.Println("not reached")
}
