package main

import (
	"bytes"
	"crypto/rand"
	"fmt"
	"io"
	"sync"
)

func main() {
	a := make([]byte, 32)
	b := make([]byte, 32)
	n, err := rand.Read(a)
	fmt.Println(n, err)
	n, err = rand.Read(b)
	fmt.Println(n, err, !bytes.Equal(a, b), !bytes.Equal(a, make([]byte, 32)))
	n, err = rand.Read(nil)
	fmt.Println(n, err)
	big := make([]byte, 1<<20)
	n, err = io.ReadFull(rand.Reader, big)
	var counts [256]int
	for _, c := range big {
		counts[c]++
	}
	ok := true
	for _, c := range counts {
		if c < 3000 || c > 5200 {
			ok = false
		}
	}
	fmt.Println(n, err, ok)
	n, err = rand.Reader.Read(a[:5])
	fmt.Println(n, err)
	var wg sync.WaitGroup
	results := make([][]byte, 8)
	for i := range results {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			results[i] = make([]byte, 16)
			rand.Read(results[i])
		}(i)
	}
	wg.Wait()
	distinct := map[string]bool{}
	for _, r := range results {
		distinct[string(r)] = true
	}
	fmt.Println(len(distinct))
}
