package main

import (
	"errors"
	"fmt"
	"os"
)

func main() {
	fmt.Fprintln(os.Stdout, "to stdout", 1, 2.5)
	fmt.Fprintf(os.Stdout, "formatted %d|%s\n", 42, "x")
	fmt.Fprintln(os.Stderr, "to stderr", true)
	fmt.Fprintf(os.Stderr, "error: %v\n", errors.New("bad thing"))
	n, err := fmt.Fprintln(os.Stdout, "count me")
	fmt.Println(n, err)
	n, err = fmt.Fprintf(os.Stdout, "%s", "héllo\n")
	fmt.Println(n, err)
	n, _ = fmt.Println("println returns", 3)
	fmt.Println(n)
	n, _ = fmt.Printf("%5d\n", 1)
	fmt.Println(n)
	n, _ = fmt.Print("abc", "\n")
	fmt.Println(n)
	e := fmt.Errorf("code %d: %s", 7, "detail")
	fmt.Fprintln(os.Stderr, e)
	fmt.Println(e.Error())
}
