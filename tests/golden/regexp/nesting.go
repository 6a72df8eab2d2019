// Go's limit on nesting (a parse tree higher than 1000 is "expression nests too deeply")
// around the limit for many shapes, and very deep patterns compiled in goroutines (small
// thread stacks) without trouble.
package main

import (
	"fmt"
	"regexp"
	"strings"
	"sync"
)

func main() {
	shapes := [][2]string{{"(", ")"}, {"(a", ")"}, {"(a", "b)"}, {"(?:a", "b)"}, {"(?:", ")*"}, {"(", ")*"},
		{"(a|", ")"}, {"(?:a|", ")"}, {"(?P<n>", ")"}, {"(?i:", ")"}, {"[a](", ")+"}, {"(", "|b)"}, {"((a)", ")"},
		{"(ab|", ")"}, {"(a*|", ")"}, {"(?:a|b)(", ")"}, {"((a|b)|", ")"}, {"a(", ")"}, {"(a", ")b"}, {"(?:ab|", ")"},
		{"(\\d|", ")"}, {"(.|", ")"}, {"(x|", ")*"}, {"(?:x|", ")+"}, {"(日|", ")"}, {"(a|b", ")"}, {"(?:(a)|", ")"},
		{"(a{2}", ")"}, {"(a|\\b", ")"}}
	for _, sh := range shapes {
		res := ""
		for n := 330; n <= 1003; n++ {
			if n > 340 && n < 495 || n > 505 && n < 995 {
				continue
			}
			p := strings.Repeat(sh[0], n) + "x" + strings.Repeat(sh[1], n)
			_, err := regexp.Compile(p)
			if err != nil && strings.Contains(err.Error(), "deeply") {
				res += "D"
			} else if err != nil {
				res += "E"
			} else {
				res += "."
			}
		}
		fmt.Printf("%-8s %s\n", sh[0], res)
	}

	var wg sync.WaitGroup
	deep := [][2]string{{"(?:", ")"}, {"(?i:", ")"}, {"(?:a|", ")"}, {"(", ")"}, {"(?:", ")*"}, {"[a](?:", ")+"}}
	res := make([]string, len(deep))
	for i, sh := range deep {
		wg.Add(1)
		go func(i int, sh [2]string) {
			defer wg.Done()
			p := strings.Repeat(sh[0], 50000) + "x" + strings.Repeat(sh[1], 50000)
			re, err := regexp.Compile(p)
			if err != nil {
				res[i] = fmt.Sprint(err)[:60]
				return
			}
			res[i] = fmt.Sprint(re.MatchString("ax"), re.FindStringIndex("zzx"), re.NumSubexp())
		}(i, sh)
	}
	wg.Wait()
	for _, r := range res {
		fmt.Println(r)
	}
}
