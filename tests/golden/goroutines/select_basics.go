// select: default when nothing is ready, nil channels never ready, a closed channel always
// ready, sends and receives as cases, comma-ok in a case.
package main

import "fmt"

func main() {
	c := make(chan int, 1)
	select {
	case v := <-c:
		fmt.Println("unexpected", v)
	default:
		fmt.Println("nothing ready")
	}
	select {
	case c <- 7:
		fmt.Println("sent 7")
	default:
		fmt.Println("full")
	}
	select {
	case c <- 8:
		fmt.Println("sent 8")
	default:
		fmt.Println("full")
	}
	var nilc chan int
	select {
	case v, ok := <-c:
		fmt.Println("got", v, ok)
	case <-nilc:
		fmt.Println("nil channel is never ready")
	}
	close(c)
	for i := 0; i < 2; i++ {
		select {
		case v, ok := <-c:
			fmt.Println("closed:", v, ok)
		case nilc <- 1:
			fmt.Println("never")
		}
	}
	// both cases ready: either may be chosen, count how often each is
	a, b := make(chan int, 100), make(chan int, 100)
	for i := 0; i < 100; i++ {
		a <- i
		b <- i
	}
	na, nb := 0, 0
	for i := 0; i < 100; i++ {
		select {
		case <-a:
			na++
		case <-b:
			nb++
		}
	}
	fmt.Println(na+nb, na > 10 && nb > 10)
	// a goroutine waits in select until one of its cases becomes ready
	req, quit := make(chan int), make(chan bool)
	done := make(chan string)
	go func() {
		n := 0
		for {
			select {
			case v := <-req:
				n += v
			case <-quit:
				done <- fmt.Sprint("served ", n)
				return
			}
		}
	}()
	for i := 1; i <= 10; i++ {
		req <- i
	}
	quit <- true
	fmt.Println(<-done)
}
