// Package rand implements pseudo-random number generators, as Go's math/rand (Go 1.20 and
// later): the top-level functions use a randomly seeded source unless Seed was called;
// New(NewSource(seed)) and Seed(seed) give exactly Go's sequences for every method (the
// lagged Fibonacci rngSource with Go's seeding and cooked table is native, in
// stdlib/math/rand/rand.c; the methods are Go's algorithms written here, the ziggurat
// NormFloat64/ExpFloat64 with Go's tables and Zipf are in math/internal/randdist (shared
// with math/rand/v2), and for Go's own sources the integer and float methods run as
// natives too). Deviations: the unseeded source is
// wyrand seeded from getrandom(2) (Go's runtime generator is also unpredictable);
// GODEBUG=randautoseed=0 is not honoured; math/rand/v2 does not exist.
package rand

import (
	"math/internal/randdist"
	"sync"
)

// A Source represents a source of uniformly-distributed pseudo-random int64 values in the
// range [0, 1<<63). It is not safe for concurrent use by multiple goroutines.
type Source interface {
	Int63() int64
	Seed(seed int64)
}

// A Source64 is a Source that can also generate uniformly-distributed pseudo-random
// uint64 values in the range [0, 1<<64) directly.
type Source64 interface {
	Source
	Uint64() uint64
}

const (
	rngLen = 607
	rngTap = 273
)

// rngSource is Go's lagged Fibonacci generator; rand.c reads its fields by this layout.
type rngSource struct {
	tap  int
	feed int
	vec  [rngLen]int64
}

func seedSource(s *rngSource, seed int64)
func sourceUint64(s *rngSource) uint64
func sourceInt63(s *rngSource) int64

func (rng *rngSource) Seed(seed int64) { seedSource(rng, seed) }
func (rng *rngSource) Int63() int64    { return sourceInt63(rng) }
func (rng *rngSource) Uint64() uint64  { return sourceUint64(rng) }

// NewSource returns a new pseudo-random Source seeded with the given value. Unlike the
// default Source used by top-level functions, it is not safe for concurrent use by
// multiple goroutines. The result implements Source64.
func NewSource(seed int64) Source {
	return newSource(seed)
}

func newSource(seed int64) *rngSource {
	rng := new(rngSource)
	rng.Seed(seed)
	return rng
}

// A Rand is a source of random numbers.
type Rand struct {
	src Source
	s64 Source64 // src, when it is a Source64

	// When src is Go's rngSource, the runtime source or a lockedSource (one of them is
	// set), the methods run natively (rand.c's fast paths), with the same results.
	rng    *rngSource
	rt     *runtimeSource
	locked *lockedSource

	// Read's unused bytes: readVal holds readPos of them.
	readVal int64
	readPos int8
}

// New returns a new Rand that uses random values from src to generate other random
// values.
func New(src Source) *Rand {
	s64, _ := src.(Source64)
	r := &Rand{src: src, s64: s64}
	switch s := src.(type) {
	case *rngSource:
		r.rng = s
	case *runtimeSource:
		r.rt = s
	case *lockedSource:
		r.locked = s
	}
	return r
}

func fastInt63(rng *rngSource, rt *runtimeSource) int64
func fastInt31(rng *rngSource, rt *runtimeSource) int32
func fastUint32(rng *rngSource, rt *runtimeSource) uint32
func fastUint64(rng *rngSource, rt *runtimeSource) uint64
func fastInt63n(rng *rngSource, rt *runtimeSource, n int64) int64
func fastInt31n(rng *rngSource, rt *runtimeSource, n int32) int32
func fastInt31nLemire(rng *rngSource, rt *runtimeSource, n int32) int32
func fastIntn(rng *rngSource, rt *runtimeSource, n int) int
func fastFloat64(rng *rngSource, rt *runtimeSource) float64
func fastFloat32(rng *rngSource, rt *runtimeSource) float32
func fastPerm(rng *rngSource, rt *runtimeSource, m []int)

// isFast reports whether r's methods can run natively without a lock.
func (r *Rand) isFast() bool { return r.rng != nil || r.rt != nil }

// Seed uses the provided seed value to initialize the generator to a deterministic state.
func (r *Rand) Seed(seed int64) {
	if lk, ok := r.src.(*lockedSource); ok {
		lk.seedPos(seed, &r.readPos)
		return
	}
	r.src.Seed(seed)
	r.readPos = 0
}

// Int63 returns a non-negative pseudo-random 63-bit integer as an int64.
func (r *Rand) Int63() int64 {
	if r.isFast() {
		return fastInt63(r.rng, r.rt)
	}
	if l := r.locked; l != nil {
		l.lk.Lock()
		v := fastInt63(l.s, nil)
		l.lk.Unlock()
		return v
	}
	return r.src.Int63()
}

// Uint32 returns a pseudo-random 32-bit value as a uint32.
func (r *Rand) Uint32() uint32 {
	if r.isFast() {
		return fastUint32(r.rng, r.rt)
	}
	return uint32(r.Int63() >> 31)
}

// Uint64 returns a pseudo-random 64-bit value as a uint64.
func (r *Rand) Uint64() uint64 {
	if r.isFast() {
		return fastUint64(r.rng, r.rt)
	}
	if r.s64 != nil {
		return r.s64.Uint64()
	}
	lo := uint64(r.Int63()) >> 31
	return lo | uint64(r.Int63())<<32
}

// Int31 returns a non-negative pseudo-random 31-bit integer as an int32.
func (r *Rand) Int31() int32 {
	if r.isFast() {
		return fastInt31(r.rng, r.rt)
	}
	return int32(r.Int63() >> 32)
}

// Int returns a non-negative pseudo-random int.
func (r *Rand) Int() int {
	u := uint(r.Int63())
	return int(u << 1 >> 1)
}

// Int63n returns, as an int64, a non-negative pseudo-random number in the half-open
// interval [0,n). It panics if n <= 0.
func (r *Rand) Int63n(n int64) int64 {
	if n <= 0 {
		panic("invalid argument to Int63n")
	}
	if r.isFast() {
		return fastInt63n(r.rng, r.rt, n)
	}
	if l := r.locked; l != nil {
		l.lk.Lock()
		v := fastInt63n(l.s, nil, n)
		l.lk.Unlock()
		return v
	}
	if n&(n-1) == 0 {
		return r.Int63() & (n - 1)
	}
	// Reject the top values that would bias v % n.
	limit := int64(1<<63 - 1 - (1<<63)%uint64(n))
	v := r.Int63()
	for v > limit {
		v = r.Int63()
	}
	return v % n
}

// Int31n returns, as an int32, a non-negative pseudo-random number in the half-open
// interval [0,n). It panics if n <= 0.
func (r *Rand) Int31n(n int32) int32 {
	if n <= 0 {
		panic("invalid argument to Int31n")
	}
	if r.isFast() {
		return fastInt31n(r.rng, r.rt, n)
	}
	if l := r.locked; l != nil {
		l.lk.Lock()
		v := fastInt31n(l.s, nil, n)
		l.lk.Unlock()
		return v
	}
	if n&(n-1) == 0 {
		return r.Int31() & (n - 1)
	}
	limit := int32(1<<31 - 1 - (1<<31)%uint32(n))
	v := r.Int31()
	for v > limit {
		v = r.Int31()
	}
	return v % n
}

// int31n is Lemire's multiply-and-shift reduction, which Shuffle uses (n > 0).
func (r *Rand) int31n(n int32) int32 {
	if r.isFast() {
		return fastInt31nLemire(r.rng, r.rt, n)
	}
	v := r.Uint32()
	prod := uint64(v) * uint64(n)
	low := uint32(prod)
	if low < uint32(n) {
		thresh := uint32(-n) % uint32(n)
		for low < thresh {
			v = r.Uint32()
			prod = uint64(v) * uint64(n)
			low = uint32(prod)
		}
	}
	return int32(prod >> 32)
}

// Intn returns, as an int, a non-negative pseudo-random number in the half-open interval
// [0,n). It panics if n <= 0.
func (r *Rand) Intn(n int) int {
	if n <= 0 {
		panic("invalid argument to Intn")
	}
	if r.isFast() {
		return fastIntn(r.rng, r.rt, n)
	}
	if l := r.locked; l != nil {
		l.lk.Lock()
		v := fastIntn(l.s, nil, n)
		l.lk.Unlock()
		return v
	}
	if n <= 1<<31-1 {
		return int(r.Int31n(int32(n)))
	}
	return int(r.Int63n(int64(n)))
}

// Float64 returns, as a float64, a pseudo-random number in the half-open interval [0.0,1.0).
func (r *Rand) Float64() float64 {
	if r.isFast() {
		return fastFloat64(r.rng, r.rt)
	}
	if l := r.locked; l != nil {
		l.lk.Lock()
		v := fastFloat64(l.s, nil)
		l.lk.Unlock()
		return v
	}
	for {
		f := float64(r.Int63()) / (1 << 63)
		if f != 1 { // rounding can give 1; draw again
			return f
		}
	}
}

// Float32 returns, as a float32, a pseudo-random number in the half-open interval [0.0,1.0).
func (r *Rand) Float32() float32 {
	if r.isFast() {
		return fastFloat32(r.rng, r.rt)
	}
	for {
		f := float32(r.Float64())
		if f != 1 {
			return f
		}
	}
}

// Perm returns, as a slice of n ints, a pseudo-random permutation of the integers in the
// half-open interval [0,n).
func (r *Rand) Perm(n int) []int {
	m := make([]int, n)
	if r.isFast() {
		fastPerm(r.rng, r.rt, m)
		return m
	}
	for i := 0; i < n; i++ {
		j := r.Intn(i + 1)
		m[i] = m[j]
		m[j] = i
	}
	return m
}

// Shuffle pseudo-randomizes the order of elements. n is the number of elements; swap
// swaps the elements with indexes i and j. It panics if n < 0.
func (r *Rand) Shuffle(n int, swap func(i, j int)) {
	if n < 0 {
		panic("invalid argument to Shuffle")
	}
	i := n - 1
	for ; i > 1<<31-1-1; i-- {
		j := int(r.Int63n(int64(i + 1)))
		swap(i, j)
	}
	for ; i > 0; i-- {
		j := int(r.int31n(int32(i + 1)))
		swap(i, j)
	}
}

// Read generates len(p) random bytes and writes them into p. It always returns len(p)
// and a nil error. Read should not be called concurrently with any other Rand method.
func (r *Rand) Read(p []byte) (n int, err error) {
	switch src := r.src.(type) {
	case *lockedSource:
		return src.read(p, &r.readVal, &r.readPos)
	case *runtimeSource:
		return src.read(p, &r.readVal, &r.readPos)
	}
	return read(p, r.src, &r.readVal, &r.readPos)
}

// read fills p with the bytes of successive Int63 values, low byte first, 7 bytes of
// each, keeping the unused ones for the next call.
func read(p []byte, src Source, readVal *int64, readPos *int8) (n int, err error) {
	pos := *readPos
	val := *readVal
	for n = 0; n < len(p); n++ {
		if pos == 0 {
			val = src.Int63()
			pos = 7
		}
		p[n] = byte(val)
		val >>= 8
		pos--
	}
	*readPos = pos
	*readVal = val
	return n, nil
}

// ---- The top-level functions ----

// runtimeSource is the unseeded source of the top-level functions.
type runtimeSource struct {
	state uint64
	mu    sync.Mutex // serializes Read's buffered bytes
}

func runtimeRand(state *uint64) uint64
func runtimeSeed() uint64

func (s *runtimeSource) Int63() int64 { return int64(runtimeRand(&s.state) & (1<<63 - 1)) }
func (s *runtimeSource) Uint64() uint64 { return runtimeRand(&s.state) }
func (s *runtimeSource) Seed(int64) {
	panic("internal error: call to runtimeSource.Seed")
}

func (s *runtimeSource) read(p []byte, readVal *int64, readPos *int8) (n int, err error) {
	s.mu.Lock()
	n, err = read(p, s, readVal, readPos)
	s.mu.Unlock()
	return
}

// lockedSource is the source the top-level functions use after Seed.
type lockedSource struct {
	lk sync.Mutex
	s  *rngSource
}

func (r *lockedSource) Int63() (n int64) {
	r.lk.Lock()
	n = r.s.Int63()
	r.lk.Unlock()
	return
}

func (r *lockedSource) Uint64() (n uint64) {
	r.lk.Lock()
	n = r.s.Uint64()
	r.lk.Unlock()
	return
}

func (r *lockedSource) Seed(seed int64) {
	r.lk.Lock()
	r.seed(seed)
	r.lk.Unlock()
}

func (r *lockedSource) seedPos(seed int64, readPos *int8) {
	r.lk.Lock()
	r.seed(seed)
	*readPos = 0
	r.lk.Unlock()
}

func (r *lockedSource) seed(seed int64) {
	if r.s == nil {
		r.s = newSource(seed)
	} else {
		r.s.Seed(seed)
	}
}

func (r *lockedSource) read(p []byte, readVal *int64, readPos *int8) (n int, err error) {
	r.lk.Lock()
	n, err = read(p, r.s, readVal, readPos)
	r.lk.Unlock()
	return
}

// globalRand is the Rand of the top-level functions: the runtime source until Seed
// replaces it (under globalMu) with a seeded lockedSource.
var (
	globalMu   sync.Mutex
	globalRand = newRuntimeRand()
)

func newRuntimeRand() *Rand {
	src := &runtimeSource{state: runtimeSeed()}
	return &Rand{src: src, s64: src, rt: src}
}

func global() *Rand { return globalRand }

// Seed uses the provided seed value to initialize the default Source to a deterministic
// state. Deprecated in Go, but honoured: after Seed the top-level functions produce Go's
// sequence for that seed.
func Seed(seed int64) {
	globalMu.Lock()
	defer globalMu.Unlock()
	if orig := globalRand; orig != nil {
		if _, ok := orig.src.(*lockedSource); ok {
			orig.Seed(seed)
			return
		}
	}
	r := New(new(lockedSource))
	r.Seed(seed)
	globalRand = r
}

func Int63() int64                      { return global().Int63() }
func Uint32() uint32                    { return global().Uint32() }
func Uint64() uint64                    { return global().Uint64() }
func Int31() int32                      { return global().Int31() }
func Int() int                          { return global().Int() }
func Int63n(n int64) int64              { return global().Int63n(n) }
func Int31n(n int32) int32              { return global().Int31n(n) }
func Intn(n int) int                    { return global().Intn(n) }
func Float64() float64                  { return global().Float64() }
func Float32() float32                  { return global().Float32() }
func Perm(n int) []int                  { return global().Perm(n) }
func Shuffle(n int, swap func(i, j int)) { global().Shuffle(n, swap) }
func Read(p []byte) (n int, err error)  { return global().Read(p) }
func NormFloat64() float64              { return global().NormFloat64() }
func ExpFloat64() float64               { return global().ExpFloat64() }

// ---- Normal and exponential distributions, Zipf (the shared code of math/internal/randdist) ----

// NormFloat64 returns a normally distributed float64 in the range
// [-math.MaxFloat64, +math.MaxFloat64] with standard normal distribution (mean = 0,
// stddev = 1).
func (r *Rand) NormFloat64() float64 {
	for {
		j := int32(r.Uint32())
		if x, ok := randdist.Norm(r, j, uint32(j&0x7F)); ok {
			return x
		}
	}
}

// ExpFloat64 returns an exponentially distributed float64 in the range
// (0, +math.MaxFloat64] with an exponential distribution whose rate parameter (lambda) is
// 1 and whose mean is 1/lambda (1).
func (r *Rand) ExpFloat64() float64 {
	for {
		j := r.Uint32()
		if x, ok := randdist.Exp(r, j, j&0xFF); ok {
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
