// Deferred calls of functions that park the goroutine (WaitGroup.Wait, Sleep, Gosched,
// Mutex.Lock), run when the function returns, while it panics, and during Goexit: the
// goroutine resumes with the next deferred call.
package main

import (
	"fmt"
	"runtime"
	"sync"
	"time"
)

func onReturn(wg *sync.WaitGroup) {
	defer fmt.Println("onReturn: done")
	defer wg.Wait()
	defer time.Sleep(20 * time.Millisecond)
	go func() {
		time.Sleep(10 * time.Millisecond)
		fmt.Println("helper")
		wg.Done()
	}()
}

func onPanic() {
	defer func() { fmt.Println("onPanic: recovered", recover()) }()
	defer time.Sleep(5 * time.Millisecond)
	defer runtime.Gosched()
	panic("boom")
}

func onGoexit(mu *sync.Mutex, done chan bool) {
	defer func() { done <- true }()
	defer mu.Unlock()
	defer mu.Lock() // parks until main unlocks
	defer fmt.Println("onGoexit: Goexit runs the deferred calls")
	runtime.Goexit()
}

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	onReturn(&wg)
	onPanic()
	var mu sync.Mutex
	mu.Lock()
	done := make(chan bool)
	go onGoexit(&mu, done)
	time.Sleep(10 * time.Millisecond)
	mu.Unlock()
	<-done
	fmt.Println("end")
}
