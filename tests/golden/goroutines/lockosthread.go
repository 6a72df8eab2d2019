// LockOSThread wires a goroutine to its thread: across sleeps, channel operations and
// yields, while other goroutines keep every P busy, it always runs on the same thread, and
// no other goroutine runs on that thread meanwhile. After UnlockOSThread (as many as Lock
// calls) it is free again.
package main

import (
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
	"syscall"
	"time"
)

func main() {
	var lockedTid atomic.Int64
	var intruders atomic.Int64
	var stop atomic.Bool
	var wg sync.WaitGroup
	// busy goroutines note whether they ever run on the locked thread
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for !stop.Load() {
				if int64(syscall.Gettid()) == lockedTid.Load() {
					intruders.Add(1)
				}
				runtime.Gosched()
			}
		}()
	}
	ping := make(chan int)
	go func() {
		for v := range ping {
			_ = v
		}
	}()
	done := make(chan bool)
	go func() {
		runtime.LockOSThread()
		runtime.LockOSThread() // nested: two unlocks needed
		tid := syscall.Gettid()
		lockedTid.Store(int64(tid))
		moved := 0
		for i := 0; i < 30; i++ {
			switch i % 3 {
			case 0:
				time.Sleep(time.Millisecond)
			case 1:
				ping <- i
			case 2:
				runtime.Gosched()
			}
			if syscall.Gettid() != tid {
				moved++
			}
		}
		runtime.UnlockOSThread()
		lockedTid.Store(-1) // still locked once, but stop counting intruders now
		runtime.UnlockOSThread()
		runtime.UnlockOSThread() // an extra unlock does nothing
		fmt.Println("moves while locked:", moved)
		done <- true
	}()
	<-done
	stop.Store(true)
	wg.Wait()
	close(ping)
	fmt.Println("others on the locked thread:", intruders.Load())
}
