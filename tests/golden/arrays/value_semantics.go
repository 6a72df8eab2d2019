package main

import "fmt"

func double(a [4]int) [4]int {
	for i := range a {
		a[i] *= 2
	}
	return a
}

func doublePtr(a *[4]int) {
	for i := range a {
		a[i] *= 2
	}
}

func main() {
	a := [4]int{1, 2, 3, 4}
	b := a
	b[0] = 100
	fmt.Println(a, b)
	c := double(a)
	fmt.Println(a, c)
	doublePtr(&a)
	fmt.Println(a)
	// arrays inside structs are copied too
	type Grid struct{ Cells [2][2]int }
	g1 := Grid{}
	g2 := g1
	g2.Cells[1][1] = 9
	fmt.Println(g1.Cells, g2.Cells)
	// slicing an array shares its storage
	s := a[1:3]
	s[0] = -1
	fmt.Println(a, s, len(s), cap(s))
	// array of arrays
	var m [3][3]int
	for i := range 3 {
		m[i][i] = 1
	}
	row := m[0]
	row[2] = 5
	fmt.Println(m, row)
	// assigning to an array element through a map requires copy
	mp := map[string][2]int{"k": {1, 2}}
	v := mp["k"]
	v[0] = 10
	fmt.Println(mp["k"], v)
	mp["k"] = v
	fmt.Println(mp)
}
