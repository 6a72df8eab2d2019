package main

import "fmt"

type Tree struct {
	L, R *Tree
	V    int
}

func build(d, v int) *Tree {
	if d == 0 {
		return nil
	}
	return &Tree{build(d-1, 2*v), build(d-1, 2*v+1), v}
}

// parallel sum: each node spawns goroutines for its children and receives their sums
func psum(t *Tree, out chan<- int) {
	if t == nil {
		out <- 0
		return
	}
	c := make(chan int)
	go psum(t.L, c)
	go psum(t.R, c)
	out <- t.V + <-c + <-c
}

// deep recursion with a receive at every level (grows the stack while values are parked)
func deep(n int, c chan [3]int) int {
	if n == 0 {
		v := <-c
		return v[0] + v[1] + v[2]
	}
	var pad [8]int
	pad[n%8] = n
	select {
	case v := <-c:
		return v[0] + deep(n-1, c) + pad[n%8]
	}
}

func main() {
	t := build(12, 1)
	out := make(chan int)
	go psum(t, out)
	fmt.Println(<-out)

	c := make(chan [3]int)
	res := make(chan int)
	for g := 0; g < 20; g++ {
		go func() { res <- deep(300, c) }()
	}
	go func() {
		for i := 0; i < 20*301; i++ {
			c <- [3]int{1, 2, 3}
		}
	}()
	total := 0
	for g := 0; g < 20; g++ {
		total += <-res
	}
	fmt.Println(total)
}
