// Stress: 1,000 goroutines each run 20 selects over a data channel, a quit channel and a
// timer (time.After, or a Timer that is stopped and reset); producers feed the data channel.
// Every value is received exactly once; every goroutine sees its timeouts.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

func main() {
	const workers, rounds = 1000, 20
	data := make(chan int, 100)
	var got, timeouts atomic.Int64
	var sum atomic.Int64
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			t := time.NewTimer(time.Hour)
			for r := 0; r < rounds; r++ {
				if w%2 == 0 {
					select {
					case v := <-data:
						got.Add(1)
						sum.Add(int64(v))
					case <-time.After(2 * time.Millisecond):
						timeouts.Add(1)
					}
				} else {
					if !t.Stop() {
						select {
						case <-t.C:
						default:
						}
					}
					t.Reset(time.Millisecond)
					select {
					case v := <-data:
						got.Add(1)
						sum.Add(int64(v))
					case <-t.C:
						timeouts.Add(1)
					}
				}
			}
		}(w)
	}
	const values = 5000
	go func() {
		for v := 1; v <= values; v++ {
			data <- v
		}
	}()
	wg.Wait()
	// what the workers did not take is still in the channel or about to be sent
	left := int64(0)
	for got.Load()+left < values {
		v := <-data
		left++
		sum.Add(int64(v))
	}
	fmt.Println("received:", got.Load()+left == values, "sum:", sum.Load())
	fmt.Println("selects:", got.Load()+timeouts.Load() == workers*rounds)
}
