package main

import (
	"fmt"
	"math"
)

func main() {
	zero := 0.0
	pinf := 1 / zero
	ninf := -1 / zero
	nan := zero / zero
	fmt.Println(pinf, ninf, nan)
	fmt.Println(math.Inf(1), math.Inf(-1), math.NaN())
	fmt.Println(math.IsInf(pinf, 1), math.IsInf(ninf, 1), math.IsInf(ninf, 0), math.IsNaN(nan), math.IsNaN(pinf))
	fmt.Println(nan == nan, nan != nan, nan < 1, nan > 1, pinf > math.MaxFloat64)
	fmt.Println(pinf-pinf, pinf*0, pinf+1, -pinf)
	nz := -zero
	fmt.Println(nz, 1/nz, nz == 0)
	fmt.Printf("%v %.2f %e %g\n", nz, nz, nz, nz)
	fmt.Printf("%f %e %g %v\n", pinf, ninf, nan, float32(pinf))
	fmt.Printf("%8.2f|%-8v|%+v\n", pinf, nan, pinf)
	fmt.Println(math.Sqrt(-1), math.Sqrt(2), math.Floor(-2.5), math.Floor(2.5), math.Abs(-3.2))
	fmt.Println(math.Abs(ninf), math.Floor(pinf), math.Sqrt(pinf))
	f := 1e308
	fmt.Println(f*10, -f*10)
	tiny := 5e-324
	fmt.Println(tiny/2, tiny)
}
