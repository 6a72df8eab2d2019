package main

import "fmt"

func mul8(a, b int8) int8         { return a * b }
func addU8(a, b uint8) uint8      { return a + b }
func mul16(a, b int16) int16      { return a * b }
func subU32(a, b uint32) uint32   { return a - b }
func mul64(a, b int64) int64      { return a * b }
func shl32(a int32, n uint) int32 { return a << n }

func main() {
	fmt.Println(mul8(100, 3), mul8(-128, -1), mul8(16, 16), mul8(-7, 37))
	fmt.Println(addU8(200, 100), addU8(255, 255), addU8(128, 128))
	fmt.Println(mul16(300, 300), mul16(-32768, 2), mul16(181, 181))
	fmt.Println(subU32(0, 1), subU32(5, 10), subU32(1<<31, 1<<31+1))
	fmt.Println(mul64(1<<62, 4), mul64(3037000500, 3037000500), mul64(-1<<63, -1))
	fmt.Println(shl32(1, 31), shl32(3, 31), shl32(-1, 16))
	var acc uint32 = 1
	for i := 0; i < 40; i++ {
		acc = acc*31 + uint32(i)
	}
	fmt.Println(acc)
	var h uint64 = 14695981039346656037
	for _, c := range []byte("hello world") {
		h ^= uint64(c)
		h *= 1099511628211
	}
	fmt.Println(h)
	var s int16
	for i := 0; i < 1000; i++ {
		s += 100
	}
	fmt.Println(s)
	x := int8(1)
	for i := 0; i < 10; i++ {
		x *= 3
		fmt.Print(x, " ")
	}
	fmt.Println()
}
