// Ten thousand goroutines, each sending its number; main sums them. Then a chain of
// goroutines, each passing a token on to the next.
package main

import "fmt"

func main() {
	const n = 10000
	c := make(chan int)
	for i := 0; i < n; i++ {
		go func() { c <- i }()
	}
	sum := 0
	for i := 0; i < n; i++ {
		sum += <-c
	}
	fmt.Println(sum, sum == n*(n-1)/2)

	first := make(chan int)
	in := first
	for i := 0; i < 1000; i++ {
		out := make(chan int)
		go func(in <-chan int, out chan<- int) {
			out <- 1 + <-in
		}(in, out)
		in = out
	}
	first <- 0
	fmt.Println(<-in)
}
