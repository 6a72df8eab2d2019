// A goroutine started directly on a native (go sort.Ints(s)): its arguments are roots
// until it runs, though natives have no pointer maps (regression: they were freed).
package main

import (
	"fmt"
	"runtime"
	"sort"
)

func main() {
	runtime.GOMAXPROCS(1)
	bad := 0
	for i := 0; i < 50; i++ {
		s := make([]int, 512)
		for j := range s {
			s[j] = 512 - j
		}
		go sort.Ints(s) // runs later, on whatever s's memory holds by then
		s = nil
		runtime.GC()
		v := make([]int, 512)
		for j := range v {
			v[j] = 512 - j
		}
		runtime.Gosched()
		if v[0] != 512 {
			bad++
		}
	}
	fmt.Println("corrupted:", bad)
}
