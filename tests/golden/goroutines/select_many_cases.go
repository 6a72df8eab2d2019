package main

import "fmt"

// A select with 57 cases whose last case (index 56) is a send on a buffered
// channel with room; the other cases receive from a nil channel.
func main() {
	var n chan int
	c := make(chan int, 1)
	select {
	case <-n:
	case <-n:
	case <-n:
	case <-n:
	case <-n:
	case <-n:
	case <-n:
	case <-n:
	case <-n:
	case <-n:
	case <-n:
	case <-n:
	case <-n:
	case <-n:
	case <-n:
	case <-n:
	case <-n:
	case <-n:
	case <-n:
	case <-n:
	case <-n:
	case <-n:
	case <-n:
	case <-n:
	case <-n:
	case <-n:
	case <-n:
	case <-n:
	case <-n:
	case <-n:
	case <-n:
	case <-n:
	case <-n:
	case <-n:
	case <-n:
	case <-n:
	case <-n:
	case <-n:
	case <-n:
	case <-n:
	case <-n:
	case <-n:
	case <-n:
	case <-n:
	case <-n:
	case <-n:
	case <-n:
	case <-n:
	case <-n:
	case <-n:
	case <-n:
	case <-n:
	case <-n:
	case <-n:
	case <-n:
	case <-n:
	case c <- 42:
		fmt.Println("sent", <-c)
	}
}
