package main

import (
	"fmt"
	"sync"
)

type req struct {
	n     int
	reply chan int
	both  chan chan int
}

// Request/response servers: requests carry reply channels (and channels of channels);
// merge with nil-channel case disabling.
func main() {
	reqs := make(chan req, 16)
	var swg sync.WaitGroup
	for s := 0; s < 4; s++ {
		swg.Add(1)
		go func() {
			defer swg.Done()
			for r := range reqs {
				if r.reply != nil {
					r.reply <- r.n * r.n
				} else {
					inner := make(chan int, 1)
					inner <- r.n + 1
					r.both <- inner
				}
			}
		}()
	}
	var cwg sync.WaitGroup
	sums := make([]int, 8)
	for cl := 0; cl < 8; cl++ {
		cwg.Add(1)
		go func(cl int) {
			defer cwg.Done()
			my := make(chan int)
			cc := make(chan chan int)
			for i := 0; i < 500; i++ {
				if i%3 == 0 {
					reqs <- req{n: i, both: cc}
					inner := <-cc
					sums[cl] += <-inner
				} else {
					reqs <- req{n: i, reply: my}
					sums[cl] += <-my
				}
			}
		}(cl)
	}
	cwg.Wait()
	close(reqs)
	swg.Wait()
	fmt.Println(sums)

	// merge with nil-channel disabling
	a, b := make(chan int), make(chan int, 3)
	go func() {
		for i := 0; i < 1000; i++ {
			a <- i
		}
		close(a)
	}()
	go func() {
		for i := 0; i < 777; i++ {
			b <- -i
		}
		close(b)
	}()
	total, na, nb := 0, 0, 0
	for a != nil || b != nil {
		select {
		case v, ok := <-a:
			if !ok {
				a = nil
				continue
			}
			total += v
			na++
		case v, ok := <-b:
			if !ok {
				b = nil
				continue
			}
			total += v
			nb++
		}
	}
	fmt.Println(total, na, nb)

	// channel of channels passed through a buffered channel of channels, closed ones included
	chch := make(chan chan string, 10)
	for i := 0; i < 10; i++ {
		c := make(chan string, 2)
		c <- fmt.Sprint("x", i)
		if i%2 == 0 {
			close(c)
		}
		chch <- c
	}
	close(chch)
	for c := range chch {
		s := <-c
		select {
		case t, ok := <-c:
			fmt.Println(s, t, ok, len(c), cap(c))
		default:
			fmt.Println(s, "default", len(c), cap(c))
		}
	}
}
