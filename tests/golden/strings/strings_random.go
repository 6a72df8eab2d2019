package main

// Deterministic random inputs (ASCII, multi-byte runes, invalid bytes, spaces) through
// every searching, splitting, trimming and mapping function of strings and bytes.

import (
	"bytes"
	"fmt"
	"strings"
	"unicode"
)

type rng struct{ s uint64 }

func (r *rng) next() uint64 {
	r.s ^= r.s << 13
	r.s ^= r.s >> 7
	r.s ^= r.s << 17
	return r.s
}

var pieces = []string{"a", "b", "A", "ab", " ", "\t", "\n", "é", "É", "ß", "Σ", "σ", "ς", "世", "\xff", "\xc3", "\xe4\xb8",
	"\u00a0", "\u2028", "K", "\u212a", "_", "1", "ǅ", "İ", "ı", "\U0001F600", ",", "aa"}

func gen(r *rng, n int) string {
	var sb strings.Builder
	k := int(r.next() % uint64(n+1))
	for i := 0; i < k; i++ {
		sb.WriteString(pieces[r.next()%uint64(len(pieces))])
	}
	return sb.String()
}

func main() {
	r := &rng{88172645463325252}
	for i := 0; i < 300; i++ {
		s, t, cut := gen(r, 8), gen(r, 2), gen(r, 3)
		n := int(r.next()%6) - 1
		b, tb := []byte(s), []byte(t)
		fmt.Printf("%q %q %q %d\n", s, t, cut, n)
		fmt.Println(" ", strings.Index(s, t), strings.LastIndex(s, t), strings.Count(s, t), strings.IndexAny(s, cut),
			strings.LastIndexAny(s, cut), strings.EqualFold(s, t), strings.EqualFold(s, strings.ToUpper(s)),
			strings.IndexRune(s, []rune(t+"x")[0]), strings.ContainsAny(s, cut), strings.Compare(s, t))
		fmt.Println(" ", bytes.Index(b, tb), bytes.LastIndex(b, tb), bytes.Count(b, tb), bytes.IndexAny(b, cut),
			bytes.LastIndexAny(b, cut), bytes.EqualFold(b, tb), bytes.EqualFold(b, bytes.ToLower(b)), bytes.Compare(b, tb))
		fmt.Printf("  %q %q %q %q\n", strings.SplitN(s, t, n), strings.SplitAfterN(s, t, n), bytes.SplitN(b, tb, n), bytes.SplitAfterN(b, tb, n))
		fmt.Printf("  %q %q %q %q %q\n", strings.Trim(s, cut), strings.TrimLeft(s, cut), strings.TrimRight(s, cut), strings.TrimSpace(s), strings.Fields(s))
		fmt.Printf("  %q %q %q %q %q\n", bytes.Trim(b, cut), bytes.TrimLeft(b, cut), bytes.TrimRight(b, cut), bytes.TrimSpace(b), bytes.Fields(b))
		fmt.Printf("  %q %q %q %q %q\n", strings.ToUpper(s), strings.ToLower(s), strings.ToTitle(s), strings.Title(s), strings.ToValidUTF8(s, t))
		fmt.Printf("  %q %q %q %q %q\n", bytes.ToUpper(b), bytes.ToLower(b), bytes.ToTitle(b), bytes.Title(b), bytes.ToValidUTF8(b, tb))
		fmt.Printf("  %q %q %q %q\n", strings.Replace(s, t, cut, n), bytes.Replace(b, tb, []byte(cut), n),
			strings.NewReplacer(t, cut, cut, t, "a", "1").Replace(s), strings.ToUpperSpecial(unicode.TurkishCase, s))
		fmt.Printf("  %q %q %q\n", strings.FieldsFunc(s, unicode.IsUpper), bytes.FieldsFunc(b, unicode.IsPunct),
			strings.Map(func(r rune) rune {
				if unicode.IsSpace(r) {
					return -1
				}
				return unicode.SimpleFold(r)
			}, s))
	}
}
