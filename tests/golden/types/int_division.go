package main

import (
	"fmt"
	"math"
)

func div(a, b int) (int, int) { return a / b, a % b }

func main() {
	pairs := [][2]int{{7, 2}, {-7, 2}, {7, -2}, {-7, -2}, {0, 5}, {5, 7}, {-5, 7}, {6, 3}}
	for _, p := range pairs {
		q, r := div(p[0], p[1])
		fmt.Printf("%d/%d = %d rem %d; check %v\n", p[0], p[1], q, r, q*p[1]+r == p[0])
	}
	var m int64 = math.MinInt64
	var neg1 int64 = -1
	fmt.Println(m/neg1, m%neg1)
	var m8 int8 = -128
	var n8 int8 = -1
	fmt.Println(m8/n8, m8%n8)
	var m32 int32 = math.MinInt32
	fmt.Println(m32/-1 == m32)
	var u uint = 7
	fmt.Println(u/2, u%2, -7>>1, -7/2)
	fmt.Println(uint8(250)/uint8(7), uint8(250)%uint8(7))
	x := 17
	x /= 5
	fmt.Println(x)
	x %= 2
	fmt.Println(x)
	f := -7.5
	fmt.Println(f/2, int(f)/2)
}
