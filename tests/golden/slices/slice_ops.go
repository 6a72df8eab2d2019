package main

import "fmt"

func reverse(s []int) {
	for i, j := 0, len(s)-1; i < j; i, j = i+1, j-1 {
		s[i], s[j] = s[j], s[i]
	}
}

func filterInPlace(s []int, keep func(int) bool) []int {
	out := s[:0]
	for _, v := range s {
		if keep(v) {
			out = append(out, v)
		}
	}
	return out
}

func insert(s []int, i, v int) []int {
	s = append(s, 0)
	copy(s[i+1:], s[i:])
	s[i] = v
	return s
}

func remove(s []int, i int) []int {
	return append(s[:i], s[i+1:]...)
}

func dedupSorted(s []int) []int {
	if len(s) == 0 {
		return s
	}
	j := 1
	for i := 1; i < len(s); i++ {
		if s[i] != s[i-1] {
			s[j] = s[i]
			j++
		}
	}
	return s[:j]
}

func chunk(s []int, n int) [][]int {
	var out [][]int
	for len(s) > n {
		out = append(out, s[:n:n])
		s = s[n:]
	}
	return append(out, s)
}

func main() {
	s := []int{1, 2, 3, 4, 5, 6, 7, 8}
	reverse(s)
	fmt.Println(s)
	evens := filterInPlace(s, func(x int) bool { return x%2 == 0 })
	fmt.Println(evens, len(evens))
	t := []int{10, 20, 40}
	t = insert(t, 2, 30)
	t = insert(t, 0, 5)
	t = insert(t, len(t), 50)
	fmt.Println(t)
	t = remove(t, 0)
	t = remove(t, len(t)-1)
	fmt.Println(t)
	fmt.Println(dedupSorted([]int{1, 1, 2, 3, 3, 3, 4, 5, 5}))
	fmt.Println(chunk([]int{1, 2, 3, 4, 5, 6, 7}, 3))
	stack := []string{}
	stack = append(stack, "a", "b", "c")
	top := stack[len(stack)-1]
	stack = stack[:len(stack)-1]
	fmt.Println(top, stack)
	queue := []int{1, 2, 3}
	head := queue[0]
	queue = queue[1:]
	fmt.Println(head, queue)
	last3 := s[len(s)-3:]
	fmt.Println(last3)
}
