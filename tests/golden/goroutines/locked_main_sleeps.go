// A main goroutine wired to its thread (LockOSThread) sleeps again and again: the wired M
// counts as running once it is handed its goroutine back, so no false deadlock is reported.
package main

import (
	"fmt"
	"runtime"
	"time"
)

func main() {
	runtime.LockOSThread()
	for i := 0; i < 100; i++ {
		time.Sleep(100 * time.Microsecond)
	}
	fmt.Println("slept 100 times")
}
