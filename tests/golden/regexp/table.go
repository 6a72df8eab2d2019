// Many patterns against many inputs: matching, finding, FindAll with empty matches,
// ReplaceAll and Split, Unicode classes, flags, named groups, non-greedy operators.
package main

import (
	"fmt"
	"regexp"
)

var patterns = []string{
	``,
	`a`,
	`a*`,
	`a+`,
	`a?`,
	`a*?`,
	`a+?`,
	`ab|cd`,
	`(a|ab)(c|bcd)(d*)`,
	`x*`,
	`[a-c]+`,
	`[^a-c]+`,
	`^abc`,
	`abc$`,
	`^$`,
	`(?m)^\w+$`,
	`(?m)^`,
	`(?m)$`,
	`(?s).+`,
	`.+`,
	`(?i)hello`,
	`(?i)straße`,
	`\bfoo\b`,
	`\Bo\B`,
	`\d+`,
	`\D+`,
	`\s+`,
	`\S+`,
	`\w+`,
	`\W+`,
	`[[:alpha:]]+`,
	`[[:^digit:]]+`,
	`\pL+`,
	`\p{Greek}+`,
	`\PL+`,
	`\p{Lu}`,
	`[\p{Han}]+`,
	`(\w+)@(\w+)\.com`,
	`(?P<key>\w+)=(?P<val>[^;]*)`,
	`(?<year>\d{4})-(?<month>\d{2})`,
	`a{2,3}`,
	`a{2,}?`,
	`(a*)+`,
	`(a*)*`,
	`(a|b)*?c`,
	`\Qa.b\E+`,
	`.`,
	`[日本]`,
	`é|e`,
	`(?U)a+`,
	`(?i:A)b`,
	`\A\w`,
	`\w\z`,
	`(a)|(b)`,
	`()`,
	`(|a)*`,
	`\x41\x{263a}`,
	`[\-\]]`,
	`\.\*\+`,
	`\1|\0|\010`,
}

var inputs = []string{
	"",
	"a",
	"aaa",
	"baaab",
	"abcd",
	"abc abc",
	"xabcx\nabc\nfoo bar",
	"hello HELLO HeLLo",
	"STRASSE straße STRAẞE",
	"foo foobar barfoo foo.",
	"x 12 y 345 z",
	"mail bob@example.com or ann@test.com",
	"a=1; b=; c=xyz",
	"1999-12 2024-02",
	"ΑΒΓ abc δεζ",
	"日本語 テキスト 中文",
	"été ete",
	"aab",
	"A\u263a",
	"-]",
	".*+",
}

func main() {
	for _, p := range patterns {
		re, err := regexp.Compile(p)
		if err != nil {
			fmt.Printf("%q: %v\n", p, err)
			continue
		}
		fmt.Printf("== %q n=%d names=%q\n", p, re.NumSubexp(), re.SubexpNames())
		for _, s := range inputs {
			if !re.MatchString(s) {
				continue
			}
			fmt.Printf("  %q: %q %v %v\n", s, re.FindString(s), re.FindStringIndex(s), re.FindStringSubmatchIndex(s))
			fmt.Printf("    sub %q\n", re.FindStringSubmatch(s))
			fmt.Printf("    all %q %v\n", re.FindAllString(s, -1), re.FindAllStringIndex(s, 2))
			fmt.Printf("    allsub %q\n", re.FindAllStringSubmatch(s, -1))
			fmt.Printf("    rep %q %q\n", re.ReplaceAllString(s, "<$0>"), re.ReplaceAllLiteralString(s, "$"))
			fmt.Printf("    split %q %q %q\n", re.Split(s, -1), re.Split(s, 2), re.Split(s, 0))
		}
	}
}
