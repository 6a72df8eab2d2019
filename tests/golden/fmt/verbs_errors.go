package main

import "fmt"

type T struct{ A int }

func main() {
	fmt.Printf("%d\n", "string")
	fmt.Printf("%s\n", 42)
	fmt.Printf("%t\n", 1)
	fmt.Printf("%d %d\n", 1)
	fmt.Printf("%d\n", 1, 2)
	fmt.Printf("%d\n", 1, "x", 2.5)
	fmt.Printf("%z\n", 3)
	fmt.Printf("no verbs\n", "extra")
	fmt.Printf("%d %s\n", T{1}, T{2})
	fmt.Printf("%s\n", nil)
	fmt.Printf("%d\n", nil)
	fmt.Printf("%v %v\n", nil, []any{nil})
	fmt.Printf("%s\n", true)
	fmt.Printf("%e\n", "s")
	fmt.Printf("%c\n", 2.5)
	fmt.Printf("%q\n", 3.5)
	fmt.Printf("trailing percent %")
	fmt.Println()
	s := fmt.Sprintf("%d-%s", 7)
	fmt.Println(s)
}
