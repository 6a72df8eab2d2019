package main

import "fmt"

func main() {
	var s []int
	for i := range 10 {
		s = append(s, i*i)
	}
	fmt.Println(len(s), s)
	s = append(s, 100, 200)
	fmt.Println(len(s), s[len(s)-2:])
	t := append([]int(nil), s[:3]...)
	t[0] = -1
	fmt.Println(s[:3], t)
	u := append(s[:2], s[5:7]...)
	fmt.Println(u)
	words := []string{}
	words = append(words, "hello")
	words = append(words, []string{"big", "world"}...)
	fmt.Println(words, len(words))
	b := []byte("abc")
	b = append(b, "def"...)
	b = append(b, '!')
	fmt.Println(string(b))
	var empty []int
	empty = append(empty)
	fmt.Println(empty == nil, len(empty))
	nested := [][]int{}
	nested = append(nested, []int{1})
	nested = append(nested, []int{2, 3})
	nested[0] = append(nested[0], 9)
	fmt.Println(nested)
	x := make([]int, 0, 5)
	x = append(x, 1, 2, 3)
	fmt.Println(len(x), cap(x), x)
	// appending to self
	y := []int{1, 2, 3}
	y = append(y, y...)
	fmt.Println(y)
	z := append([]int{0}, y[1:3]...)
	fmt.Println(z)
}
