// Every goroutine blocked: Go's deadlock report, with each goroutine's stack.
package main

import "fmt"

func worker(c chan int) {
	c <- 1
	c <- 2
}

func main() {
	c := make(chan int)
	d := make(chan int)
	go worker(c)
	fmt.Println(<-c)
	<-d
}
