package main

import "fmt"

func main() {
	src := []int{1, 2, 3, 4, 5}
	dst := make([]int, 3)
	n := copy(dst, src)
	fmt.Println(n, dst)
	big := make([]int, 8)
	n = copy(big, src)
	fmt.Println(n, big)
	// overlapping copy behaves like memmove
	s := []int{1, 2, 3, 4, 5, 6}
	copy(s[2:], s)
	fmt.Println(s)
	s = []int{1, 2, 3, 4, 5, 6}
	copy(s, s[2:])
	fmt.Println(s)
	// copy from a string into a byte slice
	b := make([]byte, 5)
	n = copy(b, "héllo")
	fmt.Println(n, b, string(b))
	// copy with nil / empty
	fmt.Println(copy([]int(nil), src), copy(dst, []int{}))
	// delete element i with copy
	xs := []string{"a", "b", "c", "d"}
	i := 1
	xs = xs[:i+copy(xs[i:], xs[i+1:])]
	fmt.Println(xs, len(xs))
	// insert with copy
	ys := []int{1, 2, 4, 5}
	ys = append(ys, 0)
	copy(ys[3:], ys[2:])
	ys[2] = 3
	fmt.Println(ys)
	// copy returns min(len)
	fmt.Println(copy(make([]int, 2), make([]int, 10)))
	var arr [4]int
	copy(arr[1:], []int{9, 9, 9, 9, 9})
	fmt.Println(arr)
}
