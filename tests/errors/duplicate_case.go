package main

import "fmt"

func main() {
	x := 2
	switch x {
	case 1, 2:
		fmt.Println("small")
	case 2:
		fmt.Println("two")
	}
}
