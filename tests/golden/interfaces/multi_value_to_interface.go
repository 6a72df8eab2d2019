// Multi-value forms assigned to variables of interface type convert (box) each value, as a
// single assignment does: redeclaring :=, tuple =, var declarations with a type (local, and
// package-level comma-ok: Go 1.23's compiler fails on a package-level `var a, b any = f()`),
// comma-ok forms (map index, type assertion, receive) and return f().
package main

import "fmt"

type MyBool bool

func two() (int, string) { return 4, "s" }

func three() (any, any) { return two() }

func deferred() (a, b any) {
	defer func() {}()
	return two()
}

var gm = map[string]int{"a": 1}
var gv, gok any = gm["a"]

func main() {
	var x any
	x, y := two()
	fmt.Printf("%T %v %v\n", x, x, y)
	m := map[string]int{"a": 1}
	var v any
	v, ok := m["a"]
	fmt.Printf("%T %v %v\n", v, v, ok)
	var e any = 3.5
	var w any
	w, ok2 := e.(float64)
	fmt.Printf("%T %v %v\n", w, w, ok2)
	ch := make(chan int8, 2)
	ch <- 3
	var r any
	r, ok3 := <-ch
	fmt.Printf("%T %v %v\n", r, r, ok3)
	var okany any
	_, okany = m["z"]
	fmt.Printf("%T %v\n", okany, okany)
	var mb MyBool
	_, mb = m["a"]
	fmt.Println(mb)

	var a, b any = two()
	fmt.Printf("%T %v %T %v\n", a, a, b, b)
	fmt.Printf("%T %v %T %v\n", gv, gv, gok, gok)
	var lv, lok any = m["a"]
	fmt.Printf("%T %v %T %v\n", lv, lv, lok, lok)
	var f, g any = e.(float64)
	fmt.Printf("%T %v %T %v\n", f, f, g, g)
	ch <- 5
	var cv, cok = <-ch
	fmt.Println(cv, cok)
	c, d := three()
	fmt.Printf("%T %v %T %v\n", c, c, d, d)
	p, q := deferred()
	fmt.Printf("%T %v %T %v\n", p, p, q, q)
}
