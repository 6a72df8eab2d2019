package main

import "fmt"

type Celsius float64
type Code uint8

const (
	minI8   = int8(-128)
	maxU8   = uint8(255)
	f32     = float32(0.1)
	letter  = string(rune(65))
	runeStr = string('é')
	cf      = Celsius(36.6)
	code    = Code(200) + 55
	trunc   = int(7.0)
	asFloat = float64(3) / 2
	size    = 4 * len("abcd")
)

var grid [size / 4][size / 8]int

func main() {
	fmt.Println(minI8, maxU8, f32, letter, runeStr)
	fmt.Printf("%T %v\n", cf, cf)
	fmt.Printf("%T %v\n", code, code)
	fmt.Println(trunc, asFloat, size)
	fmt.Println(len(grid), len(grid[0]))
	fmt.Println(float64(f32) == 0.1, f32 == 0.1)
	const big = 1 << 40
	fmt.Println(int64(big)>>30, float32(big))
	const neg = -5
	fmt.Println(uint8(neg+260), int16(neg)*1000)
	fmt.Println(string(rune(0x4e16)), []byte(string(rune(0x4e16))))
	var u uint32 = 1<<32 - 1
	fmt.Println(u, int32(-1<<31))
	fmt.Println(byte('a'-32), rune("x"[0]))
}
