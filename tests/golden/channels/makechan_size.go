package main

import "fmt"

// make(chan T, n) whose buffer would exceed Go's maxAlloc (1<<48 bytes) must panic with
// "makechan: size out of range": elem size 60000 * 2^33 > 2^48.
func main() {
	defer func() { fmt.Println("recovered:", recover()) }()
	n := 1 << 33
	c := make(chan [60000]byte, n)
	fmt.Println(cap(c))
}
