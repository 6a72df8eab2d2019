package main

import (
	"errors"
	"fmt"
)

type S string
type N int

func main() {
	fmt.Println(fmt.Sprint("a", "b", "c"))
	fmt.Println(fmt.Sprint(1, 2, 3))
	fmt.Println(fmt.Sprint("a", 1, 2, "b", 3, "c"))
	fmt.Println(fmt.Sprint(1, "a", 2))
	fmt.Println(fmt.Sprint(1.5, true, nil, 'x'))
	fmt.Println(fmt.Sprint([]int{1}, []int{2}, "s", []int{3}))
	fmt.Println(fmt.Sprint(S("x"), S("y"), N(1), N(2)))
	fmt.Println(fmt.Sprint(errors.New("e1"), errors.New("e2")))
	fmt.Println(fmt.Sprint("", 1, "", 2))
	fmt.Println(fmt.Sprint())
	fmt.Println(fmt.Sprintln("a", 1, "b") + "|")
	fmt.Println(fmt.Sprintln() + "|")
	fmt.Println("a", "b", 1, 2, "c")
	fmt.Println()
	fmt.Println("")
	fmt.Print("x", "y", 1, 2, "z", 3.5, "\n")
	fmt.Print(1, 2, "\n")
	fmt.Print("\n")
	fmt.Print(true, false, "\n")
	var e error
	fmt.Println(fmt.Sprint(e, e), fmt.Sprint(nil, nil))
	fmt.Println(fmt.Sprint(&struct{ A int }{1}, 2))
}
