package main

import "fmt"

func main() {
	fmt.Println(0., 1., .5, 3.14, 1e3, 1E3, 1e-3, 6.02214076e23, 1_000.000_1)
	fmt.Println(0e0, 0.0, 00.5, 012.5, 089.0, 1e+2, 5E-1)
	// hexadecimal floating point literals: mantissa * 2^exp
	fmt.Println(0x1p0, 0x1p-2, 0x1.8p1, 0X.8p0, 0x_1p4, 0x1P+10, 0xAp-1, 0x1.fffffffffffffp1023)
	fmt.Println(0x1p-1074, 0x.1p4, 0x10.0p0)
	var f32 float32 = 0x1.0p-2
	fmt.Println(f32)
	fmt.Printf("%.20f\n", 0.1)
	fmt.Printf("%v %v %v\n", 1e20, 1e21, 1e-4)
	fmt.Printf("%v %v\n", 1e-5, 123456789.0)
	fmt.Printf("%g %e %f\n", 2.5e-10, 2.5e-10, 2.5e-10)
	x := 1.5e2
	fmt.Printf("%T %v\n", x, x)
	y := 0x1p3
	fmt.Printf("%T %v\n", y, y)
}
