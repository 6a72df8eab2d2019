package main

import "fmt"

// package-level variables are initialised in dependency order,
// not in declaration order
var (
	a = b + c
	b = f("b", 1)
	c = f("c", 2)
	d = 4
)

var total = sum(list...)
var list = []int{1, 2, 3, d}

func f(name string, v int) int {
	fmt.Println("init var", name)
	return v
}

func sum(xs ...int) int {
	s := 0
	for _, x := range xs {
		s += x
	}
	return s
}

var order []string

func init() {
	order = append(order, "init1")
	fmt.Println("first init, a =", a)
}

func init() {
	order = append(order, "init2")
	fmt.Println("second init, total =", total)
}

func main() {
	order = append(order, "main")
	fmt.Println(a, b, c, d, total)
	fmt.Println(order)
}
