package main

import "fmt"

type Color string

const (
	Red   Color = "red"
	Green Color = "green"
	Blue        = Color("blue")
)

const greeting = "hello, " + "world"
const shout = greeting + "!"
const debug = false
const verbose = !debug && len(greeting) > 5

var first = greeting[0]

func (c Color) Upper() string {
	b := []byte(c)
	for i := range b {
		b[i] -= 'a' - 'A'
	}
	return string(b)
}

func main() {
	fmt.Println(greeting, shout, len(shout))
	fmt.Println(debug, verbose)
	fmt.Printf("%T %v\n", Red, Red)
	fmt.Println(Green.Upper(), Blue.Upper())
	fmt.Println(Red < Green, Red == "red")
	fmt.Printf("%T %v %c\n", first, first, first)
	var s string = string(Blue)
	fmt.Println(s + "!")
	const multi = `a
b`
	fmt.Println(len(multi))
	if verbose {
		fmt.Println("verbose on")
	}
}
