// Package adler32 implements the Adler-32 checksum, as Go's hash/adler32: New, Checksum,
// Size, and Go's MarshalBinary/UnmarshalBinary state encoding. The update loop is a
// native (stdlib/hash/adler32/adler32.c).
package adler32

import (
	"errors"
	"hash"
)

// The size of an Adler-32 checksum in bytes.
const Size = 4

type digest uint32

func update(d uint32, p []byte) uint32

func (d *digest) Reset() { *d = 1 }

// New returns a new hash.Hash32 computing the Adler-32 checksum. Its Sum method lays the
// value out in big-endian byte order.
func New() hash.Hash32 {
	d := new(digest)
	d.Reset()
	return d
}

func (d *digest) Size() int      { return Size }
func (d *digest) BlockSize() int { return 4 }

func (d *digest) Write(p []byte) (nn int, err error) {
	*d = digest(update(uint32(*d), p))
	return len(p), nil
}

func (d *digest) Sum32() uint32 { return uint32(*d) }

func (d *digest) Sum(in []byte) []byte {
	s := uint32(*d)
	return append(in, byte(s>>24), byte(s>>16), byte(s>>8), byte(s))
}

// Checksum returns the Adler-32 checksum of data.
func Checksum(data []byte) uint32 { return update(1, data) }

const (
	magic         = "adl\x01"
	marshaledSize = len(magic) + 4
)

func (d *digest) MarshalBinary() ([]byte, error) {
	s := uint32(*d)
	return append([]byte(magic), byte(s>>24), byte(s>>16), byte(s>>8), byte(s)), nil
}

func (d *digest) UnmarshalBinary(b []byte) error {
	if len(b) < len(magic) || string(b[:len(magic)]) != magic {
		return errors.New("hash/adler32: invalid hash state identifier")
	}
	if len(b) != marshaledSize {
		return errors.New("hash/adler32: invalid hash state size")
	}
	*d = digest(uint32(b[4])<<24 | uint32(b[5])<<16 | uint32(b[6])<<8 | uint32(b[7]))
	return nil
}
