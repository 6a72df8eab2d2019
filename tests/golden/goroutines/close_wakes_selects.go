// Closing a channel releases every goroutine parked in a select on it (several cases per
// select, so each goroutine has several sudogs queued): each one sees the closed case once.
package main

import (
	"fmt"
	"sync"
)

func main() {
	total := 0
	for round := 0; round < 200; round++ {
		quit := make(chan int)
		a := make(chan int)
		b := make(chan int)
		var wg sync.WaitGroup
		var mu sync.Mutex
		n := 0
		for i := 0; i < 20; i++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				select {
				case <-a:
				case v, ok := <-quit:
					mu.Lock()
					if v == 0 && !ok {
						n++
					}
					mu.Unlock()
				case <-b:
				}
			}()
		}
		if round%2 == 0 {
			for i := 0; i < 5; i++ {
				a <- i // some take a, the rest then see the close
			}
			n += 5
		}
		close(quit)
		wg.Wait()
		total += n
	}
	fmt.Println(total)
}
