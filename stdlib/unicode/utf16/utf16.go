// Package utf16 implements encoding and decoding of UTF-16 sequences, as Go 1.23's
// unicode/utf16: IsSurrogate, DecodeRune, EncodeRune, RuneLen, Encode, AppendRune and
// Decode. Pure Gale: the work is a few shifts per rune. Differences from Go: none known.
package utf16

const (
	replacementChar = '\uFFFD'     // Unicode replacement character
	maxRune         = '\U0010FFFF' // Maximum valid Unicode code point.
)

// A rune above U+FFFF is written as a high surrogate in [surr1, surr2) holding its top 10
// bits (after subtracting surrSelf) and a low surrogate in [surr2, surr3) holding the rest.
const (
	surr1    = 0xd800
	surr2    = 0xdc00
	surr3    = 0xe000
	surrSelf = 0x10000
)

// IsSurrogate reports whether the specified Unicode code point can appear in a surrogate
// pair.
func IsSurrogate(r rune) bool {
	return surr1 <= r && r < surr3
}

// DecodeRune returns the UTF-16 decoding of a surrogate pair. If the pair is not a valid
// UTF-16 surrogate pair, DecodeRune returns the Unicode replacement code point U+FFFD.
func DecodeRune(r1, r2 rune) rune {
	if surr1 <= r1 && r1 < surr2 && surr2 <= r2 && r2 < surr3 {
		return (r1-surr1)<<10 | (r2 - surr2) + surrSelf
	}
	return replacementChar
}

// EncodeRune returns the UTF-16 surrogate pair r1, r2 for the given rune. If the rune is
// not a valid Unicode code point or does not need encoding, EncodeRune returns U+FFFD,
// U+FFFD.
func EncodeRune(r rune) (r1, r2 rune) {
	if r < surrSelf || r > maxRune {
		return replacementChar, replacementChar
	}
	r -= surrSelf
	return surr1 + (r>>10)&0x3ff, surr2 + r&0x3ff
}

// RuneLen returns the number of 16-bit words in the UTF-16 encoding of the rune, or -1 if
// the rune is not a valid value to encode in UTF-16.
func RuneLen(r rune) int {
	switch {
	case 0 <= r && r < surr1, surr3 <= r && r < surrSelf:
		return 1
	case surrSelf <= r && r <= maxRune:
		return 2
	}
	return -1
}

// Encode returns the UTF-16 encoding of the Unicode code point sequence s.
func Encode(s []rune) []uint16 {
	n := len(s)
	for _, r := range s {
		if r >= surrSelf {
			n++
		}
	}
	a := make([]uint16, 0, n)
	for _, r := range s {
		a = AppendRune(a, r)
	}
	return a
}

// AppendRune appends the UTF-16 encoding of the Unicode code point r to the end of p and
// returns the extended buffer. If the rune is not a valid Unicode code point, it appends
// the encoding of U+FFFD.
func AppendRune(a []uint16, r rune) []uint16 {
	switch RuneLen(r) {
	case 1:
		return append(a, uint16(r))
	case 2:
		r1, r2 := EncodeRune(r)
		return append(a, uint16(r1), uint16(r2))
	}
	return append(a, replacementChar)
}

// Decode returns the Unicode code point sequence represented by the UTF-16 encoding s;
// unpaired surrogates decode as U+FFFD.
func Decode(s []uint16) []rune {
	out := make([]rune, 0, 64)
	for i := 0; i < len(s); i++ {
		r := rune(s[i])
		switch {
		case r < surr1, surr3 <= r:
		case r < surr2 && i+1 < len(s) && surr2 <= s[i+1] && s[i+1] < surr3:
			r = DecodeRune(r, rune(s[i+1]))
			i++
		default:
			r = replacementChar
		}
		out = append(out, r)
	}
	return out
}
