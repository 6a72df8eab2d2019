/*
 * format.c — the raw formatter of package fmt, a line-by-line port of Go 1.23's
 * fmt/format.go (see fmt.h): padding counted in runes, integers in bases 2/8/10/16 with
 * precision, sign and 0x/0b/0o prefixes, %U, strings truncated to a precision in runes,
 * hexadecimal strings, Go-quoted strings and runes, and floats through strconv's ftoa
 * with fmt's adjustments (%+ sign, zero padding after the sign, %# trailing zeros, no zero
 * padding for Inf and NaN).
 */
#include "stdlib/fmt/fmt.h"

#include <stdlib.h>
#include <string.h>

#include "stdlib/strconv/strconv.h"
#include "stdlib/unicode/unicode.h"

const char format_ldigits[] = "0123456789abcdefx";
const char format_udigits[] = "0123456789ABCDEFX";

void format_clear(Fmt *f)
{
    memset(&f->fl, 0, sizeof f->fl);
    f->wid = 0;
    f->prec = 0;
}

void format_padding(Fmt *f, int n)
{
    if (n <= 0)
        return;
    char c = f->fl.zero && !f->fl.minus ? '0' : ' ';
    for (int i = 0; i < n; i++)
        strbuf_putc(f->buf, c);
}

/* append adds [n] bytes at [s] ([s] may be NULL when [n] is 0: a nil []byte). */
static void append(StrBuf *b, const uint8_t *s, size_t n)
{
    if (n)
        strbuf_append(b, (const char *)s, n);
}

void format_pad(Fmt *f, const uint8_t *s, size_t n)
{
    if (!f->fl.wid_present || f->wid == 0) {
        append(f->buf, s, n);
        return;
    }
    int width = f->wid - (int)runes_count(s, n);
    if (!f->fl.minus) {
        format_padding(f, width);
        append(f->buf, s, n);
    } else {
        append(f->buf, s, n);
        format_padding(f, width);
    }
}

void format_pad_str(Fmt *f, const char *s)
{
    format_pad(f, (const uint8_t *)s, strlen(s));
}

void format_boolean(Fmt *f, bool v)
{
    format_pad_str(f, v ? "true" : "false");
}

void format_unicode(Fmt *f, uint64_t u)
{
    char small[68];
    char *buf = small;
    size_t len = sizeof small;
    int prec = 4;
    if (f->fl.prec_present && f->prec > 4) {
        prec = f->prec;
        size_t width = 2 + (size_t)prec + 2 + UTF8_MAX + 1;
        if (width > len) {
            buf = malloc(width);
            len = width;
        }
    }
    size_t i = len;
    if (f->fl.sharp && u <= UTF8_MAX_RUNE && quote_is_print((int32_t)u)) {
        uint8_t enc[UTF8_MAX];
        int n = runes_encode(enc, (int32_t)u);
        buf[--i] = '\'';
        i -= (size_t)n;
        memcpy(buf + i, enc, (size_t)n);
        buf[--i] = '\'';
        buf[--i] = ' ';
    }
    while (u >= 16) {
        buf[--i] = format_udigits[u & 0xF];
        prec--;
        u >>= 4;
    }
    buf[--i] = format_udigits[u];
    prec--;
    while (prec > 0) {
        buf[--i] = '0';
        prec--;
    }
    buf[--i] = '+';
    buf[--i] = 'U';
    bool old_zero = f->fl.zero;
    f->fl.zero = false;
    format_pad(f, (const uint8_t *)buf + i, len - i);
    f->fl.zero = old_zero;
    if (buf != small)
        free(buf);
}

void format_integer(Fmt *f, uint64_t u, int base, bool is_signed, int verb, const char *digits)
{
    bool negative = is_signed && (int64_t)u < 0;
    if (negative)
        u = -u;
    char small[68];
    char *buf = small;
    size_t len = sizeof small;
    if (f->fl.wid_present || f->fl.prec_present) {
        size_t width = 3 + (size_t)f->wid + (size_t)f->prec;
        if (width > len) {
            buf = malloc(width);
            len = width;
        }
    }
    int prec = 0;
    if (f->fl.prec_present) {
        prec = f->prec;
        if (prec == 0 && u == 0) {
            bool old_zero = f->fl.zero;
            f->fl.zero = false;
            format_padding(f, f->wid);
            f->fl.zero = old_zero;
            if (buf != small)
                free(buf);
            return;
        }
    } else if (f->fl.zero && !f->fl.minus && f->fl.wid_present) {
        prec = f->wid;
        if (negative || f->fl.plus || f->fl.space)
            prec--; /* leave room for sign */
    }
    size_t i = len;
    switch (base) {
    case 10:
        while (u >= 10) {
            uint64_t next = u / 10;
            buf[--i] = (char)('0' + u - next * 10);
            u = next;
        }
        break;
    case 16:
        while (u >= 16) {
            buf[--i] = digits[u & 0xF];
            u >>= 4;
        }
        break;
    case 8:
        while (u >= 8) {
            buf[--i] = (char)('0' + (u & 7));
            u >>= 3;
        }
        break;
    case 2:
        while (u >= 2) {
            buf[--i] = (char)('0' + (u & 1));
            u >>= 1;
        }
        break;
    default: fatal("fmt: unknown base %d", base);
    }
    buf[--i] = digits[u];
    while (i > 0 && prec > (int)(len - i))
        buf[--i] = '0';
    if (f->fl.sharp) {
        switch (base) {
        case 2:
            buf[--i] = 'b';
            buf[--i] = '0';
            break;
        case 8:
            if (buf[i] != '0')
                buf[--i] = '0';
            break;
        case 16:
            buf[--i] = digits[16];
            buf[--i] = '0';
            break;
        }
    }
    if (verb == 'O') {
        buf[--i] = 'o';
        buf[--i] = '0';
    }
    if (negative)
        buf[--i] = '-';
    else if (f->fl.plus)
        buf[--i] = '+';
    else if (f->fl.space)
        buf[--i] = ' ';
    bool old_zero = f->fl.zero;
    f->fl.zero = false;
    format_pad(f, (const uint8_t *)buf + i, len - i);
    f->fl.zero = old_zero;
    if (buf != small)
        free(buf);
}

/* truncate returns the length of [s] cut to the precision, counted in runes. */
static size_t truncate(Fmt *f, const uint8_t *s, size_t n)
{
    if (!f->fl.prec_present)
        return n;
    int left = f->prec;
    size_t i = 0;
    while (i < n) {
        if (--left < 0)
            return i;
        if (s[i] < UTF8_RUNE_SELF) {
            i++;
        } else {
            int32_t r;
            i += (size_t)runes_decode(s + i, n - i, &r);
        }
    }
    return n;
}

void format_s(Fmt *f, const uint8_t *s, size_t n)
{
    format_pad(f, s, truncate(f, s, n));
}

void format_sbx(Fmt *f, const uint8_t *s, size_t n, const char *digits)
{
    size_t length = n;
    if (f->fl.prec_present && (size_t)f->prec < length)
        length = (size_t)f->prec;
    size_t width = 2 * length;
    if (width > 0) {
        if (f->fl.space) {
            if (f->fl.sharp)
                width *= 2;
            width += length - 1;
        } else if (f->fl.sharp) {
            width += 2;
        }
    } else {
        if (f->fl.wid_present)
            format_padding(f, f->wid);
        return;
    }
    if (f->fl.wid_present && f->wid > (int)width && !f->fl.minus)
        format_padding(f, f->wid - (int)width);
    StrBuf *b = f->buf;
    if (f->fl.sharp) {
        strbuf_putc(b, '0');
        strbuf_putc(b, digits[16]);
    }
    for (size_t i = 0; i < length; i++) {
        if (f->fl.space && i > 0) {
            strbuf_putc(b, ' ');
            if (f->fl.sharp) {
                strbuf_putc(b, '0');
                strbuf_putc(b, digits[16]);
            }
        }
        strbuf_putc(b, digits[s[i] >> 4]);
        strbuf_putc(b, digits[s[i] & 0xF]);
    }
    if (f->fl.wid_present && f->wid > (int)width && f->fl.minus)
        format_padding(f, f->wid - (int)width);
}

void format_q(Fmt *f, const uint8_t *s, size_t n)
{
    n = truncate(f, s, n);
    StrBuf q = {0};
    if (f->fl.sharp && quote_can_backquote(s, n)) {
        strbuf_putc(&q, '`');
        append(&q, s, n);
        strbuf_putc(&q, '`');
    } else {
        quote_string(&q, s, n, '"', f->fl.plus, false);
    }
    format_pad(f, (const uint8_t *)q.data, q.len);
    strbuf_free(&q);
}

void format_c(Fmt *f, uint64_t c)
{
    int32_t r = c > UTF8_MAX_RUNE ? UTF8_RUNE_ERROR : (int32_t)c;
    uint8_t buf[UTF8_MAX];
    format_pad(f, buf, (size_t)runes_encode(buf, r));
}

void format_qc(Fmt *f, uint64_t c)
{
    int32_t r = c > UTF8_MAX_RUNE ? UTF8_RUNE_ERROR : (int32_t)c;
    StrBuf q = {0};
    quote_rune(&q, r, f->fl.plus, false);
    format_pad(f, (const uint8_t *)q.data, q.len);
    strbuf_free(&q);
}

void format_float(Fmt *f, double v, int size, int verb, int prec)
{
    if (f->fl.prec_present)
        prec = f->prec;
    /* num[0] is reserved for the sign */
    StrBuf nb = {0};
    strbuf_putc(&nb, '+');
    ftoa_format(&nb, v, verb, prec, size);
    char *num = nb.data;
    size_t len = nb.len;
    if (num[1] == '-' || num[1] == '+') {
        num++;
        len--;
    } else {
        num[0] = '+';
    }
    if (f->fl.space && num[0] == '+' && !f->fl.plus)
        num[0] = ' ';
    /* Inf and NaN are not padded with zeros */
    if (num[1] == 'I' || num[1] == 'N') {
        bool old_zero = f->fl.zero;
        f->fl.zero = false;
        if (num[1] == 'N' && !f->fl.space && !f->fl.plus) {
            num++;
            len--;
        }
        format_pad(f, (const uint8_t *)num, len);
        f->fl.zero = old_zero;
        strbuf_free(&nb);
        return;
    }
    /* %#: keep a decimal point and trailing zeros */
    StrBuf sharp = {0};
    if (f->fl.sharp && verb != 'b') {
        int digits = 0;
        switch (verb) {
        case 'v':
        case 'g':
        case 'G':
        case 'x':
            digits = prec;
            if (digits == -1)
                digits = 6;
        }
        char tail[8];
        size_t ntail = 0;
        bool has_point = false, saw_nonzero = false;
        for (size_t i = 1; i < len; i++) {
            char c = num[i];
            if (c == '.') {
                has_point = true;
                continue;
            }
            if (c == 'p' || c == 'P' || ((c == 'e' || c == 'E') && verb != 'x' && verb != 'X')) {
                ntail = len - i < sizeof tail ? len - i : sizeof tail;
                memcpy(tail, num + i, ntail);
                len = i;
                break;
            }
            if (c != '0')
                saw_nonzero = true;
            if (saw_nonzero)
                digits--;
        }
        strbuf_append(&sharp, num, len);
        if (!has_point) {
            if (len == 2 && num[1] == '0')
                digits--;
            strbuf_putc(&sharp, '.');
        }
        for (; digits > 0; digits--)
            strbuf_putc(&sharp, '0');
        strbuf_append(&sharp, tail, ntail);
        num = sharp.data;
        len = sharp.len;
    }
    if (f->fl.plus || num[0] != '+') {
        if (f->fl.zero && !f->fl.minus && f->fl.wid_present && f->wid > (int)len) {
            strbuf_putc(f->buf, num[0]);
            format_padding(f, f->wid - (int)len);
            strbuf_append(f->buf, num + 1, len - 1);
        } else {
            format_pad(f, (const uint8_t *)num, len);
        }
    } else {
        format_pad(f, (const uint8_t *)num + 1, len - 1);
    }
    strbuf_free(&sharp);
    strbuf_free(&nb);
}
