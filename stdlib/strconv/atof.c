/*
 * atof.c — strconv.ParseFloat. Go's grammar is checked by ports of its `special` (inf,
 * infinity, nan, any case) and `readFloat` (sign, decimal or 0x-hex mantissa, mandatory 'p'
 * exponent for hex, underscores only between digits); the accepted text, without its
 * underscores, is then converted by strtod/strtof, which round correctly (to nearest, ties
 * to even) exactly as Go's Eisel-Lemire and decimal fallback do. Overflow gives ±Inf with
 * CONV_RANGE; underflow silently gives the correctly rounded denormal or zero, as in Go.
 *
 * Locale: strtod reads the radix point of the process's LC_NUMERIC locale, which a host
 * embedding Gale may set (de_DE: ','). The text handed to strtod therefore has no radix
 * point at all: "12.5e3" is passed as "125e2" (the fraction's digits move into the
 * exponent, 0x1.8p3 becomes 0x18p-1), which every locale reads the same, and the value is
 * the same decimal (or binary) number, so the rounding is unchanged. Rejected: strtod_l
 * with a C locale (newlocale per call allocates outside glibc; one created lazily is
 * process-wide state) and uselocale (switches the thread's locale around every call).
 */
#include "stdlib/strconv/strconv.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static uint8_t lower(uint8_t c)
{
    return c | ('x' - 'X');
}

static size_t prefix_ignore_case(const uint8_t *s, size_t n, const char *prefix)
{
    size_t i = 0;
    while (i < n && prefix[i] && lower(s[i]) == (uint8_t)prefix[i])
        i++;
    return i;
}

/* special parses a leading infinity or NaN; returns the length consumed or 0. */
static size_t special(const uint8_t *s, size_t n, double *f)
{
    if (n == 0)
        return 0;
    int sign = 1;
    size_t nsign = 0;
    switch (s[0]) {
    case '+':
    case '-':
        if (s[0] == '-')
            sign = -1;
        nsign = 1;
        s++;
        n--;
        /* fallthrough */
    case 'i':
    case 'I': {
        size_t k = prefix_ignore_case(s, n, "infinity");
        if (3 < k && k < 8)
            k = 3;
        if (k == 3 || k == 8) {
            *f = sign * INFINITY;
            return nsign + k;
        }
        break;
    }
    case 'n':
    case 'N':
        if (prefix_ignore_case(s, n, "nan") == 3) {
            /* Go's math.NaN(): the quiet NaN with the lowest mantissa bit set too */
            uint64_t bits = 0x7FF8000000000001ull;
            memcpy(f, &bits, sizeof *f);
            return 3;
        }
        break;
    }
    return 0;
}

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

/* read_float checks Go's float syntax at the start of [s]; returns the length of the
 * accepted prefix, or 0 if there is none. */
static size_t read_float(const uint8_t *s, size_t n)
{
    size_t i = 0;
    bool underscores = false;
    if (i >= n)
        return 0;
    if (s[i] == '+' || s[i] == '-')
        i++;
    bool hex = false;
    uint8_t exp_char = 'e';
    if (i + 2 < n && s[i] == '0' && lower(s[i + 1]) == 'x') {
        hex = true;
        i += 2;
        exp_char = 'p';
    }
    bool sawdot = false, sawdigits = false;
    for (; i < n; i++) {
        uint8_t c = s[i];
        if (c == '_') {
            underscores = true;
            continue;
        }
        if (c == '.') {
            if (sawdot)
                break;
            sawdot = true;
            continue;
        }
        if (('0' <= c && c <= '9') || (hex && 'a' <= lower(c) && lower(c) <= 'f')) {
            sawdigits = true;
            continue;
        }
        break;
    }
    if (!sawdigits)
        return 0;
    if (i < n && lower(s[i]) == exp_char) {
        i++;
        if (i >= n)
            return 0;
        if (s[i] == '+' || s[i] == '-')
            i++;
        if (i >= n || s[i] < '0' || s[i] > '9')
            return 0;
        for (; i < n && (('0' <= s[i] && s[i] <= '9') || s[i] == '_'); i++)
            if (s[i] == '_')
                underscores = true;
    } else if (hex) {
        return 0;
    }
    if (underscores && !underscore_ok(s, i))
        return 0;
    return i;
}

/* plain_form writes into [out] (room for k + 32 bytes) the float text [s] (k bytes that
 * read_float accepted) without underscores and without a radix point, the fraction's
 * digits moved into the exponent (see the top of the file). */
static void plain_form(const uint8_t *s, size_t k, char *out)
{
    size_t i = 0, m = 0;
    if (s[i] == '+' || s[i] == '-')
        out[m++] = (char)s[i++];
    bool hex = i + 1 < k && s[i] == '0' && lower(s[i + 1]) == 'x';
    if (hex) {
        out[m++] = '0';
        out[m++] = 'x';
        i += 2;
    }
    uint8_t exp_char = hex ? 'p' : 'e';
    int64_t frac = 0;
    bool dot = false;
    for (; i < k && lower(s[i]) != exp_char; i++) {
        if (s[i] == '_')
            continue;
        if (s[i] == '.') {
            dot = true;
            continue;
        }
        out[m++] = (char)s[i];
        frac += dot;
    }
    int64_t e = 0;
    if (i < k) {
        bool neg = false;
        i++;
        if (s[i] == '+' || s[i] == '-')
            neg = s[i++] == '-';
        for (; i < k; i++)
            if (s[i] != '_' && e < 1000000000000000000 / 10) /* far past any overflow */
                e = e * 10 + (s[i] - '0');
        if (neg)
            e = -e;
    }
    e -= hex ? 4 * frac : frac; /* frac < k < 2^48: no overflow */
    snprintf(out + m, 32, "%c%lld", exp_char, (long long)e);
}

ConvStatus atof_parse_prefix(const uint8_t *s, size_t n, int bitsize, double *out, size_t *used)
{
    *out = 0;
    *used = 0;
    double f;
    size_t k = special(s, n, &f);
    if (k) {
        *out = bitsize == 32 ? (double)(float)f : f;
        *used = k;
        return CONV_OK;
    }
    k = read_float(s, n);
    if (k == 0)
        return CONV_SYNTAX;
    char *clean = xmalloc(k + 32);
    plain_form(s, k, clean);
    if (bitsize == 32)
        f = strtof(clean, NULL);
    else
        f = strtod(clean, NULL);
    free(clean);
    *out = f;
    *used = k;
    if (isinf(f))
        return CONV_RANGE;
    return CONV_OK;
}

ConvStatus atof_parse(const uint8_t *s, size_t n, int bitsize, double *out)
{
    size_t used;
    ConvStatus st = atof_parse_prefix(s, n, bitsize, out, &used);
    if (st == CONV_SYNTAX || used != n) {
        *out = 0;
        return CONV_SYNTAX;
    }
    return st;
}
