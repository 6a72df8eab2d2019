package main

import (
	"errors"
	"fmt"
)

type Custom struct {
	Code int
	Msg  string
}

func try(f func()) (r any) {
	defer func() {
		r = recover()
	}()
	f()
	return "no panic"
}

func main() {
	fmt.Println(try(func() {}))
	fmt.Println(try(func() { panic("a string") }))
	fmt.Println(try(func() { panic(42) }))
	fmt.Println(try(func() { panic(3.5) }))
	fmt.Println(try(func() { panic(errors.New("an error")) }))
	fmt.Println(try(func() { panic(Custom{7, "custom"}) }))
	fmt.Println(try(func() { panic([]int{1, 2}) }))
	fmt.Println(try(func() { panic(fmt.Sprintf("formatted %d", 99)) }))
	r := try(func() { panic(Custom{1, "typed"}) })
	if c, ok := r.(Custom); ok {
		fmt.Println("custom code", c.Code)
	}
	// recover returns nil when not panicking
	fmt.Println(recover())
	func() {
		defer func() {
			fmt.Println("recover outside panic:", recover())
		}()
	}()
	// after recovery the function returns normally
	fmt.Println(compute())
	// panic(nil) becomes a *runtime.PanicNilError in Go 1.21+
	v := try(func() { panic(nil) })
	fmt.Println(v != nil)
	if e, ok := v.(error); ok {
		fmt.Println(e.Error())
	}
}

func compute() (n int) {
	defer func() {
		if recover() != nil {
			n = -1
		}
	}()
	var arr []int
	return arr[5]
}
