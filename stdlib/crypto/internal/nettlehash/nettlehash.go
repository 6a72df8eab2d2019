// Package nettlehash is the digest engine shared by crypto/md5, crypto/sha1,
// crypto/sha256 and crypto/sha512 (not a Go package): Digest implements hash.Hash and
// Go's MarshalBinary/UnmarshalBinary for any of the algorithms below. The hashing runs in
// the Nettle library (stdlib/crypto/internal/nettlehash/nettlehash.c); the running state
// is a byte array inside the Digest. Each public package embeds Digest in its own digest
// type, so the type names Go prints (*md5.digest...) stay Go's.
package nettlehash

import "errors"

// The algorithms, in the order of algos[] in nettlehash.c.
const (
	MD5 = iota
	SHA1
	SHA224
	SHA256
	SHA384
	SHA512_224
	SHA512_256
	SHA512
)

var (
	pkgs       = [...]string{"crypto/md5", "crypto/sha1", "crypto/sha256", "crypto/sha256", "crypto/sha512", "crypto/sha512", "crypto/sha512", "crypto/sha512"}
	sizes      = [...]int{16, 20, 28, 32, 48, 28, 32, 64}
	blockSizes = [...]int{64, 64, 64, 64, 128, 128, 128, 128}
	words      = [...]int{4 * 4, 5 * 4, 8 * 4, 8 * 4, 8 * 8, 8 * 8, 8 * 8, 8 * 8} // state bytes
	magics     = [...]string{"md5\x01", "sha\x01", "sha\x02", "sha\x03", "sha\x04", "sha\x05", "sha\x06", "sha\x07"}
)

func initCtx(ctx []byte, algo int)
func update(ctx, p []byte, algo int)
func final(ctx, out []byte, algo int)
func sum(data, out []byte, algo int)
func marshal(ctx, out []byte, algo int)
func unmarshal(ctx, b []byte, algo int)

// Digest is a running hash of one algorithm; ctx holds Nettle's context.
type Digest struct {
	ctx  [256]byte
	algo int
}

// Init makes d a fresh hash of algo.
func (d *Digest) Init(algo int) {
	d.algo = algo
	d.Reset()
}

func (d *Digest) Reset()         { initCtx(d.ctx[:], d.algo) }
func (d *Digest) Size() int      { return sizes[d.algo] }
func (d *Digest) BlockSize() int { return blockSizes[d.algo] }

func (d *Digest) Write(p []byte) (int, error) {
	update(d.ctx[:], p, d.algo)
	return len(p), nil
}

// Sum appends the digest of the data so far to in, leaving d as it was.
func (d *Digest) Sum(in []byte) []byte {
	var out [64]byte
	final(d.ctx[:], out[:], d.algo)
	return append(in, out[:sizes[d.algo]]...)
}

// Sum writes the one-shot digest of data to out, which has room for it.
func Sum(data, out []byte, algo int) { sum(data, out, algo) }

func (d *Digest) marshaledSize() int {
	return 4 + words[d.algo] + blockSizes[d.algo] + 8
}

// MarshalBinary returns the running state in Go's encoding.
func (d *Digest) MarshalBinary() ([]byte, error) {
	b := make([]byte, d.marshaledSize())
	marshal(d.ctx[:], b, d.algo)
	return b, nil
}

// UnmarshalBinary restores a state from MarshalBinary.
func (d *Digest) UnmarshalBinary(b []byte) error {
	if len(b) < 4 || string(b[:4]) != magics[d.algo] {
		return errors.New(pkgs[d.algo] + ": invalid hash state identifier")
	}
	if len(b) != d.marshaledSize() {
		return errors.New(pkgs[d.algo] + ": invalid hash state size")
	}
	unmarshal(d.ctx[:], b, d.algo)
	return nil
}
