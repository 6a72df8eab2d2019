// printf_misc: %T of many type shapes, embedded and anonymous structs, deep nesting,
// Sprint/Sprintln spacing, the Append family and Fprint to a user io.Writer.
package main

import (
	"errors"
	"fmt"
	"os"
	"strings"
)

type Base struct {
	ID int
}

type Named struct {
	Base
	*Point
	Name string
	tags []string
}

type Point struct{ X, Y int }

type Tree struct {
	Left, Right *Tree
	Val         int
}

type Stack []int

type Op func(int) int

type Matrix [2][2]float64

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%gC", float64(c)) }

type Temps map[string]Celsius

type Shape interface {
	Area() float64
}

type Sq struct{ S float64 }

func (s Sq) Area() float64 { return s.S * s.S }

type counter struct {
	n     int
	calls int
}

func (c *counter) Write(p []byte) (int, error) {
	c.n += len(p)
	c.calls++
	return len(p), nil
}

type Tagged struct {
	A int `json:"a"`
	B string
}

type entry struct {
	format string
	args   []any
}

func a(x ...any) []any { return x }

var table = []entry{
	{"%T", a(Named{})},
	{"%T", a(&Named{})},
	{"%T", a([]*Named{})},
	{"%T", a(Stack{})},
	{"%T", a(Op(nil))},
	{"%T", a(Matrix{})},
	{"%T", a(Temps{})},
	{"%T", a(map[Point][]*Tree{})},
	{"%T", a(func(string, ...int) (bool, error) { return false, nil })},
	{"%T", a(func() {})},
	{"%T", a(make(chan<- []string))},
	{"%T", a(make(chan chan int))},
	{"%T", a(struct {
		Point
		N int
	}{})},
	{"%T", a(Tagged{})},
	{"%T", a([]Shape{})},
	{"%T", a([]error{})},
	{"%T", a(Shape(Sq{}))},
	{"%T", a(errors.New(""))},
	{"%T", a([]interface{ Area() float64 }{})},
	{"%T", a([2][]map[string]int{})},
	{"%T", a(new(*int))},
	{"%v", a(Named{Base{1}, nil, "n", []string{"t"}})},
	{"%+v", a(Named{Base{1}, nil, "n", []string{"t"}})},
	{"%#v", a(Named{Base{1}, nil, "n", nil})},
	{"%v", a(Named{Base: Base{2}, Point: &Point{1, 2}}.Base)},
	{"%v", a(Named{Point: &Point{5, 6}}.X)},
	{"%v", a(Tree{nil, nil, 1})},
	{"%+v", a(&Tree{Val: 3})},
	{"%v", a(Stack{1, 2})},
	{"%#v", a(Stack{1, 2})},
	{"%#v", a(Stack(nil))},
	{"%v", a(Matrix{{1, 2}, {3, 4}})},
	{"%#v", a(Matrix{{1, 2}, {3, 4}})},
	{"%.1f", a(Matrix{{1, 2}, {3, 4}})},
	{"%v", a(Temps{"x": 1.5, "a": -2})},
	{"%#v", a(Temps{"x": 1.5})},
	{"%v", a([]Shape{Sq{2}, nil})},
	{"%+v", a([]Shape{Sq{2}})},
	{"%#v", a([]Shape{Sq{2}, nil})},
	{"%v", a(Tagged{1, "b"})},
	{"%#v", a(Tagged{1, "b"})},
	{"%v", a(struct {
		Point
		N int
	}{Point{1, 2}, 3})},
	{"%+v", a(struct {
		Point
		N int
	}{Point{1, 2}, 3})},
	{"%#v", a(struct {
		Point
		N int
	}{Point{1, 2}, 3})},
	{"%v", a([][]string{{"a"}, {}, nil})},
	{"%q", a([][]string{{"a"}, {}})},
	{"%v", a(map[string]map[string]int{"o": {"z": 1, "y": 2}})},
	{"%#v", a(map[string][]int{"k": nil})},
	{"%v", a([]map[int]bool{{1: true}, nil})},
	{"%v", a([]any{[]any{1, []any{2}}, map[string]any{"k": []int{3}}})},
	{"%#v", a([]any{int8(1), uint16(2), float32(3), "4", '5', true, nil})},
	{"%v", a([]*Point{})},
	{"%x", a([]string{"ab", "c"})},
	{"% x", a([]string{"ab", "c"})},
	{"%X", a(Stack{255, 16})},
	{"%6.2f|", a([]float64{3.14159, 2.5})},
	{"%-4d|", a([3]int{1, 2, 3})},
	{"%+d", a(Point{1, -2})},
	{"%q", a(map[string]string{"k": "v\n"})},
	{"%s", a([]error{errors.New("e1"), nil})},
	{"%v", a(struct{ Err error }{errors.New("inner")})},
	{"%v", a(struct{ S fmt.Stringer }{Celsius(5)})},
	{"%v", a(struct{ c Celsius }{5})},
	{"%v", a([]Celsius{1.5})},
	{"%s", a(struct{ C Celsius }{2})},
	{"%d", a(struct{ C Celsius }{2})},
	{"%v", a(&struct{ C Celsius }{3})},
	{"%v", a(map[Celsius]string{1: "a"})},
	{"%v", a([2]Celsius{1, 2})},
	{"%v", a(struct {
		A []int
		M map[string]int
		P *int
		F func()
		C chan int
		I any
		E error
	}{})},
	{"%+v", a(struct {
		A []int
		M map[string]int
	}{})},
	{"%#v", a(struct {
		A []int
		M map[string]int
		P *int
		I any
	}{})},
}

func main() {
	for i, e := range table {
		fmt.Printf("%d %q -> %q\n", i, e.format, fmt.Sprintf(e.format, e.args...))
	}

	// spacing
	fmt.Print("a", "b", 1, 2, "c", 3.5, true, nil, "\n")
	fmt.Print(1, 2, "\n")
	fmt.Print(Celsius(1), Celsius(2), "\n")
	fmt.Print(errors.New("x"), errors.New("y"), "\n")
	fmt.Println("a", "b", 1, nil, []int{1})
	fmt.Println()
	fmt.Print()
	s := fmt.Sprint("x", 1, 2, "y", "z", 3)
	fmt.Printf("%q\n", s)
	s = fmt.Sprintln("x", 1)
	fmt.Printf("%q\n", s)
	s = fmt.Sprint()
	fmt.Printf("%q\n", s)
	s = fmt.Sprint(nil, nil)
	fmt.Printf("%q\n", s)
	s = fmt.Sprint([]byte("hi"), "s", []byte("ho"))
	fmt.Printf("%q\n", s)

	// Append family
	b := []byte("start:")
	b = fmt.Append(b, 1, "two", 3)
	b = fmt.Appendf(b, "[%05.1f]", 2.25)
	b = fmt.Appendln(b, "end", 4)
	fmt.Printf("%q\n", b)
	fmt.Printf("%q\n", fmt.Append(nil))

	// Fprint to a user writer: one Write per call
	c := &counter{}
	n, err := fmt.Fprintf(c, "%d-%s", 12, "abc")
	fmt.Println(n, err, c.n, c.calls)
	n, err = fmt.Fprint(c, "x", 1)
	fmt.Println(n, err, c.n, c.calls)
	n, err = fmt.Fprintln(c, "x", 1)
	fmt.Println(n, err, c.n, c.calls)
	var sb strings.Builder
	fmt.Fprintf(&sb, "%s=%d;", "a", 1)
	fmt.Fprint(&sb, "b", 2)
	fmt.Println(sb.String())
	n, err = fmt.Fprintln(os.Stdout, "to stdout", 1)
	fmt.Println(n, err)
	n, err = fmt.Printf("%5s|\n", "ab")
	fmt.Println(n, err)
	n, err = fmt.Print("日本\n")
	fmt.Println(n, err)
	fmt.Fprintln(os.Stderr, "to stderr")
}
