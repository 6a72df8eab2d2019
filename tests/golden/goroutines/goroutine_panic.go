// A panic in a goroutine ends the program with that goroutine's traceback, including
// where it was created; deferred calls of that goroutine run first.
package main

import "fmt"

func f(n int) int {
	return 10 / n
}

func main() {
	done := make(chan bool)
	go func() {
		defer fmt.Println("deferred in goroutine")
		fmt.Println(f(0))
		done <- true
	}()
	<-done
	fmt.Println("unreachable")
}
