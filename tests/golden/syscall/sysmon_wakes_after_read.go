// GOMAXPROCS=1: main blocks in read(2), sysmon hands its P off and, with nothing running,
// sleeps deeply. When the read returns, main takes the idle P back and spins until another
// goroutine's Sleep ends: sysmon must wake up again to preempt main so that the sleeper runs.
package main

import (
	"fmt"
	"os"
	"runtime"
	"sync/atomic"
	"time"
)

func main() {
	runtime.GOMAXPROCS(1)
	var done atomic.Int32
	go func() {
		time.Sleep(300 * time.Millisecond)
		done.Store(1)
	}()
	buf := make([]byte, 1)
	os.Stdin.Read(buf) // data arrives after 100 ms
	for done.Load() == 0 {
	}
	fmt.Println("ok")
}
