package main

import (
	"fmt"
	"sort"
)

type BinOp func(int, int) int

func apply(op BinOp, a, b int) int { return op(a, b) }

func mapInts(xs []int, f func(int) int) []int {
	out := make([]int, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

func filter(xs []int, pred func(int) bool) []int {
	var out []int
	for _, x := range xs {
		if pred(x) {
			out = append(out, x)
		}
	}
	return out
}

func reduce(xs []int, init int, f func(int, int) int) int {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

func add(a, b int) int { return a + b }
func mul(a, b int) int { return a * b }

func compose(f, g func(int) int) func(int) int {
	return func(x int) int { return f(g(x)) }
}

func main() {
	ops := map[string]BinOp{"+": add, "*": mul, "-": func(a, b int) int { return a - b }}
	var names []string
	for k := range ops {
		names = append(names, k)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Println(n, apply(ops[n], 6, 3))
	}
	xs := []int{1, 2, 3, 4, 5, 6}
	sq := mapInts(xs, func(x int) int { return x * x })
	fmt.Println(sq)
	fmt.Println(filter(sq, func(x int) bool { return x%2 == 0 }))
	fmt.Println(reduce(xs, 0, add), reduce(xs, 1, mul))
	inc := func(x int) int { return x + 1 }
	dbl := func(x int) int { return x * 2 }
	fmt.Println(compose(inc, dbl)(5), compose(dbl, inc)(5))
	var nilF func()
	fmt.Println(nilF == nil)
	fs := []func(int) int{inc, dbl, compose(inc, inc)}
	for i, f := range fs {
		fmt.Print(i, ":", f(10), " ")
	}
	fmt.Println()
	fmt.Printf("%T\n", apply)
	fmt.Printf("%T\n", compose)
	var op BinOp = add
	fmt.Printf("%T %v\n", op, op(1, 2))
	pipeline := []func(string) string{
		func(s string) string { return s + "!" },
		func(s string) string { return "<" + s + ">" },
	}
	s := "hi"
	for _, p := range pipeline {
		s = p(s)
	}
	fmt.Println(s)
}
