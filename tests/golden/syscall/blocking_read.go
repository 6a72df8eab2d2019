// A goroutine blocked in read(2) on stdin (a pipe that stays empty for 1 s) must not stop
// the others, even with GOMAXPROCS=1: main's ticks all come before the read returns.
package main

import (
	"fmt"
	"os"
	"runtime"
	"time"
)

func main() {
	runtime.GOMAXPROCS(1)
	done := make(chan bool)
	go func() {
		buf := make([]byte, 64)
		n, err := os.Stdin.Read(buf)
		if err != nil {
			fmt.Println("error:", err)
		} else {
			fmt.Printf("read %q\n", buf[:n])
		}
		done <- true
	}()
	spins := 0
	for i := 0; i < 4; i++ {
		time.Sleep(5 * time.Millisecond)
		for j := 0; j < 20000; j++ { // CPU work on the only P, too
			spins++
		}
		fmt.Println("tick", i)
	}
	fmt.Println("spins", spins)
	<-done
}
