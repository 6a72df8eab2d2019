/*
 * base64.c — the natives of package encoding/base64: the encoding loop and the decoding
 * state machine. Both read the alphabet, the decode map, the padding and strictness from
 * the *Encoding the Gale code passes (its layout is fixed by base64.go's struct: encode
 * [64]byte at 0, decodeMap [256]byte at 64, padChar int32 at 320, strict bool at 324).
 * Decoding takes 4-character quanta one at a time, skipping '\r' and '\n' anywhere, as
 * Go's decodeQuantum does, so that the error offsets (CorruptInputError) and the bytes
 * written before an error are Go's.
 */
#include <string.h>

#include "stdlib/internal.h"

typedef struct Encoding {
    uint8_t encode[64];
    uint8_t decode_map[256];
    int32_t pad; /* -1: NoPadding */
    bool strict;
} Encoding;

_Static_assert(offsetof(Encoding, pad) == 320 && offsetof(Encoding, strict) == 324,
               "layout of base64.Encoding");

static int64_t encoded_len(const Encoding *e, int64_t n)
{
    if (e->pad < 0)
        return n / 3 * 4 + (n % 3 * 8 + 5) / 6;
    return (n + 2) / 3 * 4;
}

static void encode(const Encoding *e, uint8_t *dst, const uint8_t *src, int64_t n)
{
    int64_t si = 0, di = 0, full = n / 3 * 3;
    for (; si < full; si += 3, di += 4) {
        uint32_t v = (uint32_t)src[si] << 16 | (uint32_t)src[si + 1] << 8 | src[si + 2];
        dst[di] = e->encode[v >> 18 & 63];
        dst[di + 1] = e->encode[v >> 12 & 63];
        dst[di + 2] = e->encode[v >> 6 & 63];
        dst[di + 3] = e->encode[v & 63];
    }
    int64_t rem = n - si;
    if (rem == 0)
        return;
    uint32_t v = (uint32_t)src[si] << 16;
    if (rem == 2)
        v |= (uint32_t)src[si + 1] << 8;
    dst[di] = e->encode[v >> 18 & 63];
    dst[di + 1] = e->encode[v >> 12 & 63];
    if (rem == 2) {
        dst[di + 2] = e->encode[v >> 6 & 63];
        if (e->pad >= 0)
            dst[di + 3] = (uint8_t)e->pad;
    } else if (e->pad >= 0) {
        dst[di + 2] = (uint8_t)e->pad;
        dst[di + 3] = (uint8_t)e->pad;
    }
}

/* base64.encode(enc *Encoding, dst, src []byte) */
static int b64_encode(G *g, Value *args)
{
    const Encoding *e = args[0].p;
    SliceObj *dst = args[1].p, *src = args[2].p;
    if (slice_len(src) == 0)
        return NATIVE_OK; /* before the nil check, as in Go */
    if (!e)
        return native_nil_deref(g);
    int64_t n = slice_len(src), need = encoded_len(e, n), cap = slice_len(dst);
    if (need > cap)
        return gale_panic_runtime(g, "index out of range [%lld] with length %lld",
                                  (long long)cap, (long long)cap);
    if (n)
        encode(e, dst->data, src->data, n);
    return NATIVE_OK;
}

/* base64.encodeToString(enc *Encoding, src []byte) string */
static int b64_encode_to_string(G *g, Value *args)
{
    const Encoding *e = args[0].p;
    SliceObj *src = args[1].p;
    int64_t n = slice_len(src);
    if (!e)
        return native_nil_deref(g); /* Go's EncodedLen reads it first */
    if (n == 0) {
        args[0].p = NULL;
        return NATIVE_OK;
    }
    uint8_t *data;
    StrObj *s = gale_string_alloc(g, (size_t)encoded_len(e, n), &data);
    e = args[0].p;
    src = args[1].p;
    encode(e, data, src->data, n);
    args[0].p = s;
    return NATIVE_OK;
}

static bool is_nl(uint8_t c)
{
    return c == '\n' || c == '\r';
}

/* quantum decodes the next quantum of src from *si into dst (room for 3 bytes checked by
 * the caller); returns the bytes written, and sets *err to the offset of a corrupt input
 * byte (or leaves it -1). */
static int quantum(const Encoding *e, uint8_t *dst, const uint8_t *src, int64_t len,
                   int64_t *sip, int64_t *err)
{
    uint8_t d[4] = {0, 0, 0, 0};
    int64_t si = *sip;
    int n = 4;
    for (int j = 0; j < 4; j++) {
        if (si == len) {
            if (j == 0) {
                *sip = si;
                return 0;
            }
            if (j == 1 || e->pad >= 0) {
                *sip = si;
                *err = si - j;
                return 0;
            }
            n = j;
            break;
        }
        uint8_t c = src[si++];
        uint8_t v = e->decode_map[c];
        if (v != 0xff) {
            d[j] = v;
            continue;
        }
        if (is_nl(c)) {
            j--;
            continue;
        }
        if ((int32_t)c != e->pad || j < 2) {
            *sip = si;
            *err = si - 1;
            return 0;
        }
        if (j == 2) { /* "==" must follow "xx" */
            while (si < len && is_nl(src[si]))
                si++;
            if (si == len) {
                *sip = si;
                *err = len;
                return 0;
            }
            if ((int32_t)src[si] != e->pad) {
                *sip = si;
                *err = si - 1;
                return 0;
            }
            si++;
        }
        while (si < len && is_nl(src[si]))
            si++;
        if (si < len)
            *err = si; /* data after the padding */
        n = j;
        break;
    }
    uint32_t v = (uint32_t)d[0] << 18 | (uint32_t)d[1] << 12 | (uint32_t)d[2] << 6 | d[3];
    uint8_t b0 = (uint8_t)(v >> 16), b1 = (uint8_t)(v >> 8), b2 = (uint8_t)v;
    *sip = si;
    switch (n) {
    case 4:
        dst[2] = b2;
        b2 = 0;
        /* fallthrough */
    case 3:
        dst[1] = b1;
        if (e->strict && b2 != 0) {
            *err = si - 1;
            return 0;
        }
        b1 = 0;
        /* fallthrough */
    case 2:
        dst[0] = b0;
        if (e->strict && (b1 != 0 || b2 != 0)) {
            *err = si - 2;
            return 0;
        }
    }
    return n - 1;
}

/* base64.decode(enc *Encoding, dst, src []byte) (n, bad int): bad is -1, or the offset
 * of the corrupt input byte. */
static int b64_decode(G *g, Value *args)
{
    const Encoding *e = args[0].p;
    SliceObj *dst = args[1].p, *src = args[2].p;
    int64_t len = slice_len(src), cap = slice_len(dst), si = 0, n = 0, err = -1;
    if (len > 0 && !e)
        return native_nil_deref(g); /* an empty src returns first, as in Go */
    while (si < len) {
        uint8_t buf[3];
        int k = quantum(e, buf, src->data, len, &si, &err);
        /* quantum may write up to 3 bytes before failing; copy what fits as Go would */
        int wrote = k;
        if (err >= 0 && k == 0)
            wrote = 0;
        if (n + wrote > cap)
            return gale_panic_runtime(g, "index out of range [%lld] with length %lld",
                                      (long long)cap, (long long)cap);
        memcpy(dst->data + n, buf, (size_t)wrote);
        n += k;
        if (err >= 0)
            break;
    }
    args[0] = native_int(n);
    args[1] = native_int(err);
    return NATIVE_OK;
}

const NativeDesc base64_natives[] = {
    {"encoding/base64.encode", b64_encode},
    {"encoding/base64.encodeToString", b64_encode_to_string},
    {"encoding/base64.decode", b64_decode},
    {NULL, NULL},
};
