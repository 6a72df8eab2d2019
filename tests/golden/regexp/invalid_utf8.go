// Text holding invalid UTF-8: Go reads each invalid byte as a one-byte U+FFFD, so . [^a]
// \x{FFFD} and \PL match it, and offsets stay byte offsets of the original text.
package main

import (
	"fmt"
	"regexp"
	"strings"
)

func main() {
	texts := []string{"aé日b", "a\xffb\xc0", "\xe6\x97x\xe6\x97\xa5", "\xff", "ok\xef\xbf\xbdz\x80", "é\xff\xfeé"}
	for _, p := range []string{`.`, `[^a]`, `\x{FFFD}`, `b`, `.*`, `a.b`, `\PL+`, `(?s)(.)(.)`, `\b`, `\B`, `é\B`, `\B.`, `\w+`, `^.`, `.$`, `�`} {
		re := regexp.MustCompile(p)
		for _, s := range texts {
			fmt.Printf("%q %q: %q %v %v\n", p, s, re.FindAllString(s, -1), re.FindAllStringIndex(s, -1), re.FindStringSubmatchIndex(s))
			fmt.Printf("    %q %q %q %v\n", re.ReplaceAllString(s, "<$0>"), re.Split(s, -1),
				re.FindAll([]byte(s), -1), re.FindReaderIndex(strings.NewReader(s)))
		}
	}
}
