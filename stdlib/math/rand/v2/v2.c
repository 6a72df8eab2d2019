/*
 * v2.c — the natives of package math/rand/v2: the generators' cores.
 *   - ChaCha8 as Go's internal/chacha8rand: each block call runs 4 interleaved ChaCha8
 *     blocks (counters c..c+3, 4 double rounds, feed-forward of the key rows only) into a
 *     buffer of 32 uint64s laid out as Go's [16][4]uint32 view; the generator hands out
 *     32 words per call, then 28 on the last of every 4 calls and reseeds from the 4 words
 *     it held back. The state lives in the Gale ChaCha8 value (layout below).
 *   - PCG: Go's 128-bit LCG with the DXSM output function.
 *   - the unseeded source of the top-level functions: wyrand over an atomic counter in
 *     the Gale runtimeSource, seeded from getrandom(2): math/rand's natives (rand.c).
 */
#include <string.h>

#include "stdlib/internal.h"
#include "stdlib/math/rand/rand.h"

/* The layout of chachaState in v2.go. */
typedef struct ChaState {
    uint64_t buf[32];
    uint64_t seed[4];
    uint32_t i, n, c;
} ChaState;

enum { CTR_INC = 4, CTR_MAX = 16, CHUNK = 32, RESEED = 4 };

static inline uint32_t rotl(uint32_t x, int k)
{
    return x << k | x >> (32 - k);
}

#define QR(a, b, c, d)                                                                         \
    do {                                                                                       \
        a += b;                                                                                \
        d ^= a;                                                                                \
        d = rotl(d, 16);                                                                       \
        c += d;                                                                                \
        b ^= c;                                                                                \
        b = rotl(b, 12);                                                                       \
        a += b;                                                                                \
        d ^= a;                                                                                \
        d = rotl(d, 8);                                                                        \
        c += d;                                                                                \
        b ^= c;                                                                                \
        b = rotl(b, 7);                                                                        \
    } while (0)

/* block fills buf (viewed as [16][4]uint32, little-endian words) with 4 ChaCha8 blocks
 * for counters counter..counter+3 under the 256-bit key seed. */
static void block(const uint64_t seed[4], uint64_t buf[32], uint32_t counter)
{
    uint32_t b[16][4];
    static const uint32_t sigma[4] = {0x61707865, 0x3320646e, 0x79622d32, 0x6b206574};
    for (int lane = 0; lane < 4; lane++) {
        for (int r = 0; r < 4; r++)
            b[r][lane] = sigma[r];
        for (int k = 0; k < 4; k++) {
            b[4 + 2 * k][lane] = (uint32_t)seed[k];
            b[5 + 2 * k][lane] = (uint32_t)(seed[k] >> 32);
        }
        b[12][lane] = counter + (uint32_t)lane;
        b[13][lane] = b[14][lane] = b[15][lane] = 0;
    }
    for (int lane = 0; lane < 4; lane++) {
        uint32_t x[16];
        for (int r = 0; r < 16; r++)
            x[r] = b[r][lane];
        for (int round = 0; round < 4; round++) {
            QR(x[0], x[4], x[8], x[12]);
            QR(x[1], x[5], x[9], x[13]);
            QR(x[2], x[6], x[10], x[14]);
            QR(x[3], x[7], x[11], x[15]);
            QR(x[0], x[5], x[10], x[15]);
            QR(x[1], x[6], x[11], x[12]);
            QR(x[2], x[7], x[8], x[13]);
            QR(x[3], x[4], x[9], x[14]);
        }
        for (int r = 0; r < 16; r++)
            b[r][lane] = (r >= 4 && r < 12) ? b[r][lane] + x[r] : x[r];
    }
    memcpy(buf, b, sizeof b); /* little-endian host: the same bytes as Go's view */
}

static void cha_init64(ChaState *s, const uint64_t seed[4])
{
    memmove(s->seed, seed, sizeof s->seed);
    block(s->seed, s->buf, 0);
    s->c = 0;
    s->i = 0;
    s->n = CHUNK;
}

static void cha_refill(ChaState *s)
{
    s->c += CTR_INC;
    if (s->c >= CTR_MAX) { /* == in a consistent state; >= keeps a racy one in range */
        memcpy(s->seed, s->buf + 32 - RESEED, sizeof s->seed);
        s->c = 0;
    }
    block(s->seed, s->buf, s->c);
    s->i = 0;
    s->n = CHUNK;
    if (s->c == CTR_MAX - CTR_INC)
        s->n = CHUNK - RESEED;
}

/* v2.chachaInit(s *chachaState, seed *[32]byte) */
static int v2_chacha_init(G *g, Value *args)
{
    ChaState *s = args[0].p;
    const uint8_t *p = args[1].p;
    uint64_t seed[4];
    for (int k = 0; k < 4; k++) {
        uint64_t w = 0;
        for (int j = 7; j >= 0; j--)
            w = w << 8 | p[8 * k + j];
        seed[k] = w;
    }
    cha_init64(s, seed);
    return NATIVE_OK;
}

static uint64_t cha_next(ChaState *s)
{
    for (;;) {
        uint32_t i = s->i;
        if (i < s->n) {
            s->i = i + 1;
            return s->buf[i & 31];
        }
        cha_refill(s);
    }
}

/* v2.chachaUint64(s *chachaState) uint64 */
static int v2_chacha_uint64(G *g, Value *args)
{
    args[0].u = cha_next(args[0].p);
    return NATIVE_OK;
}

/* v2.chachaRestore(s *chachaState, used uint64): Go's Unmarshal after the seed words are
 * stored: regenerate the block that position used falls in. */
static int v2_chacha_restore(G *g, Value *args)
{
    ChaState *s = args[0].p;
    uint64_t used = args[1].u;
    s->c = CTR_INC * (uint32_t)(used / CHUNK);
    block(s->seed, s->buf, s->c);
    s->i = (uint32_t)(used % CHUNK);
    s->n = CHUNK;
    if (s->c == CTR_MAX - CTR_INC)
        s->n = CHUNK - RESEED;
    return NATIVE_OK;
}

/* pcg_next steps the PCG at p (hi, lo at offsets 0 and 8) and returns its output. */
static uint64_t pcg_next(uint64_t *p)
{
    const unsigned __int128 mul = (unsigned __int128)2549297995355413924ULL << 64 | 4865540595714422341ULL;
    const unsigned __int128 inc = (unsigned __int128)6364136223846793005ULL << 64 | 1442695040888963407ULL;
    unsigned __int128 st = (unsigned __int128)p[0] << 64 | p[1];
    st = st * mul + inc;
    uint64_t hi = (uint64_t)(st >> 64), lo = (uint64_t)st;
    p[0] = hi;
    p[1] = lo;
    hi ^= hi >> 32;
    hi *= 0xda942042e4dd58b5ULL;
    hi ^= hi >> 48;
    hi *= (lo | 1);
    return hi;
}

/* v2.pcgUint64(p *PCG) uint64 */
static int v2_pcg_uint64(G *g, Value *args)
{
    if (!args[0].p)
        return native_nil_deref(g); /* (*PCG)(nil).Uint64() */
    args[0].u = pcg_next(args[0].p);
    return NATIVE_OK;
}

/* ---- Fast paths ----
 * A Rand over a PCG, a ChaCha8 or the runtime source runs its methods here in one native
 * call (same algorithms as v2.go). Each takes the three candidate sources, exactly one of
 * them non-NULL: pcg (*PCG), cha (*chachaState inside a ChaCha8), rt (*runtimeSource).
 */

static uint64_t next_of(Value *args)
{
    if (args[0].p)
        return pcg_next(args[0].p);
    if (args[1].p)
        return cha_next(args[1].p);
    return rand_wyrand(args[2].p);
}

/* Lemire's reduction of Rand.uint64n (n > 0). */
static uint64_t uint64n(Value *args, uint64_t n)
{
    if ((n & (n - 1)) == 0)
        return next_of(args) & (n - 1);
    unsigned __int128 p = (unsigned __int128)next_of(args) * n;
    uint64_t lo = (uint64_t)p;
    if (lo < n) {
        uint64_t thresh = (0 - n) % n;
        while (lo < thresh) {
            p = (unsigned __int128)next_of(args) * n;
            lo = (uint64_t)p;
        }
    }
    return (uint64_t)(p >> 64);
}

/* v2.fastUint64(pcg, cha, rt) uint64 */
static int v2_fast_uint64(G *g, Value *args)
{
    args[0].u = next_of(args);
    return NATIVE_OK;
}

/* v2.fastUint64n(pcg, cha, rt, n uint64) uint64 (n != 0 checked by the caller) */
static int v2_fast_uint64n(G *g, Value *args)
{
    args[0].u = uint64n(args, args[3].u);
    return NATIVE_OK;
}

/* v2.fastFloat64(pcg, cha, rt) float64 */
static int v2_fast_float64(G *g, Value *args)
{
    args[0].f = (double)(next_of(args) << 11 >> 11) / 0x1p53;
    return NATIVE_OK;
}

const NativeDesc randv2_natives[] = {
    {"math/rand/v2.chachaInit", v2_chacha_init},
    {"math/rand/v2.chachaUint64", v2_chacha_uint64},
    {"math/rand/v2.chachaRestore", v2_chacha_restore},
    {"math/rand/v2.pcgUint64", v2_pcg_uint64},
    {"math/rand/v2.runtimeRand", rand_runtime_rand},
    {"math/rand/v2.runtimeSeed", rand_runtime_seed},
    {"math/rand/v2.fastUint64", v2_fast_uint64},
    {"math/rand/v2.fastUint64n", v2_fast_uint64n},
    {"math/rand/v2.fastFloat64", v2_fast_float64},
    {NULL, NULL},
};
