// Package binary translates between numbers and byte sequences and encodes and decodes
// varints, as Go's encoding/binary: ByteOrder and AppendByteOrder with BigEndian,
// LittleEndian and NativeEndian (little endian, as on amd64 and arm64), the varint
// functions, and Read, Write, Size, Append, Encode and Decode of fixed-size values
// (booleans, sized integers, floats, and arrays, structs, pointers and slices of them).
// Go walks the values by reflection; here natives (binary.c) walk their type descriptors,
// and a ByteOrder other than the package's own is applied to each scalar afterwards.
// Difference: Decode and Read also fill unexported struct fields, where Go's reflect
// panics.
package binary

import (
	"errors"
	"io"
)

// A ByteOrder converts byte slices to and from unsigned integers.
type ByteOrder interface {
	Uint16([]byte) uint16
	Uint32([]byte) uint32
	Uint64([]byte) uint64
	PutUint16([]byte, uint16)
	PutUint32([]byte, uint32)
	PutUint64([]byte, uint64)
	String() string
}

// An AppendByteOrder appends unsigned integers to byte slices.
type AppendByteOrder interface {
	AppendUint16([]byte, uint16) []byte
	AppendUint32([]byte, uint32) []byte
	AppendUint64([]byte, uint64) []byte
	String() string
}

// LittleEndian, BigEndian and NativeEndian implement ByteOrder and AppendByteOrder.
var LittleEndian littleEndian
var BigEndian bigEndian
var NativeEndian nativeEndian

type littleEndian struct{}

// Each reads or stores through the index of its last byte first, so that a short
// slice panics with Go's index out of range message.
func (littleEndian) Uint16(b []byte) uint16 {
	_ = b[1]
	return uint16(b[0]) | uint16(b[1])<<8
}

func (littleEndian) PutUint16(b []byte, v uint16) {
	_ = b[1]
	b[0] = byte(v)
	b[1] = byte(v >> 8)
}

func (littleEndian) AppendUint16(b []byte, v uint16) []byte {
	return append(b, byte(v), byte(v>>8))
}

func (littleEndian) Uint32(b []byte) uint32 {
	_ = b[3]
	return uint32(b[0]) | uint32(b[1])<<8 | uint32(b[2])<<16 | uint32(b[3])<<24
}

func (littleEndian) PutUint32(b []byte, v uint32) {
	_ = b[3]
	b[0] = byte(v)
	b[1] = byte(v >> 8)
	b[2] = byte(v >> 16)
	b[3] = byte(v >> 24)
}

func (littleEndian) AppendUint32(b []byte, v uint32) []byte {
	return append(b, byte(v), byte(v>>8), byte(v>>16), byte(v>>24))
}

func (littleEndian) Uint64(b []byte) uint64 {
	_ = b[7]
	return uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
		uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
}

func (littleEndian) PutUint64(b []byte, v uint64) {
	_ = b[7]
	for i := 0; i < 8; i++ {
		b[i] = byte(v >> (8 * i))
	}
}

func (littleEndian) AppendUint64(b []byte, v uint64) []byte {
	return append(b, byte(v), byte(v>>8), byte(v>>16), byte(v>>24),
		byte(v>>32), byte(v>>40), byte(v>>48), byte(v>>56))
}

func (littleEndian) String() string   { return "LittleEndian" }
func (littleEndian) GoString() string { return "binary.LittleEndian" }

type bigEndian struct{}

func (bigEndian) Uint16(b []byte) uint16 {
	_ = b[1]
	return uint16(b[1]) | uint16(b[0])<<8
}

func (bigEndian) PutUint16(b []byte, v uint16) {
	_ = b[1]
	b[0] = byte(v >> 8)
	b[1] = byte(v)
}

func (bigEndian) AppendUint16(b []byte, v uint16) []byte {
	return append(b, byte(v>>8), byte(v))
}

func (bigEndian) Uint32(b []byte) uint32 {
	_ = b[3]
	return uint32(b[3]) | uint32(b[2])<<8 | uint32(b[1])<<16 | uint32(b[0])<<24
}

func (bigEndian) PutUint32(b []byte, v uint32) {
	_ = b[3]
	b[0] = byte(v >> 24)
	b[1] = byte(v >> 16)
	b[2] = byte(v >> 8)
	b[3] = byte(v)
}

func (bigEndian) AppendUint32(b []byte, v uint32) []byte {
	return append(b, byte(v>>24), byte(v>>16), byte(v>>8), byte(v))
}

func (bigEndian) Uint64(b []byte) uint64 {
	_ = b[7]
	return uint64(b[7]) | uint64(b[6])<<8 | uint64(b[5])<<16 | uint64(b[4])<<24 |
		uint64(b[3])<<32 | uint64(b[2])<<40 | uint64(b[1])<<48 | uint64(b[0])<<56
}

func (bigEndian) PutUint64(b []byte, v uint64) {
	_ = b[7]
	for i := 0; i < 8; i++ {
		b[i] = byte(v >> (56 - 8*i))
	}
}

func (bigEndian) AppendUint64(b []byte, v uint64) []byte {
	return append(b, byte(v>>56), byte(v>>48), byte(v>>40), byte(v>>32),
		byte(v>>24), byte(v>>16), byte(v>>8), byte(v))
}

func (bigEndian) String() string   { return "BigEndian" }
func (bigEndian) GoString() string { return "binary.BigEndian" }

// nativeEndian is little endian: Gale runs on little-endian hosts only.
type nativeEndian struct {
	littleEndian
}

func (nativeEndian) String() string   { return "NativeEndian" }
func (nativeEndian) GoString() string { return "binary.NativeEndian" }

// ---- Read, Write and friends ----

var errBufferTooSmall = errors.New("buffer too small")

// dataSize is the encoded size of v (a pointer is followed once, a slice counts its
// elements), -1 when it has no fixed size; decoding also wants a pointer or a slice.
func dataSize(v any, decoding bool) int

// encode writes v (dataSize bytes) into buf; decode stores buf into what v points to.
func encode(buf []byte, big bool, v any)
func decode(buf []byte, big bool, v any)

// typeString is reflect.TypeOf(v).String().
func typeString(v any) string

// scalarSizes lists the byte size of each scalar of v's encoding, one byte each.
func scalarSizes(v any) string

// encodeIn encodes data into buf in order: the package's own orders natively, another
// ByteOrder by encoding little endian, then rewriting each scalar through it.
func encodeIn(buf []byte, order ByteOrder, data any) {
	switch order.(type) {
	case bigEndian:
		encode(buf, true, data)
		return
	case littleEndian, nativeEndian:
		encode(buf, false, data)
		return
	}
	encode(buf, false, data)
	off := 0
	for _, c := range []byte(scalarSizes(data)) {
		b := buf[off:]
		switch c {
		case 2:
			order.PutUint16(b, LittleEndian.Uint16(b))
		case 4:
			order.PutUint32(b, LittleEndian.Uint32(b))
		case 8:
			order.PutUint64(b, LittleEndian.Uint64(b))
		}
		off += int(c)
	}
}

// decodeIn stores buf, encoded in order, into data (the inverse of encodeIn); buf is
// left as it was.
func decodeIn(buf []byte, order ByteOrder, data any) {
	switch order.(type) {
	case bigEndian:
		decode(buf, true, data)
		return
	case littleEndian, nativeEndian:
		decode(buf, false, data)
		return
	}
	tmp := append([]byte(nil), buf...)
	off := 0
	for _, c := range []byte(scalarSizes(data)) {
		b := tmp[off:]
		switch c {
		case 2:
			LittleEndian.PutUint16(b, order.Uint16(b))
		case 4:
			LittleEndian.PutUint32(b, order.Uint32(b))
		case 8:
			LittleEndian.PutUint64(b, order.Uint64(b))
		}
		off += int(c)
	}
	decode(tmp, false, data)
}

// plainSize is the size of a bool, sized integer or float held by value: Go's Read and
// Decode consume that many bytes before finding that they cannot store into it.
func plainSize(data any) int {
	switch data.(type) {
	case bool, int8, uint8:
		return 1
	case int16, uint16:
		return 2
	case int32, uint32, float32:
		return 4
	case int64, uint64, float64:
		return 8
	}
	return 0
}

// Read reads the encoding of data (a pointer to a fixed-size value, or a slice of
// them) from r.
func Read(r io.Reader, order ByteOrder, data any) error {
	if n := plainSize(data); n > 0 {
		if _, err := io.ReadFull(r, make([]byte, n)); err != nil {
			return err
		}
	}
	n := dataSize(data, true)
	if n < 0 {
		return errors.New("binary.Read: invalid type " + typeString(data))
	}
	buf := make([]byte, n)
	if _, err := io.ReadFull(r, buf); err != nil {
		return err
	}
	decodeIn(buf, order, data)
	return nil
}

// Decode decodes buf into data and returns how many bytes it used.
func Decode(buf []byte, order ByteOrder, data any) (int, error) {
	if n := plainSize(data); n > len(buf) {
		return 0, errBufferTooSmall
	}
	n := dataSize(data, true)
	if n < 0 {
		return 0, errors.New("binary.Decode: invalid type " + typeString(data))
	}
	if len(buf) < n {
		return 0, errBufferTooSmall
	}
	decodeIn(buf[:n], order, data)
	return n, nil
}

// Write writes the encoding of data (a fixed-size value, a pointer to one, or a slice of
// them) to w.
func Write(w io.Writer, order ByteOrder, data any) error {
	if b, ok := data.([]byte); ok {
		_, err := w.Write(b)
		return err
	}
	n := dataSize(data, false)
	if n < 0 {
		return errors.New("binary.Write: some values are not fixed-sized in type " + typeString(data))
	}
	buf := make([]byte, n)
	encodeIn(buf, order, data)
	_, err := w.Write(buf)
	return err
}

// Encode encodes data into buf and returns how many bytes it wrote.
func Encode(buf []byte, order ByteOrder, data any) (int, error) {
	n := dataSize(data, false)
	if n < 0 {
		return 0, errors.New("binary.Encode: some values are not fixed-sized in type " + typeString(data))
	}
	if len(buf) < n {
		return 0, errBufferTooSmall
	}
	encodeIn(buf[:n], order, data)
	return n, nil
}

// Append appends the encoding of data to buf.
func Append(buf []byte, order ByteOrder, data any) ([]byte, error) {
	n := dataSize(data, false)
	if n < 0 {
		return nil, errors.New("binary.Append: some values are not fixed-sized in type " + typeString(data))
	}
	out := make([]byte, n)
	encodeIn(out, order, data)
	return append(buf, out...), nil
}

// Size returns how many bytes Write would write for v, or -1.
func Size(v any) int {
	return dataSize(v, false)
}

// ---- varints ----

// The most bytes a varint of each width takes.
const (
	MaxVarintLen16 = 3
	MaxVarintLen32 = 5
	MaxVarintLen64 = 10
)

// AppendUvarint appends the varint encoding of x.
func AppendUvarint(buf []byte, x uint64) []byte {
	for x >= 0x80 {
		buf = append(buf, byte(x)|0x80)
		x >>= 7
	}
	return append(buf, byte(x))
}

// PutUvarint encodes x into buf (which must be large enough) and returns its length.
func PutUvarint(buf []byte, x uint64) int {
	i := 0
	for x >= 0x80 {
		buf[i] = byte(x) | 0x80
		x >>= 7
		i++
	}
	buf[i] = byte(x)
	return i + 1
}

// Uvarint decodes a uint64 from buf and returns it and the bytes read; n == 0: buf too
// short; n < 0: the value overflows 64 bits, and -n bytes were read.
func Uvarint(buf []byte) (uint64, int) {
	var x uint64
	var s uint
	for i, b := range buf {
		if i == MaxVarintLen64 {
			return 0, -(i + 1)
		}
		if b < 0x80 {
			if i == MaxVarintLen64-1 && b > 1 {
				return 0, -(i + 1)
			}
			return x | uint64(b)<<s, i + 1
		}
		x |= uint64(b&0x7f) << s
		s += 7
	}
	return 0, 0
}

// AppendVarint appends the zig-zag varint encoding of x.
func AppendVarint(buf []byte, x int64) []byte {
	ux := uint64(x) << 1
	if x < 0 {
		ux = ^ux
	}
	return AppendUvarint(buf, ux)
}

// PutVarint encodes x into buf and returns its length.
func PutVarint(buf []byte, x int64) int {
	ux := uint64(x) << 1
	if x < 0 {
		ux = ^ux
	}
	return PutUvarint(buf, ux)
}

// Varint decodes an int64 from buf, with Uvarint's conventions for n.
func Varint(buf []byte) (int64, int) {
	ux, n := Uvarint(buf)
	x := int64(ux >> 1)
	if ux&1 != 0 {
		x = ^x
	}
	return x, n
}

var errOverflow = errors.New("binary: varint overflows a 64-bit integer")

// ReadUvarint reads a varint from r; io.EOF only when no byte was read, else
// io.ErrUnexpectedEOF.
func ReadUvarint(r io.ByteReader) (uint64, error) {
	var x uint64
	var s uint
	for i := 0; i < MaxVarintLen64; i++ {
		b, err := r.ReadByte()
		if err != nil {
			if i > 0 && err == io.EOF {
				err = io.ErrUnexpectedEOF
			}
			return x, err
		}
		if b < 0x80 {
			if i == MaxVarintLen64-1 && b > 1 {
				return x, errOverflow
			}
			return x | uint64(b)<<s, nil
		}
		x |= uint64(b&0x7f) << s
		s += 7
	}
	return x, errOverflow
}

// ReadVarint reads a zig-zag varint from r.
func ReadVarint(r io.ByteReader) (int64, error) {
	ux, err := ReadUvarint(r)
	x := int64(ux >> 1)
	if ux&1 != 0 {
		x = ^x
	}
	return x, err
}
