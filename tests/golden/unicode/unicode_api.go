package main

import (
	"fmt"
	"sort"
	"unicode"
)

func main() {
	runes := []rune{-1, 0, '\t', ' ', '0', '9', 'A', 'Z', 'a', 'z', '_', '!', '$', 0x7f, 0x85, 0xa0, 0xb2, 0xbd, 0xc0, 0xdf, 0xff,
		0x130, 0x131, 0x1c5, 0x2028, 0x3000, 'Σ', 'σ', 'ς', 'ß', 'ẞ', '世', '٣', 'Ⅻ', 0x300, 0xfffd, 0x10400, 0x1f600, 0x10ffff, 0x110000}
	for _, r := range runes {
		fmt.Printf("%U L%v U%v l%v T%v D%v N%v P%v S%v M%v Sp%v G%v Pr%v C%v up=%U lo=%U ti=%U fold=%U to=%U %U\n", r,
			unicode.IsLetter(r), unicode.IsUpper(r), unicode.IsLower(r), unicode.IsTitle(r), unicode.IsDigit(r),
			unicode.IsNumber(r), unicode.IsPunct(r), unicode.IsSymbol(r), unicode.IsMark(r), unicode.IsSpace(r),
			unicode.IsGraphic(r), unicode.IsPrint(r), unicode.IsControl(r), unicode.ToUpper(r), unicode.ToLower(r),
			unicode.ToTitle(r), unicode.SimpleFold(r), unicode.To(unicode.UpperCase, r), unicode.To(7, r))
		fmt.Printf("  Is: Han=%v Latin=%v Greek=%v Cyrillic=%v Lu=%v Nd=%v White_Space=%v In=%v OneOf=%v Turkish=%U %U %U\n",
			unicode.Is(unicode.Han, r), unicode.Is(unicode.Latin, r), unicode.Is(unicode.Greek, r),
			unicode.Is(unicode.Cyrillic, r), unicode.Is(unicode.Lu, r), unicode.Is(unicode.Nd, r),
			unicode.Is(unicode.White_Space, r), unicode.In(r, unicode.Han, unicode.Digit),
			unicode.IsOneOf(unicode.GraphicRanges, r), unicode.TurkishCase.ToUpper(r), unicode.TurkishCase.ToLower(r),
			unicode.AzeriCase.ToTitle(r))
	}
	// fold orbits
	for _, r := range []rune{'K', 'k', '\u212A', 'S', 'ſ', 'Σ', 'µ'} {
		fmt.Printf("%c:", r)
		for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
			fmt.Printf(" %U", f)
		}
		fmt.Println()
	}
	// tables agree with the predicates over the whole range
	bad := 0
	for r := rune(0); r <= unicode.MaxRune; r += 97 {
		if unicode.Is(unicode.Letter, r) != unicode.IsLetter(r) || unicode.Is(unicode.Upper, r) != unicode.IsUpper(r) ||
			unicode.Is(unicode.Digit, r) != unicode.IsDigit(r) || unicode.In(r, unicode.PrintRanges...) != (unicode.IsPrint(r) && r != ' ') {
			bad++
		}
	}
	fmt.Println("bad", bad)
	// table shapes and maps
	names := func(m map[string]*unicode.RangeTable) []string {
		var ks []string
		for k := range m {
			ks = append(ks, k)
		}
		sort.Strings(ks)
		return ks
	}
	total16, total32 := 0, 0
	for _, k := range names(unicode.Categories) {
		t := unicode.Categories[k]
		total16 += len(t.R16)
		total32 += len(t.R32)
	}
	for _, k := range names(unicode.Scripts) {
		t := unicode.Scripts[k]
		total16 += len(t.R16)
		total32 += len(t.R32)
	}
	fmt.Println(len(unicode.Categories), len(unicode.Scripts), len(unicode.Properties), total16, total32)
	fmt.Println(names(unicode.FoldCategory), names(unicode.FoldScript))
	fmt.Println(unicode.Latin.R16[:3], unicode.Latin.LatinOffset, unicode.Greek.R32, unicode.Han.R32[0])
	fmt.Println(unicode.Upper == unicode.Lu, unicode.Categories["Nd"] == unicode.Digit, unicode.Scripts["Latin"] == unicode.Latin,
		unicode.Properties["White_Space"] == unicode.White_Space, unicode.Space == unicode.Z,
		unicode.STerm == unicode.Sentence_Terminal, unicode.Properties["STerm"] == unicode.Properties["Sentence_Terminal"],
		unicode.FoldCategory["L"] == unicode.L)
	fmt.Println(len(unicode.CaseRanges), unicode.CaseRanges[0], unicode.CaseRanges[100])
	fmt.Println(unicode.MaxRune, unicode.ReplacementChar, unicode.MaxASCII, unicode.MaxLatin1, unicode.Version,
		unicode.UpperCase, unicode.LowerCase, unicode.TitleCase, unicode.MaxCase, unicode.UpperLower)
	// a table of one's own
	vowels := &unicode.RangeTable{R16: []unicode.Range16{{'a', 'a', 1}, {'e', 'i', 4}, {'o', 'u', 6}}, LatinOffset: 3}
	for _, r := range "abcdefghijklmnopqrstuvwxyz" {
		if unicode.Is(vowels, r) {
			fmt.Print(string(r))
		}
	}
	fmt.Println()
	special := unicode.SpecialCase{unicode.CaseRange{'a', 'c', [unicode.MaxCase]rune{3, 0, 3}}}
	fmt.Println(string(special.ToUpper('b')), string(special.ToUpper('x')), string(special.ToLower('B')))
}
