package main

import (
	"fmt"
	"math"
)

func main() {
	vals := []float64{0, 1, -1.5, 3.14159265, 123456.789, 1e-7, 1e21, 2.5e-5, 100}
	for _, f := range vals {
		fmt.Printf("|%v|%f|%.2f|%8.3f|%-10.1f|%e|%.3e|%g|%.3g|\n", f, f, f, f, f, f, f, f, f)
	}
	fmt.Printf("|%+f|% f|%+.1e|%08.2f|%-8.2f|%+08.2f|\n", 3.5, 3.5, 12345.678, -3.14159, 2.5, 2.5)
	fmt.Printf("|%.0f|%.0f|%.0f|%.0f|%.1f|%.1f|\n", 0.5, 1.5, 2.5, -0.5, 0.05, 0.25)
	fmt.Printf("|%g|%g|%g|%g|%g|\n", 1e6, 1e20, 1e21, 1e-4, 1e-5)
	fmt.Printf("|%v|%v|%v|%v|\n", 1e6, 1e20, 1e21, 123456789.123)
	fmt.Printf("|%v|%v|%v|\n", float32(0.1), float32(1)/3, float32(16777216))
	fmt.Printf("|%g|%.10g|%e|\n", float32(3.14), float32(2)/3, float32(1e-3))
	fmt.Printf("|%f|%v|%e|%g|\n", math.Inf(1), math.Inf(-1), math.NaN(), -math.MaxFloat64)
	fmt.Printf("|%6.2f|%-6.2f|%06.2f|\n", math.Inf(1), math.NaN(), math.Inf(-1))
	fmt.Printf("|%.15g|%.17g|\n", 0.1, 0.1)
	fmt.Printf("|%v|%v|\n", 5e-324, math.MaxFloat64)
	fmt.Printf("|%5.1f%%|\n", 99.44)
	fmt.Println(0.1+0.2, 1.0, 2.0/3.0, float32(2.0)/3, -0.0, 1e100)
	fmt.Println(float32(1e10), float32(123456789), 1234567.0, 12345678.0)
}
