// parked: n goroutines block receiving on one channel; main then closes it and waits for
// them all. Peak RSS divided by n is the cost of a parked goroutine.
package main

import (
	"fmt"
	"os"
	"strconv"
	"sync"
)

func main() {
	n := 1000000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	gate := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(n)
	for i := 0; i < n; i++ {
		go func() {
			<-gate
			wg.Done()
		}()
	}
	close(gate)
	wg.Wait()
	fmt.Println("goroutines:", n)
}
