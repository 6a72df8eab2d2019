// loop: one tight integer loop — %, *, +, a two-way branch, an accumulator.
package main

import (
	"fmt"
	"os"
	"strconv"
)

func main() {
	n := 40000000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	acc := 0
	for i := 0; i < n; i++ {
		x := i % 7
		if x < 3 {
			acc += x * (i % 1000)
		} else {
			acc += i%13 + 1
		}
	}
	fmt.Printf("loop(%d) = %d\n", n, acc)
}
