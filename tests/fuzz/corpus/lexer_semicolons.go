package main

import "fmt"

func add(a,
	b int) int {
	return a +
		b
}

func pair() (int, string) { return 1, "one" }

func main() {
	x := 1; y := 2
	fmt.Println(x, y)
	z := x +
		y *
		3
	fmt.Println(z)
	s := []int{
		1,
		2,
		3,
	}
	fmt.Println(len(s), s)
	fmt.Println(add(
		4,
		5,
	))
	n := 0
	n++
	n++
	fmt.Println(n)
	if n > 1 { fmt.Println("big") } else { fmt.Println("small") }
	for i := 0; i < 3; i++ { fmt.Print(i, ";") }; fmt.Println()
	a, b := pair(); fmt.Println(a, b)
	m := map[string]int{"a": 1,
		"b": 2}
	fmt.Println(m)
	var t = struct {
		A int
		B string
	}{1, "x"}
	fmt.Println(t)
	f := func() int {
		return 7
	}()
	fmt.Println(f)
	{ fmt.Println("block") }
	fmt.Println("end"); 
}
