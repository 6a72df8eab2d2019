package main

import "fmt"

func main() {
	// decimal
	fmt.Println(0, 1, 42, 1_000_000, 9_223_372_036_854_775_807)
	// hexadecimal
	fmt.Println(0x0, 0xff, 0XFF, 0xDead_Beef, 0x_1F, 0x7fff_ffff_ffff_ffff)
	// octal: legacy leading zero and 0o / 0O prefixes
	fmt.Println(0755, 0o755, 0O17, 0o_7, 00, 0_600)
	// binary
	fmt.Println(0b0, 0b1010, 0B1111_0000, 0b_1, 0b1111111111111111111111111111111111111111111111111111111111111111>>1)
	// negative literals are unary minus applied to a literal
	fmt.Println(-0x10, -0b11, -0o10, -010)
	var u uint64 = 0xFFFF_FFFF_FFFF_FFFF
	fmt.Println(u)
	var b byte = 0b1000_0000
	fmt.Println(b)
	fmt.Printf("%d %x %X %#x\n", 0o777, 255, 0xabc, 48879)
	// literals are untyped constants: this is exact arithmetic
	fmt.Println(0x1_0000_0000_0000_0000 / 0x1_0000)
	x := 1_0
	y := 0_10
	fmt.Println(x, y, x == y)
}
