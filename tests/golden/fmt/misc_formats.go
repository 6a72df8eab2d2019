package main

import "fmt"

type Temp float64
type ID uint16

func main() {
	fmt.Printf("%v %.1f %5.2f|\n", Temp(36.6), Temp(36.6), Temp(1))
	fmt.Printf("%v %d %x %#v\n", ID(65535), ID(1), ID(255), ID(7))
	fmt.Printf("%#v %#v %#v %#v\n", 1.0, 2.5, 1e21, float32(3))
	fmt.Printf("%#v %#v %#v %#v\n", "q", 'r', true, uint8(5))
	fmt.Printf("%#v %#v\n", []string{"a"}, map[string]Temp{"t": 1})
	fmt.Printf("%#v\n", [2]ID{1, 2})
	fmt.Printf("%#v %#v\n", any(nil), []any{1, "x"})
	fmt.Printf("%#x %#v\n", "hi", int64(-3))
	fmt.Printf("%v|%6v|%-6v|%06v\n", 42, 42, 42, 42)
	fmt.Printf("%v|%8v|%-8v|\n", "s", "s", "s")
	fmt.Printf("%v|%8v|\n", []int{1, 2}, []int{1, 2})
	fmt.Printf("%6.2v|%.3v|\n", 3.14159, "abcdef")
	fmt.Printf("%+q %q\n", "café", 'é')
	fmt.Printf("%x %X % X\n", "café", "café", []byte("ab"))
	fmt.Printf("%t|%6t|%-6t|\n", true, false, true)
	fmt.Printf("%e %e\n", 123456.789, 0.000123)
	fmt.Printf("%g\n", 1e-10)
	fmt.Printf("%08.3f|%-8.3f|%+8.3f|\n", -1.5, -1.5, 1.5)
	fmt.Printf("%x %x\n", -255, int8(-1))
	fmt.Printf("%5.1q\n", "abc")
	fmt.Printf("%v %v\n", int64(9007199254740993), float64(9007199254740993))
}
