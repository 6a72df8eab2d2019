package main

import "fmt"

func main() {
	s := make([]int, 3, 8)
	fmt.Println(len(s), cap(s), s)
	fmt.Println(len(s[1:]), cap(s[1:]))
	fmt.Println(len(s[:0]), cap(s[:0]))
	fmt.Println(len(s[:cap(s)]), s[:cap(s)])
	fmt.Println(len(s[2:5]), cap(s[2:5]))
	fmt.Println(len(s[3:]), cap(s[3:]), len(s[8:8]), cap(s[8:8]))
	t := make([]string, 2)
	fmt.Println(len(t), cap(t), t)
	u := s[:5]
	u[4] = 44
	fmt.Println(s[:5], len(s))
	bs := make([]byte, 4)
	fmt.Println(bs)
	m := make([][]float64, 2, 4)
	fmt.Println(m, len(m), cap(m))
	var n int = 4
	dyn := make([]int, n, n*2)
	fmt.Println(len(dyn), cap(dyn))
	str := "hello world"
	fmt.Println(str[6:], len(str[:5]))
}
