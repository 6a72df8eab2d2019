package main

import "fmt"

type Age int
type Name string
type Point struct{ X, Y int }
type Vector Point
type IntAlias = int
type Ints []int
type Lookup map[string]Age
type Op func(int, int) int

func main() {
	var a Age = 30
	var n Name = "Ann"
	var p Point = Point{1, 2}
	v := Vector(p)
	var x IntAlias = 5
	var y int = x
	is := Ints{3, 1, 2}
	l := Lookup{"bob": 40}
	var add Op = func(a, b int) int { return a + b }
	fmt.Printf("%T %T %T %T %T %T %T %T %T\n", a, n, p, v, x, y, is, l, add)
	fmt.Println(a, n, p, v, x, y, is, l, add(2, 3))
	b := int(a) + y
	fmt.Println(b, Age(b) > a)
	var plain []int = is
	fmt.Println(plain)
	type Local struct{ A bool }
	fmt.Printf("%T %+v\n", Local{true}, Local{true})
	type Age2 Age
	fmt.Printf("%T %v\n", Age2(a), Age2(a)+1)
	var pp *Point = &p
	fmt.Printf("%T %v\n", pp, *pp)
	fmt.Printf("%T\n", []Point{})
	fmt.Printf("%T\n", map[Name][]Age{})
	fmt.Printf("%T\n", struct {
		N Name
		T []int
	}{})
}
