package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Printf("a=%d ", 1)
	print("b=", 2, " ")
	fmt.Fprintf(os.Stderr, "c=%d ", 3)
	fmt.Fprintln(os.Stdout, "d=4")
	println(1.5, true)
	fmt.Fprintln(os.Stderr, "stderr line")
	fmt.Println("stdout line")
	print("x\n")
	fmt.Print("y\n")
}
