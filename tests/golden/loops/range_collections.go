package main

import "fmt"

type P struct{ N int }

func main() {
	arr := [4]int{1, 2, 3, 4}
	// ranging over an array ranges over a copy of it
	for i, v := range arr {
		arr[3] = 100
		if i == 3 {
			fmt.Println("array value", v)
		}
	}
	fmt.Println(arr)
	sl := []int{1, 2, 3, 4}
	// ranging over a slice sees element updates
	for i, v := range sl {
		sl[3] = 100
		if i == 3 {
			fmt.Println("slice value", v)
		}
	}
	// ranging over a pointer to an array does not copy
	arr2 := [3]int{1, 2, 3}
	for i, v := range &arr2 {
		arr2[2] = 30
		if i == 2 {
			fmt.Println("ptr value", v)
		}
	}
	// the value is a copy of the element
	ps := []P{{1}, {2}}
	for _, p := range ps {
		p.N *= 10
	}
	fmt.Println(ps)
	for i := range ps {
		ps[i].N *= 10
	}
	fmt.Println(ps)
	// only the index
	for i := range []string{"a", "b", "c"} {
		fmt.Print(i)
	}
	fmt.Println()
	// nil slice: zero iterations
	var nilS []int
	for range nilS {
		fmt.Println("never")
	}
	// length is evaluated once: appending inside does not extend the loop
	grow := []int{1, 2, 3}
	for i, v := range grow {
		grow = append(grow, v*10)
		_ = i
	}
	fmt.Println(grow)
	// 2D
	grid := [][]string{{"a", "b"}, {"c"}}
	for r, row := range grid {
		for c, cell := range row {
			fmt.Printf("(%d,%d)=%s ", r, c, cell)
		}
	}
	fmt.Println()
	var arrp *[3]int
	for i := range arrp { // len of a nil array pointer is constant
		fmt.Print(i, " ")
	}
	fmt.Println()
	var last int
	var lastV string
	for last, lastV = range []string{"p", "q"} {
	}
	fmt.Println(last, lastV)
}
