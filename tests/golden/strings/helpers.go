package main

import "fmt"

func contains(s, sub string) bool {
	return index(s, sub) >= 0
}

func index(s, sub string) int {
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i:i+len(sub)] == sub {
			return i
		}
	}
	return -1
}

func split(s, sep string) []string {
	var out []string
	for {
		i := index(s, sep)
		if i < 0 {
			return append(out, s)
		}
		out = append(out, s[:i])
		s = s[i+len(sep):]
	}
}

func join(parts []string, sep string) string {
	out := ""
	for i, p := range parts {
		if i > 0 {
			out += sep
		}
		out += p
	}
	return out
}

func trimSpace(s string) string {
	start, end := 0, len(s)
	for start < end && (s[start] == ' ' || s[start] == '\t' || s[start] == '\n') {
		start++
	}
	for end > start && (s[end-1] == ' ' || s[end-1] == '\t' || s[end-1] == '\n') {
		end--
	}
	return s[start:end]
}

func isPalindrome(s string) bool {
	var clean []rune
	for _, r := range s {
		if r >= 'A' && r <= 'Z' {
			r += 32
		}
		if r >= 'a' && r <= 'z' {
			clean = append(clean, r)
		}
	}
	for i, j := 0, len(clean)-1; i < j; i, j = i+1, j-1 {
		if clean[i] != clean[j] {
			return false
		}
	}
	return true
}

func repeat(s string, n int) string {
	out := ""
	for range n {
		out += s
	}
	return out
}

func main() {
	fmt.Println(contains("seafood", "foo"), contains("seafood", "bar"), index("chicken", "ken"), index("x", ""))
	fmt.Printf("%q\n", split("a,b,,c", ","))
	fmt.Printf("%q\n", split("no separators", ";"))
	fmt.Println(join([]string{"x", "y", "z"}, " + "))
	fmt.Printf("%q\n", trimSpace("  \t padded \n "))
	for _, p := range []string{"A man, a plan, a canal: Panama", "hello", ""} {
		fmt.Println(isPalindrome(p))
	}
	fmt.Println(repeat("-=", 5))
}
