package main

import "fmt"

func main() {
	counter := func() func() int {
		n := 0
		return func() int {
			n++
			return n
		}
	}
	a, b := counter(), counter()
	a()
	a()
	fmt.Println(a(), b())

	var fs []func() int
	for i := range 3 {
		fs = append(fs, func() int { return i * 10 })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	total := 0
	add := func(xs ...int) {
		for _, x := range xs {
			total += x
		}
	}
	add(1, 2, 3)
	add([]int{10, 20}...)
	fmt.Println("total", total)
}
