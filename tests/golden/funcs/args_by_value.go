package main

import "fmt"

type Big struct {
	Arr  [3]int
	Sl   []int
	M    map[string]int
	Name string
}

func mutate(b Big) {
	b.Arr[0] = 100 // copy: not visible
	b.Sl[0] = 100  // shared backing array: visible
	b.M["k"] = 100 // shared map: visible
	b.Name = "changed"
	b.Sl = append(b.Sl, 5) // local only
}

func mutatePtr(b *Big) {
	b.Arr[0] = 7
	b.Name = "ptr"
}

func arr(a [3]int) [3]int {
	a[1] = -1
	return a
}

func swap(a, b *int) { *a, *b = *b, *a }

func main() {
	b := Big{Arr: [3]int{1, 2, 3}, Sl: []int{1, 2, 3}, M: map[string]int{"k": 1}, Name: "orig"}
	mutate(b)
	fmt.Println(b.Arr, b.Sl, b.M, b.Name)
	mutatePtr(&b)
	fmt.Println(b.Arr, b.Name)
	a := [3]int{1, 2, 3}
	r := arr(a)
	fmt.Println(a, r)
	x, y := 1, 2
	swap(&x, &y)
	fmt.Println(x, y)
	s := "str"
	func(s string) { s += "!" }(s)
	fmt.Println(s)
}
