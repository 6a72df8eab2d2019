// Target of runtime_checks.sh: with GOMAXPROCS=1, a goroutine blocks for good in println
// (stderr is a pipe nobody reads): the P must be handed off (the write is a system call),
// so that main's sleep ends, it prints and returns, and the program exits.
package main

import (
	"fmt"
	"runtime"
	"strings"
	"time"
)

func main() {
	runtime.GOMAXPROCS(1)
	go func() {
		s := strings.Repeat("x", 1<<16)
		for {
			println(s)
		}
	}()
	time.Sleep(200 * time.Millisecond)
	fmt.Println("main done")
}
