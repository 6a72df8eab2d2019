package main

import (
	"errors"
	"fmt"
)

func divmod(a, b int) (int, int) {
	return a / b, a % b
}

func parse(s string) (n int, ok bool) {
	for _, c := range s {
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, true
}

func safeDiv(a, b float64) (float64, error) {
	if b == 0 {
		return 0, errors.New("division by zero")
	}
	return a / b, nil
}

func three() (int, string, []int) { return 1, "two", []int{3} }

func passThrough() (int, int) { return divmod(17, 5) }

func sum2(a, b int) int { return a + b }

func main() {
	q, r := divmod(17, 5)
	fmt.Println(q, r)
	fmt.Println(divmod(-17, 5))
	for _, s := range []string{"123", "12a", ""} {
		n, ok := parse(s)
		fmt.Println(s, n, ok)
	}
	if v, err := safeDiv(1, 0); err != nil {
		fmt.Println("err:", err, v)
	}
	v, _ := safeDiv(9, 4)
	fmt.Println(v)
	a, b, c := three()
	fmt.Println(a, b, c)
	fmt.Println(passThrough())
	fmt.Println(sum2(divmod(9, 4)))
	_, rem := divmod(10, 3)
	fmt.Println(rem)
	s := fmt.Sprint(three())
	fmt.Println(s)
}
