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

/* rand.runtimeRand(state *uint64) uint64: wyrand. */
static int rand_runtime(G *g, Value *args)
{
    uint64_t s = __atomic_add_fetch((uint64_t *)args[0].p, 0xa0761d6478bd642fULL,
                                    __ATOMIC_RELAXED);
    unsigned __int128 m = (unsigned __int128)s * (s ^ 0xe7037ed1a0b428dbULL);
    args[0].u = (uint64_t)(m >> 64) ^ (uint64_t)m;
    return NATIVE_OK;
}

/* rand.runtimeSeed() uint64: 8 bytes from getrandom(2), or the clock and pid if that
 * fails. */
static int rand_runtime_seed(G *g, Value *args)
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

const NativeDesc rand_natives[] = {
    {"math/rand.seedSource", rand_seed},
    {"math/rand.sourceUint64", rand_uint64},
    {"math/rand.sourceInt63", rand_int63},
    {"math/rand.runtimeRand", rand_runtime},
    {"math/rand.runtimeSeed", rand_runtime_seed},
    {NULL, NULL},
};
