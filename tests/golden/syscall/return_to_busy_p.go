// A goroutine whose read(2) returns while the only P is busy with a loop that never blocks
// waits in the global queue for a P (the loop is preempted) and then runs: main spins until
// the reader has finished, which it could not do if the reader never got the P back.
package main

import (
	"fmt"
	"os"
	"runtime"
	"sync/atomic"
)

func main() {
	runtime.GOMAXPROCS(1)
	var finished atomic.Bool
	go func() {
		buf := make([]byte, 64)
		n, _ := os.Stdin.Read(buf)
		fmt.Printf("read %q\n", buf[:n])
		finished.Store(true)
	}()
	spins := 0
	for !finished.Load() {
		spins++
	}
	fmt.Println("main saw the reader finish:", spins > 0)
}
