// GC: roots on many goroutine stacks. Hundreds of goroutines recurse to different depths,
// each frame holding pointers (to structs, slices, strings, maps, closures) in locals,
// and allocate garbage at the bottom so that collections happen while all those stacks
// are deep (and while some goroutines are parked in channel operations or on a mutex
// with live pointers in their frames). Each goroutine verifies its frames on the way
// back up and reports a sum.
package main

import (
	"fmt"
	"strconv"
	"sync"
)

type Frame struct {
	depth int
	label string
	vals  []int
}

// garbage allocates n short-lived frames; the last few stay reachable from a local
// ring (which also makes Go allocate them in the heap) until it returns
func garbage(n, seed int) int {
	s := 0
	var ring [4]*Frame
	for i := 0; i < n; i++ {
		f := &Frame{depth: i, label: "g", vals: make([]int, 8)}
		f.vals[i%8] = seed
		ring[i%4] = f
		s += f.vals[i%8]
	}
	return s
}

// descend keeps several kinds of pointers in each frame, parks on gate at the bottom,
// allocates garbage, then checks every frame on the way back.
func descend(g, depth int, gate chan struct{}, mu *sync.Mutex, shared *int) int {
	f := &Frame{depth: depth, label: "f" + strconv.Itoa(g) + "." + strconv.Itoa(depth), vals: []int{g, depth}}
	s := "s" + strconv.Itoa(depth*g)
	m := map[int]*Frame{depth: f}
	get := func() int { return f.vals[0] + f.vals[1] }
	var iface any = f
	if depth == 0 {
		<-gate // parked with the whole stack live
		mu.Lock()
		*shared += garbage(50, g) // allocates while holding the lock
		mu.Unlock()
		return garbage(600, g)
	}
	r := descend(g, depth-1, gate, mu, shared)
	ok := f.label == "f"+strconv.Itoa(g)+"."+strconv.Itoa(depth) &&
		s == "s"+strconv.Itoa(depth*g) && m[depth] == f && get() == g+depth &&
		iface.(*Frame).depth == depth
	if !ok {
		return -1000000000
	}
	return r + get()
}

func main() {
	const goroutines = 300
	gate := make(chan struct{})
	var mu sync.Mutex
	shared := 0
	results := make(chan int, goroutines)
	for g := 0; g < goroutines; g++ {
		go func(g int) {
			results <- descend(g, 10+g%90, gate, &mu, &shared)
		}(g)
	}
	// every goroutine is now (or soon) parked at its bottom frame; allocate a lot here
	// so that collections see all the stacks, then release them
	mainSum := garbage(50000, 1)
	close(gate)
	total := 0
	for g := 0; g < goroutines; g++ {
		total += <-results
	}
	want := 0
	for g := 0; g < goroutines; g++ {
		d := 10 + g%90
		want += 600 * g // garbage(600, g) at the bottom
		for k := 1; k <= d; k++ {
			want += g + k
		}
	}
	fmt.Println("total", total, total == want)
	fmt.Println("shared", shared, "main", mainSum)

	// a second wave: goroutines whose stacks grow while garbage is being made by others
	var wg sync.WaitGroup
	sums := make([]int, 64)
	for g := 0; g < 64; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for rep := 0; rep < 5; rep++ {
				gt := make(chan struct{})
				close(gt)
				sums[g] += descend(g, 50+rep*40, gt, &mu, &shared)
			}
		}(g)
	}
	wg.Wait()
	t2 := 0
	for _, s := range sums {
		t2 += s
	}
	fmt.Println("second wave", t2)
}
