package main

import (
	"errors"
	"fmt"
)

func get(n int) (int, error) {
	if n < 0 {
		return 0, errors.New("negative")
	}
	return n * 2, nil
}

func main() {
	a, err := get(1)
	fmt.Println(a, err)
	b, err := get(-1) // err is reused, b is new
	fmt.Println(b, err)
	x := 1
	{
		x := 2 // shadows
		x++
		fmt.Println("inner", x)
	}
	fmt.Println("outer", x)
	if x := 10; x > 5 {
		fmt.Println("if-scoped", x)
	}
	fmt.Println("after if", x)
	for x := 0; x < 2; x++ {
		fmt.Println("loop", x)
	}
	x, y := 5, 6
	fmt.Println(x, y)
	p, q, r := "s", 2.5, true
	fmt.Printf("%T %T %T\n", p, q, r)
	var c, d = 1, "two"
	var (
		e int
		f = 3.0
	)
	fmt.Println(c, d, e, f)
	g, h := h1()
	fmt.Println(g, h)
	_, h = h1()
	fmt.Println(h)
}

func h1() (string, int) { return "h", 8 }
