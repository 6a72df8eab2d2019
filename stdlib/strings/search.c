/*
 * search.c — the byte engines behind packages strings and bytes (see search.h). Each
 * follows the result Go 1.23 gives, not necessarily its algorithm: substring search is
 * memchr on the first byte plus memcmp (glibc's memchr is vectorised), rune-wise work
 * decodes with runes_decode (Go's DecodeRune rules), and case mapping consults the
 * generated tables of chars.c.
 */
#include "stdlib/strings/search.h"

#include <string.h>

#include "stdlib/unicode/unicode.h"

/* ---- Searching ---- */

int64_t search_index(const uint8_t *s, int64_t n, const uint8_t *sub, int64_t m)
{
    if (m == 0)
        return 0;
    if (m > n)
        return -1;
    const uint8_t *p = s, *end = s + (n - m) + 1;
    while (p < end && (p = memchr(p, sub[0], (size_t)(end - p))) != NULL) {
        if (memcmp(p, sub, (size_t)m) == 0)
            return p - s;
        p++;
    }
    return -1;
}

int64_t search_last_index(const uint8_t *s, int64_t n, const uint8_t *sub, int64_t m)
{
    if (m == 0)
        return n;
    if (m == 1)
        return search_last_index_byte(s, n, sub[0]);
    for (int64_t i = n - m; i >= 0; i--)
        if (s[i] == sub[0] && memcmp(s + i, sub, (size_t)m) == 0)
            return i;
    return -1;
}

int64_t search_count(const uint8_t *s, int64_t n, const uint8_t *sub, int64_t m)
{
    if (m == 0)
        return runes_count(s, (size_t)n) + 1;
    int64_t c = 0, i = 0;
    if (m == 1) {
        for (int64_t k = 0; k < n; k++)
            c += s[k] == sub[0];
        return c;
    }
    for (;;) {
        int64_t j = search_index(s + i, n - i, sub, m);
        if (j < 0)
            return c;
        c++;
        i += j + m;
    }
}

int64_t search_index_byte(const uint8_t *s, int64_t n, uint8_t c)
{
    const uint8_t *p = n > 0 ? memchr(s, c, (size_t)n) : NULL;
    return p ? p - s : -1;
}

int64_t search_last_index_byte(const uint8_t *s, int64_t n, uint8_t c)
{
    int64_t i = n - 1;
    while (i >= 0 && s[i] != c)
        i--;
    return i;
}

int64_t search_index_rune(const uint8_t *s, int64_t n, int64_t r)
{
    if (r >= 0 && r < UTF8_RUNE_SELF)
        return search_index_byte(s, n, (uint8_t)r);
    if (r == UTF8_RUNE_ERROR) {
        for (int64_t i = 0; i < n;) {
            int32_t c;
            int w = runes_decode(s + i, (size_t)(n - i), &c);
            if (c == UTF8_RUNE_ERROR)
                return i;
            i += w;
        }
        return -1;
    }
    if (r < 0 || r > UTF8_MAX_RUNE || runes_rune_len((int32_t)r) < 0)
        return -1;
    uint8_t enc[UTF8_MAX];
    int m = runes_encode(enc, (int32_t)r);
    return search_index(s, n, enc, m);
}

/* has_rune reports whether the runes of [set] include [r] (invalid bytes are RuneError). */
static bool has_rune(const uint8_t *set, int64_t n, int32_t r)
{
    if (r < UTF8_RUNE_SELF)
        return search_index_byte(set, n, (uint8_t)r) >= 0;
    for (int64_t i = 0; i < n;) {
        int32_t c;
        i += runes_decode(set + i, (size_t)(n - i), &c);
        if (c == r)
            return true;
    }
    return false;
}

/* ascii_set fills [set] with the bytes of [chars]; false if one of them is not ASCII. */
static bool ascii_set(const uint8_t *chars, int64_t nc, bool set[128])
{
    memset(set, 0, 128);
    for (int64_t i = 0; i < nc; i++) {
        if (chars[i] >= UTF8_RUNE_SELF)
            return false;
        set[chars[i]] = true;
    }
    return true;
}

int64_t search_index_any(const uint8_t *s, int64_t n, const uint8_t *chars, int64_t nc)
{
    if (nc == 0)
        return -1;
    bool set[128];
    if (ascii_set(chars, nc, set)) {
        for (int64_t i = 0; i < n; i++)
            if (s[i] < UTF8_RUNE_SELF && set[s[i]])
                return i;
        return -1;
    }
    for (int64_t i = 0; i < n;) {
        int32_t r;
        int w = runes_decode(s + i, (size_t)(n - i), &r);
        if (has_rune(chars, nc, r))
            return i;
        i += w;
    }
    return -1;
}

int64_t search_last_index_any(const uint8_t *s, int64_t n, const uint8_t *chars, int64_t nc)
{
    if (nc == 0)
        return -1;
    bool set[128];
    if (ascii_set(chars, nc, set)) {
        for (int64_t i = n - 1; i >= 0; i--)
            if (s[i] < UTF8_RUNE_SELF && set[s[i]])
                return i;
        return -1;
    }
    for (int64_t i = n; i > 0;) {
        int32_t r;
        i -= runes_decode_last(s, (size_t)i, &r);
        if (has_rune(chars, nc, r))
            return i;
    }
    return -1;
}

bool search_equal_fold(const uint8_t *s, int64_t ns, const uint8_t *t, int64_t nt)
{
    int64_t i = 0, j = 0;
    while (i < ns && j < nt) {
        int32_t sr, tr;
        i += runes_decode(s + i, (size_t)(ns - i), &sr);
        j += runes_decode(t + j, (size_t)(nt - j), &tr);
        if (sr == tr)
            continue;
        if (tr < sr) {
            int32_t x = tr;
            tr = sr;
            sr = x;
        }
        if (tr < UTF8_RUNE_SELF) {
            if ('A' <= sr && sr <= 'Z' && tr == sr + 'a' - 'A')
                continue;
            return false;
        }
        /* walk the fold orbit of sr up to tr */
        int32_t r = chars_simple_fold(sr);
        while (r != sr && r < tr)
            r = chars_simple_fold(r);
        if (r != tr)
            return false;
    }
    return i == ns && j == nt;
}

/* ---- Trimming ---- */

static bool cut(const uint8_t *set, int64_t nset, int how, int32_t r)
{
    return (how & TRIM_SPACE) ? chars_is(UC_SPACE, r) : has_rune(set, nset, r);
}

void search_trim(const uint8_t *s, int64_t n, const uint8_t *set, int64_t nset, int how,
                 int64_t *pi, int64_t *pj)
{
    int64_t i = 0, j = n;
    if (how & TRIM_LEFT) {
        while (i < j) {
            int32_t r;
            int w = runes_decode(s + i, (size_t)(j - i), &r);
            if (!cut(set, nset, how, r))
                break;
            i += w;
        }
    }
    if (how & TRIM_RIGHT) {
        while (j > i) {
            int32_t r;
            int w = runes_decode_last(s + i, (size_t)(j - i), &r);
            if (!cut(set, nset, how, r))
                break;
            j -= w;
        }
    }
    *pi = i;
    *pj = j;
}

/* ---- Mapping ---- */

/* starts_word reports whether a rune after [prev] begins a word for strings.Title. */
static bool starts_word(int32_t prev)
{
    if (prev <= 0x7F)
        return !((prev >= '0' && prev <= '9') || (prev >= 'a' && prev <= 'z') ||
                 (prev >= 'A' && prev <= 'Z') || prev == '_');
    if (chars_is(UC_LETTER, prev) || chars_is(UC_DIGIT, prev))
        return false;
    return chars_is(UC_SPACE, prev);
}

bool search_map(StrBuf *b, const uint8_t *s, int64_t n, CaseMap how)
{
    size_t start = b->len;
    bool changed = false;
    int32_t prev = ' ';
    for (int64_t i = 0; i < n;) {
        int32_t r, m;
        int w = runes_decode(s + i, (size_t)(n - i), &r);
        if (w == 1 && r == UTF8_RUNE_ERROR)
            changed = true; /* an invalid byte becomes U+FFFD */
        i += w;
        switch (how) {
        case CASE_UPPER: m = chars_to_upper(r); break;
        case CASE_LOWER: m = chars_to_lower(r); break;
        case CASE_TITLE: m = chars_to_title(r); break;
        default:
            m = starts_word(prev) ? chars_to_title(r) : r;
            prev = r;
            break;
        }
        if (m != r)
            changed = true;
        if (m < UTF8_RUNE_SELF) {
            strbuf_putc(b, (char)m);
        } else {
            uint8_t enc[UTF8_MAX];
            strbuf_append(b, (const char *)enc, (size_t)runes_encode(enc, m));
        }
    }
    if (!changed) {
        b->len = start;
        if (b->data)
            b->data[start] = 0;
        return false;
    }
    return true;
}

bool search_to_valid(StrBuf *b, const uint8_t *s, int64_t n, const uint8_t *rep, int64_t nrep)
{
    if (runes_valid(s, (size_t)n))
        return false;
    bool in_bad = false;
    for (int64_t i = 0; i < n;) {
        int32_t r;
        int w = runes_decode(s + i, (size_t)(n - i), &r);
        if (w == 1 && r == UTF8_RUNE_ERROR) {
            if (!in_bad)
                strbuf_append(b, (const char *)rep, (size_t)nrep);
            in_bad = true;
        } else {
            strbuf_append(b, (const char *)s + i, (size_t)w);
            in_bad = false;
        }
        i += w;
    }
    return true;
}

bool search_replace(StrBuf *b, const uint8_t *s, int64_t slen, const uint8_t *old,
                    int64_t oldlen, const uint8_t *nw, int64_t newlen, int64_t n)
{
    if (n == 0)
        return false;
    int64_t m = search_count(s, slen, old, oldlen);
    if (m == 0)
        return false;
    if (n < 0 || m < n)
        n = m;
    int64_t start = 0;
    for (int64_t i = 0; i < n; i++) {
        int64_t j = start;
        if (oldlen == 0) {
            if (i > 0) {
                int32_t r;
                j += runes_decode(s + start, (size_t)(slen - start), &r);
            }
        } else {
            j += search_index(s + start, slen - start, old, oldlen);
        }
        strbuf_append(b, (const char *)s + start, (size_t)(j - start));
        strbuf_append(b, (const char *)nw, (size_t)newlen);
        start = j + oldlen;
    }
    strbuf_append(b, (const char *)s + start, (size_t)(slen - start));
    return true;
}
