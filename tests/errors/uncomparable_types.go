package main

import "fmt"

type S struct {
	Items []int
}

func main() {
	a, b := []int{1}, []int{1}
	fmt.Println(a == b)
	m1, m2 := map[int]int{}, map[int]int{}
	fmt.Println(m1 == m2)
	s1, s2 := S{}, S{}
	fmt.Println(s1 == s2)
	f := func() {}
	fmt.Println(f == f)
}
