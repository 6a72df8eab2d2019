// GC: maps of pointers to structs holding strings, slices and nested maps are grown,
// deleted from, overwritten and rebuilt in rounds; a map with struct values (strings and
// slices stored inline in the map) and a map keyed by strings built at run time churn
// alongside. Only the latest generation stays live. A shadow model (plain ints computed
// independently) checks every round.
package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

type Rec struct {
	name   string
	tags   []string
	scores []int
	attrs  map[string]int
	next   *Rec // a chain through older records of the same round
}

type Inline struct {
	label string
	data  []int
	id    int
}

func key(round, i int) string {
	return "k" + strconv.Itoa(i) + "-" + strings.Repeat("x", i%5)
}

func newRec(round, i int, prev *Rec) *Rec {
	r := &Rec{name: "rec" + strconv.Itoa(round) + "/" + strconv.Itoa(i), next: prev}
	for t := 0; t < 3; t++ {
		r.tags = append(r.tags, fmt.Sprintf("t%d.%d", i%10, t))
	}
	for s := 0; s < i%8+1; s++ {
		r.scores = append(r.scores, i+s)
	}
	r.attrs = map[string]int{"a": i, "b": round}
	if i%4 == 0 {
		r.attrs["c"+strconv.Itoa(i%50)] = 1
	}
	return r
}

// value of a record as computed from its contents
func recValue(r *Rec) int {
	v := len(r.name) + len(r.tags)
	for _, t := range r.tags {
		v += int(t[1] - '0')
	}
	for _, s := range r.scores {
		v += s
	}
	for k, a := range r.attrs {
		v += len(k) * a
	}
	return v
}

// the same value computed from the construction rules
func wantValue(round, i int) int {
	v := len("rec"+strconv.Itoa(round)+"/"+strconv.Itoa(i)) + 3
	v += 3 * (i % 10)
	for s := 0; s < i%8+1; s++ {
		v += i + s
	}
	v += i + round
	if i%4 == 0 {
		v += len("c"+strconv.Itoa(i%50)) * 1
	}
	return v
}

func main() {
	const rounds, n = 8, 5000
	ok := true
	var keep map[string]*Rec
	inline := map[int]Inline{}
	grand := 0
	for round := 0; round < rounds; round++ {
		m := make(map[string]*Rec) // no size hint: grows through every size
		var prev *Rec
		for i := 0; i < n; i++ {
			r := newRec(round, i, prev)
			m[key(round, i)] = r
			if i%10 != 0 {
				prev = r
			} else {
				prev = nil
			}
		}
		// delete two thirds
		for i := 0; i < n; i++ {
			if i%3 != 0 {
				delete(m, key(round, i))
			}
		}
		// overwrite some survivors with fresh records, re-add some deleted keys
		for i := 0; i < n; i += 6 {
			m[key(round, i)] = newRec(round, i, nil)
		}
		for i := 1; i < n; i += 9 {
			m[key(round, i)] = newRec(round, i, m[key(round, i-1)])
		}
		sum, want := 0, 0
		for i := 0; i < n; i++ {
			r, found := m[key(round, i)]
			shouldBe := i%3 == 0 || i%9 == 1
			if found != shouldBe {
				ok = false
				continue
			}
			if found {
				sum += recValue(r)
				want += wantValue(round, i)
				// the chain through prev must still be intact
				for c := r.next; c != nil; c = c.next {
					sum += len(c.tags)
					want += 3
				}
			}
		}
		if sum != want {
			ok = false
			fmt.Println("round", round, "mismatch", sum, want)
		}
		grand += sum

		// inline struct values: replace every entry each round
		for i := 0; i < 2000; i++ {
			d := make([]int, i%16)
			for j := range d {
				d[j] = round + j
			}
			inline[i] = Inline{label: strings.Repeat("L", i%7) + strconv.Itoa(round), data: d, id: i}
		}
		for i := 0; i < 2000; i += 2 {
			delete(inline, i)
		}
		if round%4 == 1 {
			clear(inline)
		}
		keep = m
	}

	// the last generation survives; verify it once more with sorted keys
	keys := make([]string, 0, len(keep))
	for k := range keep {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	final := 0
	for _, k := range keys {
		final += recValue(keep[k])
	}
	fmt.Println("live records:", len(keep), "first", keys[0], "last", keys[len(keys)-1])
	fmt.Println("final value:", final)

	isum := 0
	for i, v := range inline {
		if v.id != i || len(v.data) != i%16 {
			ok = false
		}
		for _, x := range v.data {
			isum += x
		}
		isum += len(v.label)
	}
	fmt.Println("inline entries:", len(inline), "sum", isum)

	// map[int]map[int][]byte: nested maps rebuilt many times
	outer := map[int]map[int][]byte{}
	bsum := 0
	for r := 0; r < 40; r++ {
		for i := 0; i < 50; i++ {
			inner := outer[i]
			if inner == nil || r%5 == 0 {
				inner = map[int][]byte{}
				outer[i] = inner
			}
			inner[r%7] = []byte(strings.Repeat(string(rune('a'+i%26)), 64+r))
		}
	}
	for i := 0; i < 50; i++ {
		for k, b := range outer[i] {
			bsum += k + len(b) + int(b[len(b)-1])
		}
	}
	fmt.Println("nested:", len(outer), bsum)
	fmt.Println("grand", grand, "ok", ok)
}
