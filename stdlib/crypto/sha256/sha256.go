// Package sha256 implements the SHA224 and SHA256 hash algorithms as defined in FIPS
// 180-4, as Go's crypto/sha256: Sum256, Sum224, New, New224, Size, Size224, BlockSize, and
// Go's MarshalBinary/UnmarshalBinary state encoding. The hashing runs in the Nettle library
// through crypto/internal/nettlehash, whose Digest the digest type here embeds.
package sha256

import (
	"crypto/internal/nettlehash"
	"hash"
)

// The size of a SHA256 checksum in bytes.
const Size = 32

// The size of a SHA224 checksum in bytes.
const Size224 = 28

// The blocksize of SHA256 and SHA224 in bytes.
const BlockSize = 64

// digest is a running SHA-256 or SHA-224.
type digest struct {
	nettlehash.Digest
}

func newDigest(algo int) *digest {
	d := new(digest)
	d.Init(algo)
	return d
}

// New returns a new hash.Hash computing the SHA256 checksum.
func New() hash.Hash { return newDigest(nettlehash.SHA256) }

// New224 returns a new hash.Hash computing the SHA224 checksum.
func New224() hash.Hash { return newDigest(nettlehash.SHA224) }

// Sum256 returns the SHA256 checksum of the data.
func Sum256(data []byte) [Size]byte {
	var out [Size]byte
	nettlehash.Sum(data, out[:], nettlehash.SHA256)
	return out
}

// Sum224 returns the SHA224 checksum of the data.
func Sum224(data []byte) [Size224]byte {
	var out [Size224]byte
	nettlehash.Sum(data, out[:], nettlehash.SHA224)
	return out
}
