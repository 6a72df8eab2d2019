// Target of runtime_checks.sh: goroutines in every state when SIGQUIT arrives (sleeping,
// blocked on a channel, spinning in a loop that never calls anything, blocked in read(2)).
package main

import (
	"fmt"
	"os"
	"time"
)

func spin() {
	n := 0
	for {
		n++
	}
}

func worker(c chan int) {
	<-c
}

func reader() {
	buf := make([]byte, 1)
	os.Stdin.Read(buf)
}

func main() {
	go spin()
	go worker(make(chan int))
	go reader()
	time.Sleep(50 * time.Millisecond)
	fmt.Println("ready")
	time.Sleep(10 * time.Second)
}
