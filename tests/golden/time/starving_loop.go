// With GOMAXPROCS=1, a goroutine spinning in a loop without calls is preempted (by sysmon,
// after its 10 ms time slice), so the others still run and main finishes.
package main

import (
	"fmt"
	"runtime"
	"time"
)

func main() {
	runtime.GOMAXPROCS(1)
	stop := false
	go func() {
		n := 0
		for !stop {
			n++
		}
	}()
	time.Sleep(30 * time.Millisecond) // the spinner runs meanwhile
	done := make(chan string)
	go func() { done <- "other goroutine ran" }()
	fmt.Println(<-done)
	fmt.Println("NumGoroutine >= 2:", runtime.NumGoroutine() >= 2)
}
