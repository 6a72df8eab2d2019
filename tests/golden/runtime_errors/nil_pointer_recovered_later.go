package main

// A recovered nil dereference is over: a later panic prints no signal line.

import "fmt"

type T struct{ a, b int }

func get(t *T) int { return t.a }

func main() {
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		fmt.Println(get(nil))
	}()
	panic("later")
}
