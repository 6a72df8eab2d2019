// GC: closures capturing variables (per-iteration loop variables, pointers, slices,
// maps, strings, other closures) are stored in slices and maps and called much later,
// after a lot of garbage has been allocated. Method values bind freshly allocated
// receivers. Captured variables shared between closures must stay shared.
package main

import (
	"fmt"
	"strings"
)

type Acc struct {
	name  string
	total int
	hist  []int
}

func (a *Acc) Add(n int) int {
	a.total += n
	a.hist = append(a.hist, n)
	return a.total
}

func (a Acc) Label() string { return a.name + ":" + fmt.Sprint(len(a.hist)) }

func counter(start int) (inc func() int, get func() int) {
	n := start
	inc = func() int { n++; return n }
	get = func() int { return n }
	return
}

func compose(fs ...func(int) int) func(int) int {
	return func(x int) int {
		for _, f := range fs {
			x = f(x)
		}
		return x
	}
}

// sinks make the garbage escape to the heap (in Go as in Gale)
var sinkF func(int) int
var sinkG func() int

// garbage allocates short-lived data, including closures, and returns a checksum
func garbage(seed int) int {
	s := 0
	for i := 0; i < 1500; i++ {
		buf := make([]int, 16)
		f := func(k int) int { buf[k%16] += k; return buf[k%16] }
		sinkF = f
		s += sinkF(i + seed)
		str := strings.Repeat("g", i%32)
		g := func() int { return len(str) + len(buf) }
		sinkG = g
		s += sinkG()
	}
	return s
}

func main() {
	var later []func() int
	keyed := map[string]func(int) int{}
	sum, want := 0, 0
	garb := 0
	for round := 0; round < 200; round++ {
		data := make([]int, 100)
		for i := range data {
			data[i] = i * round
		}
		label := fmt.Sprintf("round-%03d", round)
		inc, get := counter(round * 10)
		p := &Acc{name: label}

		later = append(later, func() int {
			// captures data, label, inc and p; inc's counter shared with get
			inc()
			return data[99] + len(label) + p.Add(round)
		})
		want += 99*round + len(label) + round

		if round%10 == 0 {
			k := round
			keyed[label] = compose(
				func(x int) int { return x + k },
				func(x int) int { return x * 2 },
				func(x int) int { return x - len(label) },
			)
		}
		// method values: receiver bound now, called later
		add := p.Add
		lab := p.Label
		later = append(later, func() int {
			add(1)
			return len(lab()) + get()
		})
		// lab was bound to a copy of *p taken when lab was created (empty hist):
		// len("round-NNN:0") = 11; get() returns round*10+1 once the first closure ran.
		want += 11 + round*10 + 1
		garb += garbage(round)
	}
	// call everything after all that garbage
	for _, f := range later {
		sum += f()
	}
	ksum := 0
	for name, f := range keyed {
		ksum += f(len(name))
	}
	// each keyed entry: ((9 + k) * 2) - 9
	kwant := 0
	for r := 0; r < 200; r += 10 {
		kwant += (9+r)*2 - 9
	}
	fmt.Println("closures", len(later), "sum", sum, sum == want)
	fmt.Println("keyed", len(keyed), ksum, ksum == kwant)

	// loop variable per iteration (Go 1.22): each closure sees its own i
	var fs []func() int
	for i := 0; i < 1000; i++ {
		s := make([]byte, i%50)
		fs = append(fs, func() int { return i + len(s) })
	}
	garb += garbage(7)
	t := 0
	for _, f := range fs {
		t += f()
	}
	fmt.Println("per-iteration", t)

	// a closure that refers to itself through a captured variable (a cycle), and a
	// chain of closures each capturing the previous one
	var fib func(int) int
	memo := map[int]int{}
	fib = func(n int) int {
		if n < 2 {
			return n
		}
		if v, ok := memo[n]; ok {
			return v
		}
		v := fib(n-1) + fib(n-2)
		memo[n] = v
		return v
	}
	chain := func() int { return 1 }
	for i := 0; i < 2000; i++ {
		prev := chain
		extra := make([]int, 4)
		extra[3] = i % 3
		chain = func() int { return prev() + extra[3] }
	}
	garb += garbage(9)
	fmt.Println("fib(80)", fib(80), "chain", chain())
	fmt.Println("garbage", garb)
}
