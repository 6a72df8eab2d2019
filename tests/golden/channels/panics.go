package main

import (
	"errors"
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
)

func try(f func()) (msg string) {
	defer func() {
		if e := recover(); e != nil {
			msg = fmt.Sprint(e)
			if re, ok := e.(runtime.Error); ok {
				msg = "runtime.Error: " + re.Error()
			}
			if err, ok := e.(error); ok && errors.Is(err, err) {
				msg += " (error)"
			}
		}
	}()
	f()
	return "ok"
}

// Racing closers: exactly one close succeeds, the others panic and recover. Panics of every
// channel kind, recovered inside goroutines, and a re-panic from a deferred function.
func main() {
	for r := 0; r < 100; r++ {
		c := make(chan int, r%2)
		var ok, closedClosed int64
		var wg sync.WaitGroup
		for g := 0; g < 8; g++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				m := try(func() { close(c) })
				switch m {
				case "ok":
					atomic.AddInt64(&ok, 1)
				case "runtime.Error: close of closed channel (error)":
					atomic.AddInt64(&closedClosed, 1)
				default:
					panic(m)
				}
			}()
		}
		wg.Wait()
		if ok != 1 || closedClosed != 7 {
			fmt.Println("round", r, ok, closedClosed)
		}
	}
	fmt.Println("closers ok")

	var nilc chan int
	res := make(chan string, 10)
	go func() { res <- try(func() { close(nilc) }) }()
	fmt.Println(<-res)
	closed := make(chan int)
	close(closed)
	go func() { res <- try(func() { closed <- 1 }) }()
	fmt.Println(<-res)
	go func() {
		res <- try(func() {
			select {
			case closed <- 1:
			default:
			}
		})
	}()
	fmt.Println(<-res)
	go func() { res <- try(func() { _ = make(chan int, -1+len(res)-len(res)) }) }()
	fmt.Println(<-res)
	// a sender blocked when the channel gets closed panics in its goroutine
	c := make(chan [2]string)
	for g := 0; g < 5; g++ {
		go func() { res <- try(func() { c <- [2]string{"a", "b"} }) }()
	}
	for g := 0; g < 5; g++ {
		go func() {
			res <- try(func() {
				select {
				case c <- [2]string{"x", "y"}:
				case <-nilc:
				}
			})
		}()
	}
	for runtime.NumGoroutine() > 1+10 {
		runtime.Gosched()
	}
	// a little wait so all 10 park
	for i := 0; i < 100; i++ {
		runtime.Gosched()
	}
	close(c)
	cnt := map[string]int{}
	for i := 0; i < 10; i++ {
		cnt[<-res]++
	}
	fmt.Println(cnt)

	// re-panic in a deferred function inside a goroutine, recovered by an outer defer
	go func() {
		res <- try(func() {
			defer func() {
				e := recover()
				panic(fmt.Sprint("again: ", e))
			}()
			var m map[string]int
			m["x"] = 1
		})
	}()
	fmt.Println(<-res)
	// Goexit runs defers; the goroutine's wg.Done happens
	var wg sync.WaitGroup
	var defers int64
	for g := 0; g < 10; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			defer atomic.AddInt64(&defers, 1)
			func() {
				defer func() { recover() }() // Goexit is not recoverable
				runtime.Goexit()
			}()
			panic("unreachable")
		}()
	}
	wg.Wait()
	fmt.Println("goexit defers", defers)
}
