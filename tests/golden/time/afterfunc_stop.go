// AfterFunc timers stopped around the moment they fire: whenever Stop reports false, the
// function runs.
package main

import (
	"fmt"
	"sync/atomic"
	"time"
)

func main() {
	lost := 0
	falses := 0
	for round := 0; round < 10; round++ {
		const N = 200
		var ran [N]atomic.Bool
		ts := make([]*time.Timer, N)
		for i := 0; i < N; i++ {
			i := i
			ts[i] = time.AfterFunc(2*time.Millisecond, func() { ran[i].Store(true) })
		}
		t0 := time.Now()
		for time.Since(t0) < 2*time.Millisecond {
		}
		var stopped [N]bool
		for i := 0; i < N; i++ {
			stopped[i] = ts[i].Stop()
		}
		time.Sleep(20 * time.Millisecond)
		for i := 0; i < N; i++ {
			if !stopped[i] {
				falses++
				if !ran[i].Load() {
					lost++
				}
			}
		}
	}
	fmt.Println("Stop()==false but f never ran:", lost)
}
