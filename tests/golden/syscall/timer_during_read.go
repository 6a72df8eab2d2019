// A timer armed just before main blocks in read(2) fires although no other M exists yet:
// the P handed off from the system call goes to an M that runs the timers.
package main

import (
	"fmt"
	"os"
	"time"
)

func main() {
	time.AfterFunc(50*time.Millisecond, func() {
		fmt.Println("timeout")
		os.Exit(0)
	})
	buf := make([]byte, 1)
	os.Stdin.Read(buf) // no input arrives before the timer
	fmt.Println("read returned")
}
