package main

import "fmt"

type Pt struct{ X, Y int }

func main() {
	s := []int{1, 2, 3, 4, 5}
	view := s[1:4]
	clear(view)
	fmt.Println(s, len(view), cap(view))
	pts := []Pt{{1, 2}, {3, 4}}
	clear(pts)
	fmt.Println(pts)
	var nilS []int
	clear(nilS)
	fmt.Println(nilS == nil)
	words := map[string]int{"a": 1, "b": 2}
	clear(words)
	fmt.Println(len(words), words == nil)
	words["c"] = 3
	fmt.Println(words)
	anys := []any{1, "x", nil}
	clear(anys)
	fmt.Println(anys)
	arr := [3]string{"x", "y", "z"}
	clear(arr[:2])
	fmt.Printf("%q\n", arr)
	m := map[int][]int{1: {1}}
	clear(m[1])
	fmt.Println(m)
}
