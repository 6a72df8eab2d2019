package main

import (
	"fmt"
	"math"
)

func main() {
	const p = math.Pi * 1e10
	fmt.Println(int64(p))
	var i int = 2.5
	fmt.Println(uint8(200.7), i)
}
