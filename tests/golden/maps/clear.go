package main

import "fmt"

func main() {
	m := map[string]int{"a": 1, "b": 2, "c": 3}
	alias := m
	clear(m)
	fmt.Println(len(m), len(alias), m)
	m["d"] = 4
	fmt.Println(alias)
	var nm map[int]int
	clear(nm) // no-op on nil map
	fmt.Println(nm == nil)
	s := []int{1, 2, 3, 4}
	clear(s[1:3])
	fmt.Println(s, len(s))
	strs := []string{"x", "y"}
	clear(strs)
	fmt.Printf("%q\n", strs)
	type P struct{ A int }
	ps := []*P{{1}, {2}}
	clear(ps)
	fmt.Println(ps[0] == nil, ps[1] == nil, len(ps))
	nested := map[string][]int{"k": {1}}
	inner := nested["k"]
	clear(nested)
	fmt.Println(len(nested), inner)
}
