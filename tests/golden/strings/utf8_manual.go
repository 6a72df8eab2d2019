package main

import "fmt"

func encode(r rune) []byte {
	switch {
	case r < 0x80:
		return []byte{byte(r)}
	case r < 0x800:
		return []byte{0xC0 | byte(r>>6), 0x80 | byte(r)&0x3F}
	case r < 0x10000:
		return []byte{0xE0 | byte(r>>12), 0x80 | byte(r>>6)&0x3F, 0x80 | byte(r)&0x3F}
	default:
		return []byte{0xF0 | byte(r>>18), 0x80 | byte(r>>12)&0x3F, 0x80 | byte(r>>6)&0x3F, 0x80 | byte(r)&0x3F}
	}
}

func main() {
	for _, r := range []rune{'A', 'é', '€', '😀', 0x7FF, 0x800, 0xFFFF, 0x10000} {
		b := encode(r)
		fmt.Printf("%x % x %t\n", r, b, string(b) == string(r))
	}
	// string(rune) of invalid code points gives U+FFFD
	for _, r := range []rune{-1, 0xD800, 0xDFFF, 0x110000} {
		fmt.Printf("%x %q % x\n", r, string(r), string(r))
	}
	// decoding invalid sequences
	inputs := []string{"\xc0\x80", "\xe0\x80\x80", "\xed\xa0\x80", "\xf4\x90\x80\x80", "\xc3", "ok\xc3\xa9"}
	for _, in := range inputs {
		fmt.Printf("%q -> %v\n", in, []rune(in))
	}
}
