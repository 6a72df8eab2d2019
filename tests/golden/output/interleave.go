package main

import "fmt"

func main() {
	fmt.Println("out 1")
	println("err 1")
	fmt.Println("out 2")
	println("err 2", 2)
	for i := range 3 {
		fmt.Println("out loop", i)
		println("err loop", i)
	}
	fmt.Print("partial ")
	print("err-partial ")
	fmt.Println("end")
	println()
}
