// Stress: waves of 5,000 short goroutines while GOMAXPROCS changes between waves and
// during them (stopping the world each time); every goroutine runs exactly once.
package main

import (
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
)

func main() {
	var ran atomic.Int64
	procs := []int{1, 4, 2, 3, 1, 2}
	for wave, p := range procs {
		runtime.GOMAXPROCS(p)
		var wg sync.WaitGroup
		for i := 0; i < 5000; i++ {
			wg.Add(1)
			go func(i int) {
				defer wg.Done()
				x := 0
				for k := 0; k < i%50; k++ {
					x += k
				}
				ran.Add(1)
				if i == 2500 {
					runtime.GOMAXPROCS(procs[(wave+1)%len(procs)])
				}
			}(i)
		}
		wg.Wait()
	}
	fmt.Println("ran:", ran.Load(), "GOMAXPROCS now:", runtime.GOMAXPROCS(0))
}
