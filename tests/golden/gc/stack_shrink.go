// Goroutine stacks shrink during collections once most of them is unused: a goroutine that
// recursed deeply and came back gives the memory up over a few runtime.GC calls.
package main

import (
	"fmt"
	"runtime"
)

func deep(n int, bottom func()) int {
	var pad [8]int
	pad[n%8] = n
	if n == 0 {
		bottom()
		return pad[0]
	}
	return deep(n-1, bottom) + pad[n%8]
}

func stackInuse() uint64 {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.StackInuse
}

func main() {
	done := make(chan bool)
	resume := make(chan bool)
	var grown, shrunk uint64
	go func() {
		// main measures while this goroutine waits at the bottom of its recursion, so that
		// no collection (the gcstress build runs many) can have shrunk the stack yet
		sum := deep(200000, func() { done <- true; <-resume })
		fmt.Println("sum", sum)
		done <- true
		<-resume // parked with a small frame: its stack is mostly unused now
		done <- true
	}()
	<-done
	grown = stackInuse()
	resume <- true
	<-done
	for i := 0; i < 12; i++ {
		runtime.GC()
	}
	shrunk = stackInuse()
	fmt.Println("grew:", grown > 8<<20, "shrank:", shrunk < grown/4)
	resume <- true
	<-done
}
