package main

import "fmt"

func swap(a, b *int) { *a, *b = *b, *a }

func setPtr(pp **int, v *int) { *pp = v }

func reset(p *[3]int) { *p = [3]int{} }

type Config struct {
	Name string
	Opts *Options
}

type Options struct {
	Verbose bool
	Level   int
}

func main() {
	x, y := 1, 2
	swap(&x, &y)
	fmt.Println(x, y)
	var p *int
	setPtr(&p, &x)
	*p = 50
	fmt.Println(x)
	arr := [3]int{1, 2, 3}
	reset(&arr)
	fmt.Println(arr)
	c1 := Config{"a", &Options{Level: 1}}
	c2 := c1 // copies the pointer, not the Options
	c2.Opts.Level = 5
	c2.Name = "b"
	fmt.Println(c1.Name, c1.Opts.Level, c2.Name, c2.Opts.Level)
	c3 := c1
	c3.Opts = &Options{Verbose: true}
	fmt.Println(c1.Opts.Verbose, c3.Opts.Verbose)
	fmt.Printf("%+v\n", *c3.Opts)
	nums := []int{1, 2, 3}
	ptrs := make([]*int, len(nums))
	for i := range nums {
		ptrs[i] = &nums[i]
	}
	for _, q := range ptrs {
		*q *= 100
	}
	fmt.Println(nums)
	ps := &nums
	(*ps)[0] = -1
	*ps = append(*ps, 4)
	fmt.Println(nums, len(*ps))
}
