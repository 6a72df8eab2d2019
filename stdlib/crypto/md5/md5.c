/*
 * md5.c — the natives of package crypto/md5, on Nettle's MD5. As in sha256.c, the running
 * state (Nettle's struct md5_ctx, plain bytes) lives in a byte array of the Gale digest;
 * each call copies it into an aligned local context and back. Sum digests a copy.
 */
#include <nettle/md5.h>
#include <string.h>

#include "stdlib/internal.h"

enum { CTX_BYTES = 128 }; /* the size of digest.ctx in md5.go */
_Static_assert(sizeof(struct md5_ctx) <= CTX_BYTES, "md5.digest.ctx too small");

/* md5.initCtx(ctx []byte) */
static int md5_init_ctx(G *g, Value *args)
{
    SliceObj *s = args[0].p;
    if (slice_len(s) < CTX_BYTES)
        return gale_panic_str(g, "crypto/md5: bad digest state");
    struct md5_ctx c;
    md5_init(&c);
    memcpy(s->data, &c, sizeof c);
    return NATIVE_OK;
}

/* md5.update(ctx, p []byte) */
static int md5_update_ctx(G *g, Value *args)
{
    SliceObj *s = args[0].p, *p = args[1].p;
    if (slice_len(s) < CTX_BYTES)
        return gale_panic_str(g, "crypto/md5: bad digest state");
    struct md5_ctx c;
    memcpy(&c, s->data, sizeof c);
    if (slice_len(p))
        md5_update(&c, (size_t)p->len, p->data);
    memcpy(s->data, &c, sizeof c);
    return NATIVE_OK;
}

/* md5.final(ctx, out []byte): the digest of the state so far, ctx unchanged. */
static int md5_final(G *g, Value *args)
{
    SliceObj *s = args[0].p, *out = args[1].p;
    if (slice_len(s) < CTX_BYTES || slice_len(out) < MD5_DIGEST_SIZE)
        return gale_panic_str(g, "crypto/md5: bad digest state");
    struct md5_ctx c;
    memcpy(&c, s->data, sizeof c);
    md5_digest(&c, MD5_DIGEST_SIZE, out->data);
    return NATIVE_OK;
}

/* md5.sum(data, out []byte): the one-shot digest. */
static int md5_sum(G *g, Value *args)
{
    SliceObj *data = args[0].p, *out = args[1].p;
    if (slice_len(out) < MD5_DIGEST_SIZE)
        return gale_panic_str(g, "crypto/md5: short output");
    struct md5_ctx c;
    md5_init(&c);
    if (slice_len(data))
        md5_update(&c, (size_t)data->len, data->data);
    md5_digest(&c, MD5_DIGEST_SIZE, out->data);
    return NATIVE_OK;
}


/* ---- Go's MarshalBinary format: magic, the state words big-endian, the pending block
 * zero-padded to 64 bytes, the total length in bytes big-endian (92 bytes). ---- */

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

/* md5.marshal(ctx, out []byte): out has 92 bytes. */
static int md5_marshal(G *g, Value *args)
{
    SliceObj *s = args[0].p, *out = args[1].p;
    if (slice_len(s) < CTX_BYTES || slice_len(out) < 92)
        return gale_panic_str(g, "crypto/md5: bad digest state");
    struct md5_ctx c;
    memcpy(&c, s->data, sizeof c);
    uint8_t *p = out->data;
    memcpy(p, "md5\x01", 4);
    for (int i = 0; i < 4; i++)
        put_be(p + 4 + 4 * i, c.state[i], 4);
    memset(p + 20, 0, 64);
    memcpy(p + 20, c.block, c.index);
    put_be(p + 84, c.count * 64 + c.index, 8);
    return NATIVE_OK;
}

/* md5.unmarshal(ctx, b []byte): b is a valid 92-byte state (checked by the caller). */
static int md5_unmarshal(G *g, Value *args)
{
    SliceObj *s = args[0].p, *b = args[1].p;
    if (slice_len(s) < CTX_BYTES || slice_len(b) < 92)
        return gale_panic_str(g, "crypto/md5: bad digest state");
    struct md5_ctx c;
    memcpy(&c, s->data, sizeof c);
    const uint8_t *p = b->data;
    for (int i = 0; i < 4; i++)
        c.state[i] = (uint32_t)get_be(p + 4 + 4 * i, 4);
    memcpy(c.block, p + 20, 64);
    uint64_t len = get_be(p + 84, 8);
    c.count = len / 64;
    c.index = (unsigned)(len % 64);
    memcpy(s->data, &c, sizeof c);
    return NATIVE_OK;
}

const NativeDesc md5_natives[] = {
    {"crypto/md5.initCtx", md5_init_ctx},
    {"crypto/md5.update", md5_update_ctx},
    {"crypto/md5.final", md5_final},
    {"crypto/md5.sum", md5_sum},
    {"crypto/md5.marshal", md5_marshal},
    {"crypto/md5.unmarshal", md5_unmarshal},
    {NULL, NULL},
};
