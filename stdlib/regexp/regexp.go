// Package regexp implements regular expression search with Go's syntax and semantics
// (RE2's: leftmost-first, linear time, UTF-8), as Go's regexp package. Compiling and
// matching are done by RE2, the C++ library Go's package was ported from, through
// natives (stdlib/regexp/regexp.c, re2_shim.cc); the loops of FindAll, ReplaceAll and
// Split, Expand, and everything that calls a Gale function are written here, step for
// step as Go's regexp.go. Text holding invalid UTF-8, which Go reads as one-byte U+FFFD
// runes and RE2 would not match, is matched through a copy with each invalid byte spelled
// U+FFFD, and the offsets are mapped back (regexp.c), which costs a copy per match.
//
// Where it differs from Go:
//   - Limits: a program larger than RE2 accepts with 64 MiB of memory fails with
//     "expression too large" (Go's limit is larger); "expression nests too deeply" is
//     Go's rule (a parse tree higher than 1000) estimated from the pattern's text, so a
//     pattern right at the limit may be judged differently.
//   - LiteralPrefix is computed from the pattern's text, not from a compiled program;
//     it can differ from Go's where Go's simplifier factors alternations deeper, for
//     oddities such as a flag group followed by a repetition (a(?m)*), and it is empty
//     past 32 nested groups.
//   - CompilePOSIX is RE2's POSIX mode: leftmost-longest submatch choices may differ from
//     Go's in corner cases, and an unclosed negated class ending in - reports a
//     different error.
//   - MatchReader, FindReaderIndex and FindReaderSubmatchIndex read the whole reader
//     first (Go stops reading at the match).
//   - Compiled programs are C memory kept per pattern for the VM's lifetime (the
//     collector has no finalizers): compiling the same pattern again reuses it, so memory
//     grows with the number of distinct patterns, not of compiles (see regexp.c).
package regexp

import (
	"io"
	"regexp/syntax"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Regexp is the representation of a compiled regular expression. A Regexp is safe for
// concurrent use by multiple goroutines, except for configuration methods, such as
// Longest.
type Regexp struct {
	expr        string
	prog        int // the program's entry in the VM's cache (regexp.c), never freed
	mode        int
	numSubexp   int
	subexpNames []string
	prefix      string
	complete    bool
	longest     bool
}

// Compile modes (re2_shim.h).
const (
	modePOSIX   = 1
	modeLongest = 2
)

// compileProg compiles expr with RE2; code is RE2's error code (0: compiled) and frag
// the fragment of expr the error names. Code -1 means: call again (see compile).
func compileProg(expr string, mode int) (prog int, ncap int, code int, frag string)

// compileExpr is compileProg, asked again while it answers -1: the compile ran outside
// the VM and came back without a P, so it could not allocate the error's fragment; the
// second call finds the error in the cache of compiled patterns.
func compileExpr(expr string, mode int) (prog int, ncap int, code int, frag string) {
	prog, ncap, code, frag = compileProg(expr, mode)
	for code < 0 {
		prog, ncap, code, frag = compileProg(expr, mode)
	}
	return
}

// capName returns the name of capture group i of prog ("" when unnamed).
func capName(prog int, i int) string

// matchString and matchBytes search the text from pos for the leftmost match and fill
// dst with len(dst)/2 pairs of submatch offsets (-1 when unmatched); valid says the text
// is known to be valid UTF-8 (else the native checks).
func matchString(prog int, s string, pos int, dst []int, valid bool) bool
func matchBytes(prog int, b []byte, pos int, dst []int, valid bool) bool

// literalPrefix is LiteralPrefix computed from the pattern (regexp.c).
func literalPrefix(expr string, posix bool) (string, bool)

// QuoteMeta returns a string that escapes all regular expression metacharacters inside
// the argument text; the returned string is a regular expression matching the literal
// text.
func QuoteMeta(s string) string

// errorCodes maps RE2's error codes to Go's.
var errorCodes = []syntax.ErrorCode{
	syntax.ErrInternalError,
	syntax.ErrInternalError,
	syntax.ErrInvalidEscape,
	syntax.ErrInvalidCharClass,
	syntax.ErrInvalidCharRange,
	syntax.ErrMissingBracket,
	syntax.ErrMissingParen,
	syntax.ErrUnexpectedParen,
	syntax.ErrTrailingBackslash,
	syntax.ErrMissingRepeatArgument,
	syntax.ErrInvalidRepeatSize,
	syntax.ErrInvalidRepeatOp,
	syntax.ErrInvalidPerlOp,
	syntax.ErrInvalidUTF8,
	syntax.ErrInvalidNamedCapture,
	syntax.ErrLarge,
	syntax.ErrNestingDepth, // Gale's own code 16
}

// String returns the source text used to compile the regular expression.
func (re *Regexp) String() string {
	return re.expr
}

// Copy returns a new Regexp object copied from re.
//
// Deprecated: In earlier releases, when using a Regexp in multiple goroutines, giving
// each goroutine its own copy helped to avoid lock contention.
func (re *Regexp) Copy() *Regexp {
	re2 := *re
	return &re2
}

// Compile parses a regular expression and returns, if successful, a Regexp object that
// can be used to match against text.
func Compile(expr string) (*Regexp, error) {
	return compile(expr, 0, false)
}

// CompilePOSIX is like Compile but restricts the regular expression to POSIX ERE
// (egrep) syntax and changes the match semantics to leftmost-longest.
func CompilePOSIX(expr string) (*Regexp, error) {
	return compile(expr, modePOSIX, true)
}

// Longest makes future searches prefer leftmost-longest matches.
func (re *Regexp) Longest() {
	if re.longest {
		return
	}
	re.longest = true
	prog, _, code, _ := compileExpr(re.expr, re.mode|modeLongest)
	if code == 0 {
		re.prog = prog
	}
}

func compile(expr string, mode int, longest bool) (*Regexp, error) {
	m := mode
	if longest {
		m |= modeLongest
	}
	prog, ncap, code, frag := compileExpr(expr, m)
	if code != 0 {
		c := syntax.ErrInternalError
		if code < len(errorCodes) {
			c = errorCodes[code]
		}
		return nil, &syntax.Error{Code: c, Expr: frag}
	}
	re := &Regexp{expr: expr, prog: prog, mode: mode, numSubexp: ncap, longest: longest}
	re.subexpNames = make([]string, ncap+1)
	for i := 1; i <= ncap; i++ {
		re.subexpNames[i] = capName(prog, i)
	}
	re.prefix, re.complete = literalPrefix(expr, mode&modePOSIX != 0)
	return re, nil
}

// MustCompile is like Compile but panics if the expression cannot be parsed.
func MustCompile(str string) *Regexp {
	regexp, err := Compile(str)
	if err != nil {
		panic(`regexp: Compile(` + quote(str) + `): ` + err.Error())
	}
	return regexp
}

// MustCompilePOSIX is like CompilePOSIX but panics if the expression cannot be parsed.
func MustCompilePOSIX(str string) *Regexp {
	regexp, err := CompilePOSIX(str)
	if err != nil {
		panic(`regexp: CompilePOSIX(` + quote(str) + `): ` + err.Error())
	}
	return regexp
}

func quote(s string) string {
	if strconv.CanBackquote(s) {
		return "`" + s + "`"
	}
	return strconv.Quote(s)
}

// NumSubexp returns the number of parenthesized subexpressions in this Regexp.
func (re *Regexp) NumSubexp() int {
	return re.numSubexp
}

// SubexpNames returns the names of the parenthesized subexpressions in this Regexp.
func (re *Regexp) SubexpNames() []string {
	return re.subexpNames
}

// SubexpIndex returns the index of the first subexpression with the given name, or -1
// if there is no subexpression with that name.
func (re *Regexp) SubexpIndex(name string) int {
	if name != "" {
		for i, s := range re.subexpNames {
			if name == s {
				return i
			}
		}
	}
	return -1
}

// LiteralPrefix returns a literal string that must begin any match of the regular
// expression re. It returns the boolean true if the literal string comprises the
// entire regular expression.
func (re *Regexp) LiteralPrefix() (prefix string, complete bool) {
	return re.prefix, re.complete
}

// exec finds the leftmost match in b (when isBytes) or s from pos: nil, or ncap offsets.
// valid: the text is known to be valid UTF-8.
func (re *Regexp) exec(b []byte, s string, isBytes bool, pos int, ncap int, valid bool) []int {
	max := 2 * (re.numSubexp + 1)
	if ncap > max {
		ncap = max
	}
	var dst []int
	if ncap > 0 {
		dst = make([]int, ncap)
	} else {
		dst = make([]int, 0)
	}
	var ok bool
	if isBytes {
		ok = matchBytes(re.prog, b, pos, dst, valid)
	} else {
		ok = matchString(re.prog, s, pos, dst, valid)
	}
	if !ok {
		return nil
	}
	return dst
}

// readAll collects the runes of r (the Reader forms match on the text read).
func readAll(r io.RuneReader) string {
	var sb strings.Builder
	for {
		c, size, err := r.ReadRune()
		if err != nil {
			break
		}
		if c == utf8.RuneError && size == 1 {
			sb.WriteByte(0xff) // one byte wide, read as U+FFFD, as Go's reader input
		} else {
			sb.WriteRune(c)
		}
	}
	return sb.String()
}

// MatchReader reports whether the text returned by the io.RuneReader contains any match
// of the regular expression re.
func (re *Regexp) MatchReader(r io.RuneReader) bool {
	return re.exec(nil, readAll(r), false, 0, 0, false) != nil
}

// MatchString reports whether the string s contains any match of the regular expression
// re.
func (re *Regexp) MatchString(s string) bool {
	return matchString(re.prog, s, 0, nil, false)
}

// Match reports whether the byte slice b contains any match of the regular expression re.
func (re *Regexp) Match(b []byte) bool {
	return matchBytes(re.prog, b, 0, nil, false)
}

// MatchReader reports whether the text returned by the RuneReader contains any match of
// the regular expression pattern.
func MatchReader(pattern string, r io.RuneReader) (matched bool, err error) {
	re, err := Compile(pattern)
	if err != nil {
		return false, err
	}
	return re.MatchReader(r), nil
}

// MatchString reports whether the string s contains any match of the regular expression
// pattern.
func MatchString(pattern string, s string) (matched bool, err error) {
	re, err := Compile(pattern)
	if err != nil {
		return false, err
	}
	return re.MatchString(s), nil
}

// Match reports whether the byte slice b contains any match of the regular expression
// pattern.
func Match(pattern string, b []byte) (matched bool, err error) {
	re, err := Compile(pattern)
	if err != nil {
		return false, err
	}
	return re.Match(b), nil
}

// ReplaceAllString returns a copy of src, replacing matches of the Regexp with the
// replacement string repl. Inside repl, $ signs are interpreted as in Expand.
func (re *Regexp) ReplaceAllString(src, repl string) string {
	n := 2
	if strings.Contains(repl, "$") {
		n = 2 * (re.numSubexp + 1)
	}
	b := re.replaceAll(nil, src, false, n, func(dst []byte, match []int) []byte {
		return re.expand(dst, repl, nil, src, false, match)
	})
	return string(b)
}

// ReplaceAllLiteralString returns a copy of src, replacing matches of the Regexp with the
// replacement string repl. The replacement repl is substituted directly.
func (re *Regexp) ReplaceAllLiteralString(src, repl string) string {
	return string(re.replaceAll(nil, src, false, 2, func(dst []byte, match []int) []byte {
		return append(dst, repl...)
	}))
}

// ReplaceAllStringFunc returns a copy of src in which all matches of the Regexp have been
// replaced by the return value of function repl applied to the matched substring.
func (re *Regexp) ReplaceAllStringFunc(src string, repl func(string) string) string {
	b := re.replaceAll(nil, src, false, 2, func(dst []byte, match []int) []byte {
		return append(dst, repl(src[match[0]:match[1]])...)
	})
	return string(b)
}

func (re *Regexp) replaceAll(bsrc []byte, src string, isBytes bool, nmatch int, repl func(dst []byte, m []int) []byte) []byte {
	lastMatchEnd := 0 // end position of the most recent match
	searchPos := 0    // position where we next look for a match
	var buf []byte
	var endPos int
	if isBytes {
		endPos = len(bsrc)
	} else {
		endPos = len(src)
	}
	var valid bool
	if isBytes {
		valid = utf8.Valid(bsrc)
	} else {
		valid = utf8.ValidString(src)
	}
	for searchPos <= endPos {
		a := re.exec(bsrc, src, isBytes, searchPos, nmatch, valid)
		if len(a) == 0 {
			break // no more matches
		}
		// Copy the unmatched characters before this match.
		if isBytes {
			buf = append(buf, bsrc[lastMatchEnd:a[0]]...)
		} else {
			buf = append(buf, src[lastMatchEnd:a[0]]...)
		}
		// Insert the replacement, but not for an empty match right after another match.
		if a[1] > lastMatchEnd || a[0] == 0 {
			buf = repl(buf, a)
		}
		lastMatchEnd = a[1]
		// Advance past this match; always advance at least one character.
		var width int
		if isBytes {
			_, width = utf8.DecodeRune(bsrc[searchPos:])
		} else {
			_, width = utf8.DecodeRuneInString(src[searchPos:])
		}
		if searchPos+width > a[1] {
			searchPos += width
		} else if searchPos+1 > a[1] {
			// Only at the end of the input, where the decoded width is 0.
			searchPos++
		} else {
			searchPos = a[1]
		}
	}
	// Copy the unmatched characters after the last match.
	if isBytes {
		buf = append(buf, bsrc[lastMatchEnd:]...)
	} else {
		buf = append(buf, src[lastMatchEnd:]...)
	}
	return buf
}

// ReplaceAll returns a copy of src, replacing matches of the Regexp with the replacement
// text repl. Inside repl, $ signs are interpreted as in Expand.
func (re *Regexp) ReplaceAll(src, repl []byte) []byte {
	n := 2
	for _, c := range repl {
		if c == '$' {
			n = 2 * (re.numSubexp + 1)
			break
		}
	}
	srepl := string(repl)
	return re.replaceAll(src, "", true, n, func(dst []byte, match []int) []byte {
		return re.expand(dst, srepl, src, "", true, match)
	})
}

// ReplaceAllLiteral returns a copy of src, replacing matches of the Regexp with the
// replacement bytes repl. The replacement repl is substituted directly.
func (re *Regexp) ReplaceAllLiteral(src, repl []byte) []byte {
	return re.replaceAll(src, "", true, 2, func(dst []byte, match []int) []byte {
		return append(dst, repl...)
	})
}

// ReplaceAllFunc returns a copy of src in which all matches of the Regexp have been
// replaced by the return value of function repl applied to the matched byte slice.
func (re *Regexp) ReplaceAllFunc(src []byte, repl func([]byte) []byte) []byte {
	return re.replaceAll(src, "", true, 2, func(dst []byte, match []int) []byte {
		return append(dst, repl(src[match[0]:match[1]])...)
	})
}

func (re *Regexp) pad(a []int) []int {
	if a == nil {
		return nil
	}
	n := (1 + re.numSubexp) * 2
	for len(a) < n {
		a = append(a, -1)
	}
	return a
}

// allMatches calls deliver at most n times with the location of successive matches in
// the input text (b when isBytes, otherwise s).
func (re *Regexp) allMatches(s string, b []byte, isBytes bool, n int, ncap int, deliver func([]int)) {
	var end int
	if isBytes {
		end = len(b)
	} else {
		end = len(s)
	}
	var valid bool
	if isBytes {
		valid = utf8.Valid(b)
	} else {
		valid = utf8.ValidString(s)
	}
	for pos, i, prevMatchEnd := 0, 0, -1; i < n && pos <= end; {
		matches := re.exec(b, s, isBytes, pos, ncap, valid)
		if len(matches) == 0 {
			break
		}
		accept := true
		if matches[1] == pos {
			// An empty match: not allowed right after a previous match.
			if matches[0] == prevMatchEnd {
				accept = false
			}
			// Move to the next rune.
			var width int
			if isBytes {
				_, width = utf8.DecodeRune(b[pos:end])
			} else {
				_, width = utf8.DecodeRuneInString(s[pos:end])
			}
			if width > 0 {
				pos += width
			} else {
				pos = end + 1
			}
		} else {
			pos = matches[1]
		}
		prevMatchEnd = matches[1]
		if accept {
			deliver(re.pad(matches))
			i++
		}
	}
}

// Find returns a slice holding the text of the leftmost match in b of the regular
// expression. A return value of nil indicates no match.
func (re *Regexp) Find(b []byte) []byte {
	a := re.exec(b, "", true, 0, 2, false)
	if a == nil {
		return nil
	}
	return b[a[0]:a[1]:a[1]]
}

// FindIndex returns a two-element slice of integers defining the location of the
// leftmost match in b of the regular expression.
func (re *Regexp) FindIndex(b []byte) (loc []int) {
	a := re.exec(b, "", true, 0, 2, false)
	if a == nil {
		return nil
	}
	return a[0:2]
}

// FindString returns a string holding the text of the leftmost match in s of the regular
// expression. If there is no match, the return value is an empty string.
func (re *Regexp) FindString(s string) string {
	a := re.exec(nil, s, false, 0, 2, false)
	if a == nil {
		return ""
	}
	return s[a[0]:a[1]]
}

// FindStringIndex returns a two-element slice of integers defining the location of the
// leftmost match in s of the regular expression.
func (re *Regexp) FindStringIndex(s string) (loc []int) {
	a := re.exec(nil, s, false, 0, 2, false)
	if a == nil {
		return nil
	}
	return a[0:2]
}

// FindReaderIndex returns a two-element slice of integers defining the location of the
// leftmost match of the regular expression in text read from the RuneReader.
func (re *Regexp) FindReaderIndex(r io.RuneReader) (loc []int) {
	a := re.exec(nil, readAll(r), false, 0, 2, false)
	if a == nil {
		return nil
	}
	return a[0:2]
}

// FindSubmatch returns a slice of slices holding the text of the leftmost match of the
// regular expression in b and the matches, if any, of its subexpressions.
func (re *Regexp) FindSubmatch(b []byte) [][]byte {
	a := re.exec(b, "", true, 0, 2*(re.numSubexp+1), false)
	if a == nil {
		return nil
	}
	ret := make([][]byte, 1+re.numSubexp)
	for i := range ret {
		if 2*i < len(a) && a[2*i] >= 0 {
			ret[i] = b[a[2*i]:a[2*i+1]:a[2*i+1]]
		}
	}
	return ret
}

// Expand appends template to dst and returns the result; during the append, Expand
// replaces variables in the template with corresponding matches drawn from src.
func (re *Regexp) Expand(dst []byte, template []byte, src []byte, match []int) []byte {
	return re.expand(dst, string(template), src, "", true, match)
}

// ExpandString is like Expand but the template and source are strings.
func (re *Regexp) ExpandString(dst []byte, template string, src string, match []int) []byte {
	return re.expand(dst, template, nil, src, false, match)
}

func (re *Regexp) expand(dst []byte, template string, bsrc []byte, src string, isBytes bool, match []int) []byte {
	for len(template) > 0 {
		before, after, ok := strings.Cut(template, "$")
		if !ok {
			break
		}
		dst = append(dst, before...)
		template = after
		if template != "" && template[0] == '$' {
			// $$ is a $.
			dst = append(dst, '$')
			template = template[1:]
			continue
		}
		name, num, rest, ok := extract(template)
		if !ok {
			// Malformed: the $ is text.
			dst = append(dst, '$')
			continue
		}
		template = rest
		if num >= 0 {
			if 2*num+1 < len(match) && match[2*num] >= 0 {
				if isBytes {
					dst = append(dst, bsrc[match[2*num]:match[2*num+1]]...)
				} else {
					dst = append(dst, src[match[2*num]:match[2*num+1]]...)
				}
			}
		} else {
			for i, namei := range re.subexpNames {
				if name == namei && 2*i+1 < len(match) && match[2*i] >= 0 {
					if isBytes {
						dst = append(dst, bsrc[match[2*i]:match[2*i+1]]...)
					} else {
						dst = append(dst, src[match[2*i]:match[2*i+1]]...)
					}
					break
				}
			}
		}
	}
	dst = append(dst, template...)
	return dst
}

// extract returns the name from a leading "name" or "{name}" in str (after the $). If it
// is a number, num is that number; otherwise num = -1.
func extract(str string) (name string, num int, rest string, ok bool) {
	if str == "" {
		return
	}
	brace := false
	if str[0] == '{' {
		brace = true
		str = str[1:]
	}
	i := 0
	for i < len(str) {
		r, size := utf8.DecodeRuneInString(str[i:])
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '_' {
			break
		}
		i += size
	}
	if i == 0 {
		// An empty name is not a name.
		return
	}
	name = str[:i]
	if brace {
		if i >= len(str) || str[i] != '}' {
			// Missing closing brace.
			return
		}
		i++
	}
	num = 0
	for j := 0; j < len(name); j++ {
		if name[j] < '0' || '9' < name[j] || num >= 1e8 {
			num = -1
			break
		}
		num = num*10 + int(name[j]) - '0'
	}
	// No leading zeros.
	if name[0] == '0' && len(name) > 1 {
		num = -1
	}
	rest = str[i:]
	ok = true
	return
}

// FindSubmatchIndex returns a slice holding the index pairs identifying the leftmost
// match of the regular expression in b and the matches, if any, of its subexpressions.
func (re *Regexp) FindSubmatchIndex(b []byte) []int {
	return re.pad(re.exec(b, "", true, 0, 2*(re.numSubexp+1), false))
}

// FindStringSubmatch returns a slice of strings holding the text of the leftmost match of
// the regular expression in s and the matches, if any, of its subexpressions.
func (re *Regexp) FindStringSubmatch(s string) []string {
	a := re.exec(nil, s, false, 0, 2*(re.numSubexp+1), false)
	if a == nil {
		return nil
	}
	ret := make([]string, 1+re.numSubexp)
	for i := range ret {
		if 2*i < len(a) && a[2*i] >= 0 {
			ret[i] = s[a[2*i]:a[2*i+1]]
		}
	}
	return ret
}

// FindStringSubmatchIndex returns a slice holding the index pairs identifying the
// leftmost match of the regular expression in s and the matches of its subexpressions.
func (re *Regexp) FindStringSubmatchIndex(s string) []int {
	return re.pad(re.exec(nil, s, false, 0, 2*(re.numSubexp+1), false))
}

// FindReaderSubmatchIndex returns a slice holding the index pairs identifying the
// leftmost match of the regular expression of text read by the RuneReader.
func (re *Regexp) FindReaderSubmatchIndex(r io.RuneReader) []int {
	return re.pad(re.exec(nil, readAll(r), false, 0, 2*(re.numSubexp+1), false))
}

const startSize = 10 // The size at which to start a slice in the 'All' routines.

// FindAll is the 'All' version of Find.
func (re *Regexp) FindAll(b []byte, n int) [][]byte {
	if n < 0 {
		n = len(b) + 1
	}
	var result [][]byte
	re.allMatches("", b, true, n, 2, func(match []int) {
		if result == nil {
			result = make([][]byte, 0, startSize)
		}
		result = append(result, b[match[0]:match[1]:match[1]])
	})
	return result
}

// FindAllIndex is the 'All' version of FindIndex.
func (re *Regexp) FindAllIndex(b []byte, n int) [][]int {
	if n < 0 {
		n = len(b) + 1
	}
	var result [][]int
	re.allMatches("", b, true, n, 2, func(match []int) {
		if result == nil {
			result = make([][]int, 0, startSize)
		}
		result = append(result, match[0:2])
	})
	return result
}

// FindAllString is the 'All' version of FindString.
func (re *Regexp) FindAllString(s string, n int) []string {
	if n < 0 {
		n = len(s) + 1
	}
	var result []string
	re.allMatches(s, nil, false, n, 2, func(match []int) {
		if result == nil {
			result = make([]string, 0, startSize)
		}
		result = append(result, s[match[0]:match[1]])
	})
	return result
}

// FindAllStringIndex is the 'All' version of FindStringIndex.
func (re *Regexp) FindAllStringIndex(s string, n int) [][]int {
	if n < 0 {
		n = len(s) + 1
	}
	var result [][]int
	re.allMatches(s, nil, false, n, 2, func(match []int) {
		if result == nil {
			result = make([][]int, 0, startSize)
		}
		result = append(result, match[0:2])
	})
	return result
}

// FindAllSubmatch is the 'All' version of FindSubmatch.
func (re *Regexp) FindAllSubmatch(b []byte, n int) [][][]byte {
	if n < 0 {
		n = len(b) + 1
	}
	var result [][][]byte
	re.allMatches("", b, true, n, 2*(re.numSubexp+1), func(match []int) {
		if result == nil {
			result = make([][][]byte, 0, startSize)
		}
		slice := make([][]byte, len(match)/2)
		for j := range slice {
			if match[2*j] >= 0 {
				slice[j] = b[match[2*j]:match[2*j+1]:match[2*j+1]]
			}
		}
		result = append(result, slice)
	})
	return result
}

// FindAllSubmatchIndex is the 'All' version of FindSubmatchIndex.
func (re *Regexp) FindAllSubmatchIndex(b []byte, n int) [][]int {
	if n < 0 {
		n = len(b) + 1
	}
	var result [][]int
	re.allMatches("", b, true, n, 2*(re.numSubexp+1), func(match []int) {
		if result == nil {
			result = make([][]int, 0, startSize)
		}
		result = append(result, match)
	})
	return result
}

// FindAllStringSubmatch is the 'All' version of FindStringSubmatch.
func (re *Regexp) FindAllStringSubmatch(s string, n int) [][]string {
	if n < 0 {
		n = len(s) + 1
	}
	var result [][]string
	re.allMatches(s, nil, false, n, 2*(re.numSubexp+1), func(match []int) {
		if result == nil {
			result = make([][]string, 0, startSize)
		}
		slice := make([]string, len(match)/2)
		for j := range slice {
			if match[2*j] >= 0 {
				slice[j] = s[match[2*j]:match[2*j+1]]
			}
		}
		result = append(result, slice)
	})
	return result
}

// FindAllStringSubmatchIndex is the 'All' version of FindStringSubmatchIndex.
func (re *Regexp) FindAllStringSubmatchIndex(s string, n int) [][]int {
	if n < 0 {
		n = len(s) + 1
	}
	var result [][]int
	re.allMatches(s, nil, false, n, 2*(re.numSubexp+1), func(match []int) {
		if result == nil {
			result = make([][]int, 0, startSize)
		}
		result = append(result, match)
	})
	return result
}

// Split slices s into substrings separated by the expression and returns a slice of the
// substrings between those expression matches (n > 0: at most n substrings, the last
// being the unsplit remainder; n == 0: nil; n < 0: all).
func (re *Regexp) Split(s string, n int) []string {
	if n == 0 {
		return nil
	}
	if len(re.expr) > 0 && len(s) == 0 {
		return []string{""}
	}
	matches := re.FindAllStringIndex(s, n)
	strings := make([]string, 0, len(matches))
	beg := 0
	end := 0
	for _, match := range matches {
		if n > 0 && len(strings) == n-1 {
			break
		}
		end = match[0]
		if match[1] != 0 {
			strings = append(strings, s[beg:end])
		}
		beg = match[1]
	}
	if end != len(s) {
		strings = append(strings, s[beg:])
	}
	return strings
}

// MarshalText implements encoding.TextMarshaler. The output matches that of calling the
// String method.
func (re *Regexp) MarshalText() ([]byte, error) {
	return []byte(re.String()), nil
}

// UnmarshalText implements encoding.TextUnmarshaler by calling Compile on the encoded
// value.
func (re *Regexp) UnmarshalText(text []byte) error {
	newRE, err := Compile(string(text))
	if err != nil {
		return err
	}
	*re = *newRE
	return nil
}
