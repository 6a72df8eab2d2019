package main

import (
	"fmt"
	"sort"
	"sync"
	"sync/atomic"
	"time"
)

// A full buffered channel with parked senders (plain and in selects) is closed: every
// parked sender panics, the buffered values are still received in order, then zero values.
func main() {
	for r := 0; r < 30; r++ {
		c := make(chan [2]int, 2)
		c <- [2]int{1, 1}
		c <- [2]int{2, 2}
		var wg sync.WaitGroup
		var panics, parked int64
		for g := 0; g < 6; g++ {
			wg.Add(1)
			go func(g int) {
				defer wg.Done()
				defer func() {
					if e := recover(); e != nil {
						atomic.AddInt64(&panics, 1)
					}
				}()
				atomic.AddInt64(&parked, 1)
				if g%2 == 0 {
					c <- [2]int{100 + g, g}
				} else {
					var nilc chan int
					select {
					case c <- [2]int{100 + g, g}:
					case c <- [2]int{200 + g, g}:
					case <-nilc:
					}
				}
			}(g)
		}
		for atomic.LoadInt64(&parked) < 6 {
			time.Sleep(50 * time.Microsecond)
		}
		time.Sleep(2 * time.Millisecond)
		close(c)
		wg.Wait()
		var got []string
		for v := range c {
			got = append(got, fmt.Sprint(v))
		}
		v, ok := <-c
		sort.Strings(got)
		if r == 0 || panics != 6 || len(got) != 2 {
			fmt.Println(panics, got, v, ok, len(c), cap(c))
		}
	}
	fmt.Println("done")
}
