package main

import "fmt"

func main() {
	// Go 1.22+: each iteration has its own loop variable
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	var gs []func() string
	for _, s := range []string{"a", "b", "c"} {
		gs = append(gs, func() string { return s })
	}
	for _, g := range gs {
		fmt.Print(g(), " ")
	}
	fmt.Println()

	// pointers to the loop variable are distinct per iteration
	var ps []*int
	for i := 0; i < 3; i++ {
		ps = append(ps, &i)
	}
	fmt.Println(*ps[0], *ps[1], *ps[2], ps[0] == ps[1])

	// modifying the variable in the body: the closure sees the
	// modification, and the next iteration starts from it
	var hs []func() int
	for i := 0; i < 6; i++ {
		hs = append(hs, func() int { return i })
		i++
	}
	for _, h := range hs {
		fmt.Print(h(), " ")
	}
	fmt.Println()

	// closure that increments its own iteration's variable
	var incs []func() int
	for i := 0; i < 2; i++ {
		incs = append(incs, func() int { i += 10; return i })
	}
	fmt.Println(incs[0](), incs[0](), incs[1]())

	// a variable declared outside the loop is shared
	var shared []func() int
	j := 0
	for j = 0; j < 3; j++ {
		shared = append(shared, func() int { return j })
	}
	for _, f := range shared {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	// range over int, map values
	var ks []func() int
	for k := range 3 {
		ks = append(ks, func() int { return k * 100 })
	}
	fmt.Println(ks[0](), ks[1](), ks[2]())
}
