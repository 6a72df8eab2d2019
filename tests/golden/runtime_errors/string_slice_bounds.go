package main

import "fmt"

func prefix(s string, n int) string {
	return s[:n]
}

func main() {
	fmt.Println(prefix("abcdef", 2))
	fmt.Println(prefix("abc", 5))
}
