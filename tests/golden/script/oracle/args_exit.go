package main

import (
	"fmt"
	"os"
	"strconv"
)

func main() {
	args := os.Args[1:]
	fmt.Println("got", len(args), "arguments")
	sum := 0
	for _, a := range args {
		v, err := strconv.Atoi(a)
		if err != nil {
			fmt.Fprintln(os.Stderr, "not a number:", a)
			os.Exit(5)
		}
		sum += v
		fmt.Println("running sum", sum)
	}
	fmt.Println("never printed")
}
