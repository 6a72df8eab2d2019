/*
 * sort.c — the natives of package sort: in-place sorts of []int, []string and []float64
 * with Go's pdqsort for ordered types (pdqsort.h), so that equal elements that print
 * differently (-0 and +0, NaNs) end in Go's order, and the two reflection helpers that
 * sort.Slice needs: the length of a slice held in an interface, and swapping two of its
 * elements (Go's reflectlite.Swapper).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "stdlib/internal.h"
#include "stdlib/sort/pdqsort.h"

#define LESS_INT(x, y) ((x) < (y))
/* NaNs first, as Go's cmp.Less */
#define LESS_FLOAT(x, y) ((x) < (y) || ((x) != (x) && (y) == (y)))
#define LESS_STRING(x, y) (string_less((x), (y)))

static inline bool string_less(const StrObj *x, const StrObj *y)
{
    int64_t nx = str_len(x), ny = str_len(y);
    int c = memcmp(str_data(x), str_data(y), (size_t)(nx < ny ? nx : ny));
    return c < 0 || (c == 0 && nx < ny);
}

PDQSORT_DEFINE(sort_int64s, int64_t, LESS_INT)
PDQSORT_DEFINE(sort_doubles, double, LESS_FLOAT)
PDQSORT_DEFINE(sort_strs, StrObj *, LESS_STRING)

/* sort.Ints(x []int) */
static int sort_ints(G *g, Value *args)
{
    SliceObj *s = args[0].p;
    if (slice_len(s) > 1)
        sort_int64s((int64_t *)s->data, s->len);
    return 0;
}

/* sort.Strings(x []string) */
static int sort_strings(G *g, Value *args)
{
    SliceObj *s = args[0].p;
    if (slice_len(s) > 1)
        sort_strs((StrObj **)s->data, s->len);
    return 0;
}

/* sort.Float64s(x []float64) */
static int sort_float64s(G *g, Value *args)
{
    SliceObj *s = args[0].p;
    if (slice_len(s) > 1)
        sort_doubles((double *)s->data, s->len);
    return 0;
}

/* Go's reflect kind names, indexed by TypeKind (same order as reflect.Kind). */
static const char *const kind_names[TK__COUNT] = {
    "invalid", "bool",    "int",        "int8",      "int16",   "int32",  "int64",
    "uint",    "uint8",   "uint16",     "uint32",    "uint64",  "uintptr", "float32",
    "float64", "complex64", "complex128", "array",   "chan",    "func",   "interface",
    "map",     "ptr",     "slice",      "string",    "struct",  "unsafe.Pointer",
};

/* slice_of returns the slice in [b], or raises reflect's ValueError panic for [method]
 * ("reflect: call of Swapper on int Value") and sets *err. */
static SliceObj *slice_of(G *g, Box *b, const char *method, int *err)
{
    *err = 0;
    if (!b || b->type->kind != TK_SLICE) {
        char msg[160];
        if (!b)
            snprintf(msg, sizeof msg, "reflect: call of %s on zero Value", method);
        else
            snprintf(msg, sizeof msg, "reflect: call of %s on %s Value", method,
                     b->type->kind < TK__COUNT ? kind_names[b->type->kind] : "invalid");
        *err = gale_panic_str(g, msg);
        return NULL;
    }
    SliceObj *s;
    memcpy(&s, b->data, sizeof s);
    return s;
}

/* sort.lenOf(x any, swapper bool) int: len(x) for a slice (or, for Value.Len, an array,
 * string or map); panics as reflectlite's Swapper (Slice, SliceStable) or Value.Len
 * (SliceIsSorted) does for anything else (a channel too: its length is not available). */
static int sort_len_of(G *g, Value *args)
{
    Box *b = args[0].p;
    if (b && !args[1].i) { /* Value.Len also measures arrays, strings and maps */
        void *p;
        switch (b->type->kind) {
        case TK_ARRAY:
            args[0] = native_int(b->type->len);
            return 0;
        case TK_STRING:
            memcpy(&p, b->data, sizeof p);
            args[0] = native_int(str_len(p));
            return 0;
        case TK_MAP:
            memcpy(&p, b->data, sizeof p);
            args[0] = native_int(p ? gale_map_len(p) : 0);
            return 0;
        }
    }
    int err;
    SliceObj *s = slice_of(g, b, args[1].i ? "Swapper" : "reflect.Value.Len", &err);
    if (err)
        return err;
    args[0] = native_int(slice_len(s));
    return 0;
}

/* sort.swapAny(x any, i, j int) */
static int sort_swap_any(G *g, Value *args)
{
    Box *b = args[0].p;
    int err;
    SliceObj *s = slice_of(g, b, "Swapper", &err);
    if (err)
        return err;
    int64_t i = args[1].i, j = args[2].i, n = slice_len(s);
    if ((uint64_t)i >= (uint64_t)n)
        return gale_panic_runtime(g, "index out of range [%lld] with length %lld", (long long)i,
                                  (long long)n);
    if ((uint64_t)j >= (uint64_t)n)
        return gale_panic_runtime(g, "index out of range [%lld] with length %lld", (long long)j,
                                  (long long)n);
    size_t es = b->type->elem->size;
    uint8_t tmp[256];
    uint8_t *t = es <= sizeof tmp ? tmp : xmalloc(es);
    memcpy(t, s->data + (size_t)i * es, es);
    memmove(s->data + (size_t)i * es, s->data + (size_t)j * es, es);
    memcpy(s->data + (size_t)j * es, t, es);
    if (t != tmp)
        free(t);
    return 0;
}

const NativeDesc sort_natives[] = {
    {"sort.Ints", sort_ints},
    {"sort.Strings", sort_strings},
    {"sort.Float64s", sort_float64s},
    {"sort.lenOf", sort_len_of},
    {"sort.swapAny", sort_swap_any},
    {NULL, NULL},
};
