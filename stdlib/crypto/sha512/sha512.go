// Package sha512 implements the SHA-384, SHA-512, SHA-512/224, and SHA-512/256 hash
// algorithms as defined in FIPS 180-4, as Go's crypto/sha512: New, New384, New512_224,
// New512_256, Sum512, Sum384, Sum512_224, Sum512_256, the sizes, and Go's
// MarshalBinary/UnmarshalBinary state encoding. The hashing runs in the Nettle library
// through crypto/internal/nettlehash, whose Digest the digest type here embeds.
package sha512

import (
	"crypto/internal/nettlehash"
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

// digest is a running hash of the family.
type digest struct {
	nettlehash.Digest
}

func newDigest(algo int) *digest {
	d := new(digest)
	d.Init(algo)
	return d
}

// New returns a new hash.Hash computing the SHA-512 checksum.
func New() hash.Hash { return newDigest(nettlehash.SHA512) }

// New512_224 returns a new hash.Hash computing the SHA-512/224 checksum.
func New512_224() hash.Hash { return newDigest(nettlehash.SHA512_224) }

// New512_256 returns a new hash.Hash computing the SHA-512/256 checksum.
func New512_256() hash.Hash { return newDigest(nettlehash.SHA512_256) }

// New384 returns a new hash.Hash computing the SHA-384 checksum.
func New384() hash.Hash { return newDigest(nettlehash.SHA384) }

// Sum512 returns the SHA512 checksum of the data.
func Sum512(data []byte) [Size]byte {
	var out [Size]byte
	nettlehash.Sum(data, out[:], nettlehash.SHA512)
	return out
}

// Sum384 returns the SHA384 checksum of the data.
func Sum384(data []byte) [Size384]byte {
	var out [Size384]byte
	nettlehash.Sum(data, out[:], nettlehash.SHA384)
	return out
}

// Sum512_224 returns the Sum512/224 checksum of the data.
func Sum512_224(data []byte) [Size224]byte {
	var out [Size224]byte
	nettlehash.Sum(data, out[:], nettlehash.SHA512_224)
	return out
}

// Sum512_256 returns the Sum512/256 checksum of the data.
func Sum512_256(data []byte) [Size256]byte {
	var out [Size256]byte
	nettlehash.Sum(data, out[:], nettlehash.SHA512_256)
	return out
}
