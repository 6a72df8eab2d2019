package main

import "fmt"

func first(cs ...chan int) (v int, which int) {
	defer func() { v *= 10 }()
	for i := 0; ; i++ {
		select {
		case v = <-cs[0]:
			return v, 0
		case x := <-cs[1]:
			return x, 1
		default:
			if i > 3 {
				return -1, -1
			}
		}
	}
}

// break/continue/goto/return inside select cases nested in loops and switches.
func main() {
	c := make(chan int, 100)
	for i := 0; i < 10; i++ {
		c <- i
	}
	close(c)
	sum, iters := 0, 0
	for i := 0; i < 20; i++ {
		iters++
		select {
		case v, ok := <-c:
			if !ok {
				break // leaves the select only
			}
			switch {
			case v%3 == 0:
				continue // next loop iteration
			case v == 7:
				break // leaves the switch
			}
			sum += v
		}
	}
	fmt.Println(sum, iters)

	d := make(chan int, 1)
	n := 0
again:
	d <- n
	select {
	case v := <-d:
		n = v + 1
		if n < 5 {
			goto again
		}
	}
	fmt.Println("goto", n)

	a, b := make(chan int, 1), make(chan int, 1)
	b <- 4
	fmt.Println(first(a, b))
	fmt.Println(first(a, b))
	a <- 2
	fmt.Println(first(a, b))

	// select inside a deferred closure and a closure called in a select case
	e := make(chan string, 2)
	func() {
		defer func() {
			select {
			case e <- "deferred":
			default:
			}
		}()
		e <- "body"
	}()
	fmt.Println(<-e, <-e)
	f := make(chan func() int, 1)
	f <- func() int {
		g := make(chan int, 1)
		select {
		case g <- 5:
		}
		return <-g
	}
	select {
	case fn := <-f:
		fmt.Println(fn())
	}
	// labelled break out of nested select-in-select
	h1, h2 := make(chan int, 1), make(chan int, 1)
	h1 <- 1
	h2 <- 2
	cnt := 0
L:
	for {
		select {
		case <-h1:
			cnt++
			select {
			case <-h2:
				cnt += 10
				break L
			}
		case <-h2:
			cnt += 100
			select {
			case <-h1:
				cnt += 1000
				break L
			}
		}
	}
	fmt.Println(cnt == 11 || cnt == 1100)
}
