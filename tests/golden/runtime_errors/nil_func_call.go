package main

import "fmt"

func main() {
	handlers := map[string]func(){}
	handlers["a"] = func() { fmt.Println("a called") }
	handlers["a"]()
	handlers["b"]()
}
