package main

import "fmt"

func main() {
	runes := []rune{'a', 'Z', '0', ' ', 'ä', '本', '😀',
		'\a', '\b', '\f', '\n', '\r', '\t', '\v', '\\', '\'', '"',
		'\000', '\007', '\377', '\x00', '\x41', '\xff', '\u00e9', '\u12e4', '\U00101234', '\U0001F600'}
	for i, r := range runes {
		fmt.Printf("%2d %8d %q %T\n", i, r, r, r)
	}
	var b byte = 'A'
	fmt.Println(b, 'A'+1, string(rune('A'+1)))
	c := 'x'
	fmt.Printf("%T %c %v\n", c, c, c)
	fmt.Println('\'' == 39, '\\' == 92, '"' == 34)
}
