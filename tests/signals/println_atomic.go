// Target of runtime_checks.sh: goroutines on every P call println at once; each call's
// output is one whole line (Go prints a call under its print lock).
package main

import (
	"strings"
	"sync"
)

func main() {
	a := strings.Repeat("x", 300)
	b := strings.Repeat("y", 300)
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 1000; i++ {
				println(a, i, b)
			}
		}()
	}
	wg.Wait()
}
