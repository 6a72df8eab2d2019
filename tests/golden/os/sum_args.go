package main

import (
	"fmt"
	"os"
	"strconv"
)

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: sum N...")
		os.Exit(2)
	}
	total := 0
	bad := 0
	for _, a := range os.Args[1:] {
		n, err := strconv.Atoi(a)
		if err != nil {
			fmt.Fprintln(os.Stderr, "skipping:", err)
			bad++
			continue
		}
		total += n
	}
	fmt.Println("total:", total)
	if bad > 0 {
		os.Exit(bad)
	}
}
