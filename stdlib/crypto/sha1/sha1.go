// Package sha1 implements the SHA-1 hash algorithm as defined in RFC 3174, as Go's
// crypto/sha1: Sum, New, Size, BlockSize, and Go's MarshalBinary/UnmarshalBinary state
// encoding. The hashing runs in the Nettle library through crypto/internal/nettlehash,
// whose Digest the digest type here embeds.
package sha1

import (
	"crypto/internal/nettlehash"
	"hash"
)

// The size of a SHA-1 checksum in bytes.
const Size = 20

// The blocksize of SHA-1 in bytes.
const BlockSize = 64

// digest is a running SHA-1.
type digest struct {
	nettlehash.Digest
}

// New returns a new hash.Hash computing the SHA1 checksum.
func New() hash.Hash {
	d := new(digest)
	d.Init(nettlehash.SHA1)
	return d
}

// Sum returns the SHA-1 checksum of the data.
func Sum(data []byte) [Size]byte {
	var out [Size]byte
	nettlehash.Sum(data, out[:], nettlehash.SHA1)
	return out
}
