// Storing a struct or array through a nil pointer panics with a nil dereference (the VM
// copied into address 0), also in a tuple assignment; the last one is not recovered.
package main

import "fmt"

type T struct {
	a, b int64
	c    *int
}

func f() (T, error) { return T{1, 2, nil}, nil }

func try(name string, fn func()) {
	defer func() { fmt.Println(name, "recovered:", recover()) }()
	fn()
}

func main() {
	var t *T
	try("read", func() { v := *t; fmt.Println(v) })
	try("store", func() { *t = T{1, 2, nil} })
	try("tuple", func() {
		var err error
		*t, err = f()
		fmt.Println(err)
	})
	try("array", func() { var a *[3]int; *a = [3]int{1, 2, 3} })
	try("compare", func() { var u *T; fmt.Println(*u == T{}) })
	try("empty struct", func() { var e *struct{}; *e = struct{}{} })
	var u T
	u.a = 5
	*t = u
	fmt.Println("not reached")
}
