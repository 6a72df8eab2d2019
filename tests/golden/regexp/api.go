// The rest of the API: String, NumSubexp, SubexpNames, SubexpIndex, LiteralPrefix,
// Longest, CompilePOSIX, QuoteMeta, the []byte and Reader forms, Copy, MarshalText.
package main

import (
	"fmt"
	"regexp"
	"strings"
)

func main() {
	for _, p := range []string{
		``, `abc`, `abc+`, `abc*`, `ab?c`, `a{2}b`, `a{2,}b`, `a{2,3}`, `(abc)`, `(abc)d`,
		`(ab|ac)`, `abc|abd`, `abc|x`, `(?i)abc`, `a(?i)bc`, `^abc`, `^abc$`, `abc$`, `a.c`,
		`\.x`, `\d`, `日本+`, `(?:ab)c`, `(?P<n>ab)c`, `(?s)ab`, `a\*b`, `a(b|c)`, `x+y`,
		`a|b`, `ab|ab`, `abc|ab`, `(a)|b`, `a(b)c`, `(a)(b)`, `a\pL`, `(?m)^abc`, `(?m)abc$`, `\Aabc`, `abc\z`, `^`, `$`, `^$`, `^a+$`, `^ab*$`,
		`^(ab|ac)$`, `^a|b$`, `a\b`, `\bab`, `a{0}b`, `a{1}b`, `a{1,1}b`, `(?:a|a)b`, `(?U)ab+`, `ab+?`, `ab*?c`, `a(?:b)+`, `(ab)+`, `(ab)*c`,
		`\x41B`, `\101`, `\Qa.b\E`, `\Qa.b\Ec+`, `[a]b`, `[ab]c`, `日本語`, `日?本`, `.abc`, `a.`, `a\.`, `(?s:a)b`, `(?i:a)b`, `a(?-i)b`, `(?i)a(?-i)b`,
		`a\nb`, `\tab`, `a\\b`, `(?:)`, `()`, `()a`, `a()`, `(?P<x>)a`, `abc|abd|abe`, `abc|abd|x`, `x|abc|abd`, `(a|ab)(c|bcd)`, "\ufffdab", `a\x{FFFD}`,
		`^abc(d)$`, `^(?:ab)c$`, `^a\.b$`, `\x{1F600}x`, `[\x41]b`, `(?i)`, `(?s)`,
	} {
		re := regexp.MustCompile(p)
		prefix, complete := re.LiteralPrefix()
		fmt.Printf("%q: %q %v\n", p, prefix, complete)
	}

	re := regexp.MustCompile(`(?P<a>x)(y)(?P<c>z)?`)
	fmt.Println(re.String(), re.NumSubexp(), len(re.SubexpNames()))
	fmt.Printf("%q %d %d %d %d\n", re.SubexpNames(), re.SubexpIndex("a"), re.SubexpIndex("c"),
		re.SubexpIndex(""), re.SubexpIndex("zz"))
	fmt.Println(re)
	fmt.Printf("%v %s\n", re, re)

	// Longest.
	l := regexp.MustCompile(`a(|b)`)
	fmt.Println(l.FindString("ab"))
	l.Longest()
	fmt.Println(l.FindString("ab"))
	l2 := regexp.MustCompile(`(a+?)(a*)`)
	c := l2.Copy()
	c.Longest()
	fmt.Println(l2.FindStringSubmatch("aaa"), c.FindStringSubmatch("aaa"))

	// POSIX.
	p := regexp.MustCompilePOSIX(`a+|a+b+`)
	fmt.Println(p.FindString("aabbb"), regexp.MustCompile(`a+|a+b+`).FindString("aabbb"))
	p2 := regexp.MustCompilePOSIX(`(a|ab)(c|bcd)`)
	fmt.Println(p2.FindStringSubmatch("abcd"))
	for _, bad := range []string{`\d`, `a*?`, `(?i)a`, `\pL`, `(?P<n>a)`, `\b`} {
		_, err := regexp.CompilePOSIX(bad)
		fmt.Println(err)
	}
	fmt.Printf("%q\n", regexp.MustCompilePOSIX(`^a`).FindAllString("a\na", -1))
	for _, p := range []string{`abc`, `^abc$`, `ab+c`, `a|ab`, `(ab)c`, `\.x`} {
		fmt.Println(regexp.MustCompilePOSIX(p).LiteralPrefix())
	}
	for _, p := range []string{`[^a]`, `[^-]`, `[^a-]`, `[^]a]`, `[^]-]`, `[^a-z]+`, `[^[:alpha:]]`, `[[:^alpha:]]`, `[^\n]`, `[^x-]+`, `[^-x]+`, `[^`, `[^]`, `[^a-\]`, `a.b`, `a$`} {
		re, err := regexp.CompilePOSIX(p)
		if err != nil {
			fmt.Println(p, err)
			continue
		}
		fmt.Printf("%s %q %q\n", p, re.FindAllString("a\nb-]x\nc", -1), re.FindAllString("a\nc", -1))
	}

	// QuoteMeta.
	for _, s := range []string{"", "abc", `1.5-2.0?`, `[foo]\(bar)`, "{x}|^$*+", "日本.語"} {
		q := regexp.QuoteMeta(s)
		fmt.Printf("%q %q %v\n", s, q, regexp.MustCompile("^"+q+"$").MatchString(s))
	}

	// []byte forms.
	b := regexp.MustCompile(`(\w)(\d+)`)
	in := []byte("a1 b22 c333 d")
	fmt.Printf("%q %v %q %v\n", b.Find(in), b.FindIndex(in), b.FindSubmatch(in), b.FindSubmatchIndex(in))
	fmt.Printf("%q %v\n", b.FindAll(in, -1), b.FindAllIndex(in, 2))
	fmt.Printf("%q %v\n", b.FindAllSubmatch(in, -1), b.FindAllSubmatchIndex(in, -1))
	fmt.Println(b.Match(in), b.Match([]byte("xyz")), b.Find([]byte("x")) == nil, b.FindIndex(nil))
	fmt.Println(b.FindAll([]byte("zz"), -1) == nil, b.FindAllString("a1", 0) == nil)
	sub := b.FindSubmatch(in)
	sub[0] = append(sub[0], '!')
	fmt.Printf("%q\n", in)
	opt := regexp.MustCompile(`(a)|(b)`)
	fmt.Printf("%q %v\n", opt.FindSubmatch([]byte("b")), opt.FindSubmatch([]byte("b"))[1] == nil)
	fmt.Printf("%q %v\n", opt.FindStringSubmatch("b"), opt.FindStringSubmatchIndex("b"))

	// Reader forms.
	fmt.Println(b.MatchReader(strings.NewReader("xx 9z")), b.FindReaderIndex(strings.NewReader("__ q42")))
	fmt.Println(b.FindReaderSubmatchIndex(strings.NewReader("-- k7")))
	ok, err := regexp.MatchReader(`\d`, strings.NewReader("abc"))
	fmt.Println(ok, err)

	// n limits.
	d := regexp.MustCompile(`\d`)
	for _, n := range []int{-1, 0, 1, 2, 3, 10} {
		fmt.Printf("%d %q %q %q\n", n, d.FindAllString("1a2b3", n), d.Split("1a2b3", n), regexp.MustCompile(``).Split("abc", n))
	}
	fmt.Printf("%q %q %q\n", d.Split("", -1), regexp.MustCompile(``).Split("", -1), regexp.MustCompile(`,`).Split("a,b,,c,", -1))

	// MarshalText and UnmarshalText.
	t, _ := re.MarshalText()
	fmt.Println(string(t))
	var u regexp.Regexp
	fmt.Println(u.UnmarshalText([]byte(`h(i`)))
	fmt.Println(u.UnmarshalText([]byte(`h(i)`)), u.String(), u.MatchString("hi"))

	// Same pattern compiled many times (one program in the cache).
	n := 0
	for i := 0; i < 2000; i++ {
		if ok, _ := regexp.MatchString(`^x\d+$`, fmt.Sprint("x", i)); ok {
			n++
		}
	}
	fmt.Println(n)
}
