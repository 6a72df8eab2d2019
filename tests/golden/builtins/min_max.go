package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(min(3, 1, 2), max(3, 1, 2), min(5), max(-5))
	fmt.Println(min(2.5, 1.5), max(2.5, 1.5, -10), min(1, 2.5))
	fmt.Println(min("banana", "apple", "cherry"), max("banana", "apple", "cherry"), min("", "a"))
	x, y := 10, -20
	fmt.Println(min(x, y), max(x, y), min(x, y, 0), max(x, 100))
	var u8a, u8b uint8 = 200, 100
	fmt.Printf("%T %v %v\n", min(u8a, u8b), min(u8a, u8b), max(u8a, u8b))
	nan := math.NaN()
	fmt.Println(min(nan, 1), max(1, nan), min(1, 2, nan))
	inf := math.Inf(1)
	fmt.Println(min(inf, 5), max(-inf, 5), max(inf, nan))
	zero := 0.0
	negZero := -zero
	fmt.Println(1/min(0.0, negZero), 1/max(negZero, 0.0))
	const c = min(1, 2.0, 3)
	fmt.Printf("%T %v\n", c, c)
	const s = max("a", "b")
	fmt.Println(s)
	type Score int
	a, b := Score(7), Score(9)
	fmt.Printf("%T %v\n", max(a, b), max(a, b))
	fmt.Println(max(int64(math.MinInt64), -1), min(uint64(math.MaxUint64), 0))
	clamp := func(v, lo, hi int) int { return max(lo, min(v, hi)) }
	fmt.Println(clamp(-5, 0, 10), clamp(5, 0, 10), clamp(50, 0, 10))
}
