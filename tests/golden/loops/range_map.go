package main

import (
	"fmt"
	"sort"
)

func main() {
	ages := map[string]int{"alice": 31, "bob": 25, "carol": 40, "dave": 25}
	total := 0
	for _, a := range ages {
		total += a
	}
	fmt.Println("total", total)
	var names []string
	for name := range ages {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Println(n, ages[n])
	}
	// inverting a map: collect then sort
	byAge := map[int][]string{}
	for name, age := range ages {
		byAge[age] = append(byAge[age], name)
	}
	var keys []int
	for k := range byAge {
		keys = append(keys, k)
	}
	sort.Ints(keys)
	for _, k := range keys {
		v := byAge[k]
		sort.Strings(v)
		fmt.Println(k, v)
	}
	// deleting every entry during iteration is allowed
	for k := range ages {
		delete(ages, k)
	}
	fmt.Println(len(ages), ages)
	// range over nil map: no iterations
	var nm map[string]bool
	for k := range nm {
		fmt.Println("never", k)
	}
	// modifying values for existing keys during iteration
	counts := map[rune]int{'a': 1, 'b': 2, 'c': 3}
	for k, v := range counts {
		counts[k] = v * 100
	}
	fmt.Println(counts)
	max := 0
	for _, v := range counts {
		if v > max {
			max = v
		}
	}
	fmt.Println(max)
}
