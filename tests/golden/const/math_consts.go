package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(math.MaxInt8, math.MinInt8, math.MaxUint8)
	fmt.Println(math.MaxInt16, math.MinInt16, math.MaxUint16)
	fmt.Println(math.MaxInt32, math.MinInt32, math.MaxUint32)
	fmt.Println(math.MaxInt64, math.MinInt64)
	fmt.Println(uint64(math.MaxUint64), math.MaxInt, math.MinInt)
	var a int64 = math.MaxInt64
	a++
	fmt.Println(a, a == math.MinInt64)
	var b int32 = math.MinInt32
	b--
	fmt.Println(b)
	var c uint32 = math.MaxUint32
	c++
	fmt.Println(c)
	var d int8 = math.MaxInt8
	d += 2
	fmt.Println(d)
	fmt.Printf("%T %T\n", math.MaxInt32, math.Pi)
	fmt.Printf("%x %X\n", math.MaxInt64, uint32(math.MaxUint32))
	var m uint16 = math.MaxUint16
	fmt.Println(m, m+1, m*m)
}
