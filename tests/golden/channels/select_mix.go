package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

// Many goroutines select over send and receive cases on the same set of channels.
func main() {
	const G = 16
	const K = 20000
	chans := make([]chan int, 4)
	for i := range chans {
		if i%2 == 0 {
			chans[i] = make(chan int)
		} else {
			chans[i] = make(chan int, i)
		}
	}
	var sent, recvd, nsent, nrecv int64
	done := make(chan struct{})
	var wg sync.WaitGroup
	var total int64
	for g := 0; g < G; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			v := g*1000 + 1
			for {
				a, b := chans[g%4], chans[(g+1)%4]
				select {
				case a <- v:
					atomic.AddInt64(&sent, int64(v))
					atomic.AddInt64(&nsent, 1)
					v++
				case x := <-a:
					atomic.AddInt64(&recvd, int64(x))
					atomic.AddInt64(&nrecv, 1)
				case b <- v:
					atomic.AddInt64(&sent, int64(v))
					atomic.AddInt64(&nsent, 1)
					v++
				case x, ok := <-b:
					if !ok {
						panic("closed")
					}
					atomic.AddInt64(&recvd, int64(x))
					atomic.AddInt64(&nrecv, 1)
				case <-done:
					return
				}
				if atomic.AddInt64(&total, 1) == G*K {
					close(done)
				}
			}
		}(g)
	}
	wg.Wait()
	// drain buffers
	for _, c := range chans {
		for len(c) > 0 {
			x := <-c
			recvd += int64(x)
			nrecv++
		}
	}
	fmt.Println("balanced:", sent == recvd, nsent == nrecv)
}
