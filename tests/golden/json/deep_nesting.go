// Deeply nested values through the C engines (fmt's printer, json's decoder and encoder)
// on several goroutines at once: their recursion fits the threads' C stacks (thousands of
// levels; Go's stacks grow without such a bound, see lang.md), and json's depth limit gives
// Go's error.
package main

import (
	"encoding/json"
	"fmt"
	"strings"
	"sync"
)

type T struct{ A *T }

func main() {
	var w any = 1
	for i := 0; i < 2000; i++ {
		w = []any{w}
	}
	var m any = "leaf"
	for i := 0; i < 900; i++ {
		m = map[string]any{"x": []any{m}}
	}
	ok := []byte(strings.Repeat(`{"A":`, 3000) + "null" + strings.Repeat("}", 3000))
	tooDeep := []byte(strings.Repeat(`[`, 10001) + strings.Repeat("]", 10001))
	results := make([]string, 4)
	var wg sync.WaitGroup
	wg.Add(4)
	go func() {
		defer wg.Done()
		s := fmt.Sprint(w)
		results[0] = fmt.Sprint(len(s), s[:5], s[len(s)-5:])
	}()
	go func() {
		defer wg.Done()
		var t T
		err := json.Unmarshal(ok, &t)
		depth := 0
		for p := &t; p != nil; p = p.A {
			depth++
		}
		results[1] = fmt.Sprint(err, depth)
	}()
	go func() {
		defer wg.Done()
		var v any
		results[2] = fmt.Sprint(json.Unmarshal(tooDeep, &v))
	}()
	go func() {
		defer wg.Done()
		b, err := json.Marshal(m)
		results[3] = fmt.Sprint(len(b), err, string(b[:12]))
	}()
	wg.Wait()
	for _, r := range results {
		fmt.Println(r)
	}
}
