// select with timeouts: a slow producer times out, a fast one answers first; a timer that
// is stopped in time never fires; a ticker drives a loop until a deadline.
package main

import (
	"fmt"
	"time"
)

func produce(d time.Duration, v string) <-chan string {
	c := make(chan string, 1)
	go func() {
		time.Sleep(d)
		c <- v
	}()
	return c
}

func main() {
	select {
	case v := <-produce(500*time.Millisecond, "slow"):
		fmt.Println("got", v)
	case <-time.After(20 * time.Millisecond):
		fmt.Println("timed out waiting for slow")
	}
	select {
	case v := <-produce(time.Millisecond, "fast"):
		fmt.Println("got", v)
	case <-time.After(2 * time.Second):
		fmt.Println("timed out waiting for fast")
	}
	fired := false
	t := time.AfterFunc(50*time.Millisecond, func() { fired = true })
	fmt.Println("stopped:", t.Stop())
	time.Sleep(80 * time.Millisecond)
	fmt.Println("fired:", fired)

	tick := time.NewTicker(2 * time.Millisecond)
	defer tick.Stop()
	deadline := time.After(60 * time.Millisecond)
	ticks := 0
loop:
	for {
		select {
		case <-tick.C:
			ticks++
		case <-deadline:
			break loop
		}
	}
	fmt.Println("ticked at least 5 times:", ticks >= 5)
}
