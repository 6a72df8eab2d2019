// Stress: 300 goroutines share a Mutex-protected map, an RWMutex-protected slice (readers
// and writers), atomic counters, a Once and a Cond; the totals come out exact.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var mu sync.Mutex
	counts := map[int]int{}
	var rw sync.RWMutex
	shared := make([]int, 16)
	var hits atomic.Int64
	var once sync.Once
	inits := 0
	var wg sync.WaitGroup
	for g := 0; g < 300; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			once.Do(func() { inits++ })
			for i := 0; i < 100; i++ {
				mu.Lock()
				counts[i%10]++
				mu.Unlock()
				if i%10 == 0 {
					rw.Lock()
					shared[i%16] += 1
					rw.Unlock()
				} else {
					rw.RLock()
					_ = shared[(g+i)%16]
					rw.RUnlock()
				}
				hits.Add(1)
			}
		}(g)
	}
	// a Cond: 50 waiters released by one Broadcast once all have arrived
	var cmu sync.Mutex
	cond := sync.NewCond(&cmu)
	arrived, released := 0, false
	var cw sync.WaitGroup
	for i := 0; i < 50; i++ {
		cw.Add(1)
		go func() {
			defer cw.Done()
			cmu.Lock()
			arrived++
			cond.Broadcast() // the coordinator is among those woken
			for !released {
				cond.Wait()
			}
			cmu.Unlock()
		}()
	}
	cmu.Lock()
	for arrived < 50 {
		cond.Wait()
	}
	released = true
	cond.Broadcast()
	cmu.Unlock()
	cw.Wait()
	wg.Wait()
	total := 0
	for _, c := range counts {
		total += c
	}
	wsum := 0
	for _, v := range shared {
		wsum += v
	}
	fmt.Println(total, counts[3], wsum, hits.Load(), inits, arrived)
}
