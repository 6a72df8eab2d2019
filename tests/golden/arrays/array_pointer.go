package main

import "fmt"

func fill(p *[5]int, v int) {
	for i := range p {
		p[i] = v * i
	}
}

func main() {
	var arr [5]int
	p := &arr
	fill(p, 3)
	fmt.Println(arr, len(p), cap(p))
	p[0] = 42
	(*p)[1] = 43
	fmt.Println(arr[0], arr[1])
	s := p[1:4]
	s[0] = -1
	fmt.Println(arr, len(s), cap(s))
	for i, v := range p {
		if i > 2 {
			break
		}
		fmt.Print(v, " ")
	}
	fmt.Println()
	q := new([3]string)
	q[2] = "last"
	fmt.Printf("%q\n", *q)
	fmt.Println(*q == [3]string{"", "", "last"})
	r := &[2]int{7, 8}
	fmt.Println(r[0]+r[1], len(r))
	// slice to array conversion (Go 1.20)
	sl := []int{1, 2, 3, 4}
	arr2 := [4]int(sl)
	arr2[0] = 100
	fmt.Println(sl, arr2)
	ap := (*[2]int)(sl)
	ap[1] = 200
	fmt.Println(sl, *ap)
	arr3 := [0]int(sl[:0])
	fmt.Println(arr3)
}
