package main

import (
	"fmt"
	"sort"
	"strings"
)

const text = `It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness,
it was the spring of hope, it was the winter of despair.`

func words(s string) []string {
	var out []string
	var cur strings.Builder
	flush := func() {
		if cur.Len() > 0 {
			out = append(out, cur.String())
			cur.Reset()
		}
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'a' && c <= 'z':
			cur.WriteByte(c)
		case c >= 'A' && c <= 'Z':
			cur.WriteByte(c + 'a' - 'A')
		case c == '\'':
			cur.WriteByte(c)
		default:
			flush()
		}
	}
	flush()
	return out
}

func stars(n int) string {
	var b strings.Builder
	for range n {
		b.WriteByte('*')
	}
	return b.String()
}

func main() {
	freq := map[string]int{}
	ws := words(text)
	for _, w := range ws {
		freq[w]++
	}
	fmt.Println("words:", len(ws), "distinct:", len(freq))
	// sort by count descending, then alphabetically, using sortable keys
	var keys []string
	for w, n := range freq {
		keys = append(keys, fmt.Sprintf("%06d %s", 1000000-n, w))
	}
	sort.Strings(keys)
	for i, k := range keys {
		if i == 8 {
			break
		}
		w := k[7:]
		fmt.Printf("%-12s %3d %s\n", w, freq[w], stars(freq[w]))
	}
	// words that occur exactly once, alphabetically
	var once []string
	for w, n := range freq {
		if n == 1 {
			once = append(once, w)
		}
	}
	sort.Strings(once)
	fmt.Println(once)
	// length histogram
	byLen := map[int]int{}
	for _, w := range ws {
		byLen[len(w)]++
	}
	fmt.Println(byLen)
}
