package main

import (
	"fmt"
	"sync"
)

type msg struct {
	from, seq int
	pad       [3]int
}

// FIFO: per-sender order is kept through buffered channels of every size while senders
// park on a full buffer (the receiver takes the head and moves a parked sender's value to
// the tail), with plain and select operations on both sides; large buffers wrap around.
func main() {
	for _, capa := range []int{0, 1, 2, 5, 64, 100000} {
		c := make(chan msg, capa)
		const S, N = 6, 3000
		var wg sync.WaitGroup
		for s := 0; s < S; s++ {
			wg.Add(1)
			go func(s int) {
				defer wg.Done()
				for i := 0; i < N; i++ {
					m := msg{s, i, [3]int{s, i, s + i}}
					if i%2 == 0 {
						c <- m
					} else {
						select {
						case c <- m:
						}
					}
				}
			}(s)
		}
		go func() { wg.Wait(); close(c) }()
		last := make([]int, S)
		for i := range last {
			last[i] = -1
		}
		bad, n := 0, 0
		for {
			var m msg
			var ok bool
			if n%3 == 0 {
				m, ok = <-c
			} else {
				select {
				case m, ok = <-c:
				}
			}
			if !ok {
				break
			}
			n++
			if m.seq != last[m.from]+1 || m.pad != [3]int{m.from, m.seq, m.from + m.seq} {
				bad++
			}
			last[m.from] = m.seq
		}
		fmt.Println(capa, n, bad, len(c), cap(c))
	}
	// fill and drain a big buffer twice (wrap-around), checking len at each step
	big := make(chan int, 5000)
	errs := 0
	for r := 0; r < 3; r++ {
		for i := 0; i < 3000; i++ {
			big <- i
			if len(big) != i+1 {
				errs++
			}
		}
		for i := 0; i < 3000; i++ {
			if <-big != i || len(big) != 3000-i-1 {
				errs++
			}
		}
	}
	fmt.Println("big", errs)
}
