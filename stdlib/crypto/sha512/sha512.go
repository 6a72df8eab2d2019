// Package sha512 implements the SHA-384, SHA-512, SHA-512/224, and SHA-512/256 hash
// algorithms as defined in FIPS 180-4, as Go's crypto/sha512: New, New384, New512_224,
// New512_256, Sum512, Sum384, Sum512_224, Sum512_256, the sizes, and Go's
// MarshalBinary/UnmarshalBinary state encoding. The compression runs in the Nettle library
// (stdlib/crypto/sha512/sha512.c); the running state is a byte array inside the digest.
package sha512

import (
	"errors"
	"hash"
)

const (
	// Size is the size, in bytes, of a SHA-512 checksum.
	Size = 64
	// Size224 is the size, in bytes, of a SHA-512/224 checksum.
	Size224 = 28
	// Size256 is the size, in bytes, of a SHA-512/256 checksum.
	Size256 = 32
	// Size384 is the size, in bytes, of a SHA-384 checksum.
	Size384 = 48
	// BlockSize is the block size, in bytes, of the SHA-512/224, SHA-512/256, SHA-384 and
	// SHA-512 hash functions.
	BlockSize = 128
)

// The variants, as sha512.c numbers them.
const (
	v512 = iota
	v384
	v512_224
	v512_256
)

func initCtx(ctx []byte, variant int)
func update(ctx, p []byte)
func final(ctx, out []byte, variant int)
func sum(data, out []byte, variant int)
func marshal(ctx, out []byte, variant int)
func unmarshal(ctx, b []byte)

// digest is a running hash of the family; ctx holds Nettle's context (see sha512.c).
type digest struct {
	ctx     [256]byte
	variant int
}

func newDigest(variant int) *digest {
	d := &digest{variant: variant}
	d.Reset()
	return d
}

// New returns a new hash.Hash computing the SHA-512 checksum.
func New() hash.Hash { return newDigest(v512) }

// New512_224 returns a new hash.Hash computing the SHA-512/224 checksum.
func New512_224() hash.Hash { return newDigest(v512_224) }

// New512_256 returns a new hash.Hash computing the SHA-512/256 checksum.
func New512_256() hash.Hash { return newDigest(v512_256) }

// New384 returns a new hash.Hash computing the SHA-384 checksum.
func New384() hash.Hash { return newDigest(v384) }

func (d *digest) Reset() { initCtx(d.ctx[:], d.variant) }

func (d *digest) Size() int {
	switch d.variant {
	case v512_224:
		return Size224
	case v512_256:
		return Size256
	case v384:
		return Size384
	}
	return Size
}

func (d *digest) BlockSize() int { return BlockSize }

func (d *digest) Write(p []byte) (int, error) {
	update(d.ctx[:], p)
	return len(p), nil
}

func (d *digest) Sum(in []byte) []byte {
	var out [Size]byte
	final(d.ctx[:], out[:], d.variant)
	return append(in, out[:d.Size()]...)
}

// Sum512 returns the SHA512 checksum of the data.
func Sum512(data []byte) [Size]byte {
	var out [Size]byte
	sum(data, out[:], v512)
	return out
}

// Sum384 returns the SHA384 checksum of the data.
func Sum384(data []byte) [Size384]byte {
	var out [Size384]byte
	sum(data, out[:], v384)
	return out
}

// Sum512_224 returns the Sum512/224 checksum of the data.
func Sum512_224(data []byte) [Size224]byte {
	var out [Size224]byte
	sum(data, out[:], v512_224)
	return out
}

// Sum512_256 returns the Sum512/256 checksum of the data.
func Sum512_256(data []byte) [Size256]byte {
	var out [Size256]byte
	sum(data, out[:], v512_256)
	return out
}

const marshaledSize = 4 + 8*8 + BlockSize + 8

var magics = [4]string{"sha\x07", "sha\x04", "sha\x05", "sha\x06"}

func (d *digest) MarshalBinary() ([]byte, error) {
	b := make([]byte, marshaledSize)
	marshal(d.ctx[:], b, d.variant)
	return b, nil
}

func (d *digest) UnmarshalBinary(b []byte) error {
	if len(b) < 4 || string(b[:4]) != magics[d.variant] {
		return errors.New("crypto/sha512: invalid hash state identifier")
	}
	if len(b) != marshaledSize {
		return errors.New("crypto/sha512: invalid hash state size")
	}
	unmarshal(d.ctx[:], b)
	return nil
}
