package main

import "fmt"

func main() {
	defer func() {
		r := recover()
		fmt.Println("main recovered:", r)
	}()
	defer func() {
		// a panic in a deferred call replaces the current one
		panic("second panic")
	}()
	defer fmt.Println("first deferred print runs")
	panic("first panic")
}
