package main

import (
	"fmt"
	"math"
)

type P struct {
	X, Y int
}

func main() {
	fmt.Println(1 < 2, 2 <= 2, 3 > 4, 4 >= 5, 5 == 5, 5 != 5)
	fmt.Println("abc" < "abd", "ab" < "abc", "" < "a", "Z" < "a", "é" > "z")
	fmt.Println("abc" == "ab"+"c", "x" != "X")
	nan := math.NaN()
	fmt.Println(nan == nan, nan < 0, nan >= 0, 0.0 == -0.0)
	x := 5
	inRange := 1 <= x && x <= 10
	fmt.Println(inRange, x > 1 == true, (x > 1) != (x > 10))
	fmt.Println(P{1, 2} == P{1, 2}, P{1, 2} != P{2, 1})
	fmt.Println([3]int{1, 2, 3} == [3]int{1, 2, 3}, [2]string{"a"} == [2]string{"a", ""})
	var p1, p2 *P
	fmt.Println(p1 == p2, p1 == nil)
	q := &P{}
	r := q
	fmt.Println(q == r, q == &P{})
	var i1 any = 3
	var i2 any = 3
	var i3 any = int64(3)
	fmt.Println(i1 == i2, i1 == i3, i1 == 3, i3 == int64(3))
	var u uint = 3
	fmt.Println(u > 2, -1 < 0)
	b1, b2 := true, false
	fmt.Println(b1 == b2, b1 != b2, b1 == !b2)
}
