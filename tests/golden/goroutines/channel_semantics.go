// Channel semantics: buffering, len and cap, FIFO order, receive from a closed channel,
// range until close, directional types, values of struct type are copies.
package main

import "fmt"

type point struct{ x, y int }

func producer(out chan<- point, n int) {
	for i := 0; i < n; i++ {
		out <- point{i, i * i}
	}
	close(out)
}

func main() {
	c := make(chan int, 3)
	c <- 1
	c <- 2
	fmt.Println(len(c), cap(c))
	fmt.Println(<-c, <-c, len(c))
	var unbuf chan string = make(chan string)
	fmt.Println(len(unbuf), cap(unbuf))

	pc := make(chan point, 2)
	p := point{1, 2}
	pc <- p
	p.x = 100 // the value in the channel is a copy
	q := <-pc
	fmt.Println(q, p)

	ch := make(chan point)
	go producer(ch, 5)
	for v := range ch {
		fmt.Print(v, " ")
	}
	fmt.Println()
	v, ok := <-ch
	fmt.Println(v, ok)

	var ro <-chan int = c
	c <- 42
	fmt.Println(<-ro)
	var nilc chan int
	fmt.Println(len(nilc), cap(nilc), nilc == nil)
	strs := make(chan []string, 1)
	strs <- []string{"a", "b"}
	fmt.Println(<-strs)
}
