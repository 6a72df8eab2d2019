package main

import "fmt"

func trace(name string) string {
	fmt.Println("enter", name)
	return name
}

func un(name string) { fmt.Println("leave", name) }

func nested() {
	defer un(trace("nested"))
	fmt.Println("in nested")
}

func main() {
	defer fmt.Println("deferred 1")
	defer fmt.Println("deferred 2")
	x := 10
	defer fmt.Println("x at defer time:", x) // arguments evaluated now
	x = 20
	defer func() { fmt.Println("x in closure:", x) }() // reads x at exit
	x = 30
	nested()
	for i := 0; i < 3; i++ {
		defer fmt.Print(i, " ")
	}
	defer fmt.Println()
	fmt.Println("main body done")
}
