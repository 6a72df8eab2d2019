// sort: fill a slice with a million pseudo-random ints (MINSTD generator,
// every intermediate below 2^53) and sort it with the library sort; then a
// position-dependent checksum over the sorted slice.
package main

import (
	"fmt"
	"os"
	"sort"
	"strconv"
)

func main() {
	n := 1500000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	a := make([]int, 0, n)
	x := 42
	for i := 0; i < n; i++ {
		x = x * 48271 % 2147483647
		a = append(a, x)
	}
	sort.Ints(a)
	sum := 0
	for i := 0; i < n; i++ {
		sum = (sum*31 + a[i]) % 1000000007
	}
	fmt.Printf("sort n=%d min=%d median=%d max=%d checksum=%d\n", n, a[0], a[n/2], a[n-1], sum)
}
