// Package hex implements hexadecimal encoding and decoding, as Go's encoding/hex: Encode,
// Decode and their String and Append forms, the lengths, Dump and Dumper, the streaming
// NewEncoder and NewDecoder, ErrLength and InvalidByteError. The loops are natives
// (stdlib/encoding/hex/hex.c). Deviation: a Dumper hands its writer whole lines (Go
// writes each byte's column separately); the bytes written are the same.
package hex

import (
	"errors"
	"fmt"
	"io"
)

// ErrLength reports an attempt to decode an odd-length input using Decode or
// DecodeString. The stream-based Decoder returns io.ErrUnexpectedEOF instead of ErrLength.
var ErrLength = errors.New("encoding/hex: odd length hex string")

// InvalidByteError values describe errors resulting from an invalid byte in a hex string.
type InvalidByteError byte

func (e InvalidByteError) Error() string {
	return fmt.Sprintf("encoding/hex: invalid byte: %#U", rune(e))
}

// EncodedLen returns the length of an encoding of n source bytes: n * 2.
func EncodedLen(n int) int { return n * 2 }

// DecodedLen returns the length of a decoding of x source bytes: x / 2.
func DecodedLen(x int) int { return x / 2 }

// Encode encodes src into EncodedLen(len(src)) bytes of dst and returns that number.
func Encode(dst, src []byte) int

// EncodeToString returns the hexadecimal encoding of src.
func EncodeToString(src []byte) string

// decode decodes src into dst up to the first error: n bytes written; bad is -1 without
// error, -2 for an odd length, else the invalid byte.
func decode(dst, src []byte) (n int, bad int)

func decodeErr(bad int) error {
	switch bad {
	case -1:
		return nil
	case -2:
		return ErrLength
	}
	return InvalidByteError(byte(bad))
}

// Decode decodes src into DecodedLen(len(src)) bytes, returning the number of bytes
// written to dst. It fails on a non-hexadecimal byte or an odd length.
func Decode(dst, src []byte) (int, error) {
	n, bad := decode(dst, src)
	return n, decodeErr(bad)
}

// AppendEncode appends the hexadecimal encoding of src to dst.
func AppendEncode(dst, src []byte) []byte {
	return append(dst, EncodeToString(src)...)
}

// AppendDecode appends the decoding of src to dst; on error it returns what was decoded.
func AppendDecode(dst, src []byte) ([]byte, error) {
	buf := make([]byte, len(src)/2)
	n, err := Decode(buf, src)
	return append(dst, buf[:n]...), err
}

// DecodeString returns the bytes represented by the hexadecimal string s (those decoded
// before an error, with the error).
func DecodeString(s string) ([]byte, error) {
	src := []byte(s)
	n, err := Decode(src, src)
	return src[:n], err
}

// dump returns the dump lines of data, the first one at offset off.
func dump(data []byte, off uint) string

// Dump returns a string that contains a hex dump of the given data, in the format of
// `hexdump -C`.
func Dump(data []byte) string {
	return dump(data, 0)
}

// chunk is how many input bytes the streaming encoder converts per write.
const chunk = 512

type encoder struct {
	w   io.Writer
	err error
	out []byte
}

// NewEncoder returns an io.Writer that writes lowercase hexadecimal characters to w.
func NewEncoder(w io.Writer) io.Writer {
	return &encoder{w: w}
}

func (e *encoder) Write(p []byte) (n int, err error) {
	if e.out == nil {
		e.out = make([]byte, 2*chunk)
	}
	for len(p) > 0 && e.err == nil {
		k := len(p)
		if k > chunk {
			k = chunk
		}
		m := Encode(e.out, p[:k])
		var w int
		w, e.err = e.w.Write(e.out[:m])
		n += w / 2
		p = p[k:]
	}
	return n, e.err
}

type decoder struct {
	r   io.Reader
	err error
	in  []byte // undecoded input, a window of arr
	arr []byte
}

// NewDecoder returns an io.Reader that decodes hexadecimal characters from r. It expects
// r to hold an even number of hexadecimal characters.
func NewDecoder(r io.Reader) io.Reader {
	return &decoder{r: r}
}

func (d *decoder) Read(p []byte) (n int, err error) {
	if d.arr == nil {
		d.arr = make([]byte, 2*chunk)
	}
	// Refill when fewer than two characters (one byte) are left.
	if len(d.in) < 2 && d.err == nil {
		kept := copy(d.arr, d.in)
		var got int
		got, d.err = d.r.Read(d.arr[kept:])
		d.in = d.arr[:kept+got]
		if d.err == io.EOF && len(d.in)%2 == 1 {
			last := d.in[len(d.in)-1]
			if !isHex(last) {
				d.err = InvalidByteError(last)
			} else {
				d.err = io.ErrUnexpectedEOF
			}
		}
	}
	if avail := len(d.in) / 2; len(p) > avail {
		p = p[:avail]
	}
	m, derr := Decode(p, d.in[:2*len(p)])
	d.in = d.in[2*m:]
	if derr != nil {
		d.in, d.err = nil, derr
	}
	// Errors surface only once the buffered input is used up.
	if len(d.in) < 2 {
		return m, d.err
	}
	return m, nil
}

func isHex(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}

type dumper struct {
	w      io.Writer
	line   []byte // the bytes of the current, unfinished line
	off    uint   // offset of the current line
	closed bool
}

// Dumper returns a WriteCloser that writes a hex dump of all written data to w. The format
// matches `hexdump -C`; Close writes the last, short line.
func Dumper(w io.Writer) io.WriteCloser {
	return &dumper{w: w}
}

func (h *dumper) Write(data []byte) (n int, err error) {
	if h.closed {
		return 0, errors.New("encoding/hex: dumper closed")
	}
	for len(data) > 0 {
		k := 16 - len(h.line)
		if k > len(data) {
			k = len(data)
		}
		h.line = append(h.line, data[:k]...)
		data = data[k:]
		if len(h.line) < 16 {
			n += k
			break
		}
		_, err = io.WriteString(h.w, dump(h.line, h.off))
		if err != nil {
			return n, err
		}
		n += k
		h.off += 16
		h.line = h.line[:0]
	}
	return n, nil
}

func (h *dumper) Close() (err error) {
	if h.closed {
		return nil
	}
	h.closed = true
	if len(h.line) == 0 {
		return nil
	}
	_, err = io.WriteString(h.w, dump(h.line, h.off))
	return err
}
