// pauses: collector pause times with a large live heap. Builds 1,000,000 live small
// objects (a slice of nodes, each pointing at an earlier node), then allocates SIZE
// short-lived objects (default 20,000,000: nodes, small slices and short strings) while
// every 64th allocation replaces a live node, so the live graph keeps changing. At the
// end it reads runtime.ReadMemStats and prints, on stderr, the number of completed
// collections and the p50, p99 and max of their pauses in microseconds (the last
// min(NumGC, 256) entries of the PauseNs ring), and on stdout only a checksum, so that
// stdout is the same on every run and system.
package main

import (
	"fmt"
	"os"
	"runtime"
	"sort"
	"strconv"
)

type node struct {
	left, right *node
	val         int
}

const live = 1000000

func main() {
	n := 20000000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	x := 1 // MINSTD generator
	rnd := func() int {
		x = x * 48271 % 2147483647
		return x
	}

	nodes := make([]*node, live)
	for i := range nodes {
		nd := &node{val: i}
		if i > 0 {
			nd.left = nodes[rnd()%i]
		}
		nodes[i] = nd
	}

	sum := 0
	var keep [8]*node // the last few garbage nodes
	var str string
	phase, slot, small := 0, 0, 16 // counters instead of divisions in the loop
	for i := 0; i < n; i++ {
		switch phase {
		case 0, 1:
			o := keep[slot] // garbage made 8 nodes ago
			if o != nil {
				o.left = nil // keep garbage chains at most two long
			}
			g := &node{val: i, left: o}
			keep[slot] = g
			slot = (slot + 1) & 7
			sum += g.val & 7
		case 2:
			b := make([]byte, small) // 16..47 bytes
			b[0] = byte(i)
			sum += int(b[0]) & 7
			small++
			if small == 48 {
				small = 16
			}
		case 3:
			str = strconv.Itoa(i)
			sum += len(str)
		}
		phase = (phase + 1) & 3
		if i&63 == 0 {
			// replace a live node; the new one points at another live node and at the
			// newest garbage node (which keeps at most a short chain of garbage alive)
			j := rnd() % live
			nodes[j] = &node{val: j, left: nodes[rnd()%live], right: keep[slot]}
		}
	}

	check := 0
	for i, nd := range nodes {
		if nd.val != i {
			check = -1000000000
			break
		}
		if nd.left != nil {
			check = (check + nd.left.val) % 1000000007
		}
	}
	fmt.Println("pauses", n, "checksum", sum%1000000007, check)

	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	m := int(ms.NumGC)
	if m > 256 {
		m = 256
	}
	p := make([]uint64, 0, m)
	for k := 0; k < m; k++ {
		p = append(p, ms.PauseNs[(int(ms.NumGC)-k+255)%256])
	}
	sort.Slice(p, func(a, b int) bool { return p[a] < p[b] })
	us := func(q int) string {
		if len(p) == 0 {
			return "-"
		}
		return strconv.FormatFloat(float64(p[(len(p)-1)*q/100])/1000, 'f', 1, 64)
	}
	fmt.Fprintln(os.Stderr, "NumGC", ms.NumGC, "pause_us p50", us(50), "p99", us(99), "max", us(100))
}
