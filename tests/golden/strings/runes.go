package main

import "fmt"

func reverseRunes(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

func countRunes(s string) int {
	n := 0
	for range s {
		n++
	}
	return n
}

func main() {
	s := "Hello, 世界! ñ"
	fmt.Println(len(s), countRunes(s), len([]rune(s)))
	fmt.Println(reverseRunes(s))
	r := []rune(s)
	fmt.Println(string(r[7:9]), string(r[len(r)-1]))
	for i, c := range "añb" {
		fmt.Printf("%d %c %d %q\n", i, c, c, c)
	}
	upper := []rune("straße")
	for i, c := range upper {
		if c >= 'a' && c <= 'z' {
			upper[i] = c - 32
		}
	}
	fmt.Println(string(upper))
	emoji := "👍🏽"
	fmt.Println(len(emoji), len([]rune(emoji)))
	for _, c := range emoji {
		fmt.Printf("%x ", c)
	}
	fmt.Println()
	var rs []rune
	rs = append(rs, 'G', 'o', '语')
	fmt.Println(string(rs), len(string(rs)))
	fmt.Println(string(rune(0x10FFFF)) != "", []byte(string(rune(0x10FFFF))))
}
