/*
 * quote.c — Go-syntax quoting and unquoting (strconv/quote.go): appendQuotedWith,
 * appendEscapedRune, CanBackquote, IsPrint/IsGraphic (tables generated from Go's strconv)
 * and Unquote/UnquoteChar. Invalid UTF-8 bytes quote as \xNN; non-printable runes as \a \b
 * \f \n \r \t \v, \xNN below space and for DEL, \uNNNN or \UNNNNNNNN otherwise.
 */
#include "stdlib/strconv/strconv.h"

#include "stdlib/unicode/unicode.h"

static const char lowerhex[] = "0123456789abcdef";

static bool in_table(const uint32_t (*tab)[2], size_t n, int32_t r)
{
    if (r < 0)
        return false;
    uint32_t u = (uint32_t)r;
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t m = (lo + hi) / 2;
        if (u < tab[m][0])
            hi = m;
        else if (u > tab[m][1])
            lo = m + 1;
        else
            return true;
    }
    return false;
}

#include "stdlib/strconv/isprint.inc"

bool quote_is_print(int32_t r)
{
    if (r >= 0x20 && r <= 0x7E)
        return true;
    return in_table(tab_isprint, sizeof tab_isprint / sizeof tab_isprint[0], r);
}

bool quote_is_graphic(int32_t r)
{
    return in_table(tab_isgraphic, sizeof tab_isgraphic / sizeof tab_isgraphic[0], r);
}

static bool valid_rune(int32_t r)
{
    return (r >= 0 && r < 0xD800) || (r > 0xDFFF && r <= UTF8_MAX_RUNE);
}

static void append_escaped_rune(StrBuf *b, int32_t r, char quote, bool ascii_only,
                                bool graphic_only)
{
    if (r == quote || r == '\\') {
        strbuf_putc(b, '\\');
        strbuf_putc(b, (char)r);
        return;
    }
    if (ascii_only) {
        if (r < UTF8_RUNE_SELF && quote_is_print(r)) {
            strbuf_putc(b, (char)r);
            return;
        }
    } else if (quote_is_print(r) || (graphic_only && quote_is_graphic(r))) {
        uint8_t buf[UTF8_MAX];
        strbuf_append(b, (const char *)buf, (size_t)runes_encode(buf, r));
        return;
    }
    switch (r) {
    case '\a': strbuf_puts(b, "\\a"); return;
    case '\b': strbuf_puts(b, "\\b"); return;
    case '\f': strbuf_puts(b, "\\f"); return;
    case '\n': strbuf_puts(b, "\\n"); return;
    case '\r': strbuf_puts(b, "\\r"); return;
    case '\t': strbuf_puts(b, "\\t"); return;
    case '\v': strbuf_puts(b, "\\v"); return;
    }
    if (r < ' ' || r == 0x7F) {
        strbuf_puts(b, "\\x");
        strbuf_putc(b, lowerhex[(uint8_t)r >> 4]);
        strbuf_putc(b, lowerhex[(uint8_t)r & 0xF]);
        return;
    }
    if (!valid_rune(r))
        r = 0xFFFD;
    if (r < 0x10000) {
        strbuf_puts(b, "\\u");
        for (int s = 12; s >= 0; s -= 4)
            strbuf_putc(b, lowerhex[(r >> s) & 0xF]);
    } else {
        strbuf_puts(b, "\\U");
        for (int s = 28; s >= 0; s -= 4)
            strbuf_putc(b, lowerhex[(r >> s) & 0xF]);
    }
}

void quote_string(StrBuf *b, const uint8_t *s, size_t n, char quote, bool ascii_only,
                  bool graphic_only)
{
    strbuf_putc(b, quote);
    size_t i = 0;
    while (i < n) {
        int32_t r = s[i];
        int width = 1;
        if (r >= UTF8_RUNE_SELF)
            width = runes_decode(s + i, n - i, &r);
        if (width == 1 && r == UTF8_RUNE_ERROR) {
            strbuf_puts(b, "\\x");
            strbuf_putc(b, lowerhex[s[i] >> 4]);
            strbuf_putc(b, lowerhex[s[i] & 0xF]);
            i++;
            continue;
        }
        append_escaped_rune(b, r, quote, ascii_only, graphic_only);
        i += (size_t)width;
    }
    strbuf_putc(b, quote);
}

void quote_rune(StrBuf *b, int32_t r, bool ascii_only, bool graphic_only)
{
    strbuf_putc(b, '\'');
    if (!valid_rune(r))
        r = UTF8_RUNE_ERROR;
    append_escaped_rune(b, r, '\'', ascii_only, graphic_only);
    strbuf_putc(b, '\'');
}

bool quote_can_backquote(const uint8_t *s, size_t n)
{
    size_t i = 0;
    while (i < n) {
        int32_t r;
        int wid = runes_decode(s + i, n - i, &r);
        i += (size_t)wid;
        if (wid > 1) {
            if (r == 0xFEFF)
                return false; /* BOMs are invisible and should not be quoted */
            continue;
        }
        if (r == UTF8_RUNE_ERROR)
            return false;
        if ((r < ' ' && r != '\t') || r == '`' || r == 0x7F)
            return false;
    }
    return true;
}

/* ---- Unquote ---- */

/* unquote_char decodes the first character or escape of s[*i..n) (strconv.UnquoteChar);
 * returns false on a syntax error. */
static bool unquote_char(const uint8_t *s, size_t n, size_t *i, uint8_t quote, int32_t *value,
                         bool *multibyte)
{
    *multibyte = false;
    if (*i >= n)
        return false;
    uint8_t c = s[*i];
    if (c == quote && (quote == '\'' || quote == '"'))
        return false;
    if (c >= UTF8_RUNE_SELF) {
        *i += (size_t)runes_decode(s + *i, n - *i, value);
        *multibyte = true;
        return true;
    }
    if (c != '\\') {
        *value = c;
        (*i)++;
        return true;
    }
    if (n - *i <= 1)
        return false;
    c = s[*i + 1];
    *i += 2;
    switch (c) {
    case 'a': *value = '\a'; return true;
    case 'b': *value = '\b'; return true;
    case 'f': *value = '\f'; return true;
    case 'n': *value = '\n'; return true;
    case 'r': *value = '\r'; return true;
    case 't': *value = '\t'; return true;
    case 'v': *value = '\v'; return true;
    case 'x':
    case 'u':
    case 'U': {
        size_t k = c == 'x' ? 2 : c == 'u' ? 4 : 8;
        if (n - *i < k)
            return false;
        int32_t v = 0;
        for (size_t j = 0; j < k; j++) {
            int x = quote_unhex(s[*i + j]);
            if (x < 0)
                return false;
            v = (int32_t)((uint32_t)v << 4 | (uint32_t)x);
        }
        *i += k;
        if (c == 'x') {
            *value = v;
            return true;
        }
        if (!valid_rune(v))
            return false;
        *value = v;
        *multibyte = true;
        return true;
    }
    case '0':
    case '1':
    case '2':
    case '3':
    case '4':
    case '5':
    case '6':
    case '7': {
        int32_t v = c - '0';
        if (n - *i < 2)
            return false;
        for (size_t j = 0; j < 2; j++) {
            int32_t x = (int32_t)s[*i + j] - '0';
            if (x < 0 || x > 7)
                return false;
            v = (v << 3) | x;
        }
        *i += 2;
        if (v > 255)
            return false;
        *value = v;
        return true;
    }
    case '\\': *value = '\\'; return true;
    case '\'':
    case '"':
        if (c != quote)
            return false;
        *value = c;
        return true;
    }
    return false;
}

bool quote_unquote_char(const uint8_t *s, size_t n, uint8_t quote, int32_t *value,
                        bool *multibyte, size_t *used)
{
    size_t i = 0;
    *value = 0;
    if (!unquote_char(s, n, &i, quote, value, multibyte)) {
        *value = 0;
        *multibyte = false;
        *used = 0;
        return false;
    }
    *used = i;
    return true;
}

bool quote_unquote(StrBuf *b, const uint8_t *s, size_t n)
{
    if (n < 2)
        return false;
    uint8_t quote = s[0];
    if (s[n - 1] != quote)
        return false;
    if (quote == '`') {
        for (size_t i = 1; i < n - 1; i++) {
            if (s[i] == '`')
                return false;
            if (s[i] != '\r')
                strbuf_putc(b, (char)s[i]);
        }
        return true;
    }
    if (quote != '"' && quote != '\'')
        return false;
    size_t i = 1, end = n - 1;
    int count = 0;
    while (i < end) {
        if (s[i] == '\n')
            return false;
        int32_t r;
        bool multibyte;
        if (!unquote_char(s, end, &i, quote, &r, &multibyte))
            return false;
        if (r < UTF8_RUNE_SELF || !multibyte) {
            strbuf_putc(b, (char)r);
        } else {
            uint8_t buf[UTF8_MAX];
            strbuf_append(b, (const char *)buf, (size_t)runes_encode(buf, r));
        }
        count++;
        if (quote == '\'' && i != end)
            return false; /* a rune literal holds exactly one character */
    }
    /* Go accepts '' (its fast path sees a zero-length rune) but no longer rune literal */
    return quote != '\'' || count <= 1;
}
