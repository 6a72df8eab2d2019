package main

import (
	"fmt"
	"math"
)

const (
	huge        = 1e308 * 10 / 10
	huger       = 1e500
	backInRange = huger / 1e400
	denorm      = 4.9406564584124654e-324
)

func main() {
	fmt.Println(huge, backInRange)
	fmt.Println(math.MaxFloat64, math.SmallestNonzeroFloat64)
	const maxF32 = 0x1p127 * (1 + (1 - 0x1p-23))
	fmt.Println(float32(maxF32), float64(float32(maxF32)))
	fmt.Println(denorm == math.SmallestNonzeroFloat64)
	fmt.Println(math.Pi, math.E)
	fmt.Printf("%.15f %.15f\n", math.Pi, math.E)
	fmt.Println(math.Sqrt(2), math.Sqrt(math.E), math.MaxInt64/math.Pi)
	x := math.MaxFloat64
	fmt.Println(x*2, -x*2, x*2-x*2)
	var f32 float32 = maxF32
	fmt.Println(f32, f32*2)
	fmt.Println(float32(math.Pi), float64(float32(math.Pi)))
	const p = math.Pi * 1e10
	pv := p
	fmt.Println(int64(pv))
	fmt.Println(math.Pi*2 == 2*math.Pi)
}
