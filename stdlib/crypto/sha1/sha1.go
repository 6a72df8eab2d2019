// Package sha1 implements the SHA-1 hash algorithm as defined in RFC 3174, as Go's
// crypto/sha1: Sum, New, Size, BlockSize, and Go's MarshalBinary/UnmarshalBinary state
// encoding. The compression runs in the Nettle library (stdlib/crypto/sha1/sha1.c); the
// running state is a byte array inside the digest.
package sha1

import (
	"errors"
	"hash"
)

// The size of a SHA-1 checksum in bytes.
const Size = 20

// The blocksize of SHA-1 in bytes.
const BlockSize = 64

func initCtx(ctx []byte)
func update(ctx, p []byte)
func final(ctx, out []byte)
func sum(data, out []byte)
func marshal(ctx, out []byte)
func unmarshal(ctx, b []byte)

// digest is a running SHA-1; ctx holds Nettle's context (see sha1.c).
type digest struct {
	ctx [128]byte
}

// New returns a new hash.Hash computing the SHA1 checksum.
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

// Sum returns the SHA-1 checksum of the data.
func Sum(data []byte) [Size]byte {
	var out [Size]byte
	sum(data, out[:])
	return out
}

const (
	magic         = "sha\x01"
	marshaledSize = len(magic) + 5*4 + BlockSize + 8
)

func (d *digest) MarshalBinary() ([]byte, error) {
	b := make([]byte, marshaledSize)
	marshal(d.ctx[:], b)
	return b, nil
}

func (d *digest) UnmarshalBinary(b []byte) error {
	if len(b) < len(magic) || string(b[:len(magic)]) != magic {
		return errors.New("crypto/sha1: invalid hash state identifier")
	}
	if len(b) != marshaledSize {
		return errors.New("crypto/sha1: invalid hash state size")
	}
	unmarshal(d.ctx[:], b)
	return nil
}
