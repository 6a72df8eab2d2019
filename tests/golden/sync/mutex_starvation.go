// A goroutine that keeps relocking a Mutex cannot starve another one that wants it: after
// waiting 1 ms the waiter switches the mutex to starvation mode and gets it handed over.
// Then many goroutines contend on one Mutex: every increment is kept.
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var mu sync.Mutex
	stop := make(chan bool)
	go func() {
		for {
			mu.Lock()
			time.Sleep(100 * time.Microsecond)
			mu.Unlock()
			select {
			case <-stop:
				return
			default:
			}
		}
	}()
	done := make(chan bool, 1)
	go func() {
		for i := 0; i < 10; i++ {
			time.Sleep(100 * time.Microsecond)
			mu.Lock()
			mu.Unlock()
		}
		done <- true
	}()
	select {
	case <-done:
		fmt.Println("the waiter got the lock 10 times")
	case <-time.After(10 * time.Second):
		fmt.Println("the waiter starved")
	}
	close(stop)

	var wg sync.WaitGroup
	counter := 0
	for g := 0; g < 50; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 2000; i++ {
				mu.Lock()
				counter++
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	fmt.Println("counter:", counter)
	fmt.Println("TryLock on a free mutex:", mu.TryLock(), "then:", mu.TryLock())
	mu.Unlock()
}
