package main

import "fmt"

func main() {
	fmt.Println(int8(1) << 7)
	var u uint8 = 1 << 8
	fmt.Println(u)
}
