// ReplaceAll with Go's template expansion ($1, ${name}, $$, $1x, malformed $), the
// Literal and Func forms for strings and []byte, Expand and ExpandString.
package main

import (
	"fmt"
	"regexp"
	"strings"
)

func main() {
	re := regexp.MustCompile(`(?P<first>\w+)\s(?P<last>\w+)`)
	src := "John Smith, Jane Doe; x"
	for _, t := range []string{
		"$last $first", "${last}_$first", "$1x", "${1}x", "$$1", "$", "$!", "${", "${1",
		"${}", "$0", "$10", "$01", "${first}${first}", "$nope.", "$é", "[$2]", "$ $",
		"${last}$", "$first$last$3",
	} {
		fmt.Printf("%q -> %q | %q\n", t, re.ReplaceAllString(src, t), re.ReplaceAll([]byte(src), []byte(t)))
	}
	fmt.Println(re.ReplaceAllLiteralString(src, "$1"))
	fmt.Println(string(re.ReplaceAllLiteral([]byte(src), []byte("${last}"))))
	fmt.Println(re.ReplaceAllStringFunc(src, strings.ToUpper))
	fmt.Println(string(re.ReplaceAllFunc([]byte(src), func(b []byte) []byte {
		return []byte(fmt.Sprintf("<%d>", len(b)))
	})))

	// Empty matches next to other matches.
	for _, p := range []string{`a*`, `b*`, `x*`, `a|`, `|a`, `\b`, `$`, `^`, `(?m)^`, `.*`, `a*?`} {
		r := regexp.MustCompile(p)
		for _, s := range []string{"", "abaab", "ba\nbab", "日本a"} {
			fmt.Printf("%q %q: %q %q %q\n", p, s, r.ReplaceAllString(s, "-"),
				r.ReplaceAllString(s, "[$0]"), r.ReplaceAll([]byte(s), []byte("+")))
		}
	}

	// Expand with a template.
	content := []byte(`
	# comment line
	option1: value1
	option2: value2
	`)
	pattern := regexp.MustCompile(`(?m)(?P<key>\w+):\s+(?P<value>\w+)$`)
	template := []byte("$key=$value\n")
	result := []byte{}
	for _, submatches := range pattern.FindAllSubmatchIndex(content, -1) {
		result = pattern.Expand(result, template, content, submatches)
	}
	fmt.Print(string(result))
	s := "option1: value1\noption2: value2"
	var out []byte
	for _, m := range pattern.FindAllStringSubmatchIndex(s, -1) {
		out = pattern.ExpandString(out, "${value}<-$key;", s, m)
	}
	fmt.Println(string(out))
	fmt.Printf("%q\n", pattern.ExpandString(nil, "$9 $key", s, []int{0, 3}))
}
