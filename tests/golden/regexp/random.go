// Random patterns built from regexp tokens (a fixed pseudo-random sequence): parse
// errors, submatches on several inputs, ReplaceAll and Split, all as Go gives them.
package main

import (
	"fmt"
	"regexp"
)

var seed uint64 = 12345

func rnd(n int) int {
	seed = seed*6364136223846793005 + 1442695040888963407
	return int((seed >> 33) % uint64(n))
}

var toks = []string{"a", "b", "c", "é", "日", ".", "*", "+", "?", "*?", "+?", "??", "{2}", "{1,3}", "{2,}", "{,2}", "{1001}", "(", ")", "(?:", "(?i)", "(?m)", "(?s)", "(?U)", "(?i:",
	"(?P<n>", "(?<m>", "|", "[", "]", "[^", "a-c", "z-a", "[:alpha:]", "\\d", "\\w", "\\s", "\\b", "\\B", "\\pL", "\\p{Greek}", "\\PN", "^", "$", "\\A", "\\z",
	"\\", "\\.", "\\x41", "\\x{", "}", "{", "\\Q", "\\E", "\\1", "\\C", "\\e", "-", "\n", "(?", "(?P", ">", "<", "\\0", "\\x{1F600}", ",", "0", "9"}

var inputs = []string{"", "abc", "aabbcc", "ABC abc", "é日b\na", "x\nabc\n", "ca-b9 0"}

func main() {
	n := 1
	seed = uint64(n) * 7919
	for i := 0; i < 1500; i++ {
		k := 1 + rnd(6)
		p := ""
		for j := 0; j < k; j++ {
			p += toks[rnd(len(toks))]
		}
		re, err := regexp.Compile(p)
		if err != nil {
			fmt.Printf("%q %v\n", p, err)
			continue
		}
		fmt.Printf("%q %d %q |", p, re.NumSubexp(), re.SubexpNames())
		for _, s := range inputs {
			fmt.Print(" ", re.FindAllStringSubmatchIndex(s, -1))
		}
		fmt.Println(" |", re.ReplaceAllString("ca-b9 0 abc", "<$1>"), re.Split("aabbcc", -1))
	}
}
