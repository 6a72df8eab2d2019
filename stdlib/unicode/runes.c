/*
 * runes.c — UTF-8 decoding and encoding with Go's exact rules (see unicode.h): a port of
 * unicode/utf8's DecodeRune (the `first` table and accept ranges reject overlong forms,
 * surrogates and runes above U+10FFFF, each bad byte decoding as RuneError of size 1).
 */
#include "stdlib/unicode/unicode.h"

enum {
    XX = 0xF1, /* invalid: size 1 */
    AS = 0xF0, /* ASCII: size 1 */
    S1 = 0x02, /* accept 0, size 2 */
    S2 = 0x13, /* accept 1, size 3 */
    S3 = 0x03, /* accept 0, size 3 */
    S4 = 0x23, /* accept 2, size 3 */
    S5 = 0x34, /* accept 3, size 4 */
    S6 = 0x04, /* accept 0, size 4 */
    S7 = 0x44, /* accept 4, size 4 */
};

/* first[b] gives, for a leading byte b, the size of its sequence and which range the second
 * byte must lie in (unicode/utf8's table). */
static const uint8_t first[256] = {
    /* 0x00-0x7F */
    [0x00 ... 0x7F] = AS,
    /* 0x80-0xBF: continuation bytes, invalid as leaders */
    [0x80 ... 0xC1] = XX,
    [0xC2 ... 0xDF] = S1,
    [0xE0] = S2,
    [0xE1 ... 0xEC] = S3,
    [0xED] = S4,
    [0xEE ... 0xEF] = S3,
    [0xF0] = S5,
    [0xF1 ... 0xF3] = S6,
    [0xF4] = S7,
    [0xF5 ... 0xFF] = XX,
};

static const uint8_t accept_lo[5] = {0x80, 0xA0, 0x80, 0x90, 0x80};
static const uint8_t accept_hi[5] = {0xBF, 0xBF, 0x9F, 0xBF, 0x8F};

int runes_decode(const uint8_t *s, size_t n, int32_t *r)
{
    if (n < 1) {
        *r = UTF8_RUNE_ERROR;
        return 0;
    }
    uint8_t s0 = s[0];
    uint8_t x = first[s0];
    if (x >= AS) {
        *r = x == AS ? s0 : UTF8_RUNE_ERROR;
        return 1;
    }
    size_t sz = x & 7;
    int acc = x >> 4;
    if (n < sz || s[1] < accept_lo[acc] || s[1] > accept_hi[acc]) {
        *r = UTF8_RUNE_ERROR;
        return 1;
    }
    if (sz == 2) {
        *r = (int32_t)(s0 & 0x1F) << 6 | (s[1] & 0x3F);
        return 2;
    }
    if (s[2] < 0x80 || s[2] > 0xBF) {
        *r = UTF8_RUNE_ERROR;
        return 1;
    }
    if (sz == 3) {
        *r = (int32_t)(s0 & 0x0F) << 12 | (int32_t)(s[1] & 0x3F) << 6 | (s[2] & 0x3F);
        return 3;
    }
    if (s[3] < 0x80 || s[3] > 0xBF) {
        *r = UTF8_RUNE_ERROR;
        return 1;
    }
    *r = (int32_t)(s0 & 0x07) << 18 | (int32_t)(s[1] & 0x3F) << 12 | (int32_t)(s[2] & 0x3F) << 6 |
         (s[3] & 0x3F);
    return 4;
}

int runes_decode_last(const uint8_t *s, size_t n, int32_t *r)
{
    if (n == 0) {
        *r = UTF8_RUNE_ERROR;
        return 0;
    }
    size_t end = n, start = end - 1;
    if (s[start] < UTF8_RUNE_SELF) {
        *r = s[start];
        return 1;
    }
    /* back up over at most UTF8_MAX-1 continuation bytes to a possible start byte */
    size_t lim = end >= UTF8_MAX ? end - UTF8_MAX : 0;
    while (start > lim) {
        start--;
        if ((s[start] & 0xC0) != 0x80)
            break;
    }
    int size = runes_decode(s + start, end - start, r);
    if (start + (size_t)size != end) {
        *r = UTF8_RUNE_ERROR;
        return 1;
    }
    return size;
}

int runes_encode(uint8_t *buf, int32_t r)
{
    uint32_t i = (uint32_t)r;
    if (i <= 0x7F) {
        buf[0] = (uint8_t)r;
        return 1;
    }
    if (i <= 0x7FF) {
        buf[0] = (uint8_t)(0xC0 | (r >> 6));
        buf[1] = (uint8_t)(0x80 | (r & 0x3F));
        return 2;
    }
    if (i > UTF8_MAX_RUNE || (i >= 0xD800 && i <= 0xDFFF)) {
        r = UTF8_RUNE_ERROR;
        i = UTF8_RUNE_ERROR;
    }
    if (i <= 0xFFFF) {
        buf[0] = (uint8_t)(0xE0 | (r >> 12));
        buf[1] = (uint8_t)(0x80 | ((r >> 6) & 0x3F));
        buf[2] = (uint8_t)(0x80 | (r & 0x3F));
        return 3;
    }
    buf[0] = (uint8_t)(0xF0 | (r >> 18));
    buf[1] = (uint8_t)(0x80 | ((r >> 12) & 0x3F));
    buf[2] = (uint8_t)(0x80 | ((r >> 6) & 0x3F));
    buf[3] = (uint8_t)(0x80 | (r & 0x3F));
    return 4;
}

int runes_rune_len(int32_t r)
{
    if (r < 0)
        return -1;
    if (r <= 0x7F)
        return 1;
    if (r <= 0x7FF)
        return 2;
    if (r >= 0xD800 && r <= 0xDFFF)
        return -1;
    if (r <= 0xFFFF)
        return 3;
    if (r <= UTF8_MAX_RUNE)
        return 4;
    return -1;
}

int64_t runes_count(const uint8_t *s, size_t n)
{
    int64_t count = 0;
    size_t i = 0;
    while (i < n) {
        if (s[i] < UTF8_RUNE_SELF) {
            i++;
        } else {
            int32_t r;
            i += (size_t)runes_decode(s + i, n - i, &r);
        }
        count++;
    }
    return count;
}

bool runes_valid(const uint8_t *s, size_t n)
{
    size_t i = 0;
    while (i < n) {
        if (s[i] < UTF8_RUNE_SELF) {
            i++;
            continue;
        }
        int32_t r;
        int sz = runes_decode(s + i, n - i, &r);
        if (sz == 1)
            return false;
        i += (size_t)sz;
    }
    return true;
}

bool runes_full(const uint8_t *s, size_t n)
{
    if (n == 0)
        return false;
    uint8_t x = first[s[0]];
    if (n >= (size_t)(x & 7))
        return true;
    /* must be short or invalid */
    int acc = x >> 4;
    if (n > 1 && (s[1] < accept_lo[acc] || accept_hi[acc] < s[1]))
        return true;
    if (n > 2 && (s[2] < 0x80 || 0xBF < s[2]))
        return true;
    return false;
}
