/*
 * rand.c — the natives of package math/rand:
 *   - Go's rngSource, an additive lagged Fibonacci generator (x[n] = x[n-273] + x[n-607]
 *     mod 2^64) whose 607 words live in the Gale rngSource object; Seed fills them from
 *     the seed with the Park-Miller generator (seedrand) XORed with Go's rngCooked table,
 *     so that seeded sequences are exactly Go's;
 *   - the source behind the unseeded top-level functions (Go's runtime_rand): wyrand over
 *     a 64-bit counter held in the Gale runtimeSource and advanced with an atomic add, so
 *     that goroutines sharing it never race; its seed comes from getrandom(2).
 * tap and feed are checked on every step, so that a racy use of an unlocked Source from
 * several goroutines can give wrong numbers but never an access outside the table.
 */
#include <string.h>
#include <sys/random.h>
#include <time.h>
#include <unistd.h>

#include "stdlib/internal.h"
#include "stdlib/math/rand/rand.h"

enum { RNG_LEN = 607, RNG_TAP = 273 };
#define INT32MAX 2147483647

static const int64_t rng_cooked[RNG_LEN] = {
#include "stdlib/math/rand/cooked.inc"
};

/* The layout of rngSource in rand.go. */
typedef struct RngSource {
    int64_t tap, feed;
    int64_t vec[RNG_LEN];
} RngSource;

static int32_t seedrand(int32_t x)
{
    const int32_t A = 48271, Q = 44488, R = 3399;
    int32_t hi = x / Q, lo = x % Q;
    x = A * lo - R * hi;
    if (x < 0)
        x += INT32MAX;
    return x;
}

/* rand.seedSource(s *rngSource, seed int64) */
static int rand_seed(G *g, Value *args)
{
    RngSource *s = args[0].p;
    int64_t seed = args[1].i;
    s->tap = 0;
    s->feed = RNG_LEN - RNG_TAP;
    seed %= INT32MAX;
    if (seed < 0)
        seed += INT32MAX;
    if (seed == 0)
        seed = 89482311;
    int32_t x = (int32_t)seed;
    for (int i = -20; i < RNG_LEN; i++) {
        x = seedrand(x);
        if (i >= 0) {
            uint64_t u = (uint64_t)(int64_t)x << 40;
            x = seedrand(x);
            u ^= (uint64_t)(int64_t)x << 20;
            x = seedrand(x);
            u ^= (uint64_t)(int64_t)x;
            u ^= (uint64_t)rng_cooked[i];
            s->vec[i] = (int64_t)u;
        }
    }
    return NATIVE_OK;
}

static uint64_t step(RngSource *s)
{
    int64_t tap = s->tap - 1, feed = s->feed - 1;
    if (tap < 0 || tap >= RNG_LEN)
        tap = RNG_LEN - 1;
    if (feed < 0 || feed >= RNG_LEN)
        feed = RNG_LEN - 1;
    s->tap = tap;
    s->feed = feed;
    uint64_t x = (uint64_t)s->vec[feed] + (uint64_t)s->vec[tap];
    s->vec[feed] = (int64_t)x;
    return x;
}

/* rand.sourceUint64(s *rngSource) uint64 */
static int rand_uint64(G *g, Value *args)
{
    args[0].u = step(args[0].p);
    return NATIVE_OK;
}

/* rand.sourceInt63(s *rngSource) int64 */
static int rand_int63(G *g, Value *args)
{
    args[0].u = step(args[0].p) & ~(1ULL << 63);
    return NATIVE_OK;
}

/* wyrand over the counter *state, advanced atomically so that goroutines sharing the
 * source never race; math/rand/v2 (v2.c) uses it too. */
uint64_t rand_wyrand(uint64_t *state)
{
    uint64_t s = __atomic_add_fetch(state, 0xa0761d6478bd642fULL, __ATOMIC_RELAXED);
    unsigned __int128 m = (unsigned __int128)s * (s ^ 0xe7037ed1a0b428dbULL);
    return (uint64_t)(m >> 64) ^ (uint64_t)m;
}

/* rand.runtimeRand(state *uint64) uint64: wyrand; also v2.runtimeRand. */
int rand_runtime_rand(G *g, Value *args)
{
    args[0].u = rand_wyrand(args[0].p);
    return NATIVE_OK;
}

/* rand.runtimeSeed() uint64: 8 bytes from getrandom(2), or the clock and pid if that
 * fails; also v2.runtimeSeed. */
int rand_runtime_seed(G *g, Value *args)
{
    uint64_t seed;
    if (getrandom(&seed, sizeof seed, GRND_NONBLOCK) != (ssize_t)sizeof seed) {
        struct timespec ts;
        clock_gettime(CLOCK_REALTIME, &ts);
        seed = (uint64_t)ts.tv_nsec * 0x9e3779b97f4a7c15ULL ^ (uint64_t)ts.tv_sec ^
               (uint64_t)getpid() << 32;
    }
    args[0].u = seed;
    return NATIVE_OK;
}

/* ---- Fast paths ----
 * A Rand whose source is Go's rngSource or the runtime source (the common cases:
 * rand.New(rand.NewSource(n)) and the top-level functions) runs its methods here in one
 * native call instead of four Gale calls and an interface call per number. The
 * algorithms are those of rand.go, so the sequences are the same. Each native takes the
 * rngSource (or NULL) and the runtimeSource (or NULL); exactly one is non-NULL.
 */

typedef struct Src {
    RngSource *rng;
    uint64_t *rt; /* &runtimeSource.state */
} Src;


static Src src_of(Value *args)
{
    Src s = {args[0].p, args[1].p};
    return s;
}

static uint64_t src_uint64(Src s)
{
    return s.rng ? step(s.rng) : rand_wyrand(s.rt);
}

static int64_t src_int63(Src s)
{
    return (int64_t)(src_uint64(s) & ~(1ULL << 63));
}

static int32_t src_int31(Src s)
{
    return (int32_t)(src_int63(s) >> 32);
}

static uint32_t src_uint32(Src s)
{
    return (uint32_t)(src_int63(s) >> 31);
}

static int64_t src_int63n(Src s, int64_t n)
{
    if ((n & (n - 1)) == 0)
        return src_int63(s) & (n - 1);
    int64_t max = (int64_t)((1ULL << 63) - 1 - (1ULL << 63) % (uint64_t)n);
    int64_t v = src_int63(s);
    while (v > max)
        v = src_int63(s);
    return v % n;
}

static int32_t src_int31n(Src s, int32_t n)
{
    if ((n & (n - 1)) == 0)
        return src_int31(s) & (n - 1);
    int32_t max = (int32_t)((1U << 31) - 1 - (1U << 31) % (uint32_t)n);
    int32_t v = src_int31(s);
    while (v > max)
        v = src_int31(s);
    return v % n;
}

static double src_float64(Src s)
{
    for (;;) {
        double f = (double)src_int63(s) / 0x1p63;
        if (f != 1)
            return f;
    }
}

/* rand.fastInt63n(rng, rt, n int64) int64 and the others below: n > 0 was checked. */
static int rand_fast_int63n(G *g, Value *args)
{
    args[0].i = src_int63n(src_of(args), args[2].i);
    return NATIVE_OK;
}

static int rand_fast_int31n(G *g, Value *args)
{
    args[0].i = src_int31n(src_of(args), (int32_t)args[2].i);
    return NATIVE_OK;
}

static int rand_fast_intn(G *g, Value *args)
{
    int64_t n = args[2].i;
    Src s = src_of(args);
    args[0].i = n <= INT32MAX ? src_int31n(s, (int32_t)n) : src_int63n(s, n);
    return NATIVE_OK;
}

static int rand_fast_int63(G *g, Value *args)
{
    args[0].i = src_int63(src_of(args));
    return NATIVE_OK;
}

static int rand_fast_int31(G *g, Value *args)
{
    args[0].i = src_int31(src_of(args));
    return NATIVE_OK;
}

static int rand_fast_uint32(G *g, Value *args)
{
    args[0].u = src_uint32(src_of(args));
    return NATIVE_OK;
}

/* Both sources implement Uint64 directly (Go's s64 path). */
static int rand_fast_uint64(G *g, Value *args)
{
    args[0].u = src_uint64(src_of(args));
    return NATIVE_OK;
}

static int rand_fast_float64(G *g, Value *args)
{
    args[0].f = src_float64(src_of(args));
    return NATIVE_OK;
}

static int rand_fast_float32(G *g, Value *args)
{
    Src s = src_of(args);
    for (;;) {
        float f = (float)src_float64(s);
        if (f != 1) {
            args[0].f = f;
            return NATIVE_OK;
        }
    }
}

/* rand.fastPerm(rng, rt, m []int): Go's Perm into m. */
static int rand_fast_perm(G *g, Value *args)
{
    Src s = src_of(args);
    SliceObj *m = args[2].p;
    int64_t n = slice_len(m);
    int64_t *d = n ? (int64_t *)m->data : NULL;
    for (int64_t i = 0; i < n; i++) {
        int64_t k = i + 1;
        int64_t j = k <= INT32MAX ? src_int31n(s, (int32_t)k) : src_int63n(s, k);
        d[i] = d[j];
        d[j] = i;
    }
    return NATIVE_OK;
}

/* rand.fastInt31nLemire(rng, rt, n int32) int32: Go's unexported int31n (Shuffle). */
static int rand_fast_int31n_lemire(G *g, Value *args)
{
    Src s = src_of(args);
    uint32_t n = (uint32_t)args[2].i;
    uint64_t prod = (uint64_t)src_uint32(s) * n;
    uint32_t low = (uint32_t)prod;
    if (low < n) {
        uint32_t thresh = (0 - n) % n;
        while (low < thresh) {
            prod = (uint64_t)src_uint32(s) * n;
            low = (uint32_t)prod;
        }
    }
    args[0].i = (int32_t)(prod >> 32);
    return NATIVE_OK;
}

const NativeDesc rand_natives[] = {
    {"math/rand.seedSource", rand_seed},
    {"math/rand.sourceUint64", rand_uint64},
    {"math/rand.sourceInt63", rand_int63},
    {"math/rand.runtimeRand", rand_runtime_rand},
    {"math/rand.runtimeSeed", rand_runtime_seed},
    {"math/rand.fastInt63n", rand_fast_int63n},
    {"math/rand.fastInt31n", rand_fast_int31n},
    {"math/rand.fastIntn", rand_fast_intn},
    {"math/rand.fastInt63", rand_fast_int63},
    {"math/rand.fastInt31", rand_fast_int31},
    {"math/rand.fastUint32", rand_fast_uint32},
    {"math/rand.fastUint64", rand_fast_uint64},
    {"math/rand.fastFloat64", rand_fast_float64},
    {"math/rand.fastFloat32", rand_fast_float32},
    {"math/rand.fastPerm", rand_fast_perm},
    {"math/rand.fastInt31nLemire", rand_fast_int31n_lemire},
    {NULL, NULL},
};
