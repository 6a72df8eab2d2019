package main

import "fmt"

func main() {
	s := "héllo, 世界"
	fmt.Println(len(s))
	fmt.Println(s[0], s[1], s[2], s[len(s)-1])
	fmt.Printf("%T %c %q\n", s[0], s[0], s[1])
	fmt.Println(s[:1], s[1:3], s[3:], s[7:])
	fmt.Printf("%q\n", s[1:2])
	fmt.Println(s[:], s[len(s):] == "")
	sub := s[7:10]
	fmt.Println(sub, len(sub))
	for i := 0; i < 5; i++ {
		fmt.Print(string(s[i]), "|")
	}
	fmt.Println()
	b := s[4]
	b++
	fmt.Println(b, string(rune(b)))
	var total int
	for i := 0; i < len(s); i++ {
		total += int(s[i])
	}
	fmt.Println(total)
	const c = "const"
	fmt.Println(c[1], c[1:3])
}
