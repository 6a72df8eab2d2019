package main

import "fmt"

func main() {
	base := make([]int, 3, 10)
	a := append(base, 1) // fits in capacity: shares storage with base
	b := append(base, 2) // overwrites a[3]
	fmt.Println(a, b, len(base), cap(base))
	a[0] = 7
	fmt.Println(base, b)

	full := make([]int, 3) // len == cap == 3
	c := append(full, 4)   // must reallocate
	c[0] = 99
	fmt.Println(full, c)

	arr := [5]int{1, 2, 3, 4, 5}
	s := arr[1:3] // len 2, cap 4
	fmt.Println(s, len(s), cap(s))
	s = append(s, 30) // writes arr[3]
	fmt.Println(arr, s)
	s = append(s, 40) // writes arr[4]
	fmt.Println(arr, s)
	s[0] = 20
	fmt.Println(arr)
	s = append(s, 50) // exceeds capacity: new array
	s[0] = -2
	fmt.Println(arr, s)

	// two slices over the same array see each other's writes
	data := []string{"a", "b", "c", "d"}
	left, right := data[:2], data[1:]
	left[1] = "B"
	fmt.Println(right[0], data)

	// extending a slice up to its capacity
	short := data[:1]
	fmt.Println(short, short[:4])
}
