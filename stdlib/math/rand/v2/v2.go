// Package rand implements pseudo-random number generators suitable for tasks such as
// simulation, as Go's math/rand/v2: the Rand methods and top-level functions, the PCG and
// ChaCha8 sources with Go's exact sequences for a given seed (their cores are natives in
// stdlib/math/rand/v2/v2.c, which also runs the integer methods natively for these
// sources), their MarshalBinary/UnmarshalBinary encodings, NormFloat64, ExpFloat64 (Go's
// ziggurat tables) and Zipf (in math/internal/randdist, shared with math/rand). Deviations: the generic N does not exist
// (Gale has no generics); the top-level functions draw from wyrand seeded by
// getrandom(2) rather than Go's per-thread ChaCha8 (both are unpredictable).
package rand

import (
	"errors"
	"math/bits"
	"math/internal/randdist"
)

// A Source is a source of uniformly-distributed pseudo-random uint64 values in the range
// [0, 1<<64). It is not safe for concurrent use by multiple goroutines.
type Source interface {
	Uint64() uint64
}

// A Rand is a source of random numbers.
type Rand struct {
	src Source

	// When src is a PCG, a ChaCha8 or the runtime source (one of these is set), the
	// methods run natively (v2.c's fast paths), with the same results.
	pcg *PCG
	cha *chachaState
	rt  *runtimeSource
}

// New returns a new Rand that uses random values from src to generate other random values.
func New(src Source) *Rand {
	r := &Rand{src: src}
	switch s := src.(type) {
	case *PCG:
		r.pcg = s
	case *ChaCha8:
		r.cha = &s.state
	case *runtimeSource:
		r.rt = s
	}
	return r
}

func fastUint64(pcg *PCG, cha *chachaState, rt *runtimeSource) uint64
func fastUint64n(pcg *PCG, cha *chachaState, rt *runtimeSource, n uint64) uint64
func fastFloat64(pcg *PCG, cha *chachaState, rt *runtimeSource) float64

func (r *Rand) isFast() bool { return r.pcg != nil || r.cha != nil || r.rt != nil }

// next is r.src.Uint64(), natively when it can be.
func (r *Rand) next() uint64 {
	if r.isFast() {
		return fastUint64(r.pcg, r.cha, r.rt)
	}
	return r.src.Uint64()
}

// Int64 returns a non-negative pseudo-random 63-bit integer as an int64.
func (r *Rand) Int64() int64 { return int64(r.next() &^ (1 << 63)) }

// Uint32 returns a pseudo-random 32-bit value as a uint32.
func (r *Rand) Uint32() uint32 { return uint32(r.next() >> 32) }

// Uint64 returns a pseudo-random 64-bit value as a uint64.
func (r *Rand) Uint64() uint64 { return r.next() }

// Int32 returns a non-negative pseudo-random 31-bit integer as an int32.
func (r *Rand) Int32() int32 { return int32(r.next() >> 33) }

// Int returns a non-negative pseudo-random int.
func (r *Rand) Int() int { return int(uint(r.next()) << 1 >> 1) }

// Uint returns a pseudo-random uint.
func (r *Rand) Uint() uint { return uint(r.next()) }

// Int64N returns, as an int64, a non-negative pseudo-random number in the half-open
// interval [0,n). It panics if n <= 0.
func (r *Rand) Int64N(n int64) int64 {
	if n <= 0 {
		panic("invalid argument to Int64N")
	}
	return int64(r.uint64n(uint64(n)))
}

// Uint64N returns, as a uint64, a non-negative pseudo-random number in the half-open
// interval [0,n). It panics if n == 0.
func (r *Rand) Uint64N(n uint64) uint64 {
	if n == 0 {
		panic("invalid argument to Uint64N")
	}
	return r.uint64n(n)
}

// uint64n is Lemire's multiply-shift reduction with rejection of the biased low products.
func (r *Rand) uint64n(n uint64) uint64 {
	if r.isFast() {
		return fastUint64n(r.pcg, r.cha, r.rt, n)
	}
	if n&(n-1) == 0 {
		return r.Uint64() & (n - 1)
	}
	hi, lo := bits.Mul64(r.Uint64(), n)
	if lo < n {
		thresh := -n % n
		for lo < thresh {
			hi, lo = bits.Mul64(r.Uint64(), n)
		}
	}
	return hi
}

// Int32N returns, as an int32, a non-negative pseudo-random number in the half-open
// interval [0,n). It panics if n <= 0.
func (r *Rand) Int32N(n int32) int32 {
	if n <= 0 {
		panic("invalid argument to Int32N")
	}
	return int32(r.uint64n(uint64(n)))
}

// Uint32N returns, as a uint32, a non-negative pseudo-random number in the half-open
// interval [0,n). It panics if n == 0.
func (r *Rand) Uint32N(n uint32) uint32 {
	if n == 0 {
		panic("invalid argument to Uint32N")
	}
	return uint32(r.uint64n(uint64(n)))
}

// IntN returns, as an int, a non-negative pseudo-random number in the half-open interval
// [0,n). It panics if n <= 0.
func (r *Rand) IntN(n int) int {
	if n <= 0 {
		panic("invalid argument to IntN")
	}
	return int(r.uint64n(uint64(n)))
}

// UintN returns, as a uint, a non-negative pseudo-random number in the half-open interval
// [0,n). It panics if n == 0.
func (r *Rand) UintN(n uint) uint {
	if n == 0 {
		panic("invalid argument to UintN")
	}
	return uint(r.uint64n(uint64(n)))
}

// Float64 returns, as a float64, a pseudo-random number in the half-open interval [0.0,1.0).
func (r *Rand) Float64() float64 {
	if r.isFast() {
		return fastFloat64(r.pcg, r.cha, r.rt)
	}
	return float64(r.Uint64()<<11>>11) / (1 << 53)
}

// Float32 returns, as a float32, a pseudo-random number in the half-open interval [0.0,1.0).
func (r *Rand) Float32() float32 {
	return float32(r.Uint32()<<8>>8) / (1 << 24)
}

// Perm returns, as a slice of n ints, a pseudo-random permutation of the integers in the
// half-open interval [0,n).
func (r *Rand) Perm(n int) []int {
	p := make([]int, n)
	for i := range p {
		p[i] = i
	}
	r.Shuffle(len(p), func(i, j int) { p[i], p[j] = p[j], p[i] })
	return p
}

// Shuffle pseudo-randomizes the order of elements using Fisher-Yates. n is the number of
// elements; swap swaps the elements with indexes i and j. It panics if n < 0.
func (r *Rand) Shuffle(n int, swap func(i, j int)) {
	if n < 0 {
		panic("invalid argument to Shuffle")
	}
	for i := n - 1; i > 0; i-- {
		j := int(r.uint64n(uint64(i + 1)))
		swap(i, j)
	}
}

// ---- The top-level functions ----

type runtimeSource struct {
	state uint64
}

func runtimeRand(state *uint64) uint64
func runtimeSeed() uint64

func (s *runtimeSource) Uint64() uint64 { return runtimeRand(&s.state) }

var globalRand = New(&runtimeSource{state: runtimeSeed()})

func Int64() int64                      { return globalRand.Int64() }
func Uint32() uint32                    { return globalRand.Uint32() }
func Uint64N(n uint64) uint64           { return globalRand.Uint64N(n) }
func Uint32N(n uint32) uint32           { return globalRand.Uint32N(n) }
func Uint64() uint64                    { return globalRand.Uint64() }
func Int32() int32                      { return globalRand.Int32() }
func Int() int                          { return globalRand.Int() }
func Uint() uint                        { return globalRand.Uint() }
func Int64N(n int64) int64              { return globalRand.Int64N(n) }
func Int32N(n int32) int32              { return globalRand.Int32N(n) }
func IntN(n int) int                    { return globalRand.IntN(n) }
func UintN(n uint) uint                 { return globalRand.UintN(n) }
func Float64() float64                  { return globalRand.Float64() }
func Float32() float32                  { return globalRand.Float32() }
func Perm(n int) []int                  { return globalRand.Perm(n) }
func Shuffle(n int, swap func(i, j int)) { globalRand.Shuffle(n, swap) }
func NormFloat64() float64              { return globalRand.NormFloat64() }
func ExpFloat64() float64               { return globalRand.ExpFloat64() }

// ---- PCG ----

// A PCG is a PCG generator with 128 bits of internal state. A zero PCG is equivalent to
// NewPCG(0, 0).
type PCG struct {
	hi uint64
	lo uint64
}

func pcgUint64(p *PCG) uint64

// NewPCG returns a new PCG seeded with the given values.
func NewPCG(seed1, seed2 uint64) *PCG {
	return &PCG{seed1, seed2}
}

// Seed resets the PCG to behave the same way as NewPCG(seed1, seed2).
func (p *PCG) Seed(seed1, seed2 uint64) {
	p.hi = seed1
	p.lo = seed2
}

// Uint64 returns a uniformly-distributed random uint64 value.
func (p *PCG) Uint64() uint64 { return pcgUint64(p) }

func putBE(b []byte, v uint64) {
	for i := 7; i >= 0; i-- {
		b[i] = byte(v)
		v >>= 8
	}
}

func getBE(b []byte) uint64 {
	var v uint64
	for i := 0; i < 8; i++ {
		v = v<<8 | uint64(b[i])
	}
	return v
}

func getLE(b []byte) uint64 {
	var v uint64
	for i := 7; i >= 0; i-- {
		v = v<<8 | uint64(b[i])
	}
	return v
}

func putLE(b []byte, v uint64) {
	for i := 0; i < 8; i++ {
		b[i] = byte(v)
		v >>= 8
	}
}

// MarshalBinary implements the encoding.BinaryMarshaler interface.
func (p *PCG) MarshalBinary() ([]byte, error) {
	b := make([]byte, 20)
	copy(b, "pcg:")
	putBE(b[4:], p.hi)
	putBE(b[12:], p.lo)
	return b, nil
}

var errUnmarshalPCG = errors.New("invalid PCG encoding")

// UnmarshalBinary implements the encoding.BinaryUnmarshaler interface.
func (p *PCG) UnmarshalBinary(data []byte) error {
	if len(data) != 20 || string(data[:4]) != "pcg:" {
		return errUnmarshalPCG
	}
	p.hi = getBE(data[4:])
	p.lo = getBE(data[12:])
	return nil
}

// ---- ChaCha8 ----

// chachaState is Go's chacha8rand.State; v2.c reads it by this layout.
type chachaState struct {
	buf  [32]uint64
	seed [4]uint64
	i    uint32
	n    uint32
	c    uint32
}

func chachaInit(s *chachaState, seed *[32]byte)
func chachaUint64(s *chachaState) uint64
func chachaRestore(s *chachaState, used uint64)

// A ChaCha8 is a ChaCha8-based cryptographically strong random number generator.
type ChaCha8 struct {
	state   chachaState
	readBuf [8]byte
	readLen int // 0 <= readLen <= 8
}

// NewChaCha8 returns a new ChaCha8 seeded with the given seed.
func NewChaCha8(seed [32]byte) *ChaCha8 {
	c := new(ChaCha8)
	chachaInit(&c.state, &seed)
	return c
}

// Seed resets the ChaCha8 to behave the same way as NewChaCha8(seed).
func (c *ChaCha8) Seed(seed [32]byte) {
	chachaInit(&c.state, &seed)
	c.readLen = 0
	c.readBuf = [8]byte{}
}

// Uint64 returns a uniformly distributed random uint64 value.
func (c *ChaCha8) Uint64() uint64 { return chachaUint64(&c.state) }

// Read reads exactly len(p) bytes into p. It always returns len(p) and a nil error.
func (c *ChaCha8) Read(p []byte) (n int, err error) {
	if c.readLen > 0 {
		n = copy(p, c.readBuf[len(c.readBuf)-c.readLen:])
		c.readLen -= n
		p = p[n:]
	}
	for len(p) >= 8 {
		putLE(p, c.Uint64())
		p = p[8:]
		n += 8
	}
	if len(p) > 0 {
		putLE(c.readBuf[:], c.Uint64())
		n += copy(p, c.readBuf[:])
		c.readLen = 8 - len(p)
	}
	return
}

type errUnmarshalChaCha8 struct{}

func (*errUnmarshalChaCha8) Error() string { return "invalid ChaCha8 encoding" }

// UnmarshalBinary implements the encoding.BinaryUnmarshaler interface.
func (c *ChaCha8) UnmarshalBinary(data []byte) error {
	const prefix = "readbuf:"
	if len(data) >= len(prefix) && string(data[:len(prefix)]) == prefix {
		data = data[len(prefix):]
		if len(data) == 0 || len(data) < int(1+data[0]) {
			return errors.New("invalid ChaCha8 Read buffer encoding")
		}
		buf := data[1 : 1+data[0]]
		data = data[1+data[0]:]
		c.readLen = copy(c.readBuf[len(c.readBuf)-len(buf):], buf)
	}
	if len(data) != 6*8 || string(data[:8]) != "chacha8:" {
		return new(errUnmarshalChaCha8)
	}
	used := getBE(data[8:])
	if used > 4*32-4 {
		return new(errUnmarshalChaCha8)
	}
	for i := range c.state.seed {
		c.state.seed[i] = getLE(data[(2+i)*8:])
	}
	chachaRestore(&c.state, used)
	return nil
}

// MarshalBinary implements the encoding.BinaryMarshaler interface.
func (c *ChaCha8) MarshalBinary() ([]byte, error) {
	var out []byte
	if c.readLen > 0 {
		out = []byte("readbuf:")
		out = append(out, uint8(c.readLen))
		out = append(out, c.readBuf[len(c.readBuf)-c.readLen:]...)
	}
	data := make([]byte, 6*8)
	copy(data, "chacha8:")
	used := (c.state.c/4)*32 + c.state.i
	putBE(data[8:], uint64(used))
	for i, s := range c.state.seed {
		putLE(data[(2+i)*8:], s)
	}
	return append(out, data...), nil
}

// ---- Normal and exponential distributions, Zipf (the shared code of math/internal/randdist) ----

// NormFloat64 returns a normally distributed float64 in the range
// [-math.MaxFloat64, +math.MaxFloat64] with standard normal distribution (mean = 0,
// stddev = 1).
func (r *Rand) NormFloat64() float64 {
	for {
		u := r.Uint64()
		if x, ok := randdist.Norm(r, int32(u), uint32(u>>32&0x7F)); ok {
			return x
		}
	}
}

// ExpFloat64 returns an exponentially distributed float64 in the range
// (0, +math.MaxFloat64] with an exponential distribution whose rate parameter (lambda) is
// 1 and whose mean is 1/lambda (1).
func (r *Rand) ExpFloat64() float64 {
	for {
		u := r.Uint64()
		if x, ok := randdist.Exp(r, uint32(u), uint32(u>>32&0xFF)); ok {
			return x
		}
	}
}

// A Zipf generates Zipf distributed variates.
type Zipf struct {
	z *randdist.Zipf
}

// NewZipf returns a Zipf variate generator. The generator generates values k ∈ [0, imax]
// such that P(k) is proportional to (v + k) ** (-s). Requirements: s > 1 and v >= 1.
func NewZipf(r *Rand, s float64, v float64, imax uint64) *Zipf {
	z := randdist.NewZipf(r, s, v, imax)
	if z == nil {
		return nil
	}
	return &Zipf{z}
}

// Uint64 returns a value drawn from the Zipf distribution described by the Zipf object.
func (z *Zipf) Uint64() uint64 {
	if z == nil {
		panic("rand: nil Zipf")
	}
	return z.z.Uint64()
}
