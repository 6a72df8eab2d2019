// What Stop and Reset report for expired timers whose values were or were not received, and
// that no stale value or tick follows.
package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.NewTimer(time.Millisecond)
	time.Sleep(20 * time.Millisecond)
	fmt.Println("Stop after expiry, unreceived:", t.Stop())
	select {
	case <-t.C:
		fmt.Println("stale value")
	default:
		fmt.Println("no value")
	}
	t2 := time.NewTimer(time.Millisecond)
	time.Sleep(20 * time.Millisecond)
	fmt.Println("Reset after expiry, unreceived:", t2.Reset(time.Hour))
	t3 := time.NewTimer(time.Millisecond)
	time.Sleep(20 * time.Millisecond)
	<-t3.C
	fmt.Println("Stop after receive:", t3.Stop())
	tk := time.NewTicker(time.Millisecond)
	time.Sleep(20 * time.Millisecond)
	tk.Stop()
	select {
	case <-tk.C:
		fmt.Println("stale tick")
	default:
		fmt.Println("no tick")
	}
}
