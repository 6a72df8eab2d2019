package main

import (
	"fmt"
	"os"
)

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: prog NAME")
		os.Exit(64)
	}
	fmt.Println("hello", os.Args[1])
}
