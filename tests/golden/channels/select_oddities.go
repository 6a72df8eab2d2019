package main

import "fmt"

type Q struct {
	c   chan [2]int
	buf [2]int
}

func (q *Q) Get() [2]int { q.buf[0]++; return q.buf }

func mk() chan int {
	c := make(chan int, 1)
	c <- 99
	return c
}

// Odd select forms: blank receive targets, sends whose value is itself a receive,
// channels from calls and struct fields, sends of method results, shadowing.
func main() {
	c := make(chan int, 3)
	d := make(chan int, 3)
	d <- 41
	c <- 1
	select {
	case _ = <-c:
		fmt.Println("blank")
	}
	c <- 2
	select {
	case _, _ = <-c:
		fmt.Println("blank2")
	}
	select {
	case c <- <-d + 1: // <-d evaluated on entry
		fmt.Println("sent", <-c, len(d))
	}
	select {
	case v := <-mk():
		fmt.Println(v)
	}
	q := &Q{c: make(chan [2]int, 2)}
	select {
	case q.c <- q.Get():
	}
	q.buf[1] = 50
	select {
	case q.c <- q.Get():
	}
	fmt.Println(<-q.c, <-q.c, q.buf)
	x := "outer"
	e := make(chan string, 1)
	e <- "inner"
	done := make(chan string)
	select {
	case x := <-e:
		go func() { done <- x }()
	}
	fmt.Println(<-done, x)
	// receive-only channel from a conversion in a case
	var ro <-chan int = mk()
	select {
	case v, ok := <-ro:
		fmt.Println(v, ok)
	}
	// select on a channel of channels, receiving a channel and sending on it
	cc := make(chan chan int, 1)
	inner := make(chan int, 1)
	cc <- inner
	select {
	case ch := <-cc:
		select {
		case ch <- 7:
		}
	}
	fmt.Println(<-inner)
	// select in an expression-heavy loop with an array of channels indexed by expressions
	arr := [3]chan int{make(chan int, 1), make(chan int, 1), make(chan int, 1)}
	s := 0
	for i := 0; i < 9; i++ {
		select {
		case arr[i%3] <- i:
		case v := <-arr[(i+1)%3]:
			s += v
		default:
		}
	}
	fmt.Println(s >= 0)
}
