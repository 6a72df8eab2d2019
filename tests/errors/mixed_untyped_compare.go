package main

import "fmt"

func main() {
	a, b, c := 2, 3, 4
	fmt.Println(a < b == b < c)
}
