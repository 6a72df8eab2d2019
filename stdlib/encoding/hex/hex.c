/*
 * hex.c — the natives of package encoding/hex: encoding and decoding loops and the hex dump
 * line format (Dump, Dumper). They work on the caller's slices in place; only
 * EncodeToString and dump allocate, as their last step. A destination too short panics
 * with the index error Go's loops raise at the first byte that does not fit.
 */
#include <string.h>

#include "stdlib/internal.h"
#include "stdlib/strconv/strconv.h"

static const char digits[] = "0123456789abcdef";

static void encode(uint8_t *dst, const uint8_t *src, int64_t n)
{
    for (int64_t i = 0; i < n; i++) {
        dst[2 * i] = (uint8_t)digits[src[i] >> 4];
        dst[2 * i + 1] = (uint8_t)digits[src[i] & 15];
    }
}

/* hex.Encode(dst, src []byte) int */
static int hex_encode(G *g, Value *args)
{
    SliceObj *dst = args[0].p, *src = args[1].p;
    int64_t n = slice_len(src), cap = slice_len(dst);
    if (2 * n > cap)
        return gale_panic_runtime(g, "index out of range [%lld] with length %lld",
                                  (long long)cap, (long long)cap);
    if (n)
        encode(dst->data, src->data, n);
    args[0] = native_int(2 * n);
    return NATIVE_OK;
}

/* hex.EncodeToString(src []byte) string */
static int hex_encode_to_string(G *g, Value *args)
{
    SliceObj *src = args[0].p;
    int64_t n = slice_len(src);
    if (n == 0) {
        args[0].p = NULL;
        return NATIVE_OK;
    }
    uint8_t *data;
    StrObj *s = gale_string_alloc(g, (size_t)(2 * n), &data);
    src = args[0].p; /* reload: the collector does not move, but keep the rule simple */
    encode(data, src->data, n);
    args[0].p = s;
    return NATIVE_OK;
}

/* hex.decode(dst, src []byte) (n, bad int): decodes pairs until the first invalid byte;
 * bad is -1 (no error), -2 (odd length) or the invalid byte. */
static int hex_decode(G *g, Value *args)
{
    SliceObj *dst = args[0].p, *src = args[1].p;
    int64_t n = slice_len(src), cap = slice_len(dst), i = 0, j = 1;
    const uint8_t *s = n ? src->data : NULL;
    int64_t bad = -1;
    for (; j < n; j += 2) {
        int a = quote_unhex(s[j - 1]), b = quote_unhex(s[j]);
        if (a < 0) {
            bad = s[j - 1];
            break;
        }
        if (b < 0) {
            bad = s[j];
            break;
        }
        if (i >= cap)
            return gale_panic_runtime(g, "index out of range [%lld] with length %lld",
                                      (long long)i, (long long)cap);
        dst->data[i++] = (uint8_t)(a << 4 | b);
    }
    if (bad == -1 && n % 2 == 1)
        bad = quote_unhex(s[j - 1]) < 0 ? s[j - 1] : -2;
    args[0] = native_int(i);
    args[1] = native_int(bad);
    return NATIVE_OK;
}

static char to_char(uint8_t b)
{
    return b < 32 || b > 126 ? '.' : (char)b;
}

enum { LINE_LEN = 79 };

/* dump_line formats one line of the dump of the [n] (1..16) bytes at [b], at offset [off]:
 * the offset, 16 columns of hex in two groups of 8 (blank where the line is short), then
 * the bytes as characters between bars. Returns the line's length. */
static size_t dump_line(uint8_t *out, uint64_t off, const uint8_t *b, int n)
{
    uint8_t *p = out;
    for (int k = 7; k >= 0; k--)
        *p++ = (uint8_t)digits[(off >> (4 * k)) & 15];
    *p++ = ' ';
    *p++ = ' ';
    for (int i = 0; i < 16; i++) {
        if (i < n) {
            *p++ = (uint8_t)digits[b[i] >> 4];
            *p++ = (uint8_t)digits[b[i] & 15];
        } else {
            *p++ = ' ';
            *p++ = ' ';
        }
        *p++ = ' ';
        if (i == 7)
            *p++ = ' ';
        if (i == 15) {
            *p++ = ' ';
            *p++ = '|';
        }
    }
    for (int i = 0; i < n; i++)
        *p++ = (uint8_t)to_char(b[i]);
    *p++ = '|';
    *p++ = '\n';
    return (size_t)(p - out);
}

/* hex.dump(data []byte, off uint) string: the dump lines of data, the first at offset off
 * (Dump, and Dumper's lines). */
static int hex_dump(G *g, Value *args)
{
    SliceObj *src = args[0].p;
    int64_t n = slice_len(src);
    uint64_t off = args[1].u;
    if (n == 0) {
        args[0].p = NULL;
        return NATIVE_OK;
    }
    int64_t lines = (n + 15) / 16, rem = n % 16;
    size_t total = (size_t)(lines * LINE_LEN - (rem ? 16 - rem : 0));
    uint8_t *data;
    StrObj *s = gale_string_alloc(g, total, &data);
    src = args[0].p;
    size_t len = 0;
    for (int64_t l = 0; l < lines; l++) {
        int64_t k = n - 16 * l < 16 ? n - 16 * l : 16;
        len += dump_line(data + len, off + (uint64_t)(16 * l), src->data + 16 * l, (int)k);
    }
    ASSERT(len == total, "dump length");
    args[0].p = s;
    return NATIVE_OK;
}

const NativeDesc hex_natives[] = {
    {"encoding/hex.Encode", hex_encode},
    {"encoding/hex.EncodeToString", hex_encode_to_string},
    {"encoding/hex.decode", hex_decode},
    {"encoding/hex.dump", hex_dump},
    {NULL, NULL},
};
