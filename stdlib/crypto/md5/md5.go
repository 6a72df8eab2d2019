// Package md5 implements the MD5 hash algorithm as defined in RFC 1321, as Go's
// crypto/md5: Sum, New, Size, BlockSize, and Go's MarshalBinary/UnmarshalBinary state
// encoding. The hashing runs in the Nettle library through crypto/internal/nettlehash,
// whose Digest the digest type here embeds.
package md5

import (
	"crypto/internal/nettlehash"
	"hash"
)

// The size of an MD5 checksum in bytes.
const Size = 16

// The blocksize of MD5 in bytes.
const BlockSize = 64

// digest is a running MD5.
type digest struct {
	nettlehash.Digest
}

// New returns a new hash.Hash computing the MD5 checksum.
func New() hash.Hash {
	d := new(digest)
	d.Init(nettlehash.MD5)
	return d
}

// Sum returns the MD5 checksum of the data.
func Sum(data []byte) [Size]byte {
	var out [Size]byte
	nettlehash.Sum(data, out[:], nettlehash.MD5)
	return out
}
