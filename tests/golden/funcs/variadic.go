package main

import "fmt"

func sum(nums ...int) int {
	total := 0
	for _, n := range nums {
		total += n
	}
	return total
}

func info(nums ...int) string {
	return fmt.Sprintf("len=%d nil=%t %v", len(nums), nums == nil, nums)
}

func join(sep string, parts ...string) string {
	out := ""
	for i, p := range parts {
		if i > 0 {
			out += sep
		}
		out += p
	}
	return out
}

func modify(xs ...int) {
	if len(xs) > 0 {
		xs[0] = 999
	}
}

func describe(prefix string, vals ...any) {
	fmt.Println(prefix, len(vals), vals)
}

func main() {
	fmt.Println(sum(), sum(1), sum(1, 2, 3))
	xs := []int{4, 5, 6}
	fmt.Println(sum(xs...))
	fmt.Println(info())
	fmt.Println(info(1, 2))
	fmt.Println(info(xs...))
	fmt.Println(info([]int{}...))
	fmt.Println(join(", ", "a", "b", "c"), join("-"), join("+", []string{"x", "y"}...))
	// passing a slice with ... shares the backing array
	modify(xs...)
	fmt.Println(xs)
	// passing individual values creates a new slice
	a, b := 1, 2
	modify(a, b)
	fmt.Println(a, b)
	describe("mixed:", 1, "two", 3.0, nil, []int{4})
	describe("none:")
	var nilAny []any
	describe("nil spread:", nilAny...)
	f := sum
	fmt.Printf("%T %d\n", f, f(10, 20))
	fmt.Println(fmt.Sprint("a", 1, 2, "b", "c", 3.5, nil))
}
