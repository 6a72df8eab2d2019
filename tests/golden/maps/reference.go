package main

import "fmt"

func addEntry(m map[string]int, k string, v int) {
	m[k] = v
}

func replace(m map[string]int) {
	m = map[string]int{"new": 1} // only the local variable changes
	m["x"] = 2
}

func build() map[int]string {
	return map[int]string{1: "one"}
}

func main() {
	m := map[string]int{}
	addEntry(m, "a", 1)
	addEntry(m, "b", 2)
	fmt.Println(m)
	replace(m)
	fmt.Println(m)
	other := m
	other["c"] = 3
	fmt.Println(len(m), m["c"])
	b := build()
	b[2] = "two"
	fmt.Println(b)
	type Registry struct{ items map[string]int }
	r1 := Registry{items: map[string]int{}}
	r2 := r1 // struct copy shares the map
	r2.items["k"] = 9
	fmt.Println(r1.items)
	// map of slices: append must store back
	ms := map[string][]int{}
	ms["a"] = append(ms["a"], 1)
	ms["a"] = append(ms["a"], 2)
	fmt.Println(ms)
	// map of maps: counting pairs
	pairs := map[string]map[string]int{}
	for _, p := range [][2]string{{"x", "y"}, {"x", "y"}, {"x", "z"}} {
		if pairs[p[0]] == nil {
			pairs[p[0]] = map[string]int{}
		}
		pairs[p[0]][p[1]]++
	}
	fmt.Println(pairs)
}
