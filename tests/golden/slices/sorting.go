package main

import (
	"fmt"
	"sort"
)

func main() {
	ints := []int{5, -2, 9, 0, 3, 3, 100, -50}
	sort.Ints(ints)
	fmt.Println(ints)
	strs := []string{"pear", "Apple", "banana", "apple", "", "Banana", "cherry"}
	sort.Strings(strs)
	fmt.Printf("%q\n", strs)
	// sorting a sub-slice sorts that part of the underlying array
	xs := []int{9, 8, 7, 6, 5, 4}
	sort.Ints(xs[1:4])
	fmt.Println(xs)
	var none []int
	sort.Ints(none)
	fmt.Println(none, len(none))
	unicode := []string{"é", "e", "z", "É", "日本", "a"}
	sort.Strings(unicode)
	fmt.Println(unicode)
	big := make([]int, 50)
	for i := range big {
		big[i] = (i * 37) % 50
	}
	sort.Ints(big)
	ok := true
	for i := range big {
		if big[i] != i {
			ok = false
		}
	}
	fmt.Println(ok)
}
