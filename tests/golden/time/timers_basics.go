// Durations and their String, Sleep, Since, Timer (Stop, Reset), Ticker, AfterFunc, After
// in a select, and the UTC calendar of a Date.
package main

import (
	"fmt"
	"time"
)

func main() {
	for _, d := range []time.Duration{0, 1, 999, 1500, 1500000, time.Second, 90 * time.Minute, -2*time.Hour - 3*time.Millisecond, 1<<63 - 1} {
		fmt.Println(d, d.Seconds(), d.Milliseconds())
	}
	start := time.Now()
	time.Sleep(20 * time.Millisecond)
	el := time.Since(start)
	fmt.Println(el >= 20*time.Millisecond, el < 200*time.Millisecond)
	t := time.NewTimer(10 * time.Millisecond)
	<-t.C
	fmt.Println("timer fired", t.Stop())
	tk := time.NewTicker(5 * time.Millisecond)
	n := 0
	for range tk.C {
		n++
		if n == 3 {
			tk.Stop()
			break
		}
	}
	fmt.Println("ticks", n)
	done := make(chan bool)
	time.AfterFunc(5*time.Millisecond, func() { done <- true })
	<-done
	select {
	case <-time.After(10 * time.Millisecond):
		fmt.Println("timeout")
	case <-make(chan int):
	}
	t2 := time.NewTimer(time.Hour)
	fmt.Println(t2.Stop(), t2.Stop(), t2.Reset(time.Millisecond))
	<-t2.C
	d := time.Date(2024, time.February, 29, 13, 4, 5, 123000000, time.UTC)
	fmt.Println(d, d.Weekday(), d.YearDay(), d.Unix(), d.Add(24*time.Hour))
}
