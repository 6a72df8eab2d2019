package main

import "fmt"

type Pipe chan []byte
type Sink chan<- string

type Worker struct {
	ID      int
	Jobs    <-chan int
	Results chan<- int
	Quit    chan struct{}
}

func produce(out chan<- int)    {}
func consume(in <-chan int) int { return 0 }

type Handler func(req chan map[string]int) (<-chan error, chan chan int)

func main() {
	var w Worker
	w.ID = 1
	fmt.Printf("%+v\n", w)
	fmt.Printf("%T\n", w.Jobs)
	var p Pipe
	var s Sink
	fmt.Printf("%T %T %v %v\n", p, s, p == nil, s == nil)
	fmt.Printf("%T\n", produce)
	fmt.Printf("%T\n", consume)
	var h Handler
	fmt.Printf("%T %v\n", h, h == nil)
	var arr [3]chan int
	fmt.Println(len(arr), arr[0] == nil)
	m := map[string]chan bool{}
	fmt.Println(len(m), m["x"] == nil)
	fmt.Printf("%T\n", m)
	var nested chan (<-chan int)
	fmt.Printf("%T\n", nested)
}
