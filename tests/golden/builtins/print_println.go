package main

import "math"

type MyInt int

func main() {
	println("hello", "world")
	println(1, -2, 300000000000)
	println(1.5, -0.25, 0.0, 100.0, 1e20, 1e-7)
	println(float32(1.5), float32(0.1))
	println(true, false)
	println('a', byte('b'), rune(0x4e16))
	println(uint8(255), int8(-128), uint64(18446744073709551615))
	println(math.Inf(1), math.Inf(-1), math.NaN())
	println(MyInt(7))
	println()
	println("")
	print("no", "spaces", 1, 2, true, "\n")
	print(3.25, "\n")
	print()
	println(math.MaxFloat64, math.SmallestNonzeroFloat64)
	println(123456789.0, -0.000123)
	x := 2.0 / 3
	println(x)
	var f32 float32 = 16777217
	println(f32)
	zero := 0.0
	println(-zero, zero)
	println("tab\tand\nnewline")
	s := "str"
	println(len(s), s+"!")
}
