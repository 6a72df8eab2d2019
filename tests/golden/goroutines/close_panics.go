// Channel panics: send on a closed channel (recovered), close of a closed channel
// (recovered), close of a nil channel (fatal).
package main

import "fmt"

func try(name string, f func()) {
	defer func() {
		r := recover()
		err, isErr := r.(error)
		fmt.Println(name, "->", r, isErr, err)
	}()
	f()
}

func main() {
	c := make(chan int, 1)
	close(c)
	try("send", func() { c <- 1 })
	try("close", func() { close(c) })
	var nilc chan int
	close(nilc)
}
