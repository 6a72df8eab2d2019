package main

import "fmt"

type Key [2]string

func main() {
	a := [3]int{1, 2, 3}
	b := [3]int{1, 2, 3}
	c := [3]int{3, 2, 1}
	fmt.Println(a == b, a == c, a != c)
	var z [3]int
	fmt.Println(z == [3]int{}, z == [...]int{0, 0, 0})
	s1 := [2]string{"x", "y"}
	fmt.Println(s1 == [2]string{"x", "y"})
	// arrays as map keys
	m := map[Key]int{}
	m[Key{"a", "b"}] = 1
	m[Key{"a", "b"}]++
	m[Key{"b", "a"}] = 5
	fmt.Println(len(m), m[Key{"a", "b"}], m)
	grid := map[[2]int]bool{{0, 0}: true, {1, 2}: true}
	fmt.Println(grid[[2]int{1, 2}], grid[[2]int{2, 1}])
	nested := [2][2]bool{{true, false}, {false, true}}
	fmt.Println(nested == [2][2]bool{{true, false}, {false, true}})
	type P struct{ A [2]int }
	fmt.Println(P{[2]int{1, 2}} == P{[2]int{1, 2}})
}
