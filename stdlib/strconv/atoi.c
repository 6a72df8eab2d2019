/*
 * atoi.c — integer parsing and formatting as Go's strconv/atoi.go and itoa.go: ParseUint
 * accepts base 0 (prefixes 0b 0o 0x and a bare leading 0 for octal, with underscores
 * between digits) or 2..36; ParseInt adds the sign and clamps out-of-range values to the
 * bounds of [bitsize], returning CONV_RANGE as Go returns ErrRange.
 */
#include "stdlib/strconv/strconv.h"

static uint8_t lower(uint8_t c)
{
    return c | ('x' - 'X');
}

/* underscore_ok reports whether underscores in [s] separate digits (Go's underscoreOK). */
static bool underscore_ok(const uint8_t *s, size_t n)
{
    char saw = '^';
    size_t i = 0;
    if (n >= 1 && (s[0] == '-' || s[0] == '+')) {
        s++;
        n--;
    }
    bool hex = false;
    if (n >= 2 && s[0] == '0' && (lower(s[1]) == 'b' || lower(s[1]) == 'o' || lower(s[1]) == 'x')) {
        i = 2;
        saw = '0';
        hex = lower(s[1]) == 'x';
    }
    for (; i < n; i++) {
        if (('0' <= s[i] && s[i] <= '9') || (hex && 'a' <= lower(s[i]) && lower(s[i]) <= 'f')) {
            saw = '0';
            continue;
        }
        if (s[i] == '_') {
            if (saw != '0')
                return false;
            saw = '_';
            continue;
        }
        if (saw == '_')
            return false;
        saw = '!';
    }
    return saw != '_';
}

ConvStatus atoi_parse_uint(const uint8_t *s, size_t n, int base, int bitsize, uint64_t *out)
{
    *out = 0;
    if (n == 0)
        return CONV_SYNTAX;
    bool base0 = base == 0;
    const uint8_t *s0 = s;
    size_t n0 = n;
    if (base == 0) {
        base = 10;
        if (s[0] == '0') {
            if (n >= 3 && lower(s[1]) == 'b') {
                base = 2;
                s += 2;
                n -= 2;
            } else if (n >= 3 && lower(s[1]) == 'o') {
                base = 8;
                s += 2;
                n -= 2;
            } else if (n >= 3 && lower(s[1]) == 'x') {
                base = 16;
                s += 2;
                n -= 2;
            } else {
                base = 8;
                s += 1;
                n -= 1;
            }
        }
    } else if (base < 2 || base > 36) {
        return CONV_BASE;
    }
    if (bitsize == 0)
        bitsize = 64;
    else if (bitsize < 0 || bitsize > 64)
        return CONV_BITSIZE;

    uint64_t cutoff = UINT64_MAX / (uint64_t)base + 1;
    uint64_t max_val = bitsize == 64 ? UINT64_MAX : ((uint64_t)1 << bitsize) - 1;
    bool underscores = false;
    uint64_t v = 0;
    for (size_t i = 0; i < n; i++) {
        uint8_t c = s[i], d;
        if (c == '_' && base0) {
            underscores = true;
            continue;
        } else if ('0' <= c && c <= '9') {
            d = c - '0';
        } else if ('a' <= lower(c) && lower(c) <= 'z') {
            d = lower(c) - 'a' + 10;
        } else {
            return CONV_SYNTAX;
        }
        if (d >= base)
            return CONV_SYNTAX;
        if (v >= cutoff) {
            *out = max_val;
            return CONV_RANGE;
        }
        v *= (uint64_t)base;
        uint64_t v1 = v + d;
        if (v1 < v || v1 > max_val) {
            *out = max_val;
            return CONV_RANGE;
        }
        v = v1;
    }
    if (underscores && !underscore_ok(s0, n0))
        return CONV_SYNTAX;
    *out = v;
    return CONV_OK;
}

ConvStatus atoi_parse_int(const uint8_t *s, size_t n, int base, int bitsize, int64_t *out)
{
    *out = 0;
    if (n == 0)
        return CONV_SYNTAX;
    bool neg = false;
    if (s[0] == '+') {
        s++;
        n--;
    } else if (s[0] == '-') {
        neg = true;
        s++;
        n--;
    }
    uint64_t un;
    ConvStatus st = atoi_parse_uint(s, n, base, bitsize, &un);
    if (st != CONV_OK && st != CONV_RANGE)
        return st;
    if (bitsize == 0)
        bitsize = 64;
    uint64_t cutoff = (uint64_t)1 << (bitsize - 1);
    if (!neg && un >= cutoff) {
        *out = (int64_t)(cutoff - 1);
        return CONV_RANGE;
    }
    if (neg && un > cutoff) {
        *out = -(int64_t)(cutoff - 1) - 1;
        return CONV_RANGE;
    }
    *out = neg ? (int64_t)(0 - un) : (int64_t)un;
    return CONV_OK;
}

void atoi_format(StrBuf *b, uint64_t u, int base, bool neg)
{
    static const char digits[] = "0123456789abcdefghijklmnopqrstuvwxyz";
    char buf[65];
    int i = (int)sizeof buf;
    do {
        buf[--i] = digits[u % (uint64_t)base];
        u /= (uint64_t)base;
    } while (u);
    if (neg)
        buf[--i] = '-';
    strbuf_append(b, buf + i, sizeof buf - (size_t)i);
}
