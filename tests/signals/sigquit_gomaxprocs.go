// Target of runtime_checks.sh: SIGQUIT arrives while goroutines keep changing GOMAXPROCS
// (stopping the world) and another spins: the dump still happens, once.
package main

import (
	"fmt"
	"runtime"
	"time"
)

func main() {
	for i := 0; i < 3; i++ {
		go func() {
			n := 0
			for {
				n++
				runtime.GOMAXPROCS(1 + n%4)
			}
		}()
	}
	go func() {
		x := 0
		for {
			x++
		}
	}()
	fmt.Println("ready")
	time.Sleep(time.Hour)
}
