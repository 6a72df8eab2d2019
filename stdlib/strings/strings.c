/*
 * strings.c — the natives of package strings: searching, counting, splitting, joining,
 * replacing (Replace and the Replacer's matching), case mapping and trimming. The byte work
 * is done by the engines of search.c, which package bytes shares; this file turns Gale
 * strings into (pointer, length) pairs and builds the results, following Go 1.23's
 * strings.go exactly, including its UTF-8 rules: functions that map runes (ToUpper,
 * ToLower, Title) turn invalid bytes into U+FFFD as Go's Map does; trimming and Fields see
 * an invalid byte as RuneError. Results equal to the input are the input itself, as in Go.
 *
 * Allocation: results that are built from pieces are computed in malloc'd scratch memory
 * and allocated last. Split and Fields return several strings: they first copy the input to
 * scratch, then allocate the slice into args[0] (where the collector sees it) and fill it.
 */
#include <stdlib.h>
#include <string.h>

#include "base/strbuf.h"
#include "stdlib/internal.h"
#include "stdlib/strings/search.h"
#include "stdlib/unicode/unicode.h"

/* ---- Searching ---- */

#define S(v) str_data((StrObj *)(v).p), str_len((StrObj *)(v).p)

/* strings.Index(s, substr string) int */
static int strings_index(G *g, Value *args)
{
    args[0] = native_int(search_index(S(args[0]), S(args[1])));
    return 0;
}

/* strings.LastIndex(s, substr string) int */
static int strings_last_index(G *g, Value *args)
{
    args[0] = native_int(search_last_index(S(args[0]), S(args[1])));
    return 0;
}

/* strings.IndexByte(s string, c byte) int */
static int strings_index_byte(G *g, Value *args)
{
    args[0] = native_int(search_index_byte(S(args[0]), (uint8_t)args[1].u));
    return 0;
}

/* strings.LastIndexByte(s string, c byte) int */
static int strings_last_index_byte(G *g, Value *args)
{
    args[0] = native_int(search_last_index_byte(S(args[0]), (uint8_t)args[1].u));
    return 0;
}

/* strings.IndexRune(s string, r rune) int */
static int strings_index_rune(G *g, Value *args)
{
    args[0] = native_int(search_index_rune(S(args[0]), args[1].i));
    return 0;
}

/* strings.IndexAny(s, chars string) int */
static int strings_index_any(G *g, Value *args)
{
    args[0] = native_int(search_index_any(S(args[0]), S(args[1])));
    return 0;
}

/* strings.LastIndexAny(s, chars string) int */
static int strings_last_index_any(G *g, Value *args)
{
    args[0] = native_int(search_last_index_any(S(args[0]), S(args[1])));
    return 0;
}

/* strings.Count(s, substr string) int */
static int strings_count(G *g, Value *args)
{
    args[0] = native_int(search_count(S(args[0]), S(args[1])));
    return 0;
}

/* strings.EqualFold(s, t string) bool */
static int strings_equal_fold(G *g, Value *args)
{
    args[0] = native_bool(search_equal_fold(S(args[0]), S(args[1])));
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
            n = search_count(s, slen, sep, seplen) + 1;
        if (n > slen + 1)
            n = slen + 1;
        off = xmalloc((size_t)n * sizeof *off);
        len = xmalloc((size_t)n * sizeof *len);
        int64_t i = 0;
        n--;
        while (k < n) {
            int64_t m = search_index(s + i, slen - i, sep, seplen);
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

/* built returns the text of [b] as a new string in args[0] when [changed] (else args[0],
 * the input, stays), and frees [b]. */
static int built(G *g, Value *args, StrBuf *b, bool changed)
{
    if (changed)
        args[0] = native_string(g, b->data, b->len);
    strbuf_free(b);
    return 0;
}

/* strings.Replace(s, old, new string, n int) string */
static int strings_replace(G *g, Value *args)
{
    StrObj *oldo = args[1].p, *newo = args[2].p;
    if (str_len(oldo) == str_len(newo) &&
        memcmp(str_data(oldo), str_data(newo), (size_t)str_len(oldo)) == 0)
        return 0; /* args[0] is s */
    StrBuf b = {0};
    bool changed = search_replace(&b, S(args[0]), S(args[1]), S(args[2]), args[3].i);
    return built(g, args, &b, changed);
}

/* strings.genericReplace(oldnew []string, s string) string: the Replacer. At each byte
 * position the first old string in argument order that matches there wins; an empty old
 * string matches once at each position (after it matched, the others are tried at the
 * same position, then the scan moves one byte on). */
static int strings_generic_replace(G *g, Value *args)
{
    SliceObj *pairs = args[0].p;
    StrObj *so = args[1].p;
    StrObj **on = pairs ? (StrObj **)pairs->data : NULL;
    int64_t npairs = slice_len(pairs) / 2;
    const uint8_t *s = str_data(so);
    int64_t n = str_len(so), last = 0;
    bool prev_empty = false, changed = false;
    /* which bytes start some old string: a quick filter for the common case */
    bool first[256] = {false};
    bool has_empty = false;
    for (int64_t k = 0; k < npairs; k++) {
        if (str_len(on[2 * k]) == 0)
            has_empty = true;
        else
            first[str_data(on[2 * k])[0]] = true;
    }
    StrBuf b = {0};
    for (int64_t i = 0; i <= n;) {
        if (i < n && !has_empty && !first[s[i]]) {
            i++;
            continue;
        }
        int64_t match = -1;
        for (int64_t k = 0; k < npairs; k++) {
            StrObj *old = on[2 * k];
            int64_t m = str_len(old);
            if (m == 0 && prev_empty)
                continue;
            if (m <= n - i && memcmp(s + i, str_data(old), (size_t)m) == 0) {
                match = k;
                break;
            }
        }
        if (match < 0) {
            prev_empty = false;
            i++;
            continue;
        }
        StrObj *old = on[2 * match], *nw = on[2 * match + 1];
        strbuf_append(&b, (const char *)s + last, (size_t)(i - last));
        strbuf_append(&b, (const char *)str_data(nw), (size_t)str_len(nw));
        changed = true;
        prev_empty = str_len(old) == 0;
        i += str_len(old);
        last = i;
    }
    if (changed)
        strbuf_append(&b, (const char *)s + last, (size_t)(n - last));
    args[0] = args[1];
    return built(g, args, &b, changed);
}

/* ---- Case mapping ---- */

static int map_string(G *g, Value *args, CaseMap how)
{
    StrBuf b = {0};
    bool changed = search_map(&b, S(args[0]), how);
    return built(g, args, &b, changed);
}

/* strings.ToUpper(s string) string */
static int strings_to_upper(G *g, Value *args)
{
    return map_string(g, args, CASE_UPPER);
}

/* strings.ToLower(s string) string */
static int strings_to_lower(G *g, Value *args)
{
    return map_string(g, args, CASE_LOWER);
}

/* strings.ToTitle(s string) string */
static int strings_to_title(G *g, Value *args)
{
    return map_string(g, args, CASE_TITLE);
}

/* strings.Title(s string) string */
static int strings_title(G *g, Value *args)
{
    return map_string(g, args, CASE_WORDS);
}

/* strings.ToValidUTF8(s, replacement string) string */
static int strings_to_valid_utf8(G *g, Value *args)
{
    StrBuf b = {0};
    bool changed = search_to_valid(&b, S(args[0]), S(args[1]));
    return built(g, args, &b, changed);
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

static int trim(G *g, Value *args, int how)
{
    int64_t i, j;
    if (str_len(args[0].p) == 0 || str_len(args[1].p) == 0)
        return 0;
    search_trim(S(args[0]), S(args[1]), how, &i, &j);
    return substring(g, args, i, j);
}

/* strings.Trim(s, cutset string) string */
static int strings_trim(G *g, Value *args)
{
    return trim(g, args, TRIM_LEFT | TRIM_RIGHT);
}

/* strings.TrimLeft(s, cutset string) string */
static int strings_trim_left(G *g, Value *args)
{
    return trim(g, args, TRIM_LEFT);
}

/* strings.TrimRight(s, cutset string) string */
static int strings_trim_right(G *g, Value *args)
{
    return trim(g, args, TRIM_RIGHT);
}

/* strings.TrimSpace(s string) string */
static int strings_trim_space(G *g, Value *args)
{
    int64_t i, j;
    search_trim(S(args[0]), NULL, 0, TRIM_LEFT | TRIM_RIGHT | TRIM_SPACE, &i, &j);
    return substring(g, args, i, j);
}

const NativeDesc strings_natives[] = {
    {"strings.Index", strings_index},
    {"strings.LastIndex", strings_last_index},
    {"strings.IndexByte", strings_index_byte},
    {"strings.LastIndexByte", strings_last_index_byte},
    {"strings.IndexRune", strings_index_rune},
    {"strings.IndexAny", strings_index_any},
    {"strings.LastIndexAny", strings_last_index_any},
    {"strings.Count", strings_count},
    {"strings.EqualFold", strings_equal_fold},
    {"strings.genSplit", strings_gen_split},
    {"strings.Fields", strings_fields},
    {"strings.Join", strings_join},
    {"strings.Repeat", strings_repeat},
    {"strings.Replace", strings_replace},
    {"strings.genericReplace", strings_generic_replace},
    {"strings.ToUpper", strings_to_upper},
    {"strings.ToLower", strings_to_lower},
    {"strings.ToTitle", strings_to_title},
    {"strings.Title", strings_title},
    {"strings.ToValidUTF8", strings_to_valid_utf8},
    {"strings.Trim", strings_trim},
    {"strings.TrimLeft", strings_trim_left},
    {"strings.TrimRight", strings_trim_right},
    {"strings.TrimSpace", strings_trim_space},
    {NULL, NULL},
};
