package main

import "fmt"

func main() {
	s := "hello"
	for i := 0; i <= len(s); i++ {
		fmt.Printf("%c", s[i])
	}
}
