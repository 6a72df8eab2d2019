package main

func worker(in <-chan int, out chan<- int, done chan struct{}) {
	for {
		select {
		case v, ok := <-in:
			if !ok {
				return
			}
			out <- v * 2
		case <-done:
			return
		default:
		}
	}
}

var c = make(chan (<-chan int))
var d = <-chan int(nil)
