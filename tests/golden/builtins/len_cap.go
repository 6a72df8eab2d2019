package main

import "fmt"

type Fixed [7]int

func main() {
	var arr [5]int
	const n = len(arr) // constant: arr is an array
	fmt.Println(n, len(arr), cap(arr))
	var f Fixed
	fmt.Println(len(f), cap(f[2:]))
	var parr *[4]string
	fmt.Println(len(parr), cap(parr)) // constant even for nil pointer
	s := []int{1, 2, 3}
	fmt.Println(len(s), cap(s[:0]), len(s[1:]), cap(s[1:]))
	m := map[int]int{1: 1, 2: 2}
	fmt.Println(len(m))
	delete(m, 1)
	fmt.Println(len(m))
	str := "héllo"
	fmt.Println(len(str), len(str[1:3]), len([]rune(str)))
	const cs = "constant"
	const cl = len(cs)
	var buf [cl]byte
	fmt.Println(cl, len(buf))
	var nilS []int
	var nilM map[string]int
	fmt.Println(len(nilS), cap(nilS), len(nilM))
	fmt.Println(len([3][4]int{}), len([3][4]int{}[0]))
	mk := make([]int, 2, 5)
	fmt.Println(len(mk), cap(mk))
}
