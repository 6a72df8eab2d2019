// Package sha256 implements the SHA224 and SHA256 hash algorithms as defined in FIPS
// 180-4, as Go's crypto/sha256: Sum256, Sum224, New, New224, Size, Size224, BlockSize.
// The compression runs in the Nettle library (stdlib/crypto/sha256/sha256.c); the running
// state is a byte array inside the digest. Deviation: digests do not implement
// encoding.BinaryMarshaler/BinaryUnmarshaler.
package sha256

import "hash"

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
