package main

// A fatal error lists the other goroutines too (with their blank-line separators).

import (
	"sync"
	"time"
)

func main() {
	ready := make(chan bool)
	ch := make(chan string)
	go func() {
		ready <- true
		<-ch
	}()
	<-ready
	time.Sleep(200 * time.Millisecond) // it blocks
	var mu sync.Mutex
	mu.Unlock()
}
