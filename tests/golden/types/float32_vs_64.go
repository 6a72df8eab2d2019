package main

import "fmt"

func main() {
	var a32 float32 = 0.1
	var a64 float64 = 0.1
	fmt.Println(a32, a64, float64(a32))
	var s32 float32
	var s64 float64
	for i := 0; i < 10; i++ {
		s32 += 0.1
		s64 += 0.1
	}
	fmt.Println(s32, s64, s32 == 1, s64 == 1)
	var big32 float32 = 16777216
	fmt.Println(big32+1, big32+2, float32(16777217))
	var big64 float64 = 9007199254740992
	fmt.Println(big64+1, big64+2)
	third32 := float32(1) / 3
	third64 := float64(1) / 3
	fmt.Println(third32, third64)
	fmt.Printf("%.10f %.10f\n", third32, third64)
	fmt.Printf("%v %g %e\n", float32(1e10), float32(1.5e-7), float32(123.456))
	x := float32(0.1) * 3
	y := 0.1 * 3
	fmt.Println(x, y)
	var f32 float32 = 1 << 24
	for i := 0; i < 5; i++ {
		f32 += 1
	}
	fmt.Println(f32)
	big := float32(3.4e38)
	fmt.Println(big*10, -big*10)
	fmt.Printf("%T %T\n", third32, third64)
	h := float32(2.5)
	fmt.Println(h*h, float64(h)*float64(h))
}
