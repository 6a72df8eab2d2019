package main

import (
	"fmt"
	"strconv"
)

func main() {
	strs := []string{"", "abc", "héllo", "tab\there", "nl\n", "\x00\x07\x7f", "\xff\xfe", "quote\"s", "back\\slash", "'single'",
		"\u2028\u00a0\u200b", "日本語", "\U0001F600", "\ufeff", "`raw`", "a\rb"}
	for _, s := range strs {
		fmt.Println(strconv.Quote(s), strconv.QuoteToASCII(s), strconv.QuoteToGraphic(s), strconv.CanBackquote(s),
			string(strconv.AppendQuote([]byte("<"), s)), string(strconv.AppendQuoteToASCII(nil, s)), string(strconv.AppendQuoteToGraphic(nil, s)))
		u, err := strconv.Unquote(strconv.Quote(s))
		fmt.Println("  ", u == s || !isValid(s), err)
	}
	runes := []rune{'a', '\'', '"', '\\', '\n', 0, 0x7f, 0xa0, 0x2028, 'é', '日', 0x1F600, 0xfffd, -1, 0x110000, 0xd800, 0xfeff}
	for _, r := range runes {
		fmt.Println(strconv.QuoteRune(r), strconv.QuoteRuneToASCII(r), strconv.QuoteRuneToGraphic(r), strconv.IsPrint(r),
			strconv.IsGraphic(r), string(strconv.AppendQuoteRune(nil, r)), string(strconv.AppendQuoteRuneToASCII(nil, r)),
			string(strconv.AppendQuoteRuneToGraphic(nil, r)))
	}
	lits := []string{``, `"`, `""`, `"abc"`, `"a\"b"`, `"\x41\101\u00e9\U0001F600"`, `"\400"`, `"\xzz"`, `"\q"`, `"a` + "\n" + `b"`,
		`'a'`, `'ab'`, `''`, `'\''`, `'\"'`, `"\'"`, `'é'`, "'\xff'", "\"\xff\"", "`raw\\n`", "`a\rb`", "`a`b`", `"abc" rest`,
		`'a' rest`, "`x` y", `"\ud800"`, `"\U00110000"`, `'\x80'`, `"unterminated`, `x"`, `"\`, `"\u12"`, `"\008"`}
	for _, l := range lits {
		u, err := strconv.Unquote(l)
		p, perr := strconv.QuotedPrefix(l)
		fmt.Printf("%q: %q %v | %q %v\n", l, u, err, p, perr)
	}
	chars := []struct {
		s string
		q byte
	}{{"abc", '"'}, {`\nrest`, '"'}, {`\'x`, '\''}, {`\'x`, '"'}, {`"x`, '"'}, {`'x`, '\''}, {`'x`, '"'}, {"éx", 0},
		{`\x41z`, 0}, {`\u00e9z`, '"'}, {`\777`, 0}, {`\12`, 0}, {"", '"'}, {`\`, '"'}, {`\U0010FFFF!`, 0}, {`\U00110000`, 0}, {"\xffa", 0}}
	for _, c := range chars {
		v, mb, tail, err := strconv.UnquoteChar(c.s, c.q)
		fmt.Printf("%q %q: %q %v %q %v\n", c.s, c.q, v, mb, tail, err)
	}
}

func isValid(s string) bool {
	for _, r := range s {
		if r == 0xfffd {
			return false
		}
	}
	return true
}
