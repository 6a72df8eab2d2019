/*
 * strings.c — the byte-crunching natives of package strings (searching, counting,
 * splitting, joining, replacing, case mapping, trimming), each following Go 1.23's
 * strings.go exactly, including its UTF-8 rules: functions that map runes (ToUpper,
 * ToLower, Title) turn invalid bytes into U+FFFD as Go's Map does; trimming and Fields see
 * an invalid byte as RuneError.
 *
 * Allocation: results that are built from pieces are computed in malloc'd scratch memory
 * and allocated last. Split and Fields return several strings: they first copy the input to
 * scratch, then allocate the slice into args[0] (where the collector sees it) and fill it.
 */
#include <stdlib.h>
#include <string.h>

#include "base/strbuf.h"
#include "stdlib/internal.h"
#include "stdlib/unicode/unicode.h"

/* ---- Searching ---- */

/* index finds [sub] in [s] (Go's Index: 0 for an empty [sub]). */
static int64_t index_of(const uint8_t *s, int64_t n, const uint8_t *sub, int64_t m)
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

static int64_t last_index_of(const uint8_t *s, int64_t n, const uint8_t *sub, int64_t m)
{
    if (m == 0)
        return n;
    for (int64_t i = n - m; i >= 0; i--)
        if (s[i] == sub[0] && memcmp(s + i, sub, (size_t)m) == 0)
            return i;
    return -1;
}

static int64_t count_of(const uint8_t *s, int64_t n, const uint8_t *sub, int64_t m)
{
    if (m == 0)
        return runes_count(s, (size_t)n) + 1;
    int64_t c = 0, i = 0;
    for (;;) {
        int64_t j = index_of(s + i, n - i, sub, m);
        if (j < 0)
            return c;
        c++;
        i += j + m;
    }
}

#define S(v) str_data((StrObj *)(v).p), str_len((StrObj *)(v).p)

/* strings.Index(s, substr string) int */
static int strings_index(G *g, Value *args)
{
    args[0] = native_int(index_of(S(args[0]), S(args[1])));
    return 0;
}

/* strings.LastIndex(s, substr string) int */
static int strings_last_index(G *g, Value *args)
{
    args[0] = native_int(last_index_of(S(args[0]), S(args[1])));
    return 0;
}

/* strings.IndexByte(s string, c byte) int */
static int strings_index_byte(G *g, Value *args)
{
    StrObj *s = args[0].p;
    const uint8_t *p = str_len(s) ? memchr(s->data, (int)(uint8_t)args[1].u, (size_t)s->len) : NULL;
    args[0] = native_int(p ? p - s->data : -1);
    return 0;
}

/* strings.LastIndexByte(s string, c byte) int */
static int strings_last_index_byte(G *g, Value *args)
{
    StrObj *s = args[0].p;
    uint8_t c = (uint8_t)args[1].u;
    int64_t i = str_len(s) - 1;
    while (i >= 0 && s->data[i] != c)
        i--;
    args[0] = native_int(i);
    return 0;
}

/* strings.IndexRune(s string, r rune) int */
static int strings_index_rune(G *g, Value *args)
{
    StrObj *s = args[0].p;
    int64_t r = args[1].i;
    const uint8_t *d = str_data(s);
    int64_t n = str_len(s), res = -1;
    if (r >= 0 && r < UTF8_RUNE_SELF) {
        const uint8_t *p = n ? memchr(d, (int)r, (size_t)n) : NULL;
        res = p ? p - d : -1;
    } else if (r == UTF8_RUNE_ERROR) {
        for (int64_t i = 0; i < n;) {
            int32_t c;
            int w = runes_decode(d + i, (size_t)(n - i), &c);
            if (c == UTF8_RUNE_ERROR) {
                res = i;
                break;
            }
            i += w;
        }
    } else if (runes_rune_len((int32_t)r) > 0 && r <= UTF8_MAX_RUNE) {
        uint8_t enc[UTF8_MAX];
        int m = runes_encode(enc, (int32_t)r);
        res = index_of(d, n, enc, m);
    }
    args[0] = native_int(res);
    return 0;
}

/* strings.Count(s, substr string) int */
static int strings_count(G *g, Value *args)
{
    args[0] = native_int(count_of(S(args[0]), S(args[1])));
    return 0;
}

/* strings.EqualFold(s, t string) bool */
static int strings_equal_fold(G *g, Value *args)
{
    const uint8_t *s = str_data(args[0].p), *t = str_data(args[1].p);
    int64_t ns = str_len(args[0].p), nt = str_len(args[1].p);
    int64_t i = 0, j = 0;
    bool eq = true;
    while (i < ns) {
        if (j >= nt) {
            eq = false;
            break;
        }
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
            eq = false;
            break;
        }
        int32_t r = chars_simple_fold(sr);
        while (r != sr && r < tr)
            r = chars_simple_fold(r);
        if (r == tr)
            continue;
        eq = false;
        break;
    }
    args[0] = native_bool(eq && j == nt);
    return 0;
}

/* ---- Splitting and joining ---- */

/* pieces_result allocates the []string of the [n] pieces (offsets into [src]) into
 * args[0]; [src] is scratch memory, so no input needs to stay reachable. */
static void pieces_result(G *g, Value *args, const uint8_t *src, const int64_t *off,
                          const int64_t *len, int64_t n)
{
    SliceObj *sl = gale_slice(g, gale_types(g)->string_type, n, n);
    args[0].p = sl;
    for (int64_t i = 0; i < n; i++) {
        StrObj *piece = gale_string(g, src + off[i], (size_t)len[i]);
        ((StrObj **)((SliceObj *)args[0].p)->data)[i] = piece;
    }
}

static uint8_t *scratch_copy(StrObj *s)
{
    size_t n = (size_t)str_len(s);
    uint8_t *c = xmalloc(n ? n : 1);
    memcpy(c, str_data(s), n);
    return c;
}

/* strings.genSplit(s, sep string, sepSave, n int) []string */
static int strings_gen_split(G *g, Value *args)
{
    StrObj *so = args[0].p, *sepo = args[1].p;
    int64_t sep_save = args[2].i, n = args[3].i;
    if (n == 0) {
        args[0].p = NULL;
        return 0;
    }
    int64_t slen = str_len(so), seplen = str_len(sepo);
    uint8_t *s = scratch_copy(so), *sep = scratch_copy(sepo);
    int64_t *off, *len, k = 0;
    if (seplen == 0) {
        /* explode into UTF-8 sequences, at most n */
        int64_t l = runes_count(s, (size_t)slen);
        if (n < 0 || n > l)
            n = l;
        off = xmalloc((size_t)(n + 1) * sizeof *off);
        len = xmalloc((size_t)(n + 1) * sizeof *len);
        int64_t i = 0;
        for (; k < n - 1; k++) {
            int32_t r;
            int w = runes_decode(s + i, (size_t)(slen - i), &r);
            off[k] = i;
            len[k] = w;
            i += w;
        }
        if (n > 0) {
            off[k] = i;
            len[k] = slen - i;
            k++;
        }
    } else {
        if (n < 0)
            n = count_of(s, slen, sep, seplen) + 1;
        if (n > slen + 1)
            n = slen + 1;
        off = xmalloc((size_t)n * sizeof *off);
        len = xmalloc((size_t)n * sizeof *len);
        int64_t i = 0;
        n--;
        while (k < n) {
            int64_t m = index_of(s + i, slen - i, sep, seplen);
            if (m < 0)
                break;
            off[k] = i;
            len[k] = m + sep_save;
            i += m + seplen;
            k++;
        }
        off[k] = i;
        len[k] = slen - i;
        k++;
    }
    pieces_result(g, args, s, off, len, k);
    free(s);
    free(sep);
    free(off);
    free(len);
    return 0;
}

/* strings.Fields(s string) []string */
static int strings_fields(G *g, Value *args)
{
    StrObj *so = args[0].p;
    int64_t n = str_len(so);
    uint8_t *s = scratch_copy(so);
    int64_t *off = xmalloc((size_t)(n / 2 + 1) * sizeof *off);
    int64_t *len = xmalloc((size_t)(n / 2 + 1) * sizeof *len);
    int64_t k = 0, start = -1;
    for (int64_t i = 0; i < n;) {
        int32_t r;
        int w = runes_decode(s + i, (size_t)(n - i), &r);
        bool space = chars_is(UC_SPACE, r);
        if (space && start >= 0) {
            off[k] = start;
            len[k++] = i - start;
            start = -1;
        } else if (!space && start < 0) {
            start = i;
        }
        i += w;
    }
    if (start >= 0) {
        off[k] = start;
        len[k++] = n - start;
    }
    pieces_result(g, args, s, off, len, k);
    free(s);
    free(off);
    free(len);
    return 0;
}

/* strings.Join(elems []string, sep string) string */
static int strings_join(G *g, Value *args)
{
    SliceObj *elems = args[0].p;
    StrObj *sep = args[1].p;
    int64_t n = slice_len(elems);
    if (n == 0) {
        args[0].p = NULL;
        return 0;
    }
    if (n == 1) {
        args[0].p = ((StrObj **)elems->data)[0];
        return 0;
    }
    size_t total = (size_t)str_len(sep) * (size_t)(n - 1);
    for (int64_t i = 0; i < n; i++)
        total += (size_t)str_len(((StrObj **)elems->data)[i]);
    uint8_t *d;
    StrObj *res = gale_string_alloc(g, total, &d);
    /* elems and sep are still in args[0] and args[1] */
    elems = args[0].p;
    sep = args[1].p;
    for (int64_t i = 0; i < n; i++) {
        if (i > 0) {
            memcpy(d, str_data(sep), (size_t)str_len(sep));
            d += str_len(sep);
        }
        StrObj *e = ((StrObj **)elems->data)[i];
        memcpy(d, str_data(e), (size_t)str_len(e));
        d += str_len(e);
    }
    args[0].p = res;
    return 0;
}

/* strings.Repeat(s string, count int) string */
static int strings_repeat(G *g, Value *args)
{
    StrObj *s = args[0].p;
    int64_t count = args[1].i;
    if (count < 0)
        return gale_panic_str(g, "strings: negative Repeat count");
    int64_t n = str_len(s);
    if (n == 0 || count == 0) {
        args[0].p = NULL;
        return 0;
    }
    if (count > INT64_MAX / n)
        return gale_panic_str(g, "strings: Repeat output length overflow");
    uint8_t *d;
    StrObj *res = gale_string_alloc(g, (size_t)(n * count), &d);
    s = args[0].p;
    for (int64_t i = 0; i < count; i++)
        memcpy(d + i * n, s->data, (size_t)n);
    args[0].p = res;
    return 0;
}

/* strings.Replace(s, old, new string, n int) string */
static int strings_replace(G *g, Value *args)
{
    StrObj *so = args[0].p, *oldo = args[1].p, *newo = args[2].p;
    int64_t n = args[3].i;
    const uint8_t *s = str_data(so), *old = str_data(oldo), *nw = str_data(newo);
    int64_t slen = str_len(so), oldlen = str_len(oldo), newlen = str_len(newo);
    if ((oldlen == newlen && memcmp(old, nw, (size_t)oldlen) == 0) || n == 0)
        return 0; /* args[0] is s */
    int64_t m = count_of(s, slen, old, oldlen);
    if (m == 0)
        return 0;
    if (n < 0 || m < n)
        n = m;
    StrBuf b = {0};
    int64_t start = 0;
    for (int64_t i = 0; i < n; i++) {
        int64_t j = start;
        if (oldlen == 0) {
            if (i > 0) {
                int32_t r;
                j += runes_decode(s + start, (size_t)(slen - start), &r);
            }
        } else {
            j += index_of(s + start, slen - start, old, oldlen);
        }
        strbuf_append(&b, (const char *)s + start, (size_t)(j - start));
        strbuf_append(&b, (const char *)nw, (size_t)newlen);
        start = j + oldlen;
    }
    strbuf_append(&b, (const char *)s + start, (size_t)(slen - start));
    args[0] = native_string(g, b.data, b.len);
    strbuf_free(&b);
    return 0;
}

/* ---- Case mapping ---- */

typedef int32_t (*RuneMap)(int32_t r);

/* map_runes applies [fn] to every rune (invalid bytes become U+FFFD, as strings.Map). */
static int map_runes(G *g, Value *args, RuneMap fn, bool title)
{
    StrObj *so = args[0].p;
    const uint8_t *s = str_data(so);
    int64_t n = str_len(so);
    StrBuf b = {0};
    int32_t prev = ' ';
    for (int64_t i = 0; i < n;) {
        int32_t r;
        int w = runes_decode(s + i, (size_t)(n - i), &r);
        i += w;
        int32_t m = r;
        if (!title) {
            m = fn(r);
        } else {
            /* Title: upper-case letters that follow a separator */
            bool sep;
            if (prev <= 0x7F)
                sep = !((prev >= '0' && prev <= '9') || (prev >= 'a' && prev <= 'z') ||
                        (prev >= 'A' && prev <= 'Z') || prev == '_');
            else if (chars_is(UC_LETTER, prev) || chars_is(UC_DIGIT, prev))
                sep = false;
            else
                sep = chars_is(UC_SPACE, prev);
            if (sep)
                m = chars_to_title(r);
            prev = r;
        }
        uint8_t enc[UTF8_MAX];
        strbuf_append(&b, (const char *)enc, (size_t)runes_encode(enc, m));
    }
    args[0] = native_string(g, b.data, b.len);
    strbuf_free(&b);
    return 0;
}

static bool is_ascii(StrObj *s)
{
    for (int64_t i = 0; i < str_len(s); i++)
        if (s->data[i] >= UTF8_RUNE_SELF)
            return false;
    return true;
}

static int ascii_case(G *g, Value *args, bool upper)
{
    StrObj *s = args[0].p;
    int64_t n = str_len(s);
    bool change = false;
    for (int64_t i = 0; i < n && !change; i++) {
        uint8_t c = s->data[i];
        change = upper ? (c >= 'a' && c <= 'z') : (c >= 'A' && c <= 'Z');
    }
    if (!change)
        return 0; /* args[0] is s */
    uint8_t *d;
    StrObj *res = gale_string_alloc(g, (size_t)n, &d);
    s = args[0].p;
    for (int64_t i = 0; i < n; i++) {
        uint8_t c = s->data[i];
        if (upper && c >= 'a' && c <= 'z')
            c -= 'a' - 'A';
        else if (!upper && c >= 'A' && c <= 'Z')
            c += 'a' - 'A';
        d[i] = c;
    }
    args[0].p = res;
    return 0;
}

/* strings.ToUpper(s string) string */
static int strings_to_upper(G *g, Value *args)
{
    if (is_ascii(args[0].p))
        return ascii_case(g, args, true);
    return map_runes(g, args, chars_to_upper, false);
}

/* strings.ToLower(s string) string */
static int strings_to_lower(G *g, Value *args)
{
    if (is_ascii(args[0].p))
        return ascii_case(g, args, false);
    return map_runes(g, args, chars_to_lower, false);
}

/* strings.ToTitle(s string) string */
static int strings_to_title(G *g, Value *args)
{
    return map_runes(g, args, chars_to_title, false);
}

/* strings.Title(s string) string */
static int strings_title(G *g, Value *args)
{
    return map_runes(g, args, NULL, true);
}

/* ---- Trimming ---- */

/* substring returns s[i:j] in args[0] (s itself when nothing is cut). */
static int substring(G *g, Value *args, int64_t i, int64_t j)
{
    StrObj *s = args[0].p;
    if (i == 0 && j == str_len(s))
        return 0;
    args[0] = native_string(g, str_data(s) + i, (size_t)(j - i));
    return 0;
}

static bool in_cutset(const uint8_t *cut, int64_t n, int32_t r)
{
    for (int64_t i = 0; i < n;) {
        int32_t c;
        i += runes_decode(cut + i, (size_t)(n - i), &c);
        if (c == r)
            return true;
    }
    return false;
}

static int64_t trim_left(const uint8_t *s, int64_t n, const uint8_t *cut, int64_t ncut,
                         bool spaces)
{
    int64_t i = 0;
    while (i < n) {
        int32_t r;
        int w = runes_decode(s + i, (size_t)(n - i), &r);
        if (spaces ? !chars_is(UC_SPACE, r) : !in_cutset(cut, ncut, r))
            break;
        i += w;
    }
    return i;
}

static int64_t trim_right(const uint8_t *s, int64_t start, int64_t n, const uint8_t *cut,
                          int64_t ncut, bool spaces)
{
    while (n > start) {
        int32_t r;
        int w = runes_decode_last(s + start, (size_t)(n - start), &r);
        if (spaces ? !chars_is(UC_SPACE, r) : !in_cutset(cut, ncut, r))
            break;
        n -= w;
    }
    return n;
}

static int trim(G *g, Value *args, bool left, bool right)
{
    StrObj *s = args[0].p, *cut = args[1].p;
    int64_t n = str_len(s);
    if (n == 0 || str_len(cut) == 0)
        return 0;
    int64_t i = left ? trim_left(s->data, n, cut->data, cut->len, false) : 0;
    int64_t j = right ? trim_right(s->data, i, n, cut->data, cut->len, false) : n;
    return substring(g, args, i, j);
}

/* strings.Trim(s, cutset string) string */
static int strings_trim(G *g, Value *args)
{
    return trim(g, args, true, true);
}

/* strings.TrimLeft(s, cutset string) string */
static int strings_trim_left(G *g, Value *args)
{
    return trim(g, args, true, false);
}

/* strings.TrimRight(s, cutset string) string */
static int strings_trim_right(G *g, Value *args)
{
    return trim(g, args, false, true);
}

/* strings.TrimSpace(s string) string */
static int strings_trim_space(G *g, Value *args)
{
    StrObj *s = args[0].p;
    int64_t n = str_len(s);
    int64_t i = trim_left(str_data(s), n, NULL, 0, true);
    int64_t j = trim_right(str_data(s), i, n, NULL, 0, true);
    return substring(g, args, i, j);
}

const NativeDesc strings_natives[] = {
    {"strings.Index", strings_index},
    {"strings.LastIndex", strings_last_index},
    {"strings.IndexByte", strings_index_byte},
    {"strings.LastIndexByte", strings_last_index_byte},
    {"strings.IndexRune", strings_index_rune},
    {"strings.Count", strings_count},
    {"strings.EqualFold", strings_equal_fold},
    {"strings.genSplit", strings_gen_split},
    {"strings.Fields", strings_fields},
    {"strings.Join", strings_join},
    {"strings.Repeat", strings_repeat},
    {"strings.Replace", strings_replace},
    {"strings.ToUpper", strings_to_upper},
    {"strings.ToLower", strings_to_lower},
    {"strings.ToTitle", strings_to_title},
    {"strings.Title", strings_title},
    {"strings.Trim", strings_trim},
    {"strings.TrimLeft", strings_trim_left},
    {"strings.TrimRight", strings_trim_right},
    {"strings.TrimSpace", strings_trim_space},
    {NULL, NULL},
};
