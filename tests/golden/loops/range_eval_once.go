package main

import "fmt"

var calls int

func items() []int {
	calls++
	return []int{1, 2, 3}
}

func text() string {
	calls++
	return "abc"
}

func main() {
	sum := 0
	for _, v := range items() {
		sum += v
	}
	fmt.Println(sum, calls)
	for range text() {
	}
	fmt.Println(calls)
	// reassigning the ranged slice variable does not affect the loop
	s := []int{1, 2, 3}
	for i, v := range s {
		if i == 0 {
			s = []int{7, 8}
		}
		fmt.Print(v, " ")
	}
	fmt.Println(s)
	// range over array value evaluated once (copy)
	a := [3]string{"x", "y", "z"}
	for i, v := range a {
		a[(i+1)%3] = "changed"
		fmt.Print(v, " ")
	}
	fmt.Println(a)
	// only the index of an array: the array expression is not copied,
	// len is constant
	for i := range a {
		a[i] = fmt.Sprint(i)
	}
	fmt.Println(a)
	// range with a map lookup as expression
	m := map[string][]int{"k": {4, 5}}
	for _, v := range m["k"] {
		fmt.Print(v, " ")
	}
	for _, v := range m["missing"] {
		fmt.Print("never", v)
	}
	fmt.Println()
}
