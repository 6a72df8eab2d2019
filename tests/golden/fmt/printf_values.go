// printf_values: a table of Printf cases over composite values (structs, nested structs,
// pointers to structs, maps with sorted keys, slices, arrays, nil slices/maps/interfaces/
// errors, pointers) and values with methods (Stringer, error, GoStringer, panicking and
// nil-receiver String methods).
package main

import (
	"errors"
	"fmt"
	"strings"
)

type entry struct {
	format string
	args   []any
}

func a(x ...any) []any { return x }

type Point struct {
	X, Y int
}

type Inner struct {
	Name string
	Tags []string
}

type Outer struct {
	ID    int
	In    Inner
	P     *Point
	M     map[string]int
	Any   any
	Err   error
	hid   int
	Bytes []byte
}

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type Name string

func (n Name) String() string { return "Name(" + string(n) + ")" }

type MyErr struct{ Code int }

func (e *MyErr) Error() string { return fmt.Sprintf("myerr %d", e.Code) }

type Both struct{}

func (Both) String() string { return "string-method" }
func (Both) Error() string  { return "error-method" }

type GoStr struct{ v int }

func (g GoStr) GoString() string { return fmt.Sprintf("GoStr<%d>", g.v) }
func (g GoStr) String() string   { return "gostr" }

type Boom struct{}

func (Boom) String() string { panic("boom") }

type BoomErr struct{}

func (BoomErr) Error() string { panic(errors.New("err boom")) }

type PtrStringer struct{ n int }

func (p *PtrStringer) String() string { return fmt.Sprint("ptr", p.n) }

type NilOK struct{}

func (n *NilOK) String() string {
	if n == nil {
		return "nil NilOK"
	}
	return "NilOK"
}

type IntList []int

func (l IntList) String() string { return fmt.Sprint(len(l), " ints") }

type Holder struct {
	C Celsius
	c Celsius
	S fmt.Stringer
}

type Flags uint8

type Key struct {
	A string
	B int
}

type Empty struct{}

type Named []string

type Fn func()

var nilPoint *Point
var nilErr error
var nilStringer fmt.Stringer
var nilMap map[string]int
var nilSlice []int
var nilFunc func()
var nilChan chan int
var nilIface any
var nilNilOK *NilOK
var nilPtrStringer *PtrStringer
var ip = new(int)

var table = []entry{
	// structs
	{"%v", a(Point{1, 2})},
	{"%+v", a(Point{1, 2})},
	{"%#v", a(Point{1, 2})},
	{"%d", a(Point{1, 2})},
	{"%x", a(Point{10, 11})},
	{"%05d", a(Point{1, 2})},
	{"%s", a(Point{1, 2})},
	{"%v", a(Empty{})},
	{"%#v", a(Empty{})},
	{"%v", a(struct{}{})},
	{"%#v", a(struct{}{})},
	{"%v", a(struct {
		A int
		B string
	}{1, "x"})},
	{"%#v", a(struct {
		A int
		B string
	}{1, "x"})},
	{"%v", a(Inner{"n", []string{"a", "b"}})},
	{"%+v", a(Inner{"n", []string{"a", "b"}})},
	{"%#v", a(Inner{"n", []string{"a", "b"}})},
	{"%#v", a(Inner{})},
	{"%v", a(Outer{ID: 1, In: Inner{"x", nil}, M: map[string]int{"b": 2, "a": 1}, Any: 5, hid: 9})},
	{"%+v", a(Outer{ID: 1, Err: errors.New("bad"), Any: "s", Bytes: []byte("hi")})},
	{"%#v", a(Outer{ID: 1, Any: 2.5})},
	{"%s", a(Outer{})},
	// pointers to structs
	{"%v", a(&Point{1, 2})},
	{"%+v", a(&Point{1, 2})},
	{"%#v", a(&Point{1, 2})},
	{"%s", a(&Point{1, 2})},
	{"%d", a(&Point{1, 2})},
	{"%v", a(&[]int{1, 2})},
	{"%v", a(&[2]string{"a", "b"})},
	{"%v", a(&map[string]int{"z": 1, "a": 2})},
	{"%#v", a(&[]int{1})},
	{"%v", a([]*Point{nil})},
	{"%v", a(nilPoint)},
	{"%+v", a(nilPoint)},
	{"%#v", a(nilPoint)},
	{"%s", a(nilPoint)},
	{"%d", a(nilPoint)},
	{"%p", a(nilPoint)},
	{"%#p", a(nilPoint)},
	{"%x", a(nilPoint)},
	{"%10v|", a(nilPoint)},
	{"%v", a(&Empty{})},
	// maps
	{"%v", a(map[string]int{"b": 2, "a": 1, "c": 3})},
	{"%+v", a(map[string]int{"b": 2, "a": 1})},
	{"%#v", a(map[string]int{"b": 2, "a": 1})},
	{"%v", a(map[int]string{3: "c", -1: "z", 2: "b"})},
	{"%d", a(map[int]int{10: 1, 2: 20})},
	{"%x", a(map[int]int{10: 1, 2: 20})},
	{"%v", a(map[float64]bool{2.5: true, -1: false})},
	{"%v", a(map[bool]int{true: 1, false: 0})},
	{"%v", a(map[Key]int{{"b", 1}: 1, {"a", 2}: 2, {"a", 1}: 3})},
	{"%v", a(map[[2]int]string{{2, 1}: "x", {1, 2}: "y"})},
	{"%v", a(map[any]int{"b": 1, "a": 3})},
	{"%v", a(map[any]int{2: 1, 1: 3})},
	{"%v", a(map[string][]int{"x": {1, 2}, "a": nil})},
	{"%v", a(map[string]Point{"p": {1, 2}})},
	{"%#v", a(map[string]Point{"p": {1, 2}})},
	{"%v", a(map[string]int{})},
	{"%#v", a(map[string]int{})},
	{"%v", a(nilMap)},
	{"%#v", a(nilMap)},
	{"%v", a(map[Celsius]int{2: 1, 1: 2})},
	{"%v", a(map[string]*Point{"a": nil})},
	// slices and arrays
	{"%v", a([]int{1, 2, 3})},
	{"%d", a([]int{1, 2, 3})},
	{"%03d", a([]int{1, 2, 3})},
	{"%x", a([]int{10, 255})},
	{"%#x", a([]int{10, 255})},
	{"%q", a([]string{"a", "b c"})},
	{"%s", a([]string{"a", "b"})},
	{"%5s|", a([]string{"a", "b"})},
	{"%#v", a([]string{"a", "b"})},
	{"%#v", a([]int{})},
	{"%#v", a([]any{1, "a", nil, 2.5})},
	{"%v", a([]any{1, "a", nil, 2.5})},
	{"%v", a([][]int{{1}, {2, 3}, nil})},
	{"%#v", a([][]int{{1}, nil})},
	{"%v", a([3]int{1, 2, 3})},
	{"%#v", a([3]int{1, 2, 3})},
	{"%v", a([0]int{})},
	{"%v", a([2]bool{true, false})},
	{"%v", a([]float64{1.5, 2})},
	{"%.2f", a([]float64{1.5, 2})},
	{"%v", a(nilSlice)},
	{"%#v", a(nilSlice)},
	{"%d", a(nilSlice)},
	{"%v", a([]Point{{1, 2}, {3, 4}})},
	{"%+v", a([]Point{{1, 2}})},
	{"%#v", a([]Point{{1, 2}})},
	{"%v", a([]*int{nil})},
	{"%v", a(Named{"a", "b"})},
	{"%#v", a(Named{"a"})},
	{"%T", a(Named{"a"})},
	{"%#v", a([]Flags{1, 2})},
	{"%v", a([]error{nil, errors.New("e")})},
	// nil values
	{"%v", a(nilErr)},
	{"%s", a(nilErr)},
	{"%d", a(nilErr)},
	{"%v", a(nilStringer)},
	{"%v", a(nilIface)},
	{"%#v", a(nilIface)},
	{"%v", a(nilFunc)},
	{"%#v", a(nilFunc)},
	{"%v", a(nilChan)},
	{"%#v", a(nilChan)},
	{"%p", a(nilChan)},
	{"%p", a(nilSlice)},
	{"%p", a(nilMap)},
	{"%p", a(nilFunc)},
	{"%t", a(nilPoint)},
	{"%v", a([]any{nil})},
	{"%#v", a([]error{nil})},
	{"%v", a(struct{ E error }{})},
	{"%+v", a(struct{ E error }{})},
	{"%#v", a(struct{ E error }{})},
	{"%#v", a(struct{ A any }{})},
	{"%p", a(1)},
	{"%p", a("s")},
	// Stringers and errors
	{"%v", a(Celsius(21.5))},
	{"%s", a(Celsius(21.5))},
	{"%d", a(Celsius(21.5))},
	{"%f", a(Celsius(21.5))},
	{"%q", a(Celsius(21.5))},
	{"%x", a(Celsius(21.5))},
	{"%12v|", a(Celsius(21.5))},
	{"%-12s|", a(Celsius(21.5))},
	{"%.3s", a(Celsius(21.5))},
	{"%#v", a(Celsius(21.5))},
	{"%+v", a(Celsius(21.5))},
	{"%T", a(Celsius(21.5))},
	{"%v", a(Name("bob"))},
	{"%d", a(Name("bob"))},
	{"%#v", a(Name("bob"))},
	{"%v", a(&MyErr{7})},
	{"%s", a(&MyErr{7})},
	{"%q", a(&MyErr{7})},
	{"%d", a(&MyErr{7})},
	{"%+v", a(&MyErr{7})},
	{"%#v", a(&MyErr{7})},
	{"%v", a(MyErr{7})},
	{"%v", a(Both{})},
	{"%s", a(Both{})},
	{"%v", a(GoStr{3})},
	{"%#v", a(GoStr{3})},
	{"%#v", a([]GoStr{{1}, {2}})},
	{"%#v", a(map[string]GoStr{"k": {1}})},
	{"%#10v|", a(GoStr{3})},
	{"%v", a(Boom{})},
	{"%s", a(Boom{})},
	{"%d", a(Boom{})},
	{"%v", a([]Boom{{}})},
	{"%v", a(BoomErr{})},
	{"%v", a(&PtrStringer{4})},
	{"%v", a(PtrStringer{4})},
	{"%v", a(nilPtrStringer)},
	{"%s", a(nilPtrStringer)},
	{"%v", a(nilNilOK)},
	{"%v", a(&NilOK{})},
	{"%v", a(IntList{1, 2, 3})},
	{"%d", a(IntList{1, 2, 3})},
	{"%v", a(Holder{C: 1, c: 2})},
	{"%+v", a(Holder{C: 1, c: 2, S: Celsius(3)})},
	{"%v", a([]Celsius{1, 2})},
	{"%v", a(map[Celsius]Celsius{1: 2})},
	{"%v", a([]fmt.Stringer{Celsius(1), nil, Name("x")})},
	{"%v", a(errors.New("plain"))},
	{"%10v|", a(errors.New("plain"))},
	{"%v", a(fmt.Errorf("wrap: %w", errors.New("inner")))},
	{"%v", a(errors.Join(errors.New("a"), errors.New("b")))},
	{"%q", a(errors.Join(errors.New("a"), errors.New("b")))},
	{"%v", a(strings.NewReader("x") != nil)},
	// complaints with composite operands
	{"%d", a(Point{1, 2}, "x")},
	{"%!", a(Point{1, 2})},
	{"%z", a(Celsius(1))},
	{"%z", a(&MyErr{1})},
	{"%z", a([]int{1})},
	{"%z", a(map[string]int{"a": 1})},
	{"%d", a(Celsius(1), Celsius(2))},
	{"%t", a([]any{1, true})},
	{"%s %s", a(Point{1, 2})},
	{"%w", a(errors.New("e"))},
	{"%v %v", a(Name("a"), Boom{})},
	// pointers printed with %p etc: only check the 0x form here
}

func main() {
	for i, e := range table {
		fmt.Printf("%d %q -> %q\n", i, e.format, fmt.Sprintf(e.format, e.args...))
	}
	p := fmt.Sprintf("%p", ip)
	fmt.Println(strings.HasPrefix(p, "0x"), len(p) > 2)
	p = fmt.Sprintf("%v", ip)
	fmt.Println(strings.HasPrefix(p, "0x"))
	p = fmt.Sprintf("%#p", ip)
	fmt.Println(!strings.HasPrefix(p, "0x"))
	p = fmt.Sprintf("%#v", ip)
	fmt.Println(strings.HasPrefix(p, "(*int)(0x"))
	p = fmt.Sprintf("%p", []int{1})
	fmt.Println(strings.HasPrefix(p, "0x"))
	p = fmt.Sprintf("%p", map[int]int{})
	fmt.Println(strings.HasPrefix(p, "0x"))
	p = fmt.Sprintf("%p", main)
	fmt.Println(strings.HasPrefix(p, "0x"))
	p = fmt.Sprintf("%v", make(chan int))
	fmt.Println(strings.HasPrefix(p, "0x"))
	p = fmt.Sprintf("%v", []*int{ip})
	fmt.Println(strings.HasPrefix(p, "[0x"))
	p = fmt.Sprintf("%v", struct{ P *Point }{&Point{}})
	fmt.Println(strings.HasPrefix(p, "{0x"))
	p = fmt.Sprintf("%d", ip)
	fmt.Println(p[0] != '0' && p[0] != '%')
	fmt.Println(len(table), "cases")
}
