package main

import "fmt"

func main() {
	a := []int{1, 2}
	b := append(a[:1:1], 9)
	fmt.Println(a, b)
	c := append([]int{}, a...)
	c[0] = 100
	fmt.Println(a, c)
	bs := append([]byte("hi "), "there"...)
	fmt.Println(string(bs))
	rs := append([]rune("é"), 'x', 'ÿ')
	fmt.Println(string(rs), len(rs))
	strs := append([]string(nil), "a")
	strs = append(strs, strs...)
	strs = append(strs, strs...)
	fmt.Println(strs, len(strs))
	dst := make([]byte, 3)
	n := copy(dst, "abcdef")
	fmt.Println(n, string(dst))
	ifs := append([]any{}, 1, "two", nil)
	fmt.Println(ifs, len(ifs))
	var grid [][]int
	grid = append(grid, append([]int(nil), 1, 2))
	grid = append(grid, []int{3})
	fmt.Println(grid)
	type P struct{ N int }
	ps := append([]P{}, P{1}, P{2})
	ps = append(ps[:1], ps[1:]...)
	fmt.Println(ps)
	x := make([]int, 2, 10)
	y := append(x, 5)
	z := append(x, 6)
	fmt.Println(y, z)
}
