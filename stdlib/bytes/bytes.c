/*
 * bytes.c — the natives of package bytes: searching, counting, comparing, trimming (as
 * index pairs that bytes.go turns into subslices), Fields' spans, case mapping,
 * ToValidUTF8 and Replace. The byte work is done by the engines that package strings uses
 * (stdlib/strings/search.c), so both packages give the same answers.
 *
 * Allocation: only the natives that return a fresh []byte or []int allocate, once, last,
 * after every argument has been read (their text is built in malloc'd scratch first).
 */
#include <stdlib.h>
#include <string.h>

#include "base/strbuf.h"
#include "stdlib/internal.h"
#include "stdlib/strings/search.h"
#include "stdlib/unicode/unicode.h"

/* B expands to the (data, length) of the []byte in [v]; S of the string. */
#define B(v) slice_data((SliceObj *)(v).p), slice_len((SliceObj *)(v).p)
#define S(v) str_data((StrObj *)(v).p), str_len((StrObj *)(v).p)

static const uint8_t *slice_data(SliceObj *s)
{
    return s ? s->data : (const uint8_t *)"";
}

/* new_bytes makes a []byte holding the [n] bytes at [p] (which must not be Gale memory
 * that a collection could free: scratch memory, or memory still reachable from args). */
static Value new_bytes(G *g, const void *p, size_t n)
{
    Value v;
    SliceObj *sl = gale_slice(g, gale_types(g)->byte_type, (int64_t)n, (int64_t)n);
    if (n)
        memcpy(sl->data, p, n);
    v.p = sl;
    return v;
}

/* bytes.Equal(a, b []byte) bool */
static int bytes_equal(G *g, Value *args)
{
    int64_t na = slice_len(args[0].p), nb = slice_len(args[1].p);
    const uint8_t *a = slice_data(args[0].p), *b = slice_data(args[1].p);
    args[0] = native_bool(na == nb && memcmp(a, b, (size_t)na) == 0);
    return 0;
}

/* bytes.Compare(a, b []byte) int */
static int bytes_compare(G *g, Value *args)
{
    int64_t na = slice_len(args[0].p), nb = slice_len(args[1].p);
    const uint8_t *a = slice_data(args[0].p), *b = slice_data(args[1].p);
    int c = memcmp(a, b, (size_t)(na < nb ? na : nb));
    if (c == 0)
        c = na < nb ? -1 : na > nb;
    args[0] = native_int(c < 0 ? -1 : c > 0);
    return 0;
}

static int bytes_index(G *g, Value *args)
{
    args[0] = native_int(search_index(B(args[0]), B(args[1])));
    return 0;
}

static int bytes_last_index(G *g, Value *args)
{
    args[0] = native_int(search_last_index(B(args[0]), B(args[1])));
    return 0;
}

static int bytes_index_byte(G *g, Value *args)
{
    args[0] = native_int(search_index_byte(B(args[0]), (uint8_t)args[1].u));
    return 0;
}

static int bytes_last_index_byte(G *g, Value *args)
{
    args[0] = native_int(search_last_index_byte(B(args[0]), (uint8_t)args[1].u));
    return 0;
}

static int bytes_index_rune(G *g, Value *args)
{
    args[0] = native_int(search_index_rune(B(args[0]), args[1].i));
    return 0;
}

static int bytes_index_any(G *g, Value *args)
{
    args[0] = native_int(search_index_any(B(args[0]), S(args[1])));
    return 0;
}

static int bytes_last_index_any(G *g, Value *args)
{
    args[0] = native_int(search_last_index_any(B(args[0]), S(args[1])));
    return 0;
}

static int bytes_count(G *g, Value *args)
{
    args[0] = native_int(search_count(B(args[0]), B(args[1])));
    return 0;
}

static int bytes_equal_fold(G *g, Value *args)
{
    args[0] = native_bool(search_equal_fold(B(args[0]), B(args[1])));
    return 0;
}

/* bytes.trimIndex(s []byte, cutset string, how int) (int, int): the kept part of s. */
static int bytes_trim_index(G *g, Value *args)
{
    int64_t i, j;
    search_trim(B(args[0]), S(args[1]), (int)args[2].i, &i, &j);
    args[0] = native_int(i);
    args[1] = native_int(j);
    return 0;
}

/* bytes.fieldSpans(s []byte) []int: start and end of each run of non-space runes. */
static int bytes_field_spans(G *g, Value *args)
{
    const uint8_t *s = slice_data(args[0].p);
    int64_t n = slice_len(args[0].p), k = 0, start = -1;
    int64_t *spans = xmalloc((size_t)(n + 2) * sizeof *spans);
    for (int64_t i = 0; i < n;) {
        int32_t r;
        int w = runes_decode(s + i, (size_t)(n - i), &r);
        bool space = chars_is(UC_SPACE, r);
        if (space && start >= 0) {
            spans[k++] = start;
            spans[k++] = i;
            start = -1;
        } else if (!space && start < 0) {
            start = i;
        }
        i += w;
    }
    if (start >= 0) {
        spans[k++] = start;
        spans[k++] = n;
    }
    SliceObj *res = gale_slice(g, gale_types(g)->int_type, k, k);
    memcpy(res->data, spans, (size_t)k * sizeof *spans);
    free(spans);
    args[0].p = res;
    return 0;
}

/* finish returns the text of [b] as a new []byte in args[0] ([s] copied when nothing
 * changed), and frees [b]. */
static int finish(G *g, Value *args, StrBuf *b, bool changed, const uint8_t *s, int64_t n)
{
    if (changed)
        args[0] = new_bytes(g, b->data, b->len);
    else
        args[0] = new_bytes(g, s, (size_t)n); /* s is still reachable from args[0] */
    strbuf_free(b);
    return 0;
}

/* bytes.mapCase(s []byte, how int) []byte: a fresh slice, as Go's ToUpper and friends. */
static int bytes_map_case(G *g, Value *args)
{
    StrBuf b = {0};
    bool changed = search_map(&b, B(args[0]), (CaseMap)args[1].i);
    return finish(g, args, &b, changed, B(args[0]));
}

/* bytes.toValid(s, replacement []byte) []byte */
static int bytes_to_valid(G *g, Value *args)
{
    StrBuf b = {0};
    bool changed = search_to_valid(&b, B(args[0]), B(args[1]));
    return finish(g, args, &b, changed, B(args[0]));
}

/* bytes.replace(s, old, new []byte, n int) []byte: only called when something is replaced. */
static int bytes_replace(G *g, Value *args)
{
    StrBuf b = {0};
    bool changed = search_replace(&b, B(args[0]), B(args[1]), B(args[2]), args[3].i);
    return finish(g, args, &b, changed, B(args[0]));
}

const NativeDesc bytes_natives[] = {
    {"bytes.Equal", bytes_equal},
    {"bytes.Compare", bytes_compare},
    {"bytes.Index", bytes_index},
    {"bytes.LastIndex", bytes_last_index},
    {"bytes.IndexByte", bytes_index_byte},
    {"bytes.LastIndexByte", bytes_last_index_byte},
    {"bytes.IndexRune", bytes_index_rune},
    {"bytes.IndexAny", bytes_index_any},
    {"bytes.LastIndexAny", bytes_last_index_any},
    {"bytes.Count", bytes_count},
    {"bytes.EqualFold", bytes_equal_fold},
    {"bytes.trimIndex", bytes_trim_index},
    {"bytes.fieldSpans", bytes_field_spans},
    {"bytes.mapCase", bytes_map_case},
    {"bytes.toValid", bytes_to_valid},
    {"bytes.replace", bytes_replace},
    {NULL, NULL},
};
