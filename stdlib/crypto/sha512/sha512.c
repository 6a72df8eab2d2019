/*
 * sha512.c — the natives of package crypto/sha512, on Nettle's SHA-512 family (SHA-512,
 * SHA-384, SHA-512/224, SHA-512/256: one context type, different initial states and
 * output lengths). As in sha256.c, the running state (Nettle's struct sha512_ctx, plain
 * bytes) lives in a byte array of the Gale digest; each call copies it into an aligned
 * local context and back, and Sum digests a copy. The variant is Go's order: 0 SHA-512,
 * 1 SHA-384, 2 SHA-512/224, 3 SHA-512/256.
 */
#include <nettle/sha2.h>
#include <string.h>

#include "stdlib/internal.h"

enum { CTX_BYTES = 256 }; /* the size of digest.ctx in sha512.go */
_Static_assert(sizeof(struct sha512_ctx) <= CTX_BYTES, "sha512.digest.ctx too small");

typedef void (*InitFn)(struct sha512_ctx *);
typedef void (*DigestFn)(struct sha512_ctx *, size_t, uint8_t *);

static const struct {
    InitFn init;
    DigestFn digest;
    size_t size;
    const char *magic;
} variants[4] = {
    {sha512_init, sha512_digest, SHA512_DIGEST_SIZE, "sha\x07"},
    {sha384_init, sha384_digest, SHA384_DIGEST_SIZE, "sha\x04"},
    {sha512_224_init, sha512_224_digest, SHA512_224_DIGEST_SIZE, "sha\x05"},
    {sha512_256_init, sha512_256_digest, SHA512_256_DIGEST_SIZE, "sha\x06"},
};

static int bad(G *g)
{
    return gale_panic_str(g, "crypto/sha512: bad digest state");
}

/* sha512.initCtx(ctx []byte, variant int) */
static int s512_init(G *g, Value *args)
{
    SliceObj *s = args[0].p;
    uint64_t v = args[1].u;
    if (slice_len(s) < CTX_BYTES || v > 3)
        return bad(g);
    struct sha512_ctx c;
    variants[v].init(&c);
    memcpy(s->data, &c, sizeof c);
    return NATIVE_OK;
}

/* sha512.update(ctx, p []byte) */
static int s512_update(G *g, Value *args)
{
    SliceObj *s = args[0].p, *p = args[1].p;
    if (slice_len(s) < CTX_BYTES)
        return bad(g);
    struct sha512_ctx c;
    memcpy(&c, s->data, sizeof c);
    if (slice_len(p))
        sha512_update(&c, (size_t)p->len, p->data);
    memcpy(s->data, &c, sizeof c);
    return NATIVE_OK;
}

/* sha512.final(ctx, out []byte, variant int): the digest so far, ctx unchanged. */
static int s512_final(G *g, Value *args)
{
    SliceObj *s = args[0].p, *out = args[1].p;
    uint64_t v = args[2].u;
    if (slice_len(s) < CTX_BYTES || v > 3 || slice_len(out) < (int64_t)variants[v].size)
        return bad(g);
    struct sha512_ctx c;
    memcpy(&c, s->data, sizeof c);
    variants[v].digest(&c, variants[v].size, out->data);
    return NATIVE_OK;
}

/* sha512.sum(data, out []byte, variant int): the one-shot digest. */
static int s512_sum(G *g, Value *args)
{
    SliceObj *data = args[0].p, *out = args[1].p;
    uint64_t v = args[2].u;
    if (v > 3 || slice_len(out) < (int64_t)variants[v].size)
        return bad(g);
    struct sha512_ctx c;
    variants[v].init(&c);
    if (slice_len(data))
        sha512_update(&c, (size_t)data->len, data->data);
    variants[v].digest(&c, variants[v].size, out->data);
    return NATIVE_OK;
}

static void put_be(uint8_t *p, uint64_t v, int n)
{
    for (int i = n - 1; i >= 0; i--, v >>= 8)
        p[i] = (uint8_t)v;
}

static uint64_t get_be(const uint8_t *p, int n)
{
    uint64_t v = 0;
    for (int i = 0; i < n; i++)
        v = v << 8 | p[i];
    return v;
}

enum { MARSHALED = 4 + 8 * 8 + 128 + 8 };

/* sha512.marshal(ctx, out []byte, variant int): Go's format (magic, state, pending block
 * zero-padded, length in bytes), MARSHALED bytes. */
static int s512_marshal(G *g, Value *args)
{
    SliceObj *s = args[0].p, *out = args[1].p;
    uint64_t v = args[2].u;
    if (slice_len(s) < CTX_BYTES || v > 3 || slice_len(out) < MARSHALED)
        return bad(g);
    struct sha512_ctx c;
    memcpy(&c, s->data, sizeof c);
    uint8_t *p = out->data;
    memcpy(p, variants[v].magic, 4);
    for (int i = 0; i < 8; i++)
        put_be(p + 4 + 8 * i, c.state[i], 8);
    memset(p + 68, 0, 128);
    memcpy(p + 68, c.block, c.index);
    put_be(p + 196, c.count_low * 128 + c.index, 8);
    return NATIVE_OK;
}

/* sha512.unmarshal(ctx, b []byte): b is a valid state (checked by the caller). */
static int s512_unmarshal(G *g, Value *args)
{
    SliceObj *s = args[0].p, *b = args[1].p;
    if (slice_len(s) < CTX_BYTES || slice_len(b) < MARSHALED)
        return bad(g);
    struct sha512_ctx c;
    memcpy(&c, s->data, sizeof c);
    const uint8_t *p = b->data;
    for (int i = 0; i < 8; i++)
        c.state[i] = get_be(p + 4 + 8 * i, 8);
    memcpy(c.block, p + 68, 128);
    uint64_t len = get_be(p + 196, 8);
    c.count_low = len / 128;
    c.count_high = 0;
    c.index = (unsigned)(len % 128);
    memcpy(s->data, &c, sizeof c);
    return NATIVE_OK;
}

const NativeDesc sha512_natives[] = {
    {"crypto/sha512.initCtx", s512_init},
    {"crypto/sha512.update", s512_update},
    {"crypto/sha512.final", s512_final},
    {"crypto/sha512.sum", s512_sum},
    {"crypto/sha512.marshal", s512_marshal},
    {"crypto/sha512.unmarshal", s512_unmarshal},
    {NULL, NULL},
};
