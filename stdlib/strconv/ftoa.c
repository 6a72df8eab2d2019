/*
 * ftoa.c — strconv.FormatFloat, exactly as Go 1.23 (strconv/ftoa.go and ftoaryu.go).
 *
 * 1. Decompose the float64/float32 into sign, mantissa and binary exponent; NaN and the
 *    infinities print as "NaN", "+Inf", "-Inf"; 'b' and 'x'/'X' are laid out directly from
 *    the binary form (fmtB, fmtX).
 * 2. Decimal digits: precision < 0 asks for the shortest digits that read back as the same
 *    float: a port of Go's Ryū implementation (ryuFtoaShortest, with the 128-bit powers of
 *    ten of tables.inc). A fixed precision asks for correctly rounded digits (exact value,
 *    ties to even), which is what both Go (ryuFtoaFixed64 or its decimal fallback) and the
 *    C library's printf produce, so we take them from snprintf("%.*e") / ("%.*f"), reading
 *    only its digits and exponent: the radix point it prints is the LC_NUMERIC locale's.
 * 3. Layout (formatDigits, fmtE, fmtF): Go's rules, including %g's choice between the
 *    exponent and the plain form (the exponent form from exponent >= precision, where
 *    shortest output counts as precision 6) and two-digit minimum exponents.
 * 4. Huge precisions: every negative precision means shortest, as in Go. A float64 has at
 *    most 767 significant decimal digits, 1074 decimal places and 13 hex digits after the
 *    point, so every digit past EXACT_PREC is '0': a larger precision is formatted with
 *    EXACT_PREC and the caller is told how many '0's to insert where (before the exponent
 *    for 'e' and 'x', at the end for 'f'; %g never pads), so that FormatFloat with
 *    precision 1<<30 allocates its result once instead of building it in C first.
 */
#include "stdlib/strconv/strconv.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "stdlib/strconv/pow10.inc"

/* EXACT_PREC: a precision from which on every further digit is '0' (see 4 above) */
enum { EXACT_PREC = 1100 };

typedef struct FloatInfo {
    unsigned mantbits, expbits;
    int bias;
} FloatInfo;

static const FloatInfo float32info = {23, 8, -127};
static const FloatInfo float64info = {52, 11, -1023};

/* Digits is Go's decimalSlice: digits d[0..nd) with the decimal point before digit dp. */
typedef struct Digits {
    char *d;
    int nd, dp;
} Digits;

static const char smalls[] = "00010203040506070809"
                             "10111213141516171819"
                             "20212223242526272829"
                             "30313233343536373839"
                             "40414243444546474849"
                             "50515253545556575859"
                             "60616263646566676869"
                             "70717273747576777879"
                             "80818283848586878889"
                             "90919293949596979899";

/* ---- Ryū shortest (strconv/ftoaryu.go) ---- */

static int mul_log2_log10(int x)
{
    return (x * 78913) >> 18; /* floor(x * log10(2)), |x| <= 1600 */
}

static int mul_log10_log2(int x)
{
    return (x * 108853) >> 15; /* floor(x * log2(10)), |x| <= 500 */
}

static void mul64(uint64_t a, uint64_t b, uint64_t *hi, uint64_t *lo)
{
    unsigned __int128 p = (unsigned __int128)a * b;
    *hi = (uint64_t)(p >> 64);
    *lo = (uint64_t)p;
}

static uint32_t mult64_pow10(uint32_t m, int e2, int q, int *res_e, bool *exact)
{
    if (q == 0) {
        *res_e = e2 - 6;
        *exact = true;
        return m << 6;
    }
    uint64_t pow = tab_pow10[q - POW10_MIN][1];
    if (q < 0)
        pow += 1; /* inverse powers of ten must be rounded up */
    uint64_t hi, lo;
    mul64(m, pow, &hi, &lo);
    *res_e = e2 + mul_log10_log2(q) - 63 + 57;
    *exact = lo << 7 == 0;
    return (uint32_t)(hi << 7 | lo >> 57);
}

static uint64_t mult128_pow10(uint64_t m, int e2, int q, int *res_e, bool *exact)
{
    if (q == 0) {
        *res_e = e2 - 8;
        *exact = true;
        return m << 8;
    }
    uint64_t p0 = tab_pow10[q - POW10_MIN][0], p1 = tab_pow10[q - POW10_MIN][1];
    if (q < 0)
        p0 += 1;
    *res_e = e2 + mul_log10_log2(q) - 127 + 119;
    uint64_t l1, l0, h1, h0;
    mul64(m, p0, &l1, &l0);
    mul64(m, p1, &h1, &h0);
    uint64_t mid = l1 + h0;
    h1 += mid < l1;
    *exact = mid << 9 == 0 && l0 == 0;
    return h1 << 9 | mid >> 55;
}

static bool divisible_pow5(uint64_t m, int k)
{
    if (m == 0)
        return true;
    for (int i = 0; i < k; i++) {
        if (m % 5 != 0)
            return false;
        m /= 5;
    }
    return true;
}

static void ryu_digits32(Digits *d, uint32_t lower, uint32_t central, uint32_t upper, bool c0,
                         bool cup, int endindex)
{
    if (upper == 0) {
        d->dp = endindex + 1;
        return;
    }
    int trimmed = 0;
    int cnext = 0;
    while (upper > 0) {
        uint32_t l = (lower + 9) / 10;
        uint32_t c = central / 10, cdigit = central % 10;
        uint32_t u = upper / 10;
        if (l > u)
            break;
        if (l == c + 1 && c < u) {
            c++;
            cdigit = 0;
            cup = false;
        }
        trimmed++;
        c0 = c0 && cnext == 0;
        cnext = (int)cdigit;
        lower = l;
        central = c;
        upper = u;
    }
    if (trimmed > 0)
        cup = cnext > 5 || (cnext == 5 && !c0) || (cnext == 5 && c0 && (central & 1) == 1);
    if (central < upper && cup)
        central++;
    endindex -= trimmed;
    uint32_t v = central;
    int n = endindex;
    while (n > d->nd) {
        uint32_t v1 = v / 100, v2 = v % 100;
        d->d[n] = smalls[2 * v2 + 1];
        d->d[n - 1] = smalls[2 * v2];
        n -= 2;
        v = v1;
    }
    if (n == d->nd)
        d->d[n] = (char)(v + '0');
    d->nd = endindex + 1;
    d->dp = d->nd + trimmed;
}

static void ryu_digits(Digits *d, uint64_t lower, uint64_t central, uint64_t upper, bool c0,
                       bool cup)
{
    uint32_t lhi = (uint32_t)(lower / 1000000000), llo = (uint32_t)(lower % 1000000000);
    uint32_t chi = (uint32_t)(central / 1000000000), clo = (uint32_t)(central % 1000000000);
    uint32_t uhi = (uint32_t)(upper / 1000000000), ulo = (uint32_t)(upper % 1000000000);
    if (uhi == 0) {
        ryu_digits32(d, llo, clo, ulo, c0, cup, 8);
    } else if (lhi < uhi) {
        if (llo != 0)
            lhi++;
        c0 = c0 && clo == 0;
        cup = (clo > 500000000) || (clo == 500000000 && cup);
        ryu_digits32(d, lhi, chi, uhi, c0, cup, 8);
        d->dp += 9;
    } else {
        d->nd = 0;
        int n = 9;
        for (uint32_t v = chi; v > 0;) {
            uint32_t v1 = v / 10, v2 = v % 10;
            v = v1;
            n--;
            d->d[n] = (char)(v2 + '0');
        }
        d->d += n;
        d->nd = 9 - n;
        ryu_digits32(d, llo, clo, ulo, c0, cup, d->nd + 8);
    }
    while (d->nd > 0 && d->d[d->nd - 1] == '0')
        d->nd--;
    while (d->nd > 0 && d->d[0] == '0') {
        d->nd--;
        d->dp--;
        d->d++;
    }
}

static void ryu_shortest(Digits *d, uint64_t mant, int exp, const FloatInfo *flt)
{
    if (mant == 0) {
        d->nd = d->dp = 0;
        return;
    }
    /* an exact integer with fewer bits than the mantissa: neighbours are not admissible */
    if (exp <= 0 && __builtin_ctzll(mant) >= -exp) {
        mant >>= -exp;
        ryu_digits(d, mant, mant, mant, true, false);
        return;
    }
    uint64_t ml, mc, mu;
    int e2;
    if (mant != (uint64_t)1 << flt->mantbits || exp == flt->bias + 1 - (int)flt->mantbits) {
        ml = 2 * mant - 1;
        mc = 2 * mant;
        mu = 2 * mant + 1;
        e2 = exp - 1;
    } else {
        ml = 4 * mant - 1;
        mc = 4 * mant;
        mu = 4 * mant + 2;
        e2 = exp - 2;
    }
    if (e2 == 0) {
        ryu_digits(d, ml, mc, mu, true, false);
        return;
    }
    int q = mul_log2_log10(-e2) + 1;
    uint64_t dl, dc, du;
    bool dl0, dc0, du0;
    int ignored;
    if (flt == &float32info) {
        dl = mult64_pow10((uint32_t)ml, e2, q, &ignored, &dl0);
        dc = mult64_pow10((uint32_t)mc, e2, q, &ignored, &dc0);
        du = mult64_pow10((uint32_t)mu, e2, q, &e2, &du0);
    } else {
        dl = mult128_pow10(ml, e2, q, &ignored, &dl0);
        dc = mult128_pow10(mc, e2, q, &ignored, &dc0);
        du = mult128_pow10(mu, e2, q, &e2, &du0);
    }
    if (q > 55)
        dl0 = dc0 = du0 = false;
    if (q < 0 && q >= -24) {
        if (divisible_pow5(ml, -q))
            dl0 = true;
        if (divisible_pow5(mc, -q))
            dc0 = true;
        if (divisible_pow5(mu, -q))
            du0 = true;
    }
    unsigned extra = (unsigned)-e2;
    uint64_t mask = ((uint64_t)1 << extra) - 1;
    uint64_t fracl = dl & mask, fracc = dc & mask, fracu = du & mask;
    dl >>= extra;
    dc >>= extra;
    du >>= extra;
    bool uok = !du0 || fracu > 0;
    if (du0 && fracu == 0)
        uok = (mant & 1) == 0;
    if (!uok)
        du--;
    bool cup;
    uint64_t half = (uint64_t)1 << (extra - 1);
    if (dc0)
        cup = fracc > half || (fracc == half && (dc & 1) == 1);
    else
        cup = fracc >> (extra - 1) == 1;
    bool lok = dl0 && fracl == 0 && (mant & 1) == 0;
    if (!lok)
        dl++;
    bool c0 = dc0 && fracc == 0;
    ryu_digits(d, dl, dc, du, c0, cup);
    d->dp -= q;
}

/* ---- Fixed digits ---- */

/* fixed_f_exact appends mant * 2^e2 with [prec] digits after the point, rounded half to
 * even, when the scaled value mant * 10^prec fits 128 bits and the binary point is at most
 * 127 bits down: the common case (%.2f of an ordinary number) in exact integer arithmetic,
 * without the C library's multi-precision path. Returns false, appending nothing, otherwise. */
static bool fixed_f_exact(StrBuf *b, uint64_t mant, int e2, int prec)
{
    if (prec > 19 || e2 > 0 || e2 < -127)
        return false;
    unsigned __int128 pow = 1;
    for (int i = 0; i < prec; i++)
        pow *= 10;
    if (mant >> 54)
        return false;
    unsigned __int128 n = (unsigned __int128)mant * pow; /* < 2^54 * 10^19 < 2^118 */
    unsigned s = (unsigned)-e2;
    unsigned __int128 q = s ? n >> s : n;
    if (s) {
        unsigned __int128 r = n & ((((unsigned __int128)1) << s) - 1);
        unsigned __int128 half = ((unsigned __int128)1) << (s - 1);
        if (r > half || (r == half && (q & 1)))
            q++;
    }
    char digits[48];
    int nd = 0;
    do {
        digits[sizeof digits - 1 - nd++] = (char)('0' + (int)(q % 10));
        q /= 10;
    } while (q != 0);
    while (nd <= prec) /* at least one digit before the point */
        digits[sizeof digits - 1 - nd++] = '0';
    const char *d = digits + sizeof digits - nd;
    strbuf_append(b, d, (size_t)(nd - prec));
    if (prec > 0) {
        strbuf_putc(b, '.');
        strbuf_append(b, d + nd - prec, (size_t)prec);
    }
    return true;
}

/* fixed_digits fills [d] (backed by *[owned], malloc'd) with |v| rounded to [ndigits]
 * significant digits, trailing zeros trimmed, as Go's ryuFtoaFixed64/decimal.Round. */
static void fixed_digits(Digits *d, char **owned, double v, int ndigits)
{
    if (v < 0)
        v = -v;
    size_t cap = (size_t)ndigits + 32; /* ndigits <= EXACT_PREC + 1 */
    char *buf = xmalloc(cap);
    snprintf(buf, cap, "%.*e", ndigits - 1, v);
    /* buf: D[.DDD]e±XX */
    char *digits = xmalloc((size_t)ndigits + 1);
    int nd = 0;
    char *p = buf;
    for (; *p && *p != 'e'; p++)
        if (*p >= '0' && *p <= '9')
            digits[nd++] = *p;
    int exp = *p == 'e' ? atoi(p + 1) : 0;
    free(buf);
    while (nd > 0 && digits[nd - 1] == '0')
        nd--;
    d->d = digits;
    d->nd = nd;
    d->dp = nd == 0 ? 0 : exp + 1;
    *owned = digits;
}

/* ---- Layout (strconv/ftoa.go) ---- */

static void fmt_e(StrBuf *b, bool neg, const Digits *d, int prec, int fmt)
{
    if (neg)
        strbuf_putc(b, '-');
    strbuf_putc(b, d->nd != 0 ? d->d[0] : '0');
    if (prec > 0) {
        strbuf_putc(b, '.');
        int i = 1;
        int m = d->nd < prec + 1 ? d->nd : prec + 1;
        if (i < m) {
            strbuf_append(b, d->d + i, (size_t)(m - i));
            i = m;
        }
        for (; i <= prec; i++)
            strbuf_putc(b, '0');
    }
    strbuf_putc(b, (char)fmt);
    int exp = d->dp - 1;
    if (d->nd == 0)
        exp = 0;
    if (exp < 0) {
        strbuf_putc(b, '-');
        exp = -exp;
    } else {
        strbuf_putc(b, '+');
    }
    if (exp < 10) {
        strbuf_putc(b, '0');
        strbuf_putc(b, (char)('0' + exp));
    } else if (exp < 100) {
        strbuf_putc(b, (char)('0' + exp / 10));
        strbuf_putc(b, (char)('0' + exp % 10));
    } else {
        strbuf_putc(b, (char)('0' + exp / 100));
        strbuf_putc(b, (char)('0' + exp / 10 % 10));
        strbuf_putc(b, (char)('0' + exp % 10));
    }
}

static void fmt_f(StrBuf *b, bool neg, const Digits *d, int prec)
{
    if (neg)
        strbuf_putc(b, '-');
    if (d->dp > 0) {
        int m = d->nd < d->dp ? d->nd : d->dp;
        strbuf_append(b, d->d, (size_t)m);
        for (; m < d->dp; m++)
            strbuf_putc(b, '0');
    } else {
        strbuf_putc(b, '0');
    }
    if (prec > 0) {
        strbuf_putc(b, '.');
        for (int i = 0; i < prec; i++) {
            int j = d->dp + i;
            strbuf_putc(b, 0 <= j && j < d->nd ? d->d[j] : '0');
        }
    }
}

static void format_digits(StrBuf *b, bool shortest, bool neg, const Digits *d, int prec,
                          int fmt)
{
    switch (fmt) {
    case 'e':
    case 'E': fmt_e(b, neg, d, prec, fmt); return;
    case 'f': fmt_f(b, neg, d, prec); return;
    case 'g':
    case 'G': {
        int eprec = prec;
        if (eprec > d->nd && d->nd >= d->dp)
            eprec = d->nd;
        /* %e is used if the exponent from the conversion is less than -4 or greater than or
         * equal to the precision; shortest output uses precision 6 for this decision. */
        if (shortest)
            eprec = 6;
        int exp = d->dp - 1;
        if (exp < -4 || exp >= eprec) {
            if (prec > d->nd)
                prec = d->nd;
            fmt_e(b, neg, d, prec - 1, fmt + 'e' - 'g');
            return;
        }
        if (prec > d->dp)
            prec = d->nd;
        fmt_f(b, neg, d, prec - d->dp > 0 ? prec - d->dp : 0);
        return;
    }
    }
    strbuf_putc(b, '%');
    strbuf_putc(b, (char)fmt);
}

static void fmt_b(StrBuf *b, bool neg, uint64_t mant, int exp, const FloatInfo *flt)
{
    if (neg)
        strbuf_putc(b, '-');
    strbuf_printf(b, "%llup", (unsigned long long)mant);
    exp -= (int)flt->mantbits;
    if (exp >= 0)
        strbuf_putc(b, '+');
    strbuf_printf(b, "%d", exp);
}

static void fmt_x(StrBuf *b, int prec, int fmt, bool neg, uint64_t mant, int exp,
                  const FloatInfo *flt)
{
    if (mant == 0)
        exp = 0;
    /* shift digits so leading 1 (if any) is at bit 1<<60 */
    mant <<= 60 - flt->mantbits;
    while (mant != 0 && (mant & ((uint64_t)1 << 60)) == 0) {
        mant <<= 1;
        exp--;
    }
    /* round if requested */
    if (prec >= 0 && prec < 15) {
        unsigned shift = (unsigned)prec * 4;
        uint64_t extra = (mant << shift) & (((uint64_t)1 << 60) - 1);
        mant >>= 60 - shift;
        if ((extra | (mant & 1)) > ((uint64_t)1 << 59))
            mant++;
        mant <<= 60 - shift;
        if (mant & ((uint64_t)1 << 61)) {
            /* wrapped around */
            mant >>= 1;
            exp++;
        }
    }
    const char *hex = fmt == 'X' ? "0123456789ABCDEF" : "0123456789abcdef";
    if (neg)
        strbuf_putc(b, '-');
    strbuf_putc(b, '0');
    strbuf_putc(b, (char)fmt);
    strbuf_putc(b, (char)('0' + ((mant >> 60) & 1)));
    mant <<= 4; /* remove leading 0 or 1 */
    if (prec < 0 && mant != 0) {
        strbuf_putc(b, '.');
        while (mant != 0) {
            strbuf_putc(b, hex[(mant >> 60) & 15]);
            mant <<= 4;
        }
    } else if (prec > 0) {
        strbuf_putc(b, '.');
        for (int i = 0; i < prec; i++) {
            strbuf_putc(b, hex[(mant >> 60) & 15]);
            mant <<= 4;
        }
    }
    strbuf_putc(b, fmt == 'X' ? 'P' : 'p');
    if (exp < 0) {
        strbuf_putc(b, '-');
        exp = -exp;
    } else {
        strbuf_putc(b, '+');
    }
    if (exp < 100)
        strbuf_printf(b, "%02d", exp);
    else
        strbuf_printf(b, "%d", exp);
}

/* format_at_most appends [v] formatted with a precision of at most EXACT_PREC (or -1). */
static void format_at_most(StrBuf *b, double v, int fmt, int prec, int bitsize)
{
    uint64_t bits;
    const FloatInfo *flt;
    if (bitsize == 32) {
        float f = (float)v;
        uint32_t u;
        memcpy(&u, &f, sizeof u);
        bits = u;
        flt = &float32info;
    } else {
        memcpy(&bits, &v, sizeof bits);
        flt = &float64info;
    }
    bool neg = (bits >> (flt->expbits + flt->mantbits)) != 0;
    int exp = (int)(bits >> flt->mantbits) & ((1 << flt->expbits) - 1);
    uint64_t mant = bits & (((uint64_t)1 << flt->mantbits) - 1);

    if (exp == (1 << flt->expbits) - 1) {
        strbuf_puts(b, mant != 0 ? "NaN" : neg ? "-Inf" : "+Inf");
        return;
    }
    if (exp == 0)
        exp++; /* denormalized */
    else
        mant |= (uint64_t)1 << flt->mantbits;
    exp += flt->bias;

    if (fmt == 'b') {
        fmt_b(b, neg, mant, exp, flt);
        return;
    }
    if (fmt == 'x' || fmt == 'X') {
        fmt_x(b, prec, fmt, neg, mant, exp, flt);
        return;
    }

    bool shortest = prec < 0;
    if (!shortest && fmt == 'f') {
        /* the C library's %f is the exact decimal value rounded half to even, as Go's */
        double a = bitsize == 32 ? (double)(float)v : v;
        if (a < 0 || neg)
            a = -a;
        if (neg)
            strbuf_putc(b, '-');
        if (fixed_f_exact(b, mant, exp - (int)flt->mantbits, prec))
            return;
        int n = snprintf(NULL, 0, "%.*f", prec, a);
        char *tmp = xmalloc((size_t)n + 1);
        snprintf(tmp, (size_t)n + 1, "%.*f", prec, a);
        /* digits, the locale's radix point (',' under de_DE, maybe several bytes), digits */
        int i = 0;
        while (i < n && tmp[i] >= '0' && tmp[i] <= '9')
            i++;
        strbuf_append(b, tmp, (size_t)i);
        if (i < n) {
            while (i < n && (tmp[i] < '0' || tmp[i] > '9'))
                i++;
            strbuf_putc(b, '.');
            strbuf_append(b, tmp + i, (size_t)(n - i));
        }
        free(tmp);
        return;
    }
    char buf[32];
    Digits d = {buf, 0, 0};
    char *owned = NULL;
    if (shortest) {
        ryu_shortest(&d, mant, exp - (int)flt->mantbits, flt);
        switch (fmt) {
        case 'e':
        case 'E': prec = d.nd - 1 > 0 ? d.nd - 1 : 0; break;
        case 'f': prec = d.nd - d.dp > 0 ? d.nd - d.dp : 0; break;
        case 'g':
        case 'G': prec = d.nd; break;
        }
    } else {
        int digits = prec;
        switch (fmt) {
        case 'e':
        case 'E': digits++; break;
        case 'g':
        case 'G':
            if (prec == 0)
                prec = 1;
            digits = prec;
            break;
        default: digits = 1;
        }
        double a = bitsize == 32 ? (double)(float)v : v;
        fixed_digits(&d, &owned, a, digits);
    }
    format_digits(b, shortest, neg, &d, prec, fmt);
    free(owned);
}

size_t ftoa_format_split(StrBuf *b, double v, int fmt, int64_t prec, int bitsize,
                         uint64_t *zeros)
{
    *zeros = 0;
    if (prec < 0)
        prec = -1; /* shortest */
    if (prec <= EXACT_PREC) {
        format_at_most(b, v, fmt, (int)prec, bitsize);
        return b->len;
    }
    size_t start = b->len;
    format_at_most(b, v, fmt, EXACT_PREC, bitsize);
    bool padded = fmt == 'e' || fmt == 'E' || fmt == 'f' || fmt == 'x' || fmt == 'X';
    if (!padded || b->len - start < EXACT_PREC)
        return b->len; /* %g (never padded), 'b', an unknown format, Inf or NaN */
    *zeros = (uint64_t)prec - EXACT_PREC;
    if (fmt == 'f')
        return b->len;
    /* 'e', 'E', 'x', 'X': the zeros go before the exponent */
    size_t at = b->len;
    while (at > start && b->data[at - 1] != 'e' && b->data[at - 1] != 'E' &&
           b->data[at - 1] != 'p' && b->data[at - 1] != 'P')
        at--;
    return at - 1;
}

void ftoa_format(StrBuf *b, double v, int fmt, int64_t prec, int bitsize)
{
    uint64_t zeros;
    size_t at = ftoa_format_split(b, v, fmt, prec, bitsize, &zeros);
    if (zeros == 0)
        return;
    size_t tail = b->len - at;
    strbuf_grow(b, zeros);
    memmove(b->data + at + zeros, b->data + at, tail);
    memset(b->data + at, '0', zeros);
    b->len += zeros;
    b->data[b->len] = 0;
}
