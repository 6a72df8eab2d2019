package main

import "fmt"

func main() {
	var i8 int8 = 127
	var i16 int16 = 32767
	var i32 int32 = 2147483647
	var i64 int64 = 9223372036854775807
	var i int = 9223372036854775807
	i8++
	i16++
	i32++
	i64++
	i++
	fmt.Println(i8, i16, i32, i64, i)
	i8--
	i16--
	i32--
	i64--
	i--
	fmt.Println(i8, i16, i32, i64, i)

	var u8 uint8 = 255
	var u16 uint16 = 65535
	var u32 uint32 = 4294967295
	var u64 uint64 = 18446744073709551615
	var u uint = 18446744073709551615
	u8++
	u16++
	u32++
	u64++
	u++
	fmt.Println(u8, u16, u32, u64, u)
	u8--
	u16--
	u32--
	u64--
	u--
	fmt.Println(u8, u16, u32, u64, u)

	var b byte = 200
	b += 100
	var r rune = 'a'
	r -= 'a' + 1
	fmt.Println(b, r)

	// negation of the minimum value wraps to itself
	var m8 int8 = -128
	var m64 int64 = -9223372036854775808
	fmt.Println(-m8, -m64)
	var uz uint8 = 0
	fmt.Println(-uz, ^uz, uz-1)
	fmt.Printf("%T %T %T %T\n", b, r, u, i)
}
