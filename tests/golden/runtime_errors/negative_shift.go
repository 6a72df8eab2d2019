package main

import "fmt"

func main() {
	x := 1
	for n := 2; ; n-- {
		fmt.Println(x << n)
	}
}
