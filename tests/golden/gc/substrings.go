// GC: long strings built by concatenation, strings.Builder, Repeat, Join and []byte
// conversions; small substrings of them (slices of the parent's bytes in Go) are kept
// while the parents are dropped, and must survive intact. strings.Split/Fields results,
// string keys of a map and strings inside structs are kept the same way.
package main

import (
	"fmt"
	"strconv"
	"strings"
)

type Piece struct {
	s   string
	pos int
}

// the byte at position p of the parent built in round r
func parentByte(r, p int) byte {
	return byte('a' + (r*7+p*5+p/26)%26)
}

func buildParent(r, n int) string {
	s := ""
	chunk := make([]byte, 0, 64)
	for p := 0; p < n; p++ {
		chunk = append(chunk, parentByte(r, p))
		if len(chunk) == 64 {
			s += string(chunk) // quadratic concatenation: lots of garbage
			chunk = chunk[:0]
		}
	}
	return s + string(chunk)
}

func hash(s string) int {
	h := 7
	for i := 0; i < len(s); i++ {
		h = (h*31 + int(s[i])) % 1000000007
	}
	return h
}

func main() {
	ok := true
	var pieces []Piece
	var words []string
	index := map[string]int{}
	total := 0
	for r := 0; r < 40; r++ {
		n := 16000 + r*100
		parent := buildParent(r, n)
		if len(parent) != n {
			ok = false
		}
		// keep two short substrings of each parent, one at each end
		pos := (r * 997) % (n - 40)
		pieces = append(pieces, Piece{parent[pos : pos+20], pos}, Piece{parent[n-9:], n - 9})

		// Builder + Repeat + Join, then keep one field of a Split
		var b strings.Builder
		for i := 0; i < 400; i++ {
			b.WriteString("w")
			b.WriteString(strconv.Itoa(r*1000 + i))
			b.WriteByte(' ')
		}
		big := b.String() + strings.Repeat("pad ", 200)
		fields := strings.Fields(big)
		words = append(words, fields[r*3])
		joined := strings.Join(fields[:100], ",")
		parts := strings.Split(joined, ",")
		index[parts[r%100]] = r

		// []byte round trips; the bytes are modified after the conversion
		bs := []byte(parent)
		s2 := string(bs)
		for i := range bs {
			bs[i] = 'Z'
		}
		if s2[:10] != parent[:10] {
			ok = false
		}
		total += hash(s2[n/2:n/2+100]) + len(joined)
	}

	// verify the kept substrings byte by byte against the construction rule
	for i, pc := range pieces {
		r := i / 2
		for k := 0; k < len(pc.s); k++ {
			if pc.s[k] != parentByte(r, pc.pos+k) {
				ok = false
			}
		}
		total += hash(pc.s)
	}
	for r, w := range words {
		if w != "w"+strconv.Itoa(r*1000+r*3) {
			ok = false
		}
	}
	for k, r := range index {
		if k != "w"+strconv.Itoa(r*1000+r%100) {
			ok = false
		}
	}
	fmt.Println("pieces", len(pieces), "first", pieces[0].s, "last", pieces[len(pieces)-1].s)
	fmt.Println("words", len(words), words[0], words[len(words)-1])
	fmt.Println("index", len(index))

	// substrings of substrings, through a chain of function results
	s := strings.Repeat("0123456789", 5000)
	for i := 0; i < 12; i++ {
		s = s[1:len(s)-1] + s[:3] // new string each time, tail keeps growing shorter
	}
	keep := s[100:130]
	s = ""
	fmt.Println("kept", keep, len(keep))
	fmt.Println("total", total, "ok", ok)
}
