// allocs: allocation microbenchmark. Allocates N small objects (two ints and a pointer)
// while only a ring of the last 1000 stays live; every object is written once when made
// and read once when it leaves the ring, so the time per object is mostly the cost of
// allocating (and collecting) it. Size: N (default 20,000,000).
package main

import (
	"fmt"
	"os"
	"strconv"
)

type obj struct {
	a, b int
	next *obj // the object made just before this one (nil once that one leaves the ring)
}

func main() {
	n := 20000000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	const window = 1000
	ring := make([]*obj, window)
	sum := 0
	k, prev := 0, window-1 // ring slot of this object and of the previous one (no division in the loop)
	for i := 0; i < n; i++ {
		if old := ring[k]; old != nil {
			sum += old.a - old.b // = i - window - k: below 2^53 for any n under 10^8
			old.next = nil       // cut the chain: at most window+1 objects stay reachable
		}
		ring[k] = &obj{a: i, b: k, next: ring[prev]}
		prev = k
		k++
		if k == window {
			k = 0
		}
	}
	// walk the live chain from the newest object: it must hold exactly the ring
	live, chain := 0, 0
	for o := ring[prev]; n > 0 && o != nil; o = o.next {
		live++
		chain += o.a
	}
	fmt.Println("allocs", n, "checksum", sum%1000000007, "live", live, chain%1000000007)
}
