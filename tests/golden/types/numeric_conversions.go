package main

import "fmt"

func main() {
	// float -> int truncates toward zero
	fs := []float64{2.9, -2.9, 0.5, -0.5, 1e9 + 0.99, -7.0001}
	for _, f := range fs {
		fmt.Print(int(f), " ", int64(f), " ", int32(f), "; ")
	}
	fmt.Println()
	// int -> narrower int keeps the low bits
	v := 300
	fmt.Println(int8(v), uint8(v), int16(v), uint16(v))
	n := -1
	fmt.Println(uint8(n), uint16(n), uint32(n), uint64(n), uint(n))
	w := 0x12345678
	fmt.Println(int8(w), uint8(w), int16(w), uint16(w), int32(w))
	var big uint64 = 1<<63 + 5
	fmt.Println(int64(big), int32(big), int8(big))
	// sign extension vs zero extension
	var sb int8 = -2
	var ub uint8 = 254
	fmt.Println(int64(sb), uint64(sb), int64(ub), uint64(ub))
	fmt.Println(uint32(sb), int32(ub))
	// int -> float
	var i64 int64 = 1<<53 + 1
	fmt.Println(float64(i64), float32(i64))
	var u64 uint64 = 18446744073709551615
	fmt.Println(float64(u64))
	// float32 <-> float64
	f := 1.0000001
	fmt.Println(float32(f), float64(float32(f)))
	// float -> unsigned
	f1, f2, f3 := 200.7, 4e9, 1.5e19
	fmt.Println(uint8(f1), uint32(f2), uint64(f3))
	// byte arithmetic in conversions
	c := byte('7')
	fmt.Println(int(c-'0')*3, rune(c)+1, string(rune(c)+1))
	// conversions between named types
	type Miles float64
	type Km float64
	m := Miles(10)
	k := Km(m * 1.609344)
	fmt.Printf("%T %.3f\n", k, k)
	var f32 float32 = 16777217.0
	fmt.Println(int32(f32), int64(float32(123456789)))
}
