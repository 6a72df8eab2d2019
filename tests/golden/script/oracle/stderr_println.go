package main

import (
	"fmt"
	"os"
)

func main() {
	println("debug: starting")
	fmt.Println("result:", 1.5*2)
	print("no newline ")
	println(2.5, true, 'x')
	fmt.Fprintln(os.Stderr, "via fmt to stderr")
}
