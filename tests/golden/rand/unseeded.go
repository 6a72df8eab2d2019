package main

import (
	"fmt"
	"math/rand"
	"sort"
)

func main() {
	// Only properties: the values are random.
	seen := map[int]bool{}
	ok := true
	for i := 0; i < 1000; i++ {
		n := rand.Intn(100)
		if n < 0 || n >= 100 {
			ok = false
		}
		seen[n] = true
		f := rand.Float64()
		if f < 0 || f >= 1 {
			ok = false
		}
		if rand.Int63() < 0 || rand.Int31n(5) >= 5 || rand.Int63n(7) >= 7 || rand.Int() < 0 {
			ok = false
		}
		if x := rand.Float32(); x < 0 || x >= 1 {
			ok = false
		}
		if rand.ExpFloat64() <= 0 {
			ok = false
		}
	}
	fmt.Println(ok, len(seen) > 50)
	p := rand.Perm(20)
	sort.Ints(p)
	fmt.Println(p)
	a, b := rand.Uint64(), rand.Uint64()
	fmt.Println(a != b)
	buf := make([]byte, 64)
	n, err := rand.Read(buf)
	zero := 0
	for _, c := range buf {
		if c == 0 {
			zero++
		}
	}
	fmt.Println(n, err, zero < 10)
	done := make(chan int)
	for g := 0; g < 4; g++ {
		go func() {
			s := 0
			for i := 0; i < 1000; i++ {
				s += rand.Intn(2)
			}
			done <- s
		}()
	}
	for g := 0; g < 4; g++ {
		s := <-done
		fmt.Println(s > 300 && s < 700)
	}
}
