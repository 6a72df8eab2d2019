/*
 * sha256.c — the natives of package crypto/sha256, on Nettle's SHA-256 and SHA-224.
 * The running state (Nettle's struct sha256_ctx, plain bytes without pointers) lives in a
 * byte array of the Gale digest, so the collector owns it; each call copies it into an
 * aligned local context, works, and copies it back. Sum digests a copy, so the running
 * hash is unchanged, as Go's Sum requires. SHA-224 uses the same context layout.
 */
#include <nettle/sha2.h>
#include <string.h>

#include "stdlib/internal.h"

enum { CTX_BYTES = 128 }; /* the size of digest.ctx in sha256.go */
_Static_assert(sizeof(struct sha256_ctx) <= CTX_BYTES, "sha256.digest.ctx too small");

static bool ctx_ok(G *g, SliceObj *s, int *err)
{
    if (slice_len(s) < CTX_BYTES) {
        *err = gale_panic_str(g, "crypto/sha256: bad digest state");
        return false;
    }
    return true;
}

/* sha256.initCtx(ctx []byte, is224 bool) */
static int sha_init(G *g, Value *args)
{
    int err;
    if (!ctx_ok(g, args[0].p, &err))
        return err;
    struct sha256_ctx c;
    if (args[1].i)
        sha224_init(&c);
    else
        sha256_init(&c);
    memcpy(((SliceObj *)args[0].p)->data, &c, sizeof c);
    return NATIVE_OK;
}

/* sha256.update(ctx, p []byte) */
static int sha_update(G *g, Value *args)
{
    int err;
    if (!ctx_ok(g, args[0].p, &err))
        return err;
    SliceObj *s = args[0].p, *p = args[1].p;
    struct sha256_ctx c;
    memcpy(&c, s->data, sizeof c);
    if (slice_len(p))
        sha256_update(&c, (size_t)p->len, p->data);
    memcpy(s->data, &c, sizeof c);
    return NATIVE_OK;
}

/* sha256.final(ctx, out []byte, is224 bool): writes the digest of the state so far to out
 * (32 or 28 bytes), leaving ctx as it was. */
static int sha_final(G *g, Value *args)
{
    int err;
    if (!ctx_ok(g, args[0].p, &err))
        return err;
    SliceObj *s = args[0].p, *out = args[1].p;
    size_t n = args[2].i ? SHA224_DIGEST_SIZE : SHA256_DIGEST_SIZE;
    if (slice_len(out) < (int64_t)n)
        return gale_panic_str(g, "crypto/sha256: short output");
    struct sha256_ctx c;
    memcpy(&c, s->data, sizeof c);
    if (args[2].i)
        sha224_digest(&c, n, out->data);
    else
        sha256_digest(&c, n, out->data);
    return NATIVE_OK;
}

/* sha256.sum(data, out []byte, is224 bool): the one-shot digest of data. */
static int sha_sum(G *g, Value *args)
{
    SliceObj *data = args[0].p, *out = args[1].p;
    struct sha256_ctx c;
    size_t n = args[2].i ? SHA224_DIGEST_SIZE : SHA256_DIGEST_SIZE;
    if (slice_len(out) < (int64_t)n)
        return gale_panic_str(g, "crypto/sha256: short output");
    if (args[2].i)
        sha224_init(&c);
    else
        sha256_init(&c);
    if (slice_len(data))
        sha256_update(&c, (size_t)data->len, data->data);
    if (args[2].i)
        sha224_digest(&c, n, out->data);
    else
        sha256_digest(&c, n, out->data);
    return NATIVE_OK;
}


/* ---- Go's MarshalBinary format: magic, the state words big-endian, the pending block
 * zero-padded to 64 bytes, the total length in bytes big-endian (108 bytes). ---- */

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

/* sha256.marshal(ctx, out []byte, is224 bool): out has 108 bytes. */
static int sha256_marshal(G *g, Value *args)
{
    SliceObj *s = args[0].p, *out = args[1].p;
    if (slice_len(s) < CTX_BYTES || slice_len(out) < 108)
        return gale_panic_str(g, "crypto/sha256: bad digest state");
    struct sha256_ctx c;
    memcpy(&c, s->data, sizeof c);
    uint8_t *p = out->data;
    memcpy(p, args[2].i ? "sha\x02" : "sha\x03", 4);
    for (int i = 0; i < 8; i++)
        put_be(p + 4 + 4 * i, c.state[i], 4);
    memset(p + 36, 0, 64);
    memcpy(p + 36, c.block, c.index);
    put_be(p + 100, c.count * 64 + c.index, 8);
    return NATIVE_OK;
}

/* sha256.unmarshal(ctx, b []byte): b is a valid 108-byte state (checked by the caller). */
static int sha256_unmarshal(G *g, Value *args)
{
    SliceObj *s = args[0].p, *b = args[1].p;
    if (slice_len(s) < CTX_BYTES || slice_len(b) < 108)
        return gale_panic_str(g, "crypto/sha256: bad digest state");
    struct sha256_ctx c;
    memcpy(&c, s->data, sizeof c);
    const uint8_t *p = b->data;
    for (int i = 0; i < 8; i++)
        c.state[i] = (uint32_t)get_be(p + 4 + 4 * i, 4);
    memcpy(c.block, p + 36, 64);
    uint64_t len = get_be(p + 100, 8);
    c.count = len / 64;
    c.index = (unsigned)(len % 64);
    memcpy(s->data, &c, sizeof c);
    return NATIVE_OK;
}

const NativeDesc sha256_natives[] = {
    {"crypto/sha256.initCtx", sha_init},
    {"crypto/sha256.update", sha_update},
    {"crypto/sha256.final", sha_final},
    {"crypto/sha256.sum", sha_sum},
    {"crypto/sha256.marshal", sha256_marshal},
    {"crypto/sha256.unmarshal", sha256_unmarshal},
    {NULL, NULL},
};
