// sortslice: sort a million structs by a key with sort.Slice and a comparator
// (keys are distinct, so every correct sort gives the same order); print a checksum
// of the ids in sorted order.
package main

import (
	"fmt"
	"os"
	"sort"
	"strconv"
)

type record struct {
	key  int
	id   int
	name string
}

func main() {
	n := 1000000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	rs := make([]record, n)
	for i := 0; i < n; i++ {
		rs[i] = record{key: i * 2654435761 % 4294967296, id: i, name: "r"}
	}
	sort.Slice(rs, func(i, j int) bool { return rs[i].key < rs[j].key })
	sum := 0
	for i := 0; i < n; i++ {
		sum = (sum*31 + rs[i].id) % 1000000007
	}
	fmt.Printf("sortslice n=%d first=%d last=%d checksum=%d\n", n, rs[0].id, rs[n-1].id, sum)
}
