package main

import "fmt"

const Size = 5

func main() {
	a := [...]string{"a", "b", "c"}
	fmt.Println(len(a), a)
	b := [5]int{1, 2}
	fmt.Println(b)
	c := [...]int{4: 1, 2, 0: 7}
	fmt.Println(len(c), c)
	d := [Size * 2]bool{Size: true}
	fmt.Println(d)
	e := [...]float64{1.5, 2: 3.5}
	fmt.Println(e, len(e))
	type Day int
	names := [...]string{
		Day(0): "Sun",
		Day(6): "Sat",
		Day(1): "Mon",
	}
	fmt.Printf("%q\n", names)
	var f [0]int
	fmt.Println(len(f), f)
	g := [2][3]int{{1, 2, 3}, {4}}
	fmt.Println(g)
	h := [3]*int{}
	fmt.Println(h[0] == nil)
	r := [...]rune{'g', 'o'}
	fmt.Println(string(r[:]), cap(r))
	fmt.Printf("%T %T %T\n", a, c, g)
}
