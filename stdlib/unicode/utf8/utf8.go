// Package utf8 implements functions and constants to support text encoded in UTF-8, as
// Go 1.23's unicode/utf8 (its whole API). Decoding, encoding, counting and validation are
// natives (stdlib/unicode/unicode_natives.c over runes.c); the rest is written here.
// Differences from Go: none known.
package utf8

// Numbers fundamental to the encoding.
const (
	RuneError = '\uFFFD'     // the "error" Rune or "Unicode replacement character"
	RuneSelf  = 0x80         // characters below RuneSelf are represented as themselves in a single byte.
	MaxRune   = '\U0010FFFF' // Maximum valid Unicode code point.
	UTFMax    = 4            // maximum number of bytes of a UTF-8 encoded Unicode character.
)

func RuneCountInString(s string) (n int)
func RuneCount(p []byte) int
func ValidString(s string) bool
func Valid(p []byte) bool
func DecodeRuneInString(s string) (r rune, size int)
func DecodeRune(p []byte) (r rune, size int)
func DecodeLastRuneInString(s string) (r rune, size int)
func DecodeLastRune(p []byte) (r rune, size int)
func EncodeRune(p []byte, r rune) int
func FullRuneInString(s string) bool
func FullRune(p []byte) bool

// RuneLen returns the number of bytes in the UTF-8 encoding of the rune. It returns -1 if
// the rune is not a valid value to encode in UTF-8.
func RuneLen(r rune) int {
	switch {
	case r < 0:
		return -1
	case r < 0x80:
		return 1
	case r < 0x800:
		return 2
	case 0xD800 <= r && r <= 0xDFFF:
		return -1
	case r < 0x10000:
		return 3
	case r <= MaxRune:
		return 4
	}
	return -1
}

// AppendRune appends the UTF-8 encoding of r to the end of p and returns the extended
// buffer. If the rune is out of range, it appends the encoding of RuneError.
func AppendRune(p []byte, r rune) []byte {
	if uint32(r) < RuneSelf {
		return append(p, byte(r))
	}
	var buf [UTFMax]byte
	n := EncodeRune(buf[:], r)
	return append(p, buf[:n]...)
}

// ValidRune reports whether r can be legally encoded as UTF-8. Code points that are out of
// range or a surrogate half are illegal.
func ValidRune(r rune) bool {
	switch {
	case 0 <= r && r < 0xD800:
		return true
	case 0xDFFF < r && r <= MaxRune:
		return true
	}
	return false
}

// RuneStart reports whether the byte could be the first byte of an encoded, possibly
// invalid rune. Second and subsequent bytes always have the top two bits set to 10.
func RuneStart(b byte) bool {
	return b&0xC0 != 0x80
}
