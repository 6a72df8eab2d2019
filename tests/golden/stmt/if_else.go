package main

import (
	"errors"
	"fmt"
)

func classify(n int) string {
	if n < 0 {
		return "negative"
	} else if n == 0 {
		return "zero"
	} else if n%2 == 0 {
		return "even"
	} else {
		return "odd"
	}
}

func find(m map[string]int, k string) (int, error) {
	if v, ok := m[k]; ok {
		return v, nil
	} else if len(k) == 0 {
		return 0, errors.New("empty key")
	} else {
		return -1, fmt.Errorf("key %q not found (have %d keys, v=%d)", k, len(m), v)
	}
}

func main() {
	for _, n := range []int{-3, 0, 4, 7} {
		fmt.Println(n, classify(n))
	}
	m := map[string]int{"a": 1, "b": 2}
	for _, k := range []string{"a", "", "zz"} {
		if v, err := find(m, k); err != nil {
			fmt.Println("error:", err)
		} else {
			fmt.Println("found", v)
		}
	}
	x := 5
	if x := x * 2; x > 5 {
		fmt.Println("inner x", x)
	}
	fmt.Println("outer x", x)
	if y := 3; y > 10 {
		fmt.Println("no")
	} else if z := y * 2; z > 5 {
		fmt.Println("y and z", y, z)
	}
	ok := true
	if !ok {
		fmt.Println("not ok")
	} else {
		fmt.Println("ok")
	}
}
