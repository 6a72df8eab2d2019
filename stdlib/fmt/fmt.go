// Package fmt implements formatted I/O with functions analogous to C's printf and scanf,
// as Go's fmt does: the Print, Sprint, Fprint and Append families, Errorf (with %w, one
// or several), Formatter/Stringer/GoStringer/error methods, every verb and flag with the
// same complaint forms (%!d(string=hi), %!(EXTRA ...), %!v(PANIC=String method: ...)), and
// the Scan, Sscan and Fscan families with Scanner methods and Go's error messages.
//
// Formatting happens in C (the native render, stdlib/fmt/fmt.c), which cannot call Gale
// methods. When an operand's Error, String, GoString or Format method is needed, render
// returns the operands whose methods to call, in the order the formatter meets them; sprint
// calls them here (recovering panics) and runs render again with their results. Scanning
// is Gale code (it calls the reader's methods), a port of Go's scan.go.
//
// Differences from Go:
//   - complex64/complex128 do not exist in Gale, so neither do their verbs or scanning;
//   - map keys of interface type with different dynamic types are sorted by the types'
//     names (Go orders them by the address of the type descriptor, which is not portable);
//   - %p and pointer values print Gale heap addresses;
//   - the State a Format method receives is a *fmt.pp that collects the method's output
//     (Write and WriteString), then copied into the result: the same text as Go's;
//   - Sscan and friends read the string directly instead of through an io.Reader (the same
//     results).
package fmt

import (
	"errors"
	"io"
	"math"
	"os"
	"strconv"
	"strings"
	"unicode/utf8"
)

// State represents the printer state passed to custom formatters.
type State interface {
	Write(b []byte) (n int, err error)
	Width() (wid int, ok bool)
	Precision() (prec int, ok bool)
	Flag(c int) bool
}

// Formatter is implemented by any value that has a Format method. The implementation
// controls how State and rune are interpreted, and may call Sprint or Fprint(f) etc. to
// generate its output.
type Formatter interface {
	Format(f State, verb rune)
}

// Stringer is implemented by any value that has a String method, which defines the
// "native" format for that value.
type Stringer interface {
	String() string
}

// GoStringer is implemented by any value that has a GoString method, which defines the Go
// syntax for that value (the %#v format).
type GoStringer interface {
	GoString() string
}

const (
	kindSprint = iota
	kindSprintln
	kindSprintf
	kindErrorf
)

// render formats the operands a (see stdlib/fmt/fmt.c for the protocol).
func render(kind int, format string, a []any, texts []string, panicked []int) (s string, pending []any, methods string, wrapped []int, fstate []int)

// sprint formats a as kind and returns the text and the indexes of the %w operands.
func sprint(kind int, format string, a []any) (string, []int) {
	s, pending, methods, wrapped, fstate := render(kind, format, a, nil, nil)
	if pending == nil {
		return s, wrapped
	}
	texts := make([]string, len(pending))
	var panicked []int
	for i, v := range pending {
		t, partial, ok := callMethod(v, methods[i], fstate[4*i:4*i+4])
		texts[i] = t
		if !ok {
			if panicked == nil {
				panicked = make([]int, len(pending))
			}
			panicked[i] = 1 + partial
		}
	}
	s, _, _, wrapped, _ = render(kind, format, a, texts, panicked)
	return s, wrapped
}

// callMethod calls the method of v that render asked for ('E' Error, 'S' String, 'G'
// GoString, 'F' Format with the verb, flags, width and precision in st). If the method
// panics, it returns what Format wrote before (partial is its length) followed by the panic
// value printed with %v, and false.
func callMethod(v any, kind byte, st []int) (s string, partial int, ok bool) {
	var state *pp
	defer func() {
		if r := recover(); r != nil {
			if state != nil {
				s = string(state.buf)
				partial = len(s)
			}
			s += Sprint(r)
			ok = false
		}
	}()
	switch kind {
	case 'E':
		return v.(error).Error(), 0, true
	case 'S':
		return v.(Stringer).String(), 0, true
	case 'F':
		state = &pp{flags: st[1], wid: st[2], prec: st[3]}
		v.(Formatter).Format(state, rune(st[0]))
		return string(state.buf), 0, true
	}
	return v.(GoStringer).GoString(), 0, true
}

// pp is the State a Format method receives (named like Go's, whose %T is *fmt.pp): it
// collects what the method writes and reports the verb's flags, width and precision.
type pp struct {
	buf   []byte
	flags int // FMT_FLAG_* bits of stdlib/fmt/fmt.h
	wid   int // -1 when absent
	prec  int // -1 when absent
}

func (p *pp) Write(b []byte) (n int, err error) {
	p.buf = append(p.buf, b...)
	return len(b), nil
}

func (p *pp) WriteString(s string) (n int, err error) {
	p.buf = append(p.buf, s...)
	return len(s), nil
}

func (p *pp) Width() (wid int, ok bool) {
	if p.wid < 0 {
		return 0, false
	}
	return p.wid, true
}

func (p *pp) Precision() (prec int, ok bool) {
	if p.prec < 0 {
		return 0, false
	}
	return p.prec, true
}

func (p *pp) Flag(c int) bool {
	switch c {
	case '#':
		return p.flags&1 != 0
	case '+':
		return p.flags&2 != 0
	case '-':
		return p.flags&4 != 0
	case ' ':
		return p.flags&8 != 0
	case '0':
		return p.flags&16 != 0
	}
	return false
}

// write writes s to w in one call, as Go's Fprint functions do. For the library's own
// writers WriteString does the same as Write without copying s into a []byte first.
func write(w io.Writer, s string) (n int, err error) {
	switch w := w.(type) {
	case *os.File:
		return w.WriteString(s)
	case *strings.Builder:
		return w.WriteString(s)
	}
	return w.Write([]byte(s))
}

// Sprint formats using the default formats for its operands and returns the resulting
// string. Spaces are added between operands when neither is a string.
func Sprint(a ...any) string {
	s, _ := sprint(kindSprint, "", a)
	return s
}

// Sprintln formats using the default formats for its operands and returns the resulting
// string. Spaces are always added between operands and a newline is appended.
func Sprintln(a ...any) string {
	s, _ := sprint(kindSprintln, "", a)
	return s
}

// Sprintf formats according to a format specifier and returns the resulting string.
func Sprintf(format string, a ...any) string {
	s, _ := sprint(kindSprintf, format, a)
	return s
}

// Print formats using the default formats for its operands and writes to standard output.
func Print(a ...any) (n int, err error) {
	s, _ := sprint(kindSprint, "", a)
	return os.Stdout.WriteString(s)
}

// Println formats using the default formats for its operands and writes to standard
// output. Spaces are always added between operands and a newline is appended.
func Println(a ...any) (n int, err error) {
	s, _ := sprint(kindSprintln, "", a)
	return os.Stdout.WriteString(s)
}

// Printf formats according to a format specifier and writes to standard output.
func Printf(format string, a ...any) (n int, err error) {
	s, _ := sprint(kindSprintf, format, a)
	return os.Stdout.WriteString(s)
}

// Fprint formats using the default formats for its operands and writes to w.
func Fprint(w io.Writer, a ...any) (n int, err error) {
	s, _ := sprint(kindSprint, "", a)
	return write(w, s)
}

// Fprintln formats using the default formats for its operands and writes to w.
func Fprintln(w io.Writer, a ...any) (n int, err error) {
	s, _ := sprint(kindSprintln, "", a)
	return write(w, s)
}

// Fprintf formats according to a format specifier and writes to w.
func Fprintf(w io.Writer, format string, a ...any) (n int, err error) {
	s, _ := sprint(kindSprintf, format, a)
	return write(w, s)
}

// Append formats using the default formats for its operands and appends the result to b.
func Append(b []byte, a ...any) []byte {
	s, _ := sprint(kindSprint, "", a)
	return append(b, s...)
}

// Appendln is Append with Println's spacing and a final newline.
func Appendln(b []byte, a ...any) []byte {
	s, _ := sprint(kindSprintln, "", a)
	return append(b, s...)
}

// Appendf formats according to a format specifier and appends the result to b.
func Appendf(b []byte, format string, a ...any) []byte {
	s, _ := sprint(kindSprintf, format, a)
	return append(b, s...)
}

// Errorf formats according to a format specifier and returns the string as a value that
// satisfies error. With one %w verb the error has an Unwrap() error method returning that
// operand; with several, an Unwrap() []error method.
func Errorf(format string, a ...any) error {
	s, wrapped := sprint(kindErrorf, format, a)
	switch len(wrapped) {
	case 0:
		return errors.New(s)
	case 1:
		w := &wrapError{msg: s}
		w.err, _ = a[wrapped[0]].(error)
		return w
	}
	var errs []error
	for i, argNum := range wrapped {
		if i > 0 && wrapped[i-1] == argNum {
			continue
		}
		if e, ok := a[argNum].(error); ok {
			errs = append(errs, e)
		}
	}
	return &wrapErrors{s, errs}
}

type wrapError struct {
	msg string
	err error
}

func (e *wrapError) Error() string {
	return e.msg
}

func (e *wrapError) Unwrap() error {
	return e.err
}

type wrapErrors struct {
	msg  string
	errs []error
}

func (e *wrapErrors) Error() string {
	return e.msg
}

func (e *wrapErrors) Unwrap() []error {
	return e.errs
}

// FormatString returns a string representing the fully qualified formatting directive
// captured by the State, followed by the argument verb.
func FormatString(state State, verb rune) string {
	b := []byte{'%'}
	for _, c := range " +-#0" {
		if state.Flag(int(c)) {
			b = append(b, byte(c))
		}
	}
	if w, ok := state.Width(); ok {
		b = append(b, Sprint(w)...)
	}
	if p, ok := state.Precision(); ok {
		b = append(b, '.')
		b = append(b, Sprint(p)...)
	}
	b = append(b, string(verb)...)
	return string(b)
}

// ---- Scanning (Go's fmt/scan.go: the same state machine, errors and messages) ----

// ScanState represents the scanner state passed to custom scanners.
type ScanState interface {
	ReadRune() (r rune, size int, err error)
	UnreadRune() error
	SkipSpace()
	Token(skipSpace bool, f func(rune) bool) (token []byte, err error)
	Width() (wid int, ok bool)
	Read(buf []byte) (n int, err error)
}

// Scanner is implemented by any value that has a Scan method, which scans the input for
// the representation of a value and stores the result in the receiver.
type Scanner interface {
	Scan(state ScanState, verb rune) error
}

const (
	eof     = -1
	hugeWid = 1 << 30
)

// scanError wraps an error raised while scanning (recovered by errorHandler).
type scanError struct {
	err error
}

var errComplex = errors.New("syntax error scanning complex number")
var errBool = errors.New("syntax error scanning boolean")

// ss is the scan state. Its runes come from a string (Sscan...), or from an io.Reader: the
// reader's own ReadRune/UnreadRune when it is an io.RuneScanner, else a readRune reading
// one byte at a time, so that nothing past the scanned text is consumed (a rune put back
// is lost when the call returns, as in Go).
type ss struct {
	str       string
	pos       int
	lastSize  int // bytes of the last rune read from str, for UnreadRune
	fromStr   bool
	rs        io.RuneScanner
	buf       []byte
	count     int  // runes consumed so far
	atEOF     bool // already read EOF (or, for Scanln, the newline)
	nlIsEnd   bool // a newline ends the scan (Scanln)
	nlIsSpace bool // a newline counts as space (Scan)
	argLimit  int  // maximum of count for this operand (its width)
	limit     int  // maximum of count
	maxWid    int  // width of this operand
}

func (s *ss) ReadRune() (r rune, size int, err error) {
	if s.atEOF || s.count >= s.argLimit {
		return 0, 0, io.EOF
	}
	if s.fromStr {
		if s.pos >= len(s.str) {
			s.atEOF = true
			return 0, 0, io.EOF
		}
		if c := s.str[s.pos]; c < utf8.RuneSelf {
			r, size = rune(c), 1
		} else {
			r, size = utf8.DecodeRuneInString(s.str[s.pos:])
		}
		s.pos += size
		s.lastSize = size
	} else {
		r, size, err = s.rs.ReadRune()
	}
	if err == nil {
		s.count++
		if s.nlIsEnd && r == '\n' {
			s.atEOF = true
		}
	} else if err == io.EOF {
		s.atEOF = true
	}
	return
}

func (s *ss) UnreadRune() error {
	if s.fromStr {
		s.pos -= s.lastSize
		s.lastSize = 0
	} else {
		s.rs.UnreadRune()
	}
	s.atEOF = false
	s.count--
	return nil
}

func (s *ss) Width() (wid int, ok bool) {
	if s.maxWid == hugeWid {
		return 0, false
	}
	return s.maxWid, true
}

// Read is in ScanState only so that ScanState satisfies io.Reader.
func (s *ss) Read(buf []byte) (n int, err error) {
	return 0, errors.New("ScanState's Read should not be called. Use ReadRune")
}

// getRune returns the next rune, or eof; read errors other than io.EOF panic.
func (s *ss) getRune() rune {
	r, _, err := s.ReadRune()
	if err != nil {
		if err == io.EOF {
			return eof
		}
		s.error(err)
	}
	return r
}

// mustReadRune is getRune where the end of the input is io.ErrUnexpectedEOF.
func (s *ss) mustReadRune() rune {
	r := s.getRune()
	if r == eof {
		s.error(io.ErrUnexpectedEOF)
	}
	return r
}

func (s *ss) error(err error) {
	panic(scanError{err})
}

func (s *ss) errorString(err string) {
	panic(scanError{errors.New(err)})
}

func (s *ss) Token(skipSpace bool, f func(rune) bool) (tok []byte, err error) {
	defer func() {
		if e := recover(); e != nil {
			if se, ok := e.(scanError); ok {
				err = se.err
			} else {
				panic(e)
			}
		}
	}()
	if f == nil {
		f = notSpace
	}
	s.buf = s.buf[:0]
	tok = s.token(skipSpace, f)
	return
}

// isSpace reports whether r is Unicode white space (unicode.White_Space).
func isSpace(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\v', '\f', '\r', 0x85, 0xA0, 0x1680, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
		return true
	}
	return r >= 0x2000 && r <= 0x200A
}

func notSpace(r rune) bool {
	return !isSpace(r)
}

// readRune reads the runes of an io.Reader that has no ReadRune, one byte at a time;
// the bytes after an invalid UTF-8 prefix are kept for the next runes.
type readRune struct {
	reader   io.Reader
	buf      [utf8.UTFMax]byte
	pending  int
	pendBuf  [utf8.UTFMax]byte
	peekRune rune // >= 0: the next rune (put back); < 0: ^(the previous rune)
}

func (r *readRune) readByte() (b byte, err error) {
	if r.pending > 0 {
		b = r.pendBuf[0]
		copy(r.pendBuf[0:], r.pendBuf[1:])
		r.pending--
		return
	}
	n, err := io.ReadFull(r.reader, r.pendBuf[:1])
	if n != 1 {
		return 0, err
	}
	return r.pendBuf[0], err
}

func (r *readRune) ReadRune() (rr rune, size int, err error) {
	if r.peekRune >= 0 {
		rr = r.peekRune
		r.peekRune = ^r.peekRune
		size = utf8.RuneLen(rr)
		return
	}
	r.buf[0], err = r.readByte()
	if err != nil {
		return
	}
	if r.buf[0] < utf8.RuneSelf {
		rr = rune(r.buf[0])
		size = 1
		r.peekRune = ^rr
		return
	}
	var n int
	for n = 1; !utf8.FullRune(r.buf[:n]); n++ {
		r.buf[n], err = r.readByte()
		if err != nil {
			if err == io.EOF {
				err = nil
				break
			}
			return
		}
	}
	rr, size = utf8.DecodeRune(r.buf[:n])
	if size < n {
		copy(r.pendBuf[r.pending:], r.buf[size:n])
		r.pending += n - size
	}
	r.peekRune = ^rr
	return
}

func (r *readRune) UnreadRune() error {
	if r.peekRune >= 0 {
		return errors.New("fmt: scanning called UnreadRune with no rune available")
	}
	r.peekRune = ^r.peekRune
	return nil
}

func (s *ss) SkipSpace() {
	for {
		r := s.getRune()
		if r == eof {
			return
		}
		if r == '\r' && s.peek("\n") {
			continue
		}
		if r == '\n' {
			if s.nlIsSpace {
				continue
			}
			s.errorString("unexpected newline")
			return
		}
		if !isSpace(r) {
			s.UnreadRune()
			break
		}
	}
}

// token returns the next run of runes satisfying f, after white space if skipSpace.
func (s *ss) token(skipSpace bool, f func(rune) bool) []byte {
	if skipSpace {
		s.SkipSpace()
	}
	for {
		r := s.getRune()
		if r == eof {
			break
		}
		if !f(r) {
			s.UnreadRune()
			break
		}
		s.buf = utf8.AppendRune(s.buf, r)
	}
	return s.buf
}

func indexRune(s string, r rune) int {
	if 0 <= r && r < utf8.RuneSelf {
		return strings.IndexByte(s, byte(r))
	}
	for i, c := range s {
		if c == r {
			return i
		}
	}
	return -1
}

// consume reads the next rune and reports whether it is in ok; if so and accept, it is
// appended to the token buffer; if not, it is put back.
func (s *ss) consume(ok string, accept bool) bool {
	r := s.getRune()
	if r == eof {
		return false
	}
	if indexRune(ok, r) >= 0 {
		if accept {
			s.buf = utf8.AppendRune(s.buf, r)
		}
		return true
	}
	if r != eof && accept {
		s.UnreadRune()
	}
	return false
}

// peek reports whether the next rune is in ok, without consuming it.
func (s *ss) peek(ok string) bool {
	r := s.getRune()
	if r != eof {
		s.UnreadRune()
	}
	return indexRune(ok, r) >= 0
}

func (s *ss) notEOF() {
	if r := s.getRune(); r == eof {
		panic(io.EOF)
	}
	s.UnreadRune()
}

func (s *ss) accept(ok string) bool {
	return s.consume(ok, true)
}

func (s *ss) okVerb(verb rune, okVerbs, typ string) bool {
	for _, v := range okVerbs {
		if v == verb {
			return true
		}
	}
	s.errorString("bad verb '%" + string(verb) + "' for " + typ)
	return false
}

func (s *ss) scanBool(verb rune) bool {
	s.SkipSpace()
	s.notEOF()
	if !s.okVerb(verb, "tv", "boolean") {
		return false
	}
	switch s.getRune() {
	case '0':
		return false
	case '1':
		return true
	case 't', 'T':
		if s.accept("rR") && (!s.accept("uU") || !s.accept("eE")) {
			s.error(errBool)
		}
		return true
	case 'f', 'F':
		if s.accept("aA") && (!s.accept("lL") || !s.accept("sS") || !s.accept("eE")) {
			s.error(errBool)
		}
		return false
	}
	return false
}

const (
	binaryDigits      = "01"
	octalDigits       = "01234567"
	decimalDigits     = "0123456789"
	hexadecimalDigits = "0123456789aAbBcCdDeEfF"
	sign              = "+-"
	period            = "."
	exponent          = "eEpP"
)

func (s *ss) getBase(verb rune) (base int, digits string) {
	s.okVerb(verb, "bdoUxXv", "integer")
	base = 10
	digits = decimalDigits
	switch verb {
	case 'b':
		base = 2
		digits = binaryDigits
	case 'o':
		base = 8
		digits = octalDigits
	case 'x', 'X', 'U':
		base = 16
		digits = hexadecimalDigits
	}
	return
}

func (s *ss) scanNumber(digits string, haveDigits bool) string {
	if !haveDigits {
		s.notEOF()
		if !s.accept(digits) {
			s.errorString("expected integer")
		}
	}
	for s.accept(digits) {
	}
	return string(s.buf)
}

func (s *ss) scanRune(bitSize int) int64 {
	s.notEOF()
	r := s.getRune()
	n := uint(bitSize)
	x := (int64(r) << (64 - n)) >> (64 - n)
	if x != int64(r) {
		s.errorString("overflow on character value " + string(r))
	}
	return int64(r)
}

// scanBasePrefix reads the 0, 0b, 0o or 0x prefix of a %v integer.
func (s *ss) scanBasePrefix() (base int, digits string, zeroFound bool) {
	if !s.peek("0") {
		return 0, decimalDigits + "_", false
	}
	s.accept("0")
	switch {
	case s.peek("bB"):
		s.consume("bB", true)
		return 0, binaryDigits + "_", true
	case s.peek("oO"):
		s.consume("oO", true)
		return 0, octalDigits + "_", true
	case s.peek("xX"):
		s.consume("xX", true)
		return 0, hexadecimalDigits + "_", true
	}
	return 0, octalDigits + "_", true
}

func (s *ss) scanInt(verb rune, bitSize int) int64 {
	if verb == 'c' {
		return s.scanRune(bitSize)
	}
	s.SkipSpace()
	s.notEOF()
	base, digits := s.getBase(verb)
	haveDigits := false
	if verb == 'U' {
		if !s.consume("U", false) || !s.consume("+", false) {
			s.errorString("bad unicode format ")
		}
	} else {
		s.accept(sign)
		if verb == 'v' {
			base, digits, haveDigits = s.scanBasePrefix()
		}
	}
	tok := s.scanNumber(digits, haveDigits)
	i, err := strconv.ParseInt(tok, base, 64)
	if err != nil {
		s.error(err)
	}
	n := uint(bitSize)
	x := (i << (64 - n)) >> (64 - n)
	if x != i {
		s.errorString("integer overflow on token " + tok)
	}
	return i
}

func (s *ss) scanUint(verb rune, bitSize int) uint64 {
	if verb == 'c' {
		return uint64(s.scanRune(bitSize))
	}
	s.SkipSpace()
	s.notEOF()
	base, digits := s.getBase(verb)
	haveDigits := false
	if verb == 'U' {
		if !s.consume("U", false) || !s.consume("+", false) {
			s.errorString("bad unicode format ")
		}
	} else if verb == 'v' {
		base, digits, haveDigits = s.scanBasePrefix()
	}
	tok := s.scanNumber(digits, haveDigits)
	i, err := strconv.ParseUint(tok, base, 64)
	if err != nil {
		s.error(err)
	}
	n := uint(bitSize)
	x := (i << (64 - n)) >> (64 - n)
	if x != i {
		s.errorString("unsigned integer overflow on token " + tok)
	}
	return i
}

// floatToken returns the text of the floating-point number starting here; ParseFloat
// checks its syntax.
func (s *ss) floatToken() string {
	s.buf = s.buf[:0]
	if s.accept("nN") && s.accept("aA") && s.accept("nN") {
		return string(s.buf)
	}
	s.accept(sign)
	if s.accept("iI") && s.accept("nN") && s.accept("fF") {
		return string(s.buf)
	}
	digits := decimalDigits + "_"
	exp := exponent
	if s.accept("0") && s.accept("xX") {
		digits = hexadecimalDigits + "_"
		exp = "pP"
	}
	for s.accept(digits) {
	}
	if s.accept(period) {
		for s.accept(digits) {
		}
	}
	if s.accept(exp) {
		s.accept(sign)
		for s.accept(decimalDigits + "_") {
		}
	}
	return string(s.buf)
}

func hasX(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] == 'x' || s[i] == 'X' {
			return true
		}
	}
	return false
}

// convertFloat parses str as a float of n bits; a decimal mantissa with a 'p' exponent is
// a power of two.
func (s *ss) convertFloat(str string, n int) float64 {
	if p := indexRune(str, 'p'); p >= 0 && !hasX(str) {
		f, err := strconv.ParseFloat(str[:p], n)
		if err != nil {
			if e, ok := err.(*strconv.NumError); ok {
				e.Num = str
			}
			s.error(err)
		}
		m, err := strconv.Atoi(str[p+1:])
		if err != nil {
			if e, ok := err.(*strconv.NumError); ok {
				e.Num = str
			}
			s.error(err)
		}
		return math.Ldexp(f, m)
	}
	f, err := strconv.ParseFloat(str, n)
	if err != nil {
		s.error(err)
	}
	return f
}

func (s *ss) convertString(verb rune) (str string) {
	if !s.okVerb(verb, "svqxX", "string") {
		return ""
	}
	s.SkipSpace()
	s.notEOF()
	switch verb {
	case 'q':
		str = s.quotedString()
	case 'x', 'X':
		str = s.hexString()
	default:
		str = string(s.token(true, notSpace))
	}
	return
}

func (s *ss) quotedString() string {
	s.notEOF()
	quote := s.getRune()
	switch quote {
	case '`':
		for {
			r := s.mustReadRune()
			if r == quote {
				break
			}
			s.buf = utf8.AppendRune(s.buf, r)
		}
		return string(s.buf)
	case '"':
		s.buf = append(s.buf, '"')
		for {
			r := s.mustReadRune()
			s.buf = utf8.AppendRune(s.buf, r)
			if r == '\\' {
				// only the rune right after a backslash can be a quote or a backslash
				s.buf = utf8.AppendRune(s.buf, s.mustReadRune())
			} else if r == '"' {
				break
			}
		}
		result, err := strconv.Unquote(string(s.buf))
		if err != nil {
			s.error(err)
		}
		return result
	}
	s.errorString("expected quoted string")
	return ""
}

func hexDigit(d rune) (int, bool) {
	digit := int(d)
	switch {
	case '0' <= d && d <= '9':
		return digit - '0', true
	case 'a' <= d && d <= 'f':
		return 10 + digit - 'a', true
	case 'A' <= d && d <= 'F':
		return 10 + digit - 'A', true
	}
	return -1, false
}

func (s *ss) hexByte() (b byte, ok bool) {
	rune1 := s.getRune()
	if rune1 == eof {
		return
	}
	value1, ok := hexDigit(rune1)
	if !ok {
		s.UnreadRune()
		return
	}
	value2, ok := hexDigit(s.mustReadRune())
	if !ok {
		s.errorString("illegal hex digit")
		return
	}
	return byte(value1<<4 | value2), true
}

func (s *ss) hexString() string {
	s.notEOF()
	for {
		b, ok := s.hexByte()
		if !ok {
			break
		}
		s.buf = append(s.buf, b)
	}
	if len(s.buf) == 0 {
		s.errorString("no hex data for %x string")
		return ""
	}
	return string(s.buf)
}

const floatVerbs = "beEfFgGv"

// scanKind returns the kind (Go's reflect.Kind numbering) of the value arg points to, or -1
// when arg is not a pointer; a nil pointer and slices other than of bytes report 0. It
// panics like Go's reflect when arg is nil.
func scanKind(arg any) int

// storeInt, storeFloat, storeString and storeBytes set the value arg points to (a kind
// scanKind reported) to v.
func storeInt(arg any, v int64)
func storeFloat(arg any, v float64)
func storeString(arg any, v string)
func storeBytes(arg any, v []byte)

// scanOne scans one operand into the value arg points to.
func (s *ss) scanOne(verb rune, arg any) {
	s.buf = s.buf[:0]
	var err error
	if v, ok := arg.(Scanner); ok {
		err = v.Scan(s, verb)
		if err != nil {
			if err == io.EOF {
				err = io.ErrUnexpectedEOF
			}
			s.error(err)
		}
		return
	}
	switch v := arg.(type) {
	case *bool:
		*v = s.scanBool(verb)
	case *int:
		*v = int(s.scanInt(verb, 64))
	case *int8:
		*v = int8(s.scanInt(verb, 8))
	case *int16:
		*v = int16(s.scanInt(verb, 16))
	case *int32:
		*v = int32(s.scanInt(verb, 32))
	case *int64:
		*v = s.scanInt(verb, 64)
	case *uint:
		*v = uint(s.scanUint(verb, 64))
	case *uint8:
		*v = uint8(s.scanUint(verb, 8))
	case *uint16:
		*v = uint16(s.scanUint(verb, 16))
	case *uint32:
		*v = uint32(s.scanUint(verb, 32))
	case *uint64:
		*v = s.scanUint(verb, 64)
	case *uintptr:
		*v = uintptr(s.scanUint(verb, 64))
	case *float32:
		if s.okVerb(verb, floatVerbs, "float32") {
			s.SkipSpace()
			s.notEOF()
			*v = float32(s.convertFloat(s.floatToken(), 32))
		}
	case *float64:
		if s.okVerb(verb, floatVerbs, "float64") {
			s.SkipSpace()
			s.notEOF()
			*v = s.convertFloat(s.floatToken(), 64)
		}
	case *string:
		*v = s.convertString(verb)
	case *[]byte:
		*v = []byte(s.convertString(verb))
	default:
		s.scanOther(verb, arg)
	}
}

// scanOther scans into a pointer to a defined type (type MyInt int ...), by the kind of
// the type, as Go's scanOne does through reflection.
func (s *ss) scanOther(verb rune, arg any) {
	const (
		kBool    = 1
		kInt     = 2
		kInt8    = 3
		kInt16   = 4
		kInt32   = 5
		kInt64   = 6
		kUint    = 7
		kUint8   = 8
		kUint16  = 9
		kUint32  = 10
		kUint64  = 11
		kUintptr = 12
		kFloat32 = 13
		kFloat64 = 14
		kSlice   = 23
		kString  = 24
	)
	k := scanKind(arg)
	switch {
	case k < 0:
		s.errorString("type not a pointer: " + Sprintf("%T", arg))
	case k == kBool:
		if s.scanBool(verb) {
			storeInt(arg, 1)
		} else {
			storeInt(arg, 0)
		}
	case k >= kInt && k <= kInt64:
		bits := 64
		switch k {
		case kInt8:
			bits = 8
		case kInt16:
			bits = 16
		case kInt32:
			bits = 32
		}
		storeInt(arg, s.scanInt(verb, bits))
	case k >= kUint && k <= kUintptr:
		bits := 64
		switch k {
		case kUint8:
			bits = 8
		case kUint16:
			bits = 16
		case kUint32:
			bits = 32
		}
		storeInt(arg, int64(s.scanUint(verb, bits)))
	case k == kString:
		storeString(arg, s.convertString(verb))
	case k == kSlice:
		storeBytes(arg, []byte(s.convertString(verb)))
	case k == kFloat32 || k == kFloat64:
		s.SkipSpace()
		s.notEOF()
		bits := 64
		if k == kFloat32 {
			bits = 32
		}
		storeFloat(arg, s.convertFloat(s.floatToken(), bits))
	default:
		s.errorString("can't scan type: " + Sprintf("%T", arg))
	}
}

// errorHandler turns the scanner's panics into the returned error.
func errorHandler(errp *error) {
	if e := recover(); e != nil {
		if se, ok := e.(scanError); ok {
			*errp = se.err
		} else if eof, ok := e.(error); ok && eof == io.EOF {
			*errp = eof
		} else {
			panic(e)
		}
	}
}

func (s *ss) doScan(a []any) (numProcessed int, err error) {
	defer errorHandler(&err)
	for _, arg := range a {
		s.scanOne('v', arg)
		numProcessed++
	}
	if s.nlIsEnd {
		for {
			r := s.getRune()
			if r == '\n' || r == eof {
				break
			}
			if !isSpace(r) {
				s.errorString("expected newline")
				break
			}
		}
	}
	return
}

// advance matches the input against the format up to the next verb and returns the bytes
// of format consumed (0: a verb or the end of the input; -1: a mismatch). Runs of spaces
// match runs of spaces; newlines must match newlines; %% matches a percent sign.
func (s *ss) advance(format string) (i int) {
	for i < len(format) {
		fmtc, w := utf8.DecodeRuneInString(format[i:])
		if isSpace(fmtc) {
			newlines := 0
			trailingSpace := false
			for isSpace(fmtc) && i < len(format) {
				if fmtc == '\n' {
					newlines++
					trailingSpace = false
				} else {
					trailingSpace = true
				}
				i += w
				fmtc, w = utf8.DecodeRuneInString(format[i:])
			}
			for j := 0; j < newlines; j++ {
				inputc := s.getRune()
				for isSpace(inputc) && inputc != '\n' {
					inputc = s.getRune()
				}
				if inputc != '\n' && inputc != eof {
					s.errorString("newline in format does not match input")
				}
			}
			if trailingSpace {
				inputc := s.getRune()
				if newlines == 0 {
					if !isSpace(inputc) && inputc != eof {
						s.errorString("expected space in input to match format")
					}
					if inputc == '\n' {
						s.errorString("newline in input does not match format")
					}
				}
				for isSpace(inputc) && inputc != '\n' {
					inputc = s.getRune()
				}
				if inputc != eof {
					s.UnreadRune()
				}
			}
			continue
		}
		if fmtc == '%' {
			if i+w == len(format) {
				s.errorString("missing verb: % at end of format string")
			}
			nextc, _ := utf8.DecodeRuneInString(format[i+w:])
			if nextc != '%' {
				return
			}
			i += w
		}
		inputc := s.mustReadRune()
		if fmtc != inputc {
			s.UnreadRune()
			return -1
		}
		i += w
	}
	return
}

// parsenum reads a decimal width at s[start:end].
func parsenum(s string, start, end int) (num int, isnum bool, newi int) {
	if start >= end {
		return 0, false, end
	}
	for newi = start; newi < end && '0' <= s[newi] && s[newi] <= '9'; newi++ {
		if num > 1e6 || num < -1e6 {
			return 0, false, end
		}
		num = num*10 + int(s[newi]-'0')
		isnum = true
	}
	return
}

func (s *ss) doScanf(format string, a []any) (numProcessed int, err error) {
	defer errorHandler(&err)
	end := len(format) - 1
	for i := 0; i <= end; {
		w := s.advance(format[i:])
		if w > 0 {
			i += w
			continue
		}
		if format[i] != '%' {
			if w < 0 {
				s.errorString("input does not match format")
			}
			break
		}
		i++
		var widPresent bool
		s.maxWid, widPresent, i = parsenum(format, i, end)
		if !widPresent {
			s.maxWid = hugeWid
		}
		c, w := utf8.DecodeRuneInString(format[i:])
		i += w
		if c != 'c' {
			s.SkipSpace()
		}
		if c == '%' {
			s.SkipSpace()
			s.notEOF()
			if !s.accept("%") {
				s.errorString("missing literal %")
			}
			continue
		}
		s.argLimit = s.limit
		if f := s.count + s.maxWid; f < s.argLimit {
			s.argLimit = f
		}
		if numProcessed >= len(a) {
			s.errorString("too few operands for format '%" + format[i-w:] + "'")
			break
		}
		s.scanOne(c, a[numProcessed])
		numProcessed++
		s.argLimit = s.limit
	}
	if numProcessed < len(a) {
		s.errorString("too many operands")
	}
	return
}

func newScanner(r io.Reader, nlIsSpace, nlIsEnd bool) *ss {
	s := &ss{nlIsSpace: nlIsSpace, nlIsEnd: nlIsEnd, limit: hugeWid, argLimit: hugeWid, maxWid: hugeWid}
	if rs, ok := r.(io.RuneScanner); ok {
		s.rs = rs
	} else {
		s.rs = &readRune{reader: r, peekRune: -1}
	}
	return s
}

func stringScanner(str string, nlIsSpace, nlIsEnd bool) *ss {
	return &ss{str: str, fromStr: true, nlIsSpace: nlIsSpace, nlIsEnd: nlIsEnd, limit: hugeWid, argLimit: hugeWid, maxWid: hugeWid}
}

// Scan scans text read from standard input, storing successive space-separated values
// into successive arguments. Newlines count as space. It returns the number of items
// successfully scanned; if that is less than the number of arguments, err reports why.
func Scan(a ...any) (n int, err error) {
	return Fscan(os.Stdin, a...)
}

// Scanln is similar to Scan, but stops scanning at a newline and after the final item
// there must be a newline or EOF.
func Scanln(a ...any) (n int, err error) {
	return Fscanln(os.Stdin, a...)
}

// Scanf scans text read from standard input according to the format. Newlines in the
// input must match newlines in the format; %c always scans the next rune.
func Scanf(format string, a ...any) (n int, err error) {
	return Fscanf(os.Stdin, format, a...)
}

// Sscan scans the argument string, storing successive space-separated values into
// successive arguments. Newlines count as space.
func Sscan(str string, a ...any) (n int, err error) {
	return stringScanner(str, true, false).doScan(a)
}

// Sscanln is similar to Sscan, but stops scanning at a newline and after the final item
// there must be a newline or EOF.
func Sscanln(str string, a ...any) (n int, err error) {
	return stringScanner(str, false, true).doScan(a)
}

// Sscanf scans the argument string, storing successive space-separated values into
// successive arguments as determined by the format.
func Sscanf(str string, format string, a ...any) (n int, err error) {
	return stringScanner(str, false, false).doScanf(format, a)
}

// Fscan scans text read from r, storing successive space-separated values into
// successive arguments. Newlines count as space.
func Fscan(r io.Reader, a ...any) (n int, err error) {
	return newScanner(r, true, false).doScan(a)
}

// Fscanln is similar to Fscan, but stops scanning at a newline and after the final item
// there must be a newline or EOF.
func Fscanln(r io.Reader, a ...any) (n int, err error) {
	return newScanner(r, false, true).doScan(a)
}

// Fscanf scans text read from r, storing successive space-separated values into
// successive arguments as determined by the format.
func Fscanf(r io.Reader, format string, a ...any) (n int, err error) {
	return newScanner(r, false, false).doScanf(format, a)
}
