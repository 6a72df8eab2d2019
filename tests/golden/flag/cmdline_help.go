package main

import (
	"flag"
	"fmt"
)

func main() {
	n := flag.Int("n", 0, "a number")
	flag.Usage = func() {
		fmt.Fprintln(flag.CommandLine.Output(), "usage of cmdline_bad:")
		flag.PrintDefaults()
	}
	flag.Parse()
	fmt.Println("not reached", *n)
}
