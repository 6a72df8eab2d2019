package main

import "fmt"

func counter() func() int {
	c := 0
	return func() int {
		c++
		return c
	}
}

func accumulator(start int) (func(int) int, func() int) {
	sum := start
	add := func(n int) int {
		sum += n
		return sum
	}
	get := func() int { return sum }
	return add, get
}

func fibGen() func() int {
	a, b := 0, 1
	return func() int {
		r := a
		a, b = b, a+b
		return r
	}
}

func memo(f func(int) int) func(int) int {
	cache := map[int]int{}
	return func(n int) int {
		if v, ok := cache[n]; ok {
			return v
		}
		v := f(n)
		cache[n] = v
		return v
	}
}

func main() {
	c1 := counter()
	c2 := counter()
	fmt.Println(c1(), c1(), c1(), c2())
	add, get := accumulator(10)
	add(5)
	add(-3)
	fmt.Println(get())
	g := fibGen()
	for range 10 {
		fmt.Print(g(), " ")
	}
	fmt.Println()
	calls := 0
	slowSquare := func(n int) int {
		calls++
		return n * n
	}
	fast := memo(slowSquare)
	fmt.Println(fast(4), fast(4), fast(5), calls)
	x := 1
	change := func() { x = 42 }
	change()
	fmt.Println(x)
	// closure capturing a variable modified after creation
	y := 1
	show := func() int { return y }
	y = 2
	fmt.Println(show())
	// nested closures
	outer := func() func() int {
		n := 100
		return func() int {
			n++
			return n
		}
	}
	f1 := outer()
	f1()
	fmt.Println(f1())
	// recursive closure
	var fact func(int) int
	fact = func(n int) int {
		if n <= 1 {
			return 1
		}
		return n * fact(n-1)
	}
	fmt.Println(fact(10))
	// immediately invoked
	v := func(a, b int) int { return a * b }(6, 7)
	fmt.Println(v)
	// closures in a struct
	type ops struct {
		inc, dec func()
	}
	state := 0
	o := ops{inc: func() { state++ }, dec: func() { state-- }}
	o.inc()
	o.inc()
	o.dec()
	o.inc()
	fmt.Println(state)
}
