/*
 * sha1.c — the natives of package crypto/sha1, on Nettle's SHA-1. As in sha256.c, the
 * running state (Nettle's struct sha1_ctx, plain bytes) lives in a byte array of the Gale
 * digest; each call copies it into an aligned local context and back. Sum digests a copy.
 */
#include <nettle/sha1.h>
#include <string.h>

#include "stdlib/internal.h"

enum { CTX_BYTES = 128 }; /* the size of digest.ctx in sha1.go */
_Static_assert(sizeof(struct sha1_ctx) <= CTX_BYTES, "sha1.digest.ctx too small");

static int bad(G *g)
{
    return gale_panic_str(g, "crypto/sha1: bad digest state");
}

/* sha1.initCtx(ctx []byte) */
static int s1_init(G *g, Value *args)
{
    SliceObj *s = args[0].p;
    if (slice_len(s) < CTX_BYTES)
        return bad(g);
    struct sha1_ctx c;
    sha1_init(&c);
    memcpy(s->data, &c, sizeof c);
    return NATIVE_OK;
}

/* sha1.update(ctx, p []byte) */
static int s1_update(G *g, Value *args)
{
    SliceObj *s = args[0].p, *p = args[1].p;
    if (slice_len(s) < CTX_BYTES)
        return bad(g);
    struct sha1_ctx c;
    memcpy(&c, s->data, sizeof c);
    if (slice_len(p))
        sha1_update(&c, (size_t)p->len, p->data);
    memcpy(s->data, &c, sizeof c);
    return NATIVE_OK;
}

/* sha1.final(ctx, out []byte) */
static int s1_final(G *g, Value *args)
{
    SliceObj *s = args[0].p, *out = args[1].p;
    if (slice_len(s) < CTX_BYTES || slice_len(out) < SHA1_DIGEST_SIZE)
        return bad(g);
    struct sha1_ctx c;
    memcpy(&c, s->data, sizeof c);
    sha1_digest(&c, SHA1_DIGEST_SIZE, out->data);
    return NATIVE_OK;
}

/* sha1.sum(data, out []byte) */
static int s1_sum(G *g, Value *args)
{
    SliceObj *data = args[0].p, *out = args[1].p;
    if (slice_len(out) < SHA1_DIGEST_SIZE)
        return bad(g);
    struct sha1_ctx c;
    sha1_init(&c);
    if (slice_len(data))
        sha1_update(&c, (size_t)data->len, data->data);
    sha1_digest(&c, SHA1_DIGEST_SIZE, out->data);
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

enum { MARSHALED = 4 + 5 * 4 + 64 + 8 };

/* sha1.marshal(ctx, out []byte): Go's format, MARSHALED bytes. */
static int s1_marshal(G *g, Value *args)
{
    SliceObj *s = args[0].p, *out = args[1].p;
    if (slice_len(s) < CTX_BYTES || slice_len(out) < MARSHALED)
        return bad(g);
    struct sha1_ctx c;
    memcpy(&c, s->data, sizeof c);
    uint8_t *p = out->data;
    memcpy(p, "sha\x01", 4);
    for (int i = 0; i < 5; i++)
        put_be(p + 4 + 4 * i, c.state[i], 4);
    memset(p + 24, 0, 64);
    memcpy(p + 24, c.block, c.index);
    put_be(p + 88, c.count * 64 + c.index, 8);
    return NATIVE_OK;
}

/* sha1.unmarshal(ctx, b []byte): b is a valid state (checked by the caller). */
static int s1_unmarshal(G *g, Value *args)
{
    SliceObj *s = args[0].p, *b = args[1].p;
    if (slice_len(s) < CTX_BYTES || slice_len(b) < MARSHALED)
        return bad(g);
    struct sha1_ctx c;
    memcpy(&c, s->data, sizeof c);
    const uint8_t *p = b->data;
    for (int i = 0; i < 5; i++)
        c.state[i] = (uint32_t)get_be(p + 4 + 4 * i, 4);
    memcpy(c.block, p + 24, 64);
    uint64_t len = get_be(p + 88, 8);
    c.count = len / 64;
    c.index = (unsigned)(len % 64);
    memcpy(s->data, &c, sizeof c);
    return NATIVE_OK;
}

const NativeDesc sha1_natives[] = {
    {"crypto/sha1.initCtx", s1_init},
    {"crypto/sha1.update", s1_update},
    {"crypto/sha1.final", s1_final},
    {"crypto/sha1.sum", s1_sum},
    {"crypto/sha1.marshal", s1_marshal},
    {"crypto/sha1.unmarshal", s1_unmarshal},
    {NULL, NULL},
};
