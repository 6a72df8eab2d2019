package main

import "fmt"

type Source interface {
	Stream() <-chan int
}

type Empty struct{}

func (Empty) Stream() <-chan int { return nil }

func describe(v any) string {
	switch v.(type) {
	case chan int:
		return "bidirectional"
	case <-chan int:
		return "receive-only"
	case chan<- int:
		return "send-only"
	}
	return "not a channel"
}

func main() {
	var s Source = Empty{}
	ch := s.Stream()
	fmt.Println(ch == nil)
	var a chan int
	var b <-chan int
	var c chan<- int
	fmt.Println(describe(a), describe(b), describe(c), describe(1))
	var ifc any = a
	_, ok := ifc.(chan int)
	fmt.Println(ok)
}
