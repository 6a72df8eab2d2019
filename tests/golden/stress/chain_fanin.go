// Stress: a chain of 1,000 goroutines joined by unbuffered channels carries 200 values,
// each stage adding one; meanwhile 500 producers fan in to one buffered channel. Every value
// arrives exactly once, in order through the chain.
package main

import (
	"fmt"
	"sync"
)

func main() {
	const stages, values = 1000, 200
	first := make(chan int)
	in := first
	for i := 0; i < stages; i++ {
		out := make(chan int)
		go func(in <-chan int, out chan<- int) {
			for v := range in {
				out <- v + 1
			}
			close(out)
		}(in, out)
		in = out
	}
	go func() {
		for v := 0; v < values; v++ {
			first <- v * 1000
		}
		close(first)
	}()
	ordered, sum := true, 0
	prev := -1
	for v := range in {
		if v <= prev {
			ordered = false
		}
		prev = v
		sum += v
	}
	fmt.Println("chain:", ordered, sum)

	fan := make(chan int, 64)
	var pw sync.WaitGroup
	for p := 0; p < 500; p++ {
		pw.Add(1)
		go func(p int) {
			defer pw.Done()
			for k := 0; k < 40; k++ {
				fan <- p*40 + k
			}
		}(p)
	}
	go func() { pw.Wait(); close(fan) }()
	total, count := 0, 0
	for v := range fan {
		total += v
		count++
	}
	fmt.Println("fan-in:", count, total)
}
