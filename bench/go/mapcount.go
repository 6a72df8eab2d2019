// mapcount: counting keys in a map[string]int and a map[int]int — string keys
// built with strconv.Itoa, comma-ok lookups, inserts and updates, then a
// range over each map with an order-independent checksum.
package main

import (
	"fmt"
	"os"
	"strconv"
)

func main() {
	n := 2500000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	words := map[string]int{}
	nums := map[int]int{}
	x := 7
	hits, misses := 0, 0
	for i := 0; i < n; i++ {
		x = x * 48271 % 2147483647
		k := x % 50000
		key := "w" + strconv.Itoa(k%5000)
		if v, ok := words[key]; ok {
			words[key] = v + 1
		} else {
			words[key] = 1
		}
		if v, ok := nums[k]; ok {
			hits += v
			nums[k] = v + 1
		} else {
			misses++
			nums[k] = 1
		}
	}
	wsum := 0
	for k, v := range words {
		wsum += v * (len(k) + int(k[len(k)-1]))
	}
	nsum := 0
	for k, v := range nums {
		nsum = (nsum + k*v) % 1000000007
	}
	fmt.Printf("mapcount n=%d words=%d nums=%d hits=%d misses=%d wsum=%d nsum=%d\n",
		n, len(words), len(nums), hits, misses, wsum, nsum)
}
