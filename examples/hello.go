// hello.go — the program `make run` runs.
package main

import "fmt"

func main() {
	fmt.Println("Hello from Gale!")
}
