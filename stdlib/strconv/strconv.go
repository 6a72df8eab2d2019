// Package strconv implements conversions to and from string representations of basic data
// types, as Go 1.23's strconv: Atoi, Itoa, Parse*/Format*/Append* for ints, uints, floats
// (every format byte, shortest and fixed precision, bitSize 32 and 64, hex floats, base
// prefixes and underscores) and bools, the Quote family, Unquote, UnquoteChar,
// QuotedPrefix, CanBackquote, IsPrint, IsGraphic, and NumError with Go's messages. The
// conversions themselves are C engines (stdlib/strconv/*.c, following Go's code, so
// results are Go's to the byte); this file builds the errors.
//
// Differences from Go: ParseComplex and FormatComplex are missing, as Gale has no complex
// numbers yet. FormatFloat builds results of any size Go would (precision 1<<30 gives a
// 1 GiB string, allocated once), but one longer than 32 GiB (a precision near MaxInt64)
// ends the program at once with Go's "fatal error: runtime: out of memory", where Go
// would first try to build it.
package strconv

import (
	"errors"
	"unicode/utf8"
)

// IntSize is the size in bits of an int or uint value.
const IntSize = 64

// ErrRange indicates that a value is out of range for the target type.
var ErrRange = errors.New("value out of range")

// ErrSyntax indicates that a value does not have the right syntax for the target type.
var ErrSyntax = errors.New("invalid syntax")

// A NumError records a failed conversion.
type NumError struct {
	Func string // the failing function (ParseBool, ParseInt, ParseUint, ParseFloat, ...)
	Num  string // the input
	Err  error  // the reason the conversion failed (e.g. ErrRange, ErrSyntax, etc.)
}

func (e *NumError) Error() string {
	return "strconv." + e.Func + ": " + "parsing " + Quote(e.Num) + ": " + e.Err.Error()
}

func (e *NumError) Unwrap() error {
	return e.Err
}

// Natives (stdlib/strconv/strconv.c). The parsers return Go's value and a status: 0 ok,
// 1 syntax error, 2 out of range, 3 invalid base, 4 invalid bit size.
func parseInt(s string, base int, bitSize int) (int64, int)
func parseUint(s string, base int, bitSize int) (uint64, int)
func parseFloat(s string, bitSize int) (float64, int)
func unquote(s string) (string, bool)

// unquoteChar decodes the first character or escape of s: value, multibyte, bytes used,
// and whether it was well-formed.
func unquoteChar(s string, quote byte) (rune, bool, int, bool)

// numError makes the error for a failed conversion of s by function fn.
func numError(fn, s string, status, base, bitSize int) *NumError {
	var err error
	switch status {
	case 1:
		err = ErrSyntax
	case 2:
		err = ErrRange
	case 3:
		err = errors.New("invalid base " + Itoa(base))
	default:
		err = errors.New("invalid bit size " + Itoa(bitSize))
	}
	return &NumError{fn, s, err}
}

// Itoa is equivalent to FormatInt(int64(i), 10).
func Itoa(i int) string

// FormatInt returns the string representation of i in the given base, for 2 <= base <= 36.
func FormatInt(i int64, base int) string

// FormatUint returns the string representation of i in the given base, for 2 <= base <= 36.
func FormatUint(i uint64, base int) string

// FormatFloat converts the floating-point number f to a string, according to the format
// fmt ('b', 'e', 'E', 'f', 'g', 'G', 'x', 'X') and precision prec (-1: the smallest number
// of digits necessary to represent the value uniquely); bitSize is 32 or 64.
func FormatFloat(f float64, fmt byte, prec, bitSize int) string

// Quote returns a double-quoted Go string literal representing s.
func Quote(s string) string

// QuoteToASCII is Quote with every non-ASCII character escaped.
func QuoteToASCII(s string) string

// QuoteToGraphic is Quote keeping every Unicode graphic character.
func QuoteToGraphic(s string) string

// QuoteRune returns a single-quoted Go character literal representing the rune.
func QuoteRune(r rune) string

// QuoteRuneToASCII is QuoteRune with non-ASCII characters escaped.
func QuoteRuneToASCII(r rune) string

// QuoteRuneToGraphic is QuoteRune keeping every Unicode graphic character.
func QuoteRuneToGraphic(r rune) string

// CanBackquote reports whether the string s can be represented unchanged as a
// single-line backquoted string without control characters other than tab.
func CanBackquote(s string) bool

// IsPrint reports whether the rune is defined as printable by Go.
func IsPrint(r rune) bool

// IsGraphic reports whether the rune is defined as a Graphic by Unicode.
func IsGraphic(r rune) bool

// Atoi is equivalent to ParseInt(s, 10, 0), converted to type int.
func Atoi(s string) (int, error) {
	v, st := parseInt(s, 10, 0)
	if st != 0 {
		return int(v), numError("Atoi", s, st, 10, 0)
	}
	return int(v), nil
}

// ParseInt interprets a string s in the given base (0, 2 to 36) and bit size (0 to 64)
// and returns the corresponding value i.
func ParseInt(s string, base int, bitSize int) (i int64, err error) {
	v, st := parseInt(s, base, bitSize)
	if st != 0 {
		return v, numError("ParseInt", s, st, base, bitSize)
	}
	return v, nil
}

// ParseUint is like ParseInt but for unsigned numbers. A sign prefix is not permitted.
func ParseUint(s string, base int, bitSize int) (uint64, error) {
	v, st := parseUint(s, base, bitSize)
	if st != 0 {
		return v, numError("ParseUint", s, st, base, bitSize)
	}
	return v, nil
}

// ParseFloat converts the string s to a floating-point number with the precision specified
// by bitSize: 32 for float32, or 64 for float64.
func ParseFloat(s string, bitSize int) (float64, error) {
	v, st := parseFloat(s, bitSize)
	if st != 0 {
		return v, numError("ParseFloat", s, st, 10, bitSize)
	}
	return v, nil
}

// ParseBool returns the boolean value represented by the string.
func ParseBool(str string) (bool, error) {
	switch str {
	case "1", "t", "T", "true", "TRUE", "True":
		return true, nil
	case "0", "f", "F", "false", "FALSE", "False":
		return false, nil
	}
	return false, &NumError{"ParseBool", str, ErrSyntax}
}

// FormatBool returns "true" or "false" according to the value of b.
func FormatBool(b bool) string {
	if b {
		return "true"
	}
	return "false"
}

// Unquote interprets s as a single-quoted, double-quoted, or backquoted Go string literal,
// returning the string value that s quotes.
func Unquote(s string) (string, error) {
	out, ok := unquote(s)
	if !ok {
		return "", ErrSyntax
	}
	return out, nil
}

// AppendInt appends the string form of the integer i, as generated by FormatInt, to dst.
func AppendInt(dst []byte, i int64, base int) []byte {
	return append(dst, FormatInt(i, base)...)
}

// AppendUint appends the string form of the unsigned integer i to dst.
func AppendUint(dst []byte, i uint64, base int) []byte {
	return append(dst, FormatUint(i, base)...)
}

// AppendFloat appends the string form of the floating-point number f to dst.
func AppendFloat(dst []byte, f float64, fmt byte, prec, bitSize int) []byte {
	return append(dst, FormatFloat(f, fmt, prec, bitSize)...)
}

// AppendBool appends "true" or "false", according to the value of b, to dst.
func AppendBool(dst []byte, b bool) []byte {
	return append(dst, FormatBool(b)...)
}

// AppendQuote appends a double-quoted Go string literal representing s to dst.
func AppendQuote(dst []byte, s string) []byte {
	return append(dst, Quote(s)...)
}

// AppendQuoteRune appends a single-quoted Go character literal representing r to dst.
func AppendQuoteRune(dst []byte, r rune) []byte {
	return append(dst, QuoteRune(r)...)
}

// AppendQuoteToASCII appends QuoteToASCII(s) to dst.
func AppendQuoteToASCII(dst []byte, s string) []byte {
	return append(dst, QuoteToASCII(s)...)
}

// AppendQuoteToGraphic appends QuoteToGraphic(s) to dst.
func AppendQuoteToGraphic(dst []byte, s string) []byte {
	return append(dst, QuoteToGraphic(s)...)
}

// AppendQuoteRuneToASCII appends QuoteRuneToASCII(r) to dst.
func AppendQuoteRuneToASCII(dst []byte, r rune) []byte {
	return append(dst, QuoteRuneToASCII(r)...)
}

// AppendQuoteRuneToGraphic appends QuoteRuneToGraphic(r) to dst.
func AppendQuoteRuneToGraphic(dst []byte, r rune) []byte {
	return append(dst, QuoteRuneToGraphic(r)...)
}

// UnquoteChar decodes the first character or byte in the escaped string or character
// literal represented by the string s, for a literal quoted with quote (', " or 0 for
// none). It returns the value, whether it needs a multibyte UTF-8 encoding, the rest of
// the string, and ErrSyntax if s does not begin with a well-formed character.
func UnquoteChar(s string, quote byte) (value rune, multibyte bool, tail string, err error) {
	v, mb, n, ok := unquoteChar(s, quote)
	if !ok {
		return 0, false, "", ErrSyntax
	}
	return v, mb, s[n:], nil
}

func indexByte(s string, c byte) int {
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			return i
		}
	}
	return -1
}

// QuotedPrefix returns the quoted string (as understood by Unquote) at the prefix of s.
// If s does not start with a valid quoted string, QuotedPrefix returns an error.
func QuotedPrefix(s string) (string, error) {
	if len(s) < 2 {
		return "", ErrSyntax
	}
	quote := s[0]
	end := indexByte(s[1:], quote)
	if end < 0 {
		return "", ErrSyntax
	}
	end += 2 // just past the first closing quote, right when there are no escapes
	switch quote {
	case '`':
		return s[:end], nil
	case '"', '\'':
		if indexByte(s[:end], '\\') < 0 && indexByte(s[:end], '\n') < 0 {
			valid := false
			if quote == '"' {
				valid = utf8.ValidString(s[1 : end-1])
			} else {
				r, n := utf8.DecodeRuneInString(s[1 : end-1])
				valid = 1+n+1 == end && (r != utf8.RuneError || n != 1)
			}
			if valid {
				return s[:end], nil
			}
		}
		in := s[1:]
		for len(in) > 0 && in[0] != quote {
			if in[0] == '\n' {
				return "", ErrSyntax
			}
			_, _, n, ok := unquoteChar(in, quote)
			if !ok {
				return "", ErrSyntax
			}
			in = in[n:]
			if quote == '\'' {
				break // a character literal holds one character
			}
		}
		if len(in) == 0 || in[0] != quote {
			return "", ErrSyntax
		}
		return s[:len(s)-len(in)+1], nil
	}
	return "", ErrSyntax
}
