// strconv: round trips of a million integers (Itoa/Atoi) and floats (shortest
// FormatFloat, ParseFloat); print the integer sum, the total text length of the
// integers and how many floats failed to come back equal.
package main

import (
	"fmt"
	"os"
	"strconv"
)

func main() {
	n := 1000000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	sum, length, bad := 0, 0, 0
	for i := 0; i < n; i++ {
		s := strconv.Itoa(i*7919 - 3000000)
		v, _ := strconv.Atoi(s)
		sum += v
		length += len(s)
		f := float64(i) * 0.37
		g, _ := strconv.ParseFloat(strconv.FormatFloat(f, 'g', -1, 64), 64)
		if g != f {
			bad++
		}
	}
	fmt.Printf("strconv n=%d sum=%d length=%d bad=%d\n", n, sum, length, bad)
}
