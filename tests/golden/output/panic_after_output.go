package main

import "fmt"

func step(i int) int {
	fmt.Println("step", i)
	println("debug", i)
	return 10 / (2 - i)
}

func main() {
	defer fmt.Println("deferred output before the trace")
	for i := 0; i < 5; i++ {
		fmt.Println("result", step(i))
	}
}
