// GC: allocations of every size, from zero-sized values to multi-megabyte buffers,
// interleaved so that small and large objects die and survive together; freshly made
// memory must always read as zero even when it reuses freed memory; a few large
// buffers and many small objects are kept and verified at the end. bytes.Buffer and
// strings.Builder grow through many sizes.
package main

import (
	"bytes"
	"fmt"
	"strings"
)

type Empty struct{}

type Small struct {
	a int
	p *Small
}

func main() {
	ok := true
	var bigKeep [][]byte
	var smallKeep []*Small
	zeros := 0
	total := 0
	for r := 0; r < 84; r++ {
		// a large buffer (64 KB .. 4 MB), dirty it, verify it was zeroed first
		n := 65536 << (r % 7)
		big := make([]byte, n)
		for i := 0; i < n; i += 4093 {
			if big[i] != 0 {
				zeros++
			}
			big[i] = byte(r + i)
		}
		if big[n-1] != 0 {
			zeros++
		}
		big[n-1] = byte(r)
		if r%20 == 0 {
			bigKeep = append(bigKeep, big)
		}

		// many small objects of sizes 1..512 bytes, each checked for zero contents
		for k := 0; k < 250; k++ {
			sz := 1 + (k*37+r)%512
			b := make([]byte, sz)
			for i := range b {
				if b[i] != 0 {
					zeros++
				}
				b[i] = 0xAA
			}
			total += len(b)
			ints := make([]int, sz/8)
			for i := range ints {
				if ints[i] != 0 {
					zeros++
				}
				ints[i] = -1
			}
			ptrs := make([]*Small, sz/16)
			for i := range ptrs {
				if ptrs[i] != nil {
					zeros++
				}
				ptrs[i] = &Small{a: i}
			}
			s := &Small{a: k}
			if s.p != nil {
				zeros++
			}
			if k%100 == 0 {
				s.p = &Small{a: r}
				smallKeep = append(smallKeep, s)
			}
		}

		// zero-sized values and empty slices with capacity
		es := make([]Empty, 1000)
		var ez [0]int
		e1, e2 := new(Empty), new(Empty)
		_ = e1
		_ = e2
		emptyMap := map[Empty]int{{}: r}
		total += len(es) + len(ez) + emptyMap[Empty{}]
		c := make([]int, 0, 1<<(r%12))
		c = append(c, r)
		total += cap(c) + c[0]
	}

	// bytes.Buffer and strings.Builder growth
	var bb bytes.Buffer
	var sb strings.Builder
	for i := 0; i < 100000; i++ {
		bb.WriteByte(byte('a' + i%26))
		sb.WriteString("xy")
		if i%25000 == 24999 {
			total += bb.Len() + sb.Len()
			bb.Reset()
		}
	}
	total += len(sb.String())

	for i, b := range bigKeep {
		r := i * 20
		n := 65536 << (r % 7)
		if len(b) != n || b[n-1] != byte(r) || b[4093] != byte(r+4093) {
			ok = false
		}
	}
	ss := 0
	for _, s := range smallKeep {
		ss += s.a + s.p.a
	}
	fmt.Println("kept big", len(bigKeep), "small", len(smallKeep), ss)
	fmt.Println("nonzero fresh reads", zeros)
	fmt.Println("total", total, "ok", ok)
}
