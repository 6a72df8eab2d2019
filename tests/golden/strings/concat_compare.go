package main

import "fmt"

func main() {
	a := "foo"
	b := "bar"
	c := a + b
	fmt.Println(c, len(c))
	c += "!"
	fmt.Println(c)
	s := ""
	for i := 0; i < 5; i++ {
		s += fmt.Sprint(i)
	}
	fmt.Println(s)
	words := []string{"banana", "apple", "Cherry", "apple pie", "appl", ""}
	for i := 0; i < len(words)-1; i++ {
		x, y := words[i], words[i+1]
		fmt.Printf("%q<%q=%t %q==%q=%t %q>=%q=%t\n", x, y, x < y, x, y, x == y, x, y, x >= y)
	}
	fmt.Println("a" < "b", "a" < "B", "abc" < "abcd", "\xff" > "\x7f", "é" > "e")
	x := "hello"
	y := "hel" + "lo"
	fmt.Println(x == y, x != y)
	z := string([]byte{'h', 'e', 'l', 'l', 'o'})
	fmt.Println(x == z)
	var e1, e2 string
	fmt.Println(e1 == e2, e1 == "", e1 < "a")
	long := ""
	for i := 0; i < 100; i++ {
		long += "ab"
	}
	fmt.Println(len(long), long[198:])
}
