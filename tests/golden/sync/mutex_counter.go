// A mutex-protected counter hammered by 100 goroutines, joined with a WaitGroup; the same
// count kept with sync/atomic, and a racy-free map guarded by the mutex.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type counter struct {
	mu     sync.Mutex
	n      int
	byKind map[string]int
}

func (c *counter) inc(kind string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.n++
	c.byKind[kind]++
}

func main() {
	c := &counter{byKind: map[string]int{}}
	var wg sync.WaitGroup
	var ops atomic.Int64
	for i := 0; i < 100; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			kind := "even"
			if i%2 == 1 {
				kind = "odd"
			}
			for j := 0; j < 500; j++ {
				c.inc(kind)
				ops.Add(1)
			}
		}()
	}
	wg.Wait()
	fmt.Println(c.n, c.byKind["even"], c.byKind["odd"], ops.Load())
	fmt.Println(c.mu.TryLock(), c.mu.TryLock())
	c.mu.Unlock()
}
