// After Stop returns (true or false), no stale value is received from a Timer's or a
// Ticker's channel, even when the timer fired at about the same moment on another P; the
// same after Reset.
package main

import (
	"fmt"
	"time"
)

func spin(d time.Duration) {
	t0 := time.Now()
	for time.Since(t0) < d {
	}
}

func main() {
	go func() { // keeps the other P waking up
		for {
			time.Sleep(30 * time.Microsecond)
		}
	}()
	stale := 0
	for i := 0; i < 200; i++ {
		t := time.NewTimer(100 * time.Microsecond)
		spin(time.Duration(80+i%60) * time.Microsecond)
		t.Stop()
		spin(500 * time.Microsecond)
		select {
		case <-t.C:
			stale++
		default:
		}
	}
	fmt.Println("stale values after Timer.Stop:", stale)
	stale = 0
	for i := 0; i < 100; i++ {
		tk := time.NewTicker(100 * time.Microsecond)
		spin(time.Duration(150+i%60) * time.Microsecond)
		tk.Stop()
		spin(500 * time.Microsecond)
		select {
		case <-tk.C:
			stale++
		default:
		}
	}
	fmt.Println("stale ticks after Ticker.Stop:", stale)
	stale = 0
	for i := 0; i < 100; i++ {
		t := time.NewTimer(100 * time.Microsecond)
		spin(time.Duration(80+i%60) * time.Microsecond)
		t.Reset(time.Hour)
		spin(500 * time.Microsecond)
		select {
		case <-t.C:
			stale++
		default:
		}
		t.Stop()
	}
	fmt.Println("stale values after Timer.Reset:", stale)
}
