package main

import (
	"fmt"
	"unicode/utf16"
	"unicode/utf8"
)

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, "panic:", r)
		}
	}()
	f()
}

func main() {
	strs := []string{"", "a", "é", "世界", "\U0001F600", "\xff", "a\xc3", "\xe4\xb8", "\xf0\x9f\x98", "\xed\xa0\x80", "\xc0\xaf",
		"\xf4\x90\x80\x80", "\xef\xbf\xbd", "ab\x80cd", "\xf8\x88\x80\x80\x80"}
	for _, s := range strs {
		b := []byte(s)
		r, n := utf8.DecodeRuneInString(s)
		r2, n2 := utf8.DecodeRune(b)
		lr, ln := utf8.DecodeLastRuneInString(s)
		lr2, ln2 := utf8.DecodeLastRune(b)
		fmt.Printf("%q: %U %d %U %d last %U %d %U %d count %d %d valid %v %v full %v %v start %v\n", s, r, n, r2, n2, lr, ln, lr2, ln2,
			utf8.RuneCountInString(s), utf8.RuneCount(b), utf8.ValidString(s), utf8.Valid(b), utf8.FullRuneInString(s),
			utf8.FullRune(b), len(s) > 0 && utf8.RuneStart(s[0]))
	}
	runes := []rune{-1, 0, 0x7f, 0x80, 0x7ff, 0x800, 0xd7ff, 0xd800, 0xdfff, 0xe000, 0xfffd, 0xffff, 0x10000, 0x10ffff, 0x110000, 1 << 30}
	for _, r := range runes {
		buf := make([]byte, 4)
		n := utf8.EncodeRune(buf, r)
		fmt.Printf("%d: len=%d enc=%x valid=%v append=%x | utf16 len=%d surr=%v enc=", r, utf8.RuneLen(r), buf[:n], utf8.ValidRune(r),
			utf8.AppendRune([]byte("x"), r), utf16.RuneLen(r), utf16.IsSurrogate(r))
		r1, r2 := utf16.EncodeRune(r)
		fmt.Printf("%x %x dec=%x append=%x\n", r1, r2, utf16.DecodeRune(r1, r2), utf16.AppendRune(nil, r))
	}
	fmt.Println(utf8.RuneError, utf8.RuneSelf, utf8.MaxRune, utf8.UTFMax)
	try("EncodeRune short", func() { utf8.EncodeRune(make([]byte, 1), 'é') })
	try("EncodeRune empty", func() { utf8.EncodeRune(nil, 'a') })
	try("EncodeRune 4", func() { utf8.EncodeRune(make([]byte, 2), 0x1F600) })
	try("EncodeRune bad", func() { utf8.EncodeRune(make([]byte, 2), -1) })
	enc := utf16.Encode([]rune("a世\U0001F600\U0010FFFF"))
	fmt.Printf("%x %q\n", enc, string(utf16.Decode(enc)))
	fmt.Printf("%x\n", utf16.Encode([]rune{-1, 0xd800, 0x110000}))
	fmt.Printf("%q\n", string(utf16.Decode([]uint16{0xd800, 'a', 0xdc00, 0xd83d, 0xde00, 0xd83d})))
	fmt.Println(len(utf16.Decode(nil)), utf16.Decode(nil) == nil, utf16.DecodeRune(0xdc00, 0xd800))
}
