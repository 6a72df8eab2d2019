package main

import (
	"fmt"
	"os"
	"strconv"
)

func main() {
	verbose := false
	count := 1
	var rest []string
	args := os.Args[1:]
	for i := 0; i < len(args); i++ {
		switch a := args[i]; a {
		case "-v":
			verbose = true
		case "-n":
			i++
			n, err := strconv.Atoi(args[i])
			if err != nil {
				fmt.Println("bad -n:", err)
				os.Exit(1)
			}
			count = n
		default:
			rest = append(rest, a)
		}
	}
	fmt.Println("verbose:", verbose, "count:", count)
	for range count {
		fmt.Println(rest)
	}
}
