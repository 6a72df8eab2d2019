package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println("working...")
	fmt.Fprintln(os.Stderr, "warning: disk almost full")
	fmt.Println("more work")
	println("fatal:", 4)
	os.Exit(4)
}
