// When main returns the program ends, whatever other goroutines are doing: the spinning
// goroutine and the blocked one are simply abandoned.
package main

import "fmt"

func main() {
	block := make(chan int)
	go func() { <-block }()
	started := make(chan bool)
	go func() {
		started <- true
		for {
		}
	}()
	<-started
	fmt.Println("main returns")
}
