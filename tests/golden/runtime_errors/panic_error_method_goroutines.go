package main

// A fatal error (here an Error method panicking while a panic is printed) shows every
// goroutine's traceback, unlike a panic.

import (
	"fmt"
	"sync"
	"time"
)

type E struct{ n int }

func (e E) Error() string { panic(fmt.Sprint("nested ", e.n)) }

func recv(ch chan int, ready chan bool) {
	ready <- true
	<-ch
}

func main() {
	ready := make(chan bool)
	ch := make(chan int)
	var mu sync.Mutex
	mu.Lock()
	var wg sync.WaitGroup
	wg.Add(1)
	go recv(ch, ready)
	<-ready
	go func() { ready <- true; mu.Lock() }()
	<-ready
	go func() { ready <- true; wg.Wait() }()
	<-ready
	go func() { ready <- true; select {} }()
	<-ready
	time.Sleep(200 * time.Millisecond) // they block
	panic(E{3})
}
