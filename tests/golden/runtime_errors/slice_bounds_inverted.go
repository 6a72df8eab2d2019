package main

import "fmt"

func main() {
	s := []int{0, 1, 2, 3, 4, 5}
	lo, hi := 4, 2
	fmt.Println(s[lo:hi])
}
