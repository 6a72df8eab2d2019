// Package sha256 implements the SHA224 and SHA256 hash algorithms as defined in FIPS
// 180-4, as Go's crypto/sha256: Sum256, Sum224, New, New224, Size, Size224, BlockSize.
// The compression runs in the Nettle library (stdlib/crypto/sha256/sha256.c); the running
// state is a byte array inside the digest. MarshalBinary/UnmarshalBinary use Go's format.
package sha256

import (
	"errors"
	"hash"
)

// The size of a SHA256 checksum in bytes.
const Size = 32

// The size of a SHA224 checksum in bytes.
const Size224 = 28

// The blocksize of SHA256 and SHA224 in bytes.
const BlockSize = 64

func initCtx(ctx []byte, is224 bool)
func update(ctx, p []byte)
func final(ctx, out []byte, is224 bool)
func sum(data, out []byte, is224 bool)

// digest is a running SHA-256 or SHA-224; ctx holds Nettle's context (see sha256.c).
type digest struct {
	ctx   [128]byte
	is224 bool
}

// New returns a new hash.Hash computing the SHA256 checksum.
func New() hash.Hash {
	d := new(digest)
	d.Reset()
	return d
}

// New224 returns a new hash.Hash computing the SHA224 checksum.
func New224() hash.Hash {
	d := &digest{is224: true}
	d.Reset()
	return d
}

func (d *digest) Reset() { initCtx(d.ctx[:], d.is224) }

func (d *digest) Size() int {
	if d.is224 {
		return Size224
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
	final(d.ctx[:], out[:], d.is224)
	return append(in, out[:d.Size()]...)
}

// Sum256 returns the SHA256 checksum of the data.
func Sum256(data []byte) [Size]byte {
	var out [Size]byte
	sum(data, out[:], false)
	return out
}

// Sum224 returns the SHA224 checksum of the data.
func Sum224(data []byte) [Size224]byte {
	var out [Size]byte
	sum(data, out[:], true)
	var r [Size224]byte
	copy(r[:], out[:])
	return r
}

const (
	magic224      = "sha\x02"
	magic256      = "sha\x03"
	marshaledSize = len(magic256) + 8*4 + BlockSize + 8
)

func marshal(ctx, out []byte, is224 bool)
func unmarshal(ctx, b []byte)

// MarshalBinary returns the running state in Go's encoding.
func (d *digest) MarshalBinary() ([]byte, error) {
	b := make([]byte, marshaledSize)
	marshal(d.ctx[:], b, d.is224)
	return b, nil
}

// UnmarshalBinary restores a state from MarshalBinary.
func (d *digest) UnmarshalBinary(b []byte) error {
	if len(b) < len(magic224) || (d.is224 && string(b[:len(magic224)]) != magic224) || (!d.is224 && string(b[:len(magic256)]) != magic256) {
		return errors.New("crypto/sha256: invalid hash state identifier")
	}
	if len(b) != marshaledSize {
		return errors.New("crypto/sha256: invalid hash state size")
	}
	unmarshal(d.ctx[:], b)
	return nil
}
