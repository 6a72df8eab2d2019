package main

import "fmt"

func main() {
	x := 1 << 64
	var u uint = -1
	fmt.Println(x, u)
}
