package main

import "fmt"

func main() {
	defer func() {
		panic("panic in defer")
	}()
	fmt.Println("about to panic")
	panic("original panic")
}
