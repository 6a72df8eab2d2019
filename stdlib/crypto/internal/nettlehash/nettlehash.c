/*
 * nettlehash.c — the natives of package crypto/internal/nettlehash, the digest engine that
 * crypto/md5, crypto/sha1, crypto/sha256 and crypto/sha512 share. The hashing itself is
 * Nettle's, reached through its generic descriptors (struct nettle_hash: context size,
 * init, update, digest), so one set of natives serves every algorithm:
 *  1. The running state (the Nettle context, plain bytes without pointers) lives in a byte
 *     array of the Gale Digest, so the collector owns it. Each call copies it into an
 *     aligned local context, works, and copies it back. Sum digests a copy, so the running
 *     hash is unchanged, as Go's Sum requires.
 *  2. The algorithm is an index into algos[], in the order of the constants in
 *     nettlehash.go; a bad index or a short buffer is a bug of the Gale side, not of the
 *     user, and panics.
 *  3. MarshalBinary uses Go's format: the 4-byte magic, the state words big-endian, the
 *     pending block zero-padded to the block size, the total length in bytes big-endian.
 *     The Nettle context's fields are reached by offsetof, since every context has the same
 *     shape (state words, block count, index, block) with 32- or 64-bit words.
 */
#include <nettle/md5.h>
#include <nettle/nettle-meta.h>
#include <nettle/sha1.h>
#include <nettle/sha2.h>
#include <stddef.h>
#include <string.h>

#include "stdlib/internal.h"

enum { CTX_BYTES = 256 }; /* the size of Digest.ctx in nettlehash.go */

typedef struct Algo {
    const struct nettle_hash *h;
    const char *magic;
    int words, word_bytes;                  /* the state: words of word_bytes bytes */
    size_t state_off, count_off, index_off, block_off;
} Algo;

#define ALGO(meta, ctx, magic, words, wbytes, count)                                       \
    {&meta, magic, words, wbytes, offsetof(struct ctx, state), offsetof(struct ctx, count), \
     offsetof(struct ctx, index), offsetof(struct ctx, block)}

static const Algo algos[] = {
    ALGO(nettle_md5, md5_ctx, "md5\x01", 4, 4, count),
    ALGO(nettle_sha1, sha1_ctx, "sha\x01", 5, 4, count),
    ALGO(nettle_sha224, sha256_ctx, "sha\x02", 8, 4, count),
    ALGO(nettle_sha256, sha256_ctx, "sha\x03", 8, 4, count),
    ALGO(nettle_sha384, sha512_ctx, "sha\x04", 8, 8, count_low),
    ALGO(nettle_sha512_224, sha512_ctx, "sha\x05", 8, 8, count_low),
    ALGO(nettle_sha512_256, sha512_ctx, "sha\x06", 8, 8, count_low),
    ALGO(nettle_sha512, sha512_ctx, "sha\x07", 8, 8, count_low),
};

_Static_assert(sizeof(struct md5_ctx) <= CTX_BYTES && sizeof(struct sha1_ctx) <= CTX_BYTES &&
                   sizeof(struct sha256_ctx) <= CTX_BYTES &&
                   sizeof(struct sha512_ctx) <= CTX_BYTES,
               "nettlehash.Digest.ctx too small");

/* An aligned home for any of the contexts. */
typedef union {
    max_align_t align;
    uint8_t bytes[CTX_BYTES];
} Ctx;

/* The algorithm args[i] names, or NULL (after panicking into *err) if it or the context
 * slice ctx (NULL: none to check) is bad. */
static const Algo *algo_arg(G *g, Value *args, int i, SliceObj *ctx, int *err)
{
    uint64_t a = args[i].u;
    if (a >= ARRAY_LEN(algos) || (ctx && slice_len(ctx) < CTX_BYTES)) {
        *err = gale_panic_str(g, "crypto: bad digest state");
        return NULL;
    }
    return &algos[a];
}

static size_t marshaled_size(const Algo *a)
{
    return 4 + (size_t)(a->words * a->word_bytes) + a->h->block_size + 8;
}

/* nettlehash.initCtx(ctx []byte, algo int) */
static int nh_init(G *g, Value *args)
{
    int err;
    SliceObj *s = args[0].p;
    const Algo *a = algo_arg(g, args, 1, s, &err);
    if (!a)
        return err;
    Ctx c;
    a->h->init(&c);
    memcpy(s->data, &c, a->h->context_size);
    return NATIVE_OK;
}

/* nettlehash.update(ctx, p []byte, algo int) */
static int nh_update(G *g, Value *args)
{
    int err;
    SliceObj *s = args[0].p, *p = args[1].p;
    const Algo *a = algo_arg(g, args, 2, s, &err);
    if (!a)
        return err;
    Ctx c;
    memcpy(&c, s->data, a->h->context_size);
    if (slice_len(p))
        a->h->update(&c, (size_t)p->len, p->data);
    memcpy(s->data, &c, a->h->context_size);
    return NATIVE_OK;
}

/* nettlehash.final(ctx, out []byte, algo int): writes the digest of the state so far to
 * out, leaving ctx as it was. */
static int nh_final(G *g, Value *args)
{
    int err;
    SliceObj *s = args[0].p, *out = args[1].p;
    const Algo *a = algo_arg(g, args, 2, s, &err);
    if (!a)
        return err;
    if (slice_len(out) < (int64_t)a->h->digest_size)
        return gale_panic_str(g, "crypto: short output");
    Ctx c;
    memcpy(&c, s->data, a->h->context_size);
    a->h->digest(&c, a->h->digest_size, out->data);
    return NATIVE_OK;
}

/* nettlehash.sum(data, out []byte, algo int): the one-shot digest of data. */
static int nh_sum(G *g, Value *args)
{
    int err;
    SliceObj *data = args[0].p, *out = args[1].p;
    const Algo *a = algo_arg(g, args, 2, NULL, &err);
    if (!a)
        return err;
    if (slice_len(out) < (int64_t)a->h->digest_size)
        return gale_panic_str(g, "crypto: short output");
    Ctx c;
    a->h->init(&c);
    if (slice_len(data))
        a->h->update(&c, (size_t)data->len, data->data);
    a->h->digest(&c, a->h->digest_size, out->data);
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

/* nettlehash.marshal(ctx, out []byte, algo int): Go's format (point 3 above). */
static int nh_marshal(G *g, Value *args)
{
    int err;
    SliceObj *s = args[0].p, *out = args[1].p;
    const Algo *a = algo_arg(g, args, 2, s, &err);
    if (!a)
        return err;
    if (slice_len(out) < (int64_t)marshaled_size(a))
        return gale_panic_str(g, "crypto: bad digest state");
    Ctx c;
    memcpy(&c, s->data, a->h->context_size);
    unsigned block = a->h->block_size, index, w = (unsigned)a->word_bytes;
    uint64_t count;
    memcpy(&index, c.bytes + a->index_off, sizeof index);
    memcpy(&count, c.bytes + a->count_off, sizeof count);
    uint8_t *p = out->data;
    memcpy(p, a->magic, 4);
    p += 4;
    for (int i = 0; i < a->words; i++, p += w) {
        const uint8_t *word = c.bytes + a->state_off + i * w;
        if (w == 4) {
            uint32_t v;
            memcpy(&v, word, 4);
            put_be(p, v, 4);
        } else {
            uint64_t v;
            memcpy(&v, word, 8);
            put_be(p, v, 8);
        }
    }
    memset(p, 0, block);
    memcpy(p, c.bytes + a->block_off, index);
    put_be(p + block, count * block + index, 8);
    return NATIVE_OK;
}

/* nettlehash.unmarshal(ctx, b []byte, algo int): b is a valid state of the algorithm
 * (checked by the caller). Starts from a fresh context, so SHA-512's high block count is 0. */
static int nh_unmarshal(G *g, Value *args)
{
    int err;
    SliceObj *s = args[0].p, *b = args[1].p;
    const Algo *a = algo_arg(g, args, 2, s, &err);
    if (!a)
        return err;
    if (slice_len(b) < (int64_t)marshaled_size(a))
        return gale_panic_str(g, "crypto: bad digest state");
    Ctx c;
    a->h->init(&c);
    unsigned block = a->h->block_size, w = (unsigned)a->word_bytes;
    const uint8_t *p = (const uint8_t *)b->data + 4;
    for (int i = 0; i < a->words; i++, p += w) {
        uint8_t *word = c.bytes + a->state_off + i * w;
        uint64_t v = get_be(p, (int)w);
        if (w == 4) {
            uint32_t v32 = (uint32_t)v;
            memcpy(word, &v32, 4);
        } else {
            memcpy(word, &v, 8);
        }
    }
    memcpy(c.bytes + a->block_off, p, block);
    uint64_t len = get_be(p + block, 8), count = len / block;
    unsigned index = (unsigned)(len % block);
    memcpy(c.bytes + a->count_off, &count, sizeof count);
    memcpy(c.bytes + a->index_off, &index, sizeof index);
    memcpy(s->data, &c, a->h->context_size);
    return NATIVE_OK;
}

const NativeDesc nettlehash_natives[] = {
    {"crypto/internal/nettlehash.initCtx", nh_init},
    {"crypto/internal/nettlehash.update", nh_update},
    {"crypto/internal/nettlehash.final", nh_final},
    {"crypto/internal/nettlehash.sum", nh_sum},
    {"crypto/internal/nettlehash.marshal", nh_marshal},
    {"crypto/internal/nettlehash.unmarshal", nh_unmarshal},
    {NULL, NULL},
};
