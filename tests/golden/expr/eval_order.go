package main

import "fmt"

var trace []string

func v(name string, x int) int {
	trace = append(trace, name)
	return x
}

func idx(name string, i int) int {
	trace = append(trace, name)
	return i
}

func flush(label string) {
	fmt.Println(label, trace)
	trace = nil
}

func pair() (int, int) {
	trace = append(trace, "pair")
	return 1, 2
}

func main() {
	r := v("a", 1) + v("b", 2)*v("c", 3)
	flush(fmt.Sprint("binary ", r))
	s := []int{v("e0", 10), v("e1", 20), v("e2", 30)}
	flush(fmt.Sprint("composite ", s))
	m := map[string]int{"x": v("mx", 1), "y": v("my", 2)}
	flush(fmt.Sprint("map ", len(m)))
	fmt.Println(v("arg1", 1), v("arg2", 2))
	flush("call")
	arr := make([]int, 3)
	arr[idx("i", 0)], arr[idx("j", 1)] = v("p", 5), v("q", 6)
	flush(fmt.Sprint("tuple ", arr))
	a, b := pair()
	flush(fmt.Sprint("multi ", a, b))
	// tuple assignment: all index expressions and right-hand sides
	// are evaluated first, then assigned left to right
	i := 0
	xs := []int{1, 2, 3}
	i, xs[i] = 2, 9
	fmt.Println(i, xs)
	j := 1
	xs[j], j = 7, 0
	fmt.Println(j, xs)
	ys := []int{1, 2, 3}
	ys[0], ys[1], ys[2] = ys[2], ys[0], ys[1]
	fmt.Println(ys)
	k := v("k1", 1) < v("k2", 2) && v("k3", 3) > v("k4", 4)
	flush(fmt.Sprint("cmp ", k))
}
