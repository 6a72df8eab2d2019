package main

import "fmt"

func main() {
	for i, r := range "héllo, 世界!" {
		fmt.Printf("%d:%c(%d) ", i, r, r)
	}
	fmt.Println()
	// invalid UTF-8: each bad byte yields U+FFFD with width 1
	bad := "a\xffb\xe4\xb8c\xf0\x9f\x98"
	for i, r := range bad {
		fmt.Printf("%d:%x ", i, r)
	}
	fmt.Println()
	for i, r := range bad {
		fmt.Printf("%d:%d ", i, r)
	}
	fmt.Println()
	count := 0
	for range "日本語" {
		count++
	}
	fmt.Println(count, len("日本語"))
	for i := range "aé" {
		fmt.Print(i, " ")
	}
	fmt.Println()
	// byte loop vs rune loop
	s := "é"
	for i := 0; i < len(s); i++ {
		fmt.Printf("%x ", s[i])
	}
	fmt.Println()
	for _, r := range "\U0001F600x" {
		fmt.Print(string(r), " ", r, " ")
	}
	fmt.Println()
	// surrogate halves encoded in UTF-8 are invalid
	for i, r := range "\xed\xa0\x80z" {
		fmt.Print(i, ":", r, " ")
	}
	fmt.Println()
	for range "" {
		fmt.Println("never")
	}
}
