/*
 * literal.c — decoding string and rune literals (see literal.h).
 *
 * One escape decoder (decode_escape) serves both literal kinds; it follows the spec's
 * escape table: \a \b \f \n \r \t \v \\ and the quote of the literal, three octal digits
 * (<= 255), \x with two hex digits, \u with four and \U with eight (valid code points only,
 * no surrogates). Characters outside escapes are copied byte for byte.
 */
#include "compiler/literal.h"

#include "compiler/unicode.h"

static int hex_digit(char ch)
{
    if (ch >= '0' && ch <= '9')
        return ch - '0';
    if (ch >= 'a' && ch <= 'f')
        return ch - 'a' + 10;
    if (ch >= 'A' && ch <= 'F')
        return ch - 'A' + 10;
    return -1;
}

/* decode_escape decodes the escape starting after the backslash at *[pp] (before [end]) in a
 * literal quoted by [quote]. It stores the value in *[value] and sets *[is_byte] for \x and
 * octal escapes (whose value is a byte, not a code point). */
static bool decode_escape(const char **pp, const char *end, char quote, int32_t *value,
                          bool *is_byte)
{
    const char *p = *pp;
    if (p >= end)
        return false;
    char ch = *p++;
    *is_byte = false;
    int n = 0, base = 16;
    switch (ch) {
    case 'a': *value = 7; break;
    case 'b': *value = 8; break;
    case 'f': *value = 12; break;
    case 'n': *value = 10; break;
    case 'r': *value = 13; break;
    case 't': *value = 9; break;
    case 'v': *value = 11; break;
    case '\\': *value = '\\'; break;
    case '\'': case '"':
        if (ch != quote)
            return false;
        *value = ch;
        break;
    case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7':
        p--, n = 3, base = 8, *is_byte = true;
        break;
    case 'x': n = 2, *is_byte = true; break;
    case 'u': n = 4; break;
    case 'U': n = 8; break;
    default:
        return false;
    }
    if (n) {
        uint32_t x = 0;
        for (int i = 0; i < n; i++, p++) {
            int d = p < end ? hex_digit(*p) : -1;
            if (d < 0 || d >= base)
                return false;
            x = x * (uint32_t)base + (uint32_t)d;
        }
        if (*is_byte ? x > 255 : (x > UNICODE_MAX || (x >= 0xD800 && x < 0xE000)))
            return false;
        *value = (int32_t)x;
    }
    *pp = p;
    return true;
}

bool lit_unquote_string(const char *raw, int len, StrBuf *out)
{
    if (len < 2 || raw[0] != raw[len - 1] || (raw[0] != '"' && raw[0] != '`'))
        return false;
    const char *p = raw + 1, *end = raw + len - 1;
    if (raw[0] == '`') {
        for (; p < end; p++) {
            if (*p == '`')
                return false;
            if (*p != '\r')
                strbuf_putc(out, *p);
        }
        return true;
    }
    while (p < end) {
        const char *q = p;
        while (q < end && *q != '\\' && *q != '"' && *q != '\n')
            q++;
        strbuf_append(out, p, (size_t)(q - p));
        p = q;
        if (p == end)
            break;
        if (*p != '\\')
            return false;
        p++;
        int32_t v;
        bool is_byte;
        if (!decode_escape(&p, end, '"', &v, &is_byte))
            return false;
        if (is_byte) {
            strbuf_putc(out, (char)v);
        } else {
            char buf[4];
            strbuf_append(out, buf, (size_t)utf8_encode(v, buf));
        }
    }
    return true;
}

bool lit_unquote_rune(const char *raw, int len, int32_t *out)
{
    if (len < 3 || raw[0] != '\'' || raw[len - 1] != '\'')
        return false;
    const char *p = raw + 1, *end = raw + len - 1;
    int32_t v;
    if (*p == '\\') {
        p++;
        bool is_byte;
        if (!decode_escape(&p, end, '\'', &v, &is_byte))
            return false;
    } else {
        if (*p == '\'' || *p == '\n')
            return false;
        int n = utf8_decode(p, (size_t)(end - p), &v);
        if (n == 0)
            return false;
        p += n;
    }
    if (p != end)
        return false;
    *out = v;
    return true;
}
