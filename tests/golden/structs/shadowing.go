package main

import "fmt"

type Inner struct {
	Name  string
	Value int
}

func (Inner) Who() string  { return "inner" }
func (Inner) Only() string { return "only-inner" }

type Outer struct {
	Inner
	Name string // shadows Inner.Name
}

func (Outer) Who() string { return "outer" }

type A struct{ X int }
type B struct{ X int }

// X is ambiguous at depth 1 in C, but C.Y is fine
type C struct {
	A
	B
	Y int
}

type D struct {
	C
	X string // depth 0 wins over the ambiguous depth-1 fields
}

func main() {
	o := Outer{Inner{"in", 1}, "out"}
	fmt.Println(o.Name, o.Inner.Name, o.Value)
	fmt.Println(o.Who(), o.Inner.Who(), o.Only())
	c := C{A{1}, B{2}, 3}
	fmt.Println(c.A.X, c.B.X, c.Y)
	d := D{c, "top"}
	fmt.Println(d.X, d.A.X, d.C.B.X, d.Y)
	fmt.Printf("%+v\n", d)
}
