package main

// A string panic value with inner and trailing newlines (a tab follows each one).

import "fmt"

func main() {
	n := 3
	panic(fmt.Sprintf("%d lines\nsecond\n\nfourth\n", n))
}
