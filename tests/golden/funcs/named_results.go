package main

import "fmt"

func minmax(xs []int) (lo, hi int) {
	if len(xs) == 0 {
		return
	}
	lo, hi = xs[0], xs[0]
	for _, x := range xs[1:] {
		if x < lo {
			lo = x
		}
		if x > hi {
			hi = x
		}
	}
	return
}

func split(sum int) (x, y int) {
	x = sum * 4 / 9
	y = sum - x
	return
}

func explicit() (a int, b string) {
	a, b = 1, "named"
	return 2, "explicit wins"
}

func zero() (n int, s string, p *int, sl []int) { return }

func shadow() (result int) {
	result = 1
	{
		result := 2
		result++
	}
	return
}

func counter() (count int) {
	for i := 0; i < 5; i++ {
		count += i
	}
	return
}

func main() {
	fmt.Println(minmax([]int{3, -1, 7, 2}))
	fmt.Println(minmax(nil))
	fmt.Println(split(17))
	fmt.Println(explicit())
	n, s, p, sl := zero()
	fmt.Println(n, s == "", p == nil, sl == nil)
	fmt.Println(shadow(), counter())
}
