package main

import (
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
)

// Rounds: senders (plain and select) race a close; receivers (plain, select, range) drain.
// Every value is either received or its send panicked with "send on closed channel".
func round(r int) (int64, int64, int64) {
	c := make(chan int, r%3)
	other := make(chan int)
	var sentOK, panicked, recvd int64
	var swg, rwg sync.WaitGroup
	for s := 0; s < 8; s++ {
		swg.Add(1)
		go func(s int) {
			defer swg.Done()
			for i := 0; i < 50; i++ {
				func() {
					defer func() {
						if e := recover(); e != nil {
							if fmt.Sprint(e) != "send on closed channel" {
								panic(e)
							}
							atomic.AddInt64(&panicked, 1)
						}
					}()
					if (s+i)%2 == 0 {
						c <- 1
					} else {
						select {
						case c <- 1:
						case c <- 1:
						}
					}
					atomic.AddInt64(&sentOK, 1)
				}()
			}
		}(s)
	}
	for k := 0; k < 4; k++ {
		rwg.Add(1)
		go func(k int) {
			defer rwg.Done()
			switch k % 3 {
			case 0:
				for v := range c {
					atomic.AddInt64(&recvd, int64(v))
				}
			case 1:
				for {
					v, ok := <-c
					if !ok {
						return
					}
					atomic.AddInt64(&recvd, int64(v))
				}
			case 2:
				for {
					select {
					case v, ok := <-c:
						if !ok {
							return
						}
						atomic.AddInt64(&recvd, int64(v))
					case v := <-other:
						_ = v
						panic("other")
					}
				}
			}
		}(k)
	}
	// close after some sends have happened
	for atomic.LoadInt64(&recvd) < int64(r*7%300) {
		runtime.Gosched()
	}
	close(c)
	swg.Wait()
	rwg.Wait()
	return sentOK, panicked, recvd
}

func main() {
	bad := 0
	for r := 0; r < 200; r++ {
		s, p, v := round(r)
		if s+p != 400 || s != v {
			bad++
			fmt.Println("round", r, s, p, v)
		}
	}
	fmt.Println("bad rounds:", bad)
}
