// Package md5 implements the MD5 hash algorithm as defined in RFC 1321, as Go's
// crypto/md5: Sum, New, Size, BlockSize. The compression runs in the Nettle library
// (stdlib/crypto/md5/md5.c); the running state is a byte array inside the digest.
// MarshalBinary/UnmarshalBinary use Go's format.
package md5

import (
	"errors"
	"hash"
)

// The size of an MD5 checksum in bytes.
const Size = 16

// The blocksize of MD5 in bytes.
const BlockSize = 64

func initCtx(ctx []byte)
func update(ctx, p []byte)
func final(ctx, out []byte)
func sum(data, out []byte)

// digest is a running MD5; ctx holds Nettle's context (see md5.c).
type digest struct {
	ctx [128]byte
}

// New returns a new hash.Hash computing the MD5 checksum.
func New() hash.Hash {
	d := new(digest)
	d.Reset()
	return d
}

func (d *digest) Reset()         { initCtx(d.ctx[:]) }
func (d *digest) Size() int      { return Size }
func (d *digest) BlockSize() int { return BlockSize }

func (d *digest) Write(p []byte) (int, error) {
	update(d.ctx[:], p)
	return len(p), nil
}

func (d *digest) Sum(in []byte) []byte {
	var out [Size]byte
	final(d.ctx[:], out[:])
	return append(in, out[:]...)
}

// Sum returns the MD5 checksum of the data.
func Sum(data []byte) [Size]byte {
	var out [Size]byte
	sum(data, out[:])
	return out
}

const (
	magic         = "md5\x01"
	marshaledSize = len(magic) + 4*4 + BlockSize + 8
)

func marshal(ctx, out []byte)
func unmarshal(ctx, b []byte)

// MarshalBinary returns the running state in Go's encoding.
func (d *digest) MarshalBinary() ([]byte, error) {
	b := make([]byte, marshaledSize)
	marshal(d.ctx[:], b)
	return b, nil
}

// UnmarshalBinary restores a state from MarshalBinary.
func (d *digest) UnmarshalBinary(b []byte) error {
	if len(b) < len(magic) || string(b[:len(magic)]) != magic {
		return errors.New("crypto/md5: invalid hash state identifier")
	}
	if len(b) != marshaledSize {
		return errors.New("crypto/md5: invalid hash state size")
	}
	unmarshal(d.ctx[:], b)
	return nil
}
