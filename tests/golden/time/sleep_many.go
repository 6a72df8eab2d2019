// Ten thousand goroutines each sleep 1 ms ten times; a WaitGroup joins them. Sleeping
// goroutines keep the program from being reported as deadlocked.
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	total := 0
	for i := 0; i < 10000; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 10; j++ {
				time.Sleep(time.Millisecond)
			}
			mu.Lock()
			total++
			mu.Unlock()
		}()
	}
	wg.Wait()
	fmt.Println(total)
	// only a sleeping goroutine and main blocked on it: not a deadlock
	c := make(chan int)
	go func() {
		time.Sleep(20 * time.Millisecond)
		c <- 42
	}()
	fmt.Println(<-c)
}
