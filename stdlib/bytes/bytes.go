// Package bytes implements functions for the manipulation of byte slices, the Buffer type
// and the Reader type, as Go 1.23's bytes package: its whole API but the Go 1.24 iterator
// functions. Searching, counting, comparing, trimming, Fields, case mapping, ToValidUTF8
// and Replace are natives (stdlib/bytes/bytes.c) over the engines package strings uses
// (stdlib/strings/search.c); the functions that call a Gale function value, Buffer and
// Reader are written here. Results alias their input exactly where Go's do (Split, Fields,
// Trim* and Cut* return subslices of s with Go's capacities), and nil versus empty results
// follow Go's implementation.
//
// Differences from Go: none known.
package bytes

import (
	"errors"
	"io"
	"unicode"
	"unicode/utf8"
)

// MinRead is the minimum slice size passed to a Read call by Buffer.ReadFrom.
const MinRead = 512

// smallBufferSize is the capacity of a Buffer's first allocation.
const smallBufferSize = 64

// ErrTooLarge is passed to panic if memory cannot be allocated to store data in a buffer.
var ErrTooLarge = errors.New("bytes.Buffer: too large")

var errNegativeRead = errors.New("bytes.Buffer: reader returned negative count from Read")

var errUnreadByte = errors.New("bytes.Buffer: UnreadByte: previous operation was not a successful read")

// ---- Natives (bytes.c) ----

// Equal reports whether a and b are the same length and contain the same bytes.
func Equal(a, b []byte) bool

// Compare returns an integer comparing two byte slices lexicographically.
func Compare(a, b []byte) int

// Index returns the index of the first instance of sep in s, or -1.
func Index(s, sep []byte) int

// LastIndex returns the index of the last instance of sep in s, or -1.
func LastIndex(s, sep []byte) int

// IndexByte returns the index of the first instance of c in b, or -1.
func IndexByte(b []byte, c byte) int

// LastIndexByte returns the index of the last instance of c in s, or -1.
func LastIndexByte(s []byte, c byte) int

// IndexRune returns the byte index of the first occurrence in s of the given rune, or -1.
func IndexRune(s []byte, r rune) int

// IndexAny returns the byte index of the first occurrence in s of any of the code points
// in chars, or -1.
func IndexAny(s []byte, chars string) int

// LastIndexAny returns the byte index of the last occurrence in s of any of the code
// points in chars, or -1.
func LastIndexAny(s []byte, chars string) int

// Count counts the number of non-overlapping instances of sep in s.
func Count(s, sep []byte) int

// EqualFold reports whether s and t are equal under simple Unicode case-folding.
func EqualFold(s, t []byte) bool

// trimIndex returns the bounds of what trimming keeps of s (how: 1 left, 2 right, 4 white
// space instead of cutset).
func trimIndex(s []byte, cutset string, how int) (int, int)

// fieldSpans returns the start and end offsets of each field of s (Fields).
func fieldSpans(s []byte) []int

// mapCase returns a new slice holding s mapped to upper (0), lower (1), title (2) case or
// with the first letter of each word in title case (3).
func mapCase(s []byte, how int) []byte

// toValid returns a new slice: ToValidUTF8.
func toValid(s, replacement []byte) []byte

// replace returns a new slice: Replace when at least one instance is replaced.
func replace(s, old, new []byte, n int) []byte

const (
	trimLeft  = 1
	trimRight = 2
	trimSpace = 4
)

// ---- Searching ----

// Contains reports whether subslice is within b.
func Contains(b, subslice []byte) bool { return Index(b, subslice) >= 0 }

// ContainsAny reports whether any of the UTF-8-encoded code points in chars are within b.
func ContainsAny(b []byte, chars string) bool { return IndexAny(b, chars) >= 0 }

// ContainsRune reports whether the rune is contained in the UTF-8-encoded byte slice b.
func ContainsRune(b []byte, r rune) bool { return IndexRune(b, r) >= 0 }

// ContainsFunc reports whether any of the UTF-8-encoded code points r within b satisfy
// f(r).
func ContainsFunc(b []byte, f func(rune) bool) bool { return IndexFunc(b, f) >= 0 }

// HasPrefix reports whether the byte slice s begins with prefix.
func HasPrefix(s, prefix []byte) bool {
	return len(s) >= len(prefix) && Equal(s[:len(prefix)], prefix)
}

// HasSuffix reports whether the byte slice s ends with suffix.
func HasSuffix(s, suffix []byte) bool {
	return len(s) >= len(suffix) && Equal(s[len(s)-len(suffix):], suffix)
}

// IndexFunc returns the byte index in s of the first code point satisfying f(c), or -1.
func IndexFunc(s []byte, f func(r rune) bool) int { return indexFunc(s, f, true) }

// LastIndexFunc returns the byte index in s of the last code point satisfying f(c), or -1.
func LastIndexFunc(s []byte, f func(r rune) bool) int { return lastIndexFunc(s, f, true) }

// indexFunc finds the first rune r of s with f(r) == want.
func indexFunc(s []byte, f func(r rune) bool, want bool) int {
	for i := 0; i < len(s); {
		r, w := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, w = utf8.DecodeRune(s[i:])
		}
		if f(r) == want {
			return i
		}
		i += w
	}
	return -1
}

// lastIndexFunc finds the last rune r of s with f(r) == want.
func lastIndexFunc(s []byte, f func(r rune) bool, want bool) int {
	for i := len(s); i > 0; {
		r, w := rune(s[i-1]), 1
		if r >= utf8.RuneSelf {
			r, w = utf8.DecodeLastRune(s[:i])
		}
		i -= w
		if f(r) == want {
			return i
		}
	}
	return -1
}

// ---- Splitting and joining ----

// explode splits s into its UTF-8 sequences, at most n of them (n <= 0: all).
func explode(s []byte, n int) [][]byte {
	if n <= 0 || n > len(s) {
		n = len(s)
	}
	a := make([][]byte, n)
	k := 0
	for len(s) > 0 {
		if k == n-1 {
			a[k] = s
			k++
			break
		}
		_, w := utf8.DecodeRune(s)
		a[k] = s[:w:w]
		s = s[w:]
		k++
	}
	return a[:k]
}

// genSplit splits s around each instance of sep, keeping sepSave bytes of sep at the end
// of each piece, into at most n pieces (n < 0: all).
func genSplit(s, sep []byte, sepSave, n int) [][]byte {
	if n == 0 {
		return nil
	}
	if len(sep) == 0 {
		return explode(s, n)
	}
	if n < 0 {
		n = Count(s, sep) + 1
	}
	if n > len(s)+1 {
		n = len(s) + 1
	}
	a := make([][]byte, n)
	k := 0
	for k < n-1 {
		m := Index(s, sep)
		if m < 0 {
			break
		}
		a[k] = s[: m+sepSave : m+sepSave]
		s = s[m+len(sep):]
		k++
	}
	a[k] = s
	return a[:k+1]
}

// Split slices s into all subslices separated by sep.
func Split(s, sep []byte) [][]byte { return genSplit(s, sep, 0, -1) }

// SplitN slices s into subslices separated by sep, at most n of them.
func SplitN(s, sep []byte, n int) [][]byte { return genSplit(s, sep, 0, n) }

// SplitAfter slices s into all subslices after each instance of sep.
func SplitAfter(s, sep []byte) [][]byte { return genSplit(s, sep, len(sep), -1) }

// SplitAfterN slices s into subslices after each instance of sep, at most n of them.
func SplitAfterN(s, sep []byte, n int) [][]byte { return genSplit(s, sep, len(sep), n) }

// Fields splits s around each run of white space, returning subslices of s.
func Fields(s []byte) [][]byte {
	spans := fieldSpans(s)
	a := make([][]byte, len(spans)/2)
	for i := range a {
		lo, hi := spans[2*i], spans[2*i+1]
		a[i] = s[lo:hi:hi]
	}
	return a
}

// FieldsFunc splits s at each run of code points c satisfying f(c).
func FieldsFunc(s []byte, f func(rune) bool) [][]byte {
	var spans []int
	start := -1
	for i := 0; i < len(s); {
		r, w := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, w = utf8.DecodeRune(s[i:])
		}
		if f(r) {
			if start >= 0 {
				spans = append(spans, start, i)
				start = -1
			}
		} else if start < 0 {
			start = i
		}
		i += w
	}
	if start >= 0 {
		spans = append(spans, start, len(s))
	}
	a := make([][]byte, len(spans)/2)
	for i := range a {
		lo, hi := spans[2*i], spans[2*i+1]
		a[i] = s[lo:hi:hi]
	}
	return a
}

// Join concatenates the elements of s with sep between them into a new byte slice.
func Join(s [][]byte, sep []byte) []byte {
	if len(s) == 0 {
		return []byte{}
	}
	if len(s) == 1 {
		return append([]byte(nil), s[0]...)
	}
	n := len(sep) * (len(s) - 1)
	for _, e := range s {
		n += len(e)
	}
	out := make([]byte, 0, n)
	for i, e := range s {
		if i > 0 {
			out = append(out, sep...)
		}
		out = append(out, e...)
	}
	return out
}

// Repeat returns a new byte slice consisting of count copies of b. It panics if count is
// negative or if len(b) * count overflows.
func Repeat(b []byte, count int) []byte {
	if count == 0 {
		return []byte{}
	}
	if count < 0 {
		panic("bytes: negative Repeat count")
	}
	if len(b) > (1<<63-1)/count {
		panic("bytes: Repeat output length overflow")
	}
	if len(b) == 0 {
		return []byte{}
	}
	n := len(b) * count
	out := make([]byte, n)
	done := copy(out, b)
	for done < n {
		done += copy(out[done:], out[:done])
	}
	return out
}

// ---- Transforming ----

// Map returns a copy of s with all its characters modified according to the mapping
// function; a negative result drops the character.
func Map(mapping func(r rune) rune, s []byte) []byte {
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); {
		r, w := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, w = utf8.DecodeRune(s[i:])
		}
		if m := mapping(r); m >= 0 {
			b = utf8.AppendRune(b, m)
		}
		i += w
	}
	return b
}

// ToUpper returns a copy of s with all Unicode letters mapped to their upper case.
func ToUpper(s []byte) []byte { return mapCase(s, 0) }

// ToLower returns a copy of s with all Unicode letters mapped to their lower case.
func ToLower(s []byte) []byte { return mapCase(s, 1) }

// ToTitle returns a copy of s with all Unicode letters mapped to their title case.
func ToTitle(s []byte) []byte { return mapCase(s, 2) }

// Title returns a copy of s with all Unicode letters that begin words mapped to their
// title case.
//
// Deprecated: The rule Title uses for word boundaries does not handle Unicode punctuation
// properly.
func Title(s []byte) []byte { return mapCase(s, 3) }

// ToUpperSpecial returns a copy of s with all Unicode letters mapped to their upper case,
// giving priority to the special casing rules.
func ToUpperSpecial(c unicode.SpecialCase, s []byte) []byte { return Map(c.ToUpper, s) }

// ToLowerSpecial returns a copy of s with all Unicode letters mapped to their lower case,
// giving priority to the special casing rules.
func ToLowerSpecial(c unicode.SpecialCase, s []byte) []byte { return Map(c.ToLower, s) }

// ToTitleSpecial returns a copy of s with all Unicode letters mapped to their title case,
// giving priority to the special casing rules.
func ToTitleSpecial(c unicode.SpecialCase, s []byte) []byte { return Map(c.ToTitle, s) }

// ToValidUTF8 returns a copy of s with each run of invalid UTF-8 byte sequences replaced
// by the replacement slice, which may be empty.
func ToValidUTF8(s, replacement []byte) []byte { return toValid(s, replacement) }

// Runes interprets s as a sequence of UTF-8-encoded code points.
func Runes(s []byte) []rune {
	r := []rune(string(s))
	return r[:len(r):len(r)] // Go's capacity is the rune count exactly
}

// Replace returns a copy of s with the first n non-overlapping instances of old replaced
// by new (n < 0: all of them).
func Replace(s, old, new []byte, n int) []byte {
	m := 0
	if n != 0 {
		m = Count(s, old)
	}
	if m == 0 {
		return append([]byte(nil), s...)
	}
	return replace(s, old, new, n)
}

// ReplaceAll returns a copy of s with all non-overlapping instances of old replaced by new.
func ReplaceAll(s, old, new []byte) []byte { return Replace(s, old, new, -1) }

// Clone returns a copy of b[:len(b)]; nil for a nil b.
func Clone(b []byte) []byte {
	if b == nil {
		return nil
	}
	return append([]byte{}, b...)
}

// ---- Trimming and cutting ----

// Trim returns a subslice of s by slicing off all leading and trailing code points
// contained in cutset.
func Trim(s []byte, cutset string) []byte {
	if len(s) == 0 {
		return nil
	}
	if cutset == "" {
		return s
	}
	i, j := trimIndex(s, cutset, trimLeft|trimRight)
	if i == j {
		return nil
	}
	return s[i:j]
}

// TrimLeft returns a subslice of s by slicing off all leading code points contained in
// cutset.
func TrimLeft(s []byte, cutset string) []byte {
	if len(s) == 0 {
		return nil
	}
	if cutset == "" {
		return s
	}
	i, _ := trimIndex(s, cutset, trimLeft)
	if i == len(s) {
		return nil
	}
	return s[i:]
}

// TrimRight returns a subslice of s by slicing off all trailing code points contained in
// cutset.
func TrimRight(s []byte, cutset string) []byte {
	if len(s) == 0 || cutset == "" {
		return s
	}
	_, j := trimIndex(s, cutset, trimRight)
	return s[:j]
}

// TrimSpace returns a subslice of s by slicing off all leading and trailing white space.
func TrimSpace(s []byte) []byte {
	i, j := trimIndex(s, "", trimLeft|trimRight|trimSpace)
	if i == j {
		return nil
	}
	return s[i:j]
}

// TrimFunc returns a subslice of s by slicing off all leading and trailing code points c
// that satisfy f(c).
func TrimFunc(s []byte, f func(r rune) bool) []byte {
	return TrimRightFunc(TrimLeftFunc(s, f), f)
}

// TrimLeftFunc returns a subslice of s by slicing off all leading code points c that
// satisfy f(c).
func TrimLeftFunc(s []byte, f func(r rune) bool) []byte {
	i := indexFunc(s, f, false)
	if i == -1 {
		return nil
	}
	return s[i:]
}

// TrimRightFunc returns a subslice of s by slicing off all trailing code points c that
// satisfy f(c).
func TrimRightFunc(s []byte, f func(r rune) bool) []byte {
	i := lastIndexFunc(s, f, false)
	if i >= 0 && s[i] >= utf8.RuneSelf {
		_, w := utf8.DecodeRune(s[i:])
		i += w
	} else {
		i++
	}
	return s[0:i]
}

// TrimPrefix returns s without the provided leading prefix.
func TrimPrefix(s, prefix []byte) []byte {
	if HasPrefix(s, prefix) {
		return s[len(prefix):]
	}
	return s
}

// TrimSuffix returns s without the provided trailing suffix.
func TrimSuffix(s, suffix []byte) []byte {
	if HasSuffix(s, suffix) {
		return s[:len(s)-len(suffix)]
	}
	return s
}

// Cut slices s around the first instance of sep, returning the text before and after sep.
func Cut(s, sep []byte) (before, after []byte, found bool) {
	if i := Index(s, sep); i >= 0 {
		return s[:i], s[i+len(sep):], true
	}
	return s, nil, false
}

// CutPrefix returns s without the provided leading prefix and reports whether it found
// the prefix.
func CutPrefix(s, prefix []byte) (after []byte, found bool) {
	if !HasPrefix(s, prefix) {
		return s, false
	}
	return s[len(prefix):], true
}

// CutSuffix returns s without the provided ending suffix and reports whether it found the
// suffix.
func CutSuffix(s, suffix []byte) (before []byte, found bool) {
	if !HasSuffix(s, suffix) {
		return s, false
	}
	return s[:len(s)-len(suffix)], true
}

// ---- Buffer ----

// The last read operation of a Buffer, for UnreadByte and UnreadRune: opRead for any
// read, opInvalid for anything else, or the size of the rune ReadRune returned (1 to 4).
const (
	opRead    = -1
	opInvalid = 0
)

// A Buffer is a variable-sized buffer of bytes with Read and Write methods. The zero value
// for Buffer is an empty buffer ready to use.
type Buffer struct {
	buf      []byte // contents are buf[off:len(buf)]
	off      int    // read at buf[off], write at buf[len(buf)]
	lastRead int    // last read operation (opRead, opInvalid or a rune size)
}

// NewBuffer creates and initializes a new Buffer using buf as its initial contents.
func NewBuffer(buf []byte) *Buffer { return &Buffer{buf: buf} }

// NewBufferString creates and initializes a new Buffer using string s as its initial
// contents.
func NewBufferString(s string) *Buffer { return &Buffer{buf: []byte(s)} }

// Bytes returns a slice of length b.Len() holding the unread portion of the buffer.
func (b *Buffer) Bytes() []byte { return b.buf[b.off:] }

// AvailableBuffer returns an empty buffer with b.Available() capacity.
func (b *Buffer) AvailableBuffer() []byte { return b.buf[len(b.buf):] }

// String returns the contents of the unread portion of the buffer as a string. If the
// Buffer is a nil pointer, it returns "<nil>".
func (b *Buffer) String() string {
	if b == nil {
		return "<nil>"
	}
	return string(b.buf[b.off:])
}

// Len returns the number of bytes of the unread portion of the buffer.
func (b *Buffer) Len() int { return len(b.buf) - b.off }

// Cap returns the capacity of the buffer's underlying byte slice.
func (b *Buffer) Cap() int { return cap(b.buf) }

// Available returns how many bytes are unused in the buffer.
func (b *Buffer) Available() int { return cap(b.buf) - len(b.buf) }

// Truncate discards all but the first n unread bytes from the buffer.
func (b *Buffer) Truncate(n int) {
	if n == 0 {
		b.Reset()
		return
	}
	b.lastRead = opInvalid
	if n < 0 || n > b.Len() {
		panic("bytes.Buffer: truncation out of range")
	}
	b.buf = b.buf[:b.off+n]
}

// Reset resets the buffer to be empty, keeping its storage.
func (b *Buffer) Reset() {
	b.buf = b.buf[:0]
	b.off = 0
	b.lastRead = opInvalid
}

// extend makes room for n more bytes by reslicing when the capacity allows it, returning
// where they go, or -1.
func (b *Buffer) extend(n int) int {
	if l := len(b.buf); n <= cap(b.buf)-l {
		b.buf = b.buf[:l+n]
		return l
	}
	return -1
}

// grow makes room for n more bytes and returns where they go: it reslices, or slides the
// unread bytes to the front when the buffer is at most half full, or allocates twice the
// capacity (at least 64 bytes), as Go's Buffer does.
func (b *Buffer) grow(n int) int {
	m := b.Len()
	if m == 0 && b.off != 0 {
		b.Reset()
	}
	if i := b.extend(n); i >= 0 {
		return i
	}
	if b.buf == nil && n <= smallBufferSize {
		b.buf = make([]byte, n, smallBufferSize)
		return 0
	}
	c := cap(b.buf)
	if n <= c/2-m {
		copy(b.buf, b.buf[b.off:])
	} else if c > (1<<63-1)-c-n {
		panic(ErrTooLarge)
	} else {
		// the unread bytes plus room for n more and for the bytes already read (b.off),
		// at least twice the capacity after b.off
		size := m + b.off + n
		if size < 2*(c-b.off) {
			size = 2 * (c - b.off)
		}
		// append rounds the capacity up to an allocation size class, as Go's does
		nb := append([]byte(nil), make([]byte, size)...)
		copy(nb, b.buf[b.off:])
		b.buf = nb[:m]
	}
	b.off = 0
	b.buf = b.buf[:m+n]
	return m
}

// Grow grows the buffer's capacity, if necessary, to guarantee space for another n bytes.
func (b *Buffer) Grow(n int) {
	if n < 0 {
		panic("bytes.Buffer.Grow: negative count")
	}
	m := b.grow(n)
	b.buf = b.buf[:m]
}

// Write appends the contents of p to the buffer.
func (b *Buffer) Write(p []byte) (n int, err error) {
	b.lastRead = opInvalid
	m := len(b.buf)
	if len(p) <= cap(b.buf)-m {
		b.buf = b.buf[:m+len(p)] // room enough: the common case, without a call
	} else {
		m = b.grow(len(p))
	}
	return copy(b.buf[m:], p), nil
}

// WriteString appends the contents of s to the buffer.
func (b *Buffer) WriteString(s string) (n int, err error) {
	b.lastRead = opInvalid
	m := len(b.buf)
	if len(s) <= cap(b.buf)-m {
		b.buf = b.buf[:m+len(s)] // room enough: the common case, without a call
	} else {
		m = b.grow(len(s))
	}
	return copy(b.buf[m:], s), nil
}

// WriteByte appends the byte c to the buffer.
func (b *Buffer) WriteByte(c byte) error {
	b.lastRead = opInvalid
	m := len(b.buf)
	if m < cap(b.buf) {
		b.buf = b.buf[:m+1]
	} else {
		m = b.grow(1)
	}
	b.buf[m] = c
	return nil
}

// WriteRune appends the UTF-8 encoding of Unicode code point r to the buffer.
func (b *Buffer) WriteRune(r rune) (n int, err error) {
	if uint32(r) < utf8.RuneSelf {
		b.WriteByte(byte(r))
		return 1, nil
	}
	b.lastRead = opInvalid
	m := b.extend(utf8.UTFMax)
	if m < 0 {
		m = b.grow(utf8.UTFMax)
	}
	b.buf = utf8.AppendRune(b.buf[:m], r)
	return len(b.buf) - m, nil
}

// ReadFrom reads data from r until EOF and appends it to the buffer.
func (b *Buffer) ReadFrom(r io.Reader) (n int64, err error) {
	b.lastRead = opInvalid
	for {
		i := b.grow(MinRead)
		b.buf = b.buf[:i]
		m, e := r.Read(b.buf[i:cap(b.buf)])
		if m < 0 {
			panic(errNegativeRead)
		}
		b.buf = b.buf[:i+m]
		n += int64(m)
		if e == io.EOF {
			return n, nil
		}
		if e != nil {
			return n, e
		}
	}
}

// WriteTo writes data to w until the buffer is drained or an error occurs.
func (b *Buffer) WriteTo(w io.Writer) (n int64, err error) {
	b.lastRead = opInvalid
	if size := b.Len(); size > 0 {
		m, e := w.Write(b.buf[b.off:])
		if m > size {
			panic("bytes.Buffer.WriteTo: invalid Write count")
		}
		b.off += m
		n = int64(m)
		if e != nil {
			return n, e
		}
		if m != size {
			return n, io.ErrShortWrite
		}
	}
	b.Reset()
	return n, nil
}

// Read reads the next len(p) bytes from the buffer or until the buffer is drained.
func (b *Buffer) Read(p []byte) (n int, err error) {
	b.lastRead = opInvalid
	if len(b.buf) <= b.off {
		b.Reset()
		if len(p) == 0 {
			return 0, nil
		}
		return 0, io.EOF
	}
	n = copy(p, b.buf[b.off:])
	b.off += n
	if n > 0 {
		b.lastRead = opRead
	}
	return n, nil
}

// Next returns a slice containing the next n bytes from the buffer, advancing the buffer
// as if the bytes had been returned by Read.
func (b *Buffer) Next(n int) []byte {
	b.lastRead = opInvalid
	m := b.Len()
	if n > m {
		n = m
	}
	data := b.buf[b.off : b.off+n]
	b.off += n
	if n > 0 {
		b.lastRead = opRead
	}
	return data
}

// ReadByte reads and returns the next byte from the buffer, or io.EOF.
func (b *Buffer) ReadByte() (byte, error) {
	if len(b.buf) <= b.off {
		b.Reset()
		return 0, io.EOF
	}
	c := b.buf[b.off]
	b.off++
	b.lastRead = opRead
	return c, nil
}

// ReadRune reads and returns the next UTF-8-encoded Unicode code point from the buffer.
func (b *Buffer) ReadRune() (r rune, size int, err error) {
	if len(b.buf) <= b.off {
		b.Reset()
		return 0, 0, io.EOF
	}
	if c := b.buf[b.off]; c < utf8.RuneSelf {
		b.off++
		b.lastRead = 1
		return rune(c), 1, nil
	}
	r, n := utf8.DecodeRune(b.buf[b.off:])
	b.off += n
	b.lastRead = n
	return r, n, nil
}

// UnreadRune unreads the last rune returned by ReadRune.
func (b *Buffer) UnreadRune() error {
	if b.lastRead <= opInvalid {
		return errors.New("bytes.Buffer: UnreadRune: previous operation was not a successful ReadRune")
	}
	if b.off >= b.lastRead {
		b.off -= b.lastRead
	}
	b.lastRead = opInvalid
	return nil
}

// UnreadByte unreads the last byte returned by the most recent successful read.
func (b *Buffer) UnreadByte() error {
	if b.lastRead == opInvalid {
		return errUnreadByte
	}
	b.lastRead = opInvalid
	if b.off > 0 {
		b.off--
	}
	return nil
}

// readSlice reads through the first delim, returning a slice of the buffer's memory.
func (b *Buffer) readSlice(delim byte) (line []byte, err error) {
	i := IndexByte(b.buf[b.off:], delim)
	end := b.off + i + 1
	if i < 0 {
		end = len(b.buf)
		err = io.EOF
	}
	line = b.buf[b.off:end]
	b.off = end
	b.lastRead = opRead
	return line, err
}

// ReadBytes reads until the first occurrence of delim in the input, returning a new slice
// containing the data up to and including the delimiter.
func (b *Buffer) ReadBytes(delim byte) (line []byte, err error) {
	s, err := b.readSlice(delim)
	line = append(line, s...)
	return line, err
}

// ReadString reads until the first occurrence of delim in the input, returning a string
// containing the data up to and including the delimiter.
func (b *Buffer) ReadString(delim byte) (line string, err error) {
	s, err := b.readSlice(delim)
	return string(s), err
}

// ---- Reader ----

// A Reader implements io.Reader, io.ReaderAt, io.WriterTo, io.Seeker, io.ByteScanner and
// io.RuneScanner by reading from a byte slice.
type Reader struct {
	s        []byte
	i        int64 // current reading index
	prevRune int   // index of previous rune; or < 0
}

// NewReader returns a new Reader reading from b.
func NewReader(b []byte) *Reader { return &Reader{b, 0, -1} }

// Len returns the number of bytes of the unread portion of the slice.
func (r *Reader) Len() int {
	if r.i >= int64(len(r.s)) {
		return 0
	}
	return int(int64(len(r.s)) - r.i)
}

// Size returns the original length of the underlying byte slice.
func (r *Reader) Size() int64 { return int64(len(r.s)) }

// Read implements the io.Reader interface.
func (r *Reader) Read(b []byte) (n int, err error) {
	if r.i >= int64(len(r.s)) {
		return 0, io.EOF
	}
	r.prevRune = -1
	n = copy(b, r.s[r.i:])
	r.i += int64(n)
	return
}

// ReadAt implements the io.ReaderAt interface.
func (r *Reader) ReadAt(b []byte, off int64) (n int, err error) {
	if off < 0 {
		return 0, errors.New("bytes.Reader.ReadAt: negative offset")
	}
	if off >= int64(len(r.s)) {
		return 0, io.EOF
	}
	n = copy(b, r.s[off:])
	if n < len(b) {
		err = io.EOF
	}
	return
}

// ReadByte implements the io.ByteReader interface.
func (r *Reader) ReadByte() (byte, error) {
	r.prevRune = -1
	if r.i >= int64(len(r.s)) {
		return 0, io.EOF
	}
	b := r.s[r.i]
	r.i++
	return b, nil
}

// UnreadByte complements ReadByte in implementing the io.ByteScanner interface.
func (r *Reader) UnreadByte() error {
	if r.i <= 0 {
		return errors.New("bytes.Reader.UnreadByte: at beginning of slice")
	}
	r.prevRune = -1
	r.i--
	return nil
}

// ReadRune implements the io.RuneReader interface.
func (r *Reader) ReadRune() (ch rune, size int, err error) {
	if r.i >= int64(len(r.s)) {
		r.prevRune = -1
		return 0, 0, io.EOF
	}
	r.prevRune = int(r.i)
	if c := r.s[r.i]; c < utf8.RuneSelf {
		r.i++
		return rune(c), 1, nil
	}
	ch, size = utf8.DecodeRune(r.s[r.i:])
	r.i += int64(size)
	return
}

// UnreadRune complements ReadRune in implementing the io.RuneScanner interface.
func (r *Reader) UnreadRune() error {
	if r.i <= 0 {
		return errors.New("bytes.Reader.UnreadRune: at beginning of slice")
	}
	if r.prevRune < 0 {
		return errors.New("bytes.Reader.UnreadRune: previous operation was not ReadRune")
	}
	r.i = int64(r.prevRune)
	r.prevRune = -1
	return nil
}

// Seek implements the io.Seeker interface.
func (r *Reader) Seek(offset int64, whence int) (int64, error) {
	r.prevRune = -1
	var abs int64
	switch whence {
	case io.SeekStart:
		abs = offset
	case io.SeekCurrent:
		abs = r.i + offset
	case io.SeekEnd:
		abs = int64(len(r.s)) + offset
	default:
		return 0, errors.New("bytes.Reader.Seek: invalid whence")
	}
	if abs < 0 {
		return 0, errors.New("bytes.Reader.Seek: negative position")
	}
	r.i = abs
	return abs, nil
}

// WriteTo implements the io.WriterTo interface.
func (r *Reader) WriteTo(w io.Writer) (n int64, err error) {
	r.prevRune = -1
	if r.i >= int64(len(r.s)) {
		return 0, nil
	}
	b := r.s[r.i:]
	m, err := w.Write(b)
	if m > len(b) {
		panic("bytes.Reader.WriteTo: invalid Write count")
	}
	r.i += int64(m)
	n = int64(m)
	if m != len(b) && err == nil {
		err = io.ErrShortWrite
	}
	return
}

// Reset resets the Reader to be reading from b.
func (r *Reader) Reset(b []byte) { *r = Reader{b, 0, -1} }
