// printf_more: more Printf cases: rounding, float32 shortest forms, %#v of every basic
// type, byte and int8 slices, invalid UTF-8 with %q/%x, argument indexes with widths.
package main

import (
	"fmt"
	"math"
)

type entry struct {
	format string
	args   []any
}

func a(x ...any) []any { return x }

type S struct {
	A string
	B []int
}

var table = []entry{
	{"%x", a(int8(-5))},
	{"%6x|", a(int8(-5))},
	{"%#o", a(-8)},
	{"%#b", a(-5)},
	{"%b", a(uint64(math.MaxUint64))},
	{"%o", a(uint64(math.MaxUint64))},
	{"%#U", a(-1)},
	{"%v", a(1e100)},
	{"%v", a(1e-7)},
	{"%g", a(100000.0)},
	{"%g", a(1000000.0)},
	{"%.3v", a(3.14159)},
	{"%10.4v|", a(3.14159)},
	{"%e", a(float32(0.1))},
	{"%g", a(float32(0.1))},
	{"%.0e", a(15.0)},
	{"%.0e", a(25.0)},
	{"%.1f", a(0.05)},
	{"%.1f", a(0.25)},
	{"%.2f", a(1.005)},
	{"%5.1f|", a(-0.04)},
	{"%+.0f", a(-0.4)},
	{"%6.2v|", a("hello")},
	{"%c", a(uint8(200))},
	{"%q", a(uint8(200))},
	{"%v", a(uint8(200))},
	{"%[1]*[2]d|", a(4, 7)},
	{"%.*[2]d|", a(3, 7)},
	{"%.*f", a(2.0, 1.0)},
	{"%d", a(map[string]int{"a": 1})},
	{"%s", a(map[string]int{"a": 1})},
	{"%5v|", a(S{"x", []int{1, 2}})},
	{"%-5v|", a(S{"x", []int{1, 2}})},
	{"%05v|", a(S{"x", []int{1, 2}})},
	{"%q", a(S{"x", []int{1, 2}})},
	{"%+q", a("\t\x01é")},
	{"%#q", a("tab\there")},
	{"%#q", a("é\x7f")},
	{"%#q", a("\ufeff")},
	{"%q", a("\xe2\x80")},
	{"%+q", a("\xe2\x80")},
	{"%x", a("\xe2\x80")},
	{"%s", a("\xe2\x80")},
	{"%5.1q|", a("日本")},
	{"%.1x", a("日本")},
	{"%.0x|", a("日本")},
	{"%08.3f", a(math.Inf(1))},
	{"%-08.3f|", a(-1.5)},
	{"% 08.3f", a(-1.5)},
	{"%+ .3e", a(1.5)},
	{"%#.3x", a(1.0)},
	{"%#X", a(255.5)},
	{"%.0x", a(1.5)},
	{"%.0x", a(1.0)},
	{"%x", a(float32(0.1))},
	{"%b", a(float32(1.0))},
	{"%v", a(float32(3.4e38))},
	{"%.3g", a(float32(1234.5678))},
	{"%.10g", a(float32(0.1))},
	{"%g", a(5e-324)},
	{"%e", a(5e-324)},
	{"%.400f", a(1e-300)},
	{"%t", a(true, false)},
	{"%v %v", a(true)},
	{"%T %T", a(nil, 1)},
	{"%!T(MISSING)", nil},
	{"%d %[3]d %d", a(1, 2)},
	{"%[2]d %[1]d %d", a(1, 2, 3)},
	{"%[3]*d", a(1, 2)},
	{"%[1]*.[1]*d|", a(3, 4)},
	{"%c%c%c", a('a', "b", 'c')},
	{"%s", a([]string(nil))},
	{"%q", a([]string(nil))},
	{"%v", a([]byte{})},
	{"%#v", a([]byte{})},
	{"%#x", a([]byte{1, 2})},
	{"%# x", a([]byte{1, 2})},
	{"%X", a([]byte("hi"))},
	{"%10x|", a([]byte("hi"))},
	{"%-10X|", a([]byte("hi"))},
	{"%010x|", a([]byte("hi"))},
	{"%.1x", a([]byte("hi"))},
	{"%v", a([]uint8{1})},
	{"%v", a([]int8{-1})},
	{"%x", a([]int8{-1, 16})},
	{"%s", a([]int8{65})},
	{"%d", a([3]uint8{1, 2, 3})},
	{"%#v", a([]uint16{1})},
	{"%v", a([]uintptr{1})},
	{"%#v", a([]uintptr{1})},
	{"%#v", a(uintptr(0))},
	{"%#v", a(map[uint8]uint8{1: 2})},
	{"%#v", a(struct{ U uint }{3})},
	{"%#v", a([]float64{1, 2.5, 1e21, math.Inf(-1), math.NaN()})},
	{"%#v", a(float32(1e21))},
	{"%#v", a(-0.0)},
	{"%#v", a(math.Copysign(0, -1))},
	{"%#v", a(1e6)},
	{"%#v", a(123456789.0)},
	{"%#v", a(1e-5)},
	{"%#v", a([]bool{true})},
	{"%#v", a([]string{})},
	{"%#v", a([0]int{})},
	{"%#v", a([]*int{nil})},
	{"%#v", a(map[string]any{"a": nil, "b": 1})},
	{"%#v", a([]any{[]int{1}})},
	{"%#v", a('x')},
	{"%#v", a(byte('x'))},
	{"%#v", a(int64(5))},
	{"%#v", a(uint32(5))},
	{"%#v", a(struct{}{})},
	{"%#v", a([]struct{}{{}})},
	{"%#v", a(struct{ a, b int }{1, 2})},
	{"%#+v", a(struct{ a int }{1})},
	{"%+#v", a(struct{ a int }{1})},
	{"%#+v", a(1)},
	{"%v", a(struct {
		a int
		b string
	}{1, "x"})},
}

func main() {
	for i, e := range table {
		fmt.Printf("%d %q -> %q\n", i, e.format, fmt.Sprintf(e.format, e.args...))
	}
}
