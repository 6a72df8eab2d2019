// fannkuch: fannkuch-redux — permutations of n items in counting order,
// flipping prefixes; small int slices, indexing, tuple swaps, a checksum.
// The size is the number of permutations to visit (n is the smallest n with
// n! >= size), so the running time can be tuned finely.
package main

import (
	"fmt"
	"os"
	"strconv"
)

func fannkuch(n, limit int) (int, int, int) {
	perm1 := make([]int, n)
	perm := make([]int, n)
	count := make([]int, n)
	for i := range perm1 {
		perm1[i] = i
	}
	maxFlips, checksum, permCount := 0, 0, 0
	r := n
	for {
		for ; r != 1; r-- {
			count[r-1] = r
		}
		for i := 0; i < n; i++ {
			perm[i] = perm1[i]
		}
		flips := 0
		for k := perm[0]; k != 0; k = perm[0] {
			for i, j := 0, k; i < j; i, j = i+1, j-1 {
				perm[i], perm[j] = perm[j], perm[i]
			}
			flips++
		}
		if flips > maxFlips {
			maxFlips = flips
		}
		if permCount%2 == 0 {
			checksum += flips
		} else {
			checksum -= flips
		}
		permCount++
		if permCount == limit {
			return permCount, checksum, maxFlips
		}
		// next permutation in the counting order
		for {
			if r == n {
				return permCount, checksum, maxFlips
			}
			perm0 := perm1[0]
			for i := 0; i < r; i++ {
				perm1[i] = perm1[i+1]
			}
			perm1[r] = perm0
			count[r]--
			if count[r] > 0 {
				break
			}
			r++
		}
	}
}

func main() {
	size := 1500000
	if len(os.Args) > 1 {
		size, _ = strconv.Atoi(os.Args[1])
	}
	n, f := 1, 1
	for f < size {
		n++
		f *= n
	}
	perms, checksum, maxFlips := fannkuch(n, size)
	fmt.Printf("fannkuch(%d) perms=%d checksum=%d maxflips=%d\n", n, perms, checksum, maxFlips)
}
