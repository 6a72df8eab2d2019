// Package base64 implements base64 encoding as specified by RFC 4648, as Go's
// encoding/base64: the four standard encodings, NewEncoding, WithPadding, Strict, Encode,
// Decode and their String and Append forms, the lengths, the streaming NewEncoder and
// NewDecoder, and CorruptInputError. The encoding loop and the decoder are natives
// (stdlib/encoding/base64/base64.c) that give Go's results and error offsets. Deviation:
// a destination too short for Encode or Decode panics with an index error whose numbers
// may differ from Go's.
package base64

import (
	"io"
	"strconv"
)

// An Encoding is a radix 64 encoding/decoding scheme, defined by a 64-character alphabet.
// base64.c reads its fields: keep their order and types.
type Encoding struct {
	encode    [64]byte
	decodeMap [256]byte
	padChar   rune
	strict    bool
}

const (
	StdPadding rune = '='
	NoPadding  rune = -1
)

// NewEncoding returns a new padded Encoding defined by the given alphabet, which must be
// a 64-byte string that contains unique byte values and no '\n' or '\r'.
func NewEncoding(encoder string) *Encoding {
	if len(encoder) != 64 {
		panic("encoding alphabet is not 64-bytes long")
	}
	e := new(Encoding)
	e.padChar = StdPadding
	for i := range e.decodeMap {
		e.decodeMap[i] = 0xff
	}
	for i := 0; i < 64; i++ {
		c := encoder[i]
		if c == '\n' || c == '\r' {
			panic("encoding alphabet contains newline character")
		}
		if e.decodeMap[c] != 0xff {
			panic("encoding alphabet includes duplicate symbols")
		}
		e.encode[i] = c
		e.decodeMap[c] = byte(i)
	}
	return e
}

// WithPadding creates a new encoding identical to enc except with a specified padding
// character, or NoPadding to disable padding.
func (enc Encoding) WithPadding(padding rune) *Encoding {
	if padding < NoPadding || padding == '\r' || padding == '\n' || padding > 0xff {
		panic("invalid padding")
	}
	if padding != NoPadding && enc.decodeMap[byte(padding)] != 0xff {
		panic("padding contained in alphabet")
	}
	enc.padChar = padding
	return &enc
}

// Strict creates a new encoding identical to enc except with strict decoding enabled:
// the padding bits must be zero.
func (enc Encoding) Strict() *Encoding {
	enc.strict = true
	return &enc
}

var StdEncoding = NewEncoding("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")
var URLEncoding = NewEncoding("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
var RawStdEncoding = StdEncoding.WithPadding(NoPadding)
var RawURLEncoding = URLEncoding.WithPadding(NoPadding)

func encode(enc *Encoding, dst, src []byte)
func encodeToString(enc *Encoding, src []byte) string

// decode returns the bytes written and -1, or the offset of the corrupt input byte.
func decode(enc *Encoding, dst, src []byte) (n int, bad int)

// Encode encodes src using the encoding enc, writing EncodedLen(len(src)) bytes to dst.
func (enc *Encoding) Encode(dst, src []byte) {
	encode(enc, dst, src)
}

// AppendEncode appends the base64 encoded src to dst and returns the extended buffer.
func (enc *Encoding) AppendEncode(dst, src []byte) []byte {
	return append(dst, encodeToString(enc, src)...)
}

// EncodeToString returns the base64 encoding of src.
func (enc *Encoding) EncodeToString(src []byte) string {
	return encodeToString(enc, src)
}

// EncodedLen returns the length in bytes of the base64 encoding of an input buffer of
// length n.
func (enc *Encoding) EncodedLen(n int) int {
	if enc.padChar == NoPadding {
		return n/3*4 + (n%3*8+5)/6
	}
	return (n + 2) / 3 * 4
}

// DecodedLen returns the maximum length in bytes of the decoded data corresponding to n
// bytes of base64-encoded data.
func (enc *Encoding) DecodedLen(n int) int {
	return decodedLen(n, enc.padChar)
}

func decodedLen(n int, padChar rune) int {
	if padChar == NoPadding {
		return n/4*3 + n%4*6/8
	}
	return n / 4 * 3
}

// CorruptInputError reports the offset of an illegal byte in the input.
type CorruptInputError int64

func (e CorruptInputError) Error() string {
	return "illegal base64 data at input byte " + strconv.FormatInt(int64(e), 10)
}

// Decode decodes src using the encoding enc. It writes at most DecodedLen(len(src))
// bytes to dst and returns the number of bytes written. New line characters (\r and \n)
// are ignored.
func (enc *Encoding) Decode(dst, src []byte) (n int, err error) {
	n, bad := decode(enc, dst, src)
	if bad >= 0 {
		return n, CorruptInputError(bad)
	}
	return n, nil
}

// AppendDecode appends the base64 decoded src to dst and returns the extended buffer.
func (enc *Encoding) AppendDecode(dst, src []byte) ([]byte, error) {
	n := len(src)
	for n > 0 && rune(src[n-1]) == enc.padChar {
		n--
	}
	buf := make([]byte, decodedLen(n, NoPadding))
	n, err := enc.Decode(buf, src)
	return append(dst, buf[:n]...), err
}

// DecodeString returns the bytes represented by the base64 string s.
func (enc *Encoding) DecodeString(s string) ([]byte, error) {
	buf := make([]byte, enc.DecodedLen(len(s)))
	n, err := enc.Decode(buf, []byte(s))
	return buf[:n], err
}

type encoder struct {
	err  error
	enc  *Encoding
	w    io.Writer
	buf  [3]byte // a partial group waiting for more input
	nbuf int
	out  []byte
}

// NewEncoder returns a new base64 stream encoder. Data written to the returned writer is
// encoded using enc and then written to w. Close flushes any partially written block.
func NewEncoder(enc *Encoding, w io.Writer) io.WriteCloser {
	return &encoder{enc: enc, w: w, out: make([]byte, 1024)}
}

func (e *encoder) Write(p []byte) (n int, err error) {
	if e.err != nil {
		return 0, e.err
	}
	if e.nbuf > 0 {
		i := 0
		for ; i < len(p) && e.nbuf < 3; i++ {
			e.buf[e.nbuf] = p[i]
			e.nbuf++
		}
		n += i
		p = p[i:]
		if e.nbuf < 3 {
			return n, nil
		}
		encode(e.enc, e.out, e.buf[:])
		if _, e.err = e.w.Write(e.out[:4]); e.err != nil {
			return n, e.err
		}
		e.nbuf = 0
	}
	for len(p) >= 3 {
		k := len(e.out) / 4 * 3
		if k > len(p) {
			k = len(p) - len(p)%3
		}
		encode(e.enc, e.out, p[:k])
		if _, e.err = e.w.Write(e.out[:k/3*4]); e.err != nil {
			return n, e.err
		}
		n += k
		p = p[k:]
	}
	copy(e.buf[:], p)
	e.nbuf = len(p)
	n += len(p)
	return n, nil
}

// Close flushes any pending output from the encoder.
func (e *encoder) Close() error {
	if e.err == nil && e.nbuf > 0 {
		encode(e.enc, e.out, e.buf[:e.nbuf])
		_, e.err = e.w.Write(e.out[:e.enc.EncodedLen(e.nbuf)])
		e.nbuf = 0
	}
	return e.err
}

type decoder struct {
	err     error
	readErr error
	enc     *Encoding
	r       io.Reader
	buf     []byte // undecoded input: buf[:nbuf]
	nbuf    int
	out     []byte // decoded output not yet returned
	outbuf  []byte
}

// NewDecoder constructs a new base64 stream decoder.
func NewDecoder(enc *Encoding, r io.Reader) io.Reader {
	return &decoder{enc: enc, r: &newlineFilter{r}, buf: make([]byte, 1024), outbuf: make([]byte, 768)}
}

func (d *decoder) Read(p []byte) (n int, err error) {
	if len(d.out) > 0 {
		n = copy(p, d.out)
		d.out = d.out[n:]
		return n, nil
	}
	if d.err != nil {
		return 0, d.err
	}
	// Read at least one whole quantum, more if p has room for it.
	for d.nbuf < 4 && d.readErr == nil {
		want := len(p) / 3 * 4
		if want < 4 {
			want = 4
		}
		if want > len(d.buf) {
			want = len(d.buf)
		}
		var got int
		got, d.readErr = d.r.Read(d.buf[d.nbuf:want])
		d.nbuf += got
	}
	if d.nbuf < 4 {
		if d.enc.padChar == NoPadding && d.nbuf > 0 {
			var w int
			w, d.err = d.enc.Decode(d.outbuf, d.buf[:d.nbuf])
			d.nbuf = 0
			d.out = d.outbuf[:w]
			n = copy(p, d.out)
			d.out = d.out[n:]
			if n > 0 || len(p) == 0 && len(d.out) > 0 {
				return n, nil
			}
			if d.err != nil {
				return 0, d.err
			}
		}
		d.err = d.readErr
		if d.err == io.EOF && d.nbuf > 0 {
			d.err = io.ErrUnexpectedEOF
		}
		return 0, d.err
	}
	whole := d.nbuf / 4 * 4
	room := d.nbuf / 4 * 3
	if room > len(p) {
		room, d.err = d.enc.Decode(d.outbuf, d.buf[:whole])
		d.out = d.outbuf[:room]
		n = copy(p, d.out)
		d.out = d.out[n:]
	} else {
		n, d.err = d.enc.Decode(p, d.buf[:whole])
	}
	d.nbuf -= whole
	copy(d.buf[:d.nbuf], d.buf[whole:])
	return n, d.err
}

// newlineFilter drops '\r' and '\n' from what it reads.
type newlineFilter struct {
	r io.Reader
}

func (f *newlineFilter) Read(p []byte) (int, error) {
	n, err := f.r.Read(p)
	for n > 0 {
		kept := 0
		for _, c := range p[:n] {
			if c != '\r' && c != '\n' {
				p[kept] = c
				kept++
			}
		}
		if kept > 0 {
			return kept, err
		}
		n, err = f.r.Read(p)
	}
	return n, err
}
