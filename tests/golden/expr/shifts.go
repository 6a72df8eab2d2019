package main

import "fmt"

func main() {
	var one uint64 = 1
	for _, n := range []uint{0, 1, 31, 32, 63, 64, 65, 100, 1000} {
		fmt.Println(n, one<<n, (one<<63)>>n)
	}
	var x int64 = -1000
	for _, n := range []uint{0, 1, 3, 10, 63, 64, 200} {
		fmt.Println(n, x>>n, x<<n)
	}
	var i8 int8 = -128
	one8 := int8(1)
	fmt.Println(i8>>1, i8>>7, i8>>8, i8>>100, i8<<1, one8<<7)
	var u8 uint8 = 0x81
	fmt.Println(u8<<1, u8>>1, u8<<8, u8>>8)
	var u32 uint32 = 0xdeadbeef
	fmt.Println(u32<<4, u32>>28, u32<<32, u32<<31)
	var i32 int32 = 0x40000000
	fmt.Println(i32<<1, i32<<2, i32<<3)
	// shift counts may be signed integers (non-negative at run time)
	k := 5
	fmt.Println(1<<k, 1024>>k, -1024>>k)
	var s8 int8 = 3
	fmt.Println(uint16(1)<<s8, int64(-1)<<s8)
	// untyped constant shifts are exact
	const big = 1 << 70
	fmt.Println(big>>65, big>>70)
	// the type of a shift with untyped lhs comes from context
	var f float64 = 2
	var sh uint = 2
	fmt.Println(int(f)<<sh, int64(1)<<sh)
	var y uint = 40
	var z int32 = 1 << y >> 20
	fmt.Println(z)
}
