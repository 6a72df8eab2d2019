package main

import "fmt"

func main() {
	s := "héllo"
	fmt.Printf("|%s|%q|%v|%x|%X|% x|%#x|\n", s, s, s, s, s, s, s)
	fmt.Printf("|%10s|%-10s|%.2s|%.3q|%10.2s|\n", s, s, s, s, s)
	fmt.Printf("|%q|%+q|%#q|%#q|\n", "tab\there", "日本", "raw`no", "raw ok")
	fmt.Printf("|%q|\n", "\x00\x1f\x7f\xff\u2028")
	fmt.Printf("|%s|%v|%q|\n", "", "", "")
	b := []byte("bytes")
	fmt.Printf("|%s|%v|%x|%X|%q|\n", b, b, b, b, b)
	fmt.Printf("|%s|%q|\n", []string{"a b", "c"}, []string{"a b", "c"})
	fmt.Printf("|%5s|%-5s|\n", "日本語", "日本語")
	fmt.Printf("|%s|\n", 42)
	fmt.Printf("|%x|%X|\n", "\xde\xad", []byte{0xbe, 0xef})
	fmt.Printf("|%08s|%-08s|\n", "pad", "pad")
	fmt.Printf("|%c|%c|\n", "str", 'c')
}
