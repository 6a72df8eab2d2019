package main

import "fmt"

func catch(name string, f func()) {
	defer func() {
		r := recover()
		if err, ok := r.(error); ok {
			fmt.Printf("%s: error: %v\n", name, err)
			return
		}
		fmt.Printf("%s: %v\n", name, r)
	}()
	f()
}

type T struct{ v int }

func main() {
	catch("index", func() {
		s := []int{1, 2, 3}
		i := 5
		_ = s[i]
	})
	catch("slice", func() {
		s := make([]int, 2, 3)
		j := 5
		_ = s[:j]
	})
	catch("slice-inverted", func() {
		s := []int{1, 2, 3, 4, 5}
		lo, hi := 4, 2
		_ = s[lo:hi]
	})
	catch("string-index", func() {
		s := "abc"
		i := 3
		_ = s[i]
	})
	catch("nil-map", func() {
		var m map[string]int
		m["a"] = 1
	})
	catch("div", func() {
		a, b := 1, 0
		_ = a / b
	})
	catch("mod", func() {
		a, b := 1, 0
		_ = a % b
	})
	catch("nil-ptr", func() {
		var p *T
		_ = p.v
	})
	catch("assert", func() {
		var i any = "str"
		_ = i.(int)
	})
	catch("assert-iface", func() {
		var i any = 3
		_ = i.(interface{ String() string })
	})
	catch("custom", func() { panic(fmt.Sprintf("custom %d", 1)) })
	catch("array", func() {
		var a [3]int
		k := -1
		_ = a[k+4]
	})
	catch("3-index", func() {
		s := make([]int, 5)
		a, b, c := 1, 4, 3
		_ = s[a:b:c]
	})
	catch("shift", func() {
		n := -1
		_ = 1 << n
	})
	catch("conv", func() {
		s := []int{1, 2}
		_ = [3]int(s)
	})
	fmt.Println("all recovered")
}
