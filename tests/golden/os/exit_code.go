package main

import (
	"fmt"
	"os"
)

func main() {
	defer fmt.Println("deferred calls do not run on os.Exit")
	fmt.Println("exiting with 3")
	fmt.Fprintln(os.Stderr, "something failed")
	os.Exit(3)
	fmt.Println("not reached")
}
