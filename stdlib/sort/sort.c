/*
 * sort.c — the natives of package sort: in-place sorts of []int, []string and []float64
 * (for these element types equal elements are indistinguishable, except -0 and +0, so any
 * correct sort prints what Go's pdqsort prints), and the two reflection helpers that
 * sort.Slice needs: the length of a slice held in an interface, and swapping two of its
 * elements (Go's reflectlite.Swapper).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "stdlib/internal.h"

static int cmp_int(const void *a, const void *b)
{
    int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;
    return x < y ? -1 : x > y;
}

static int cmp_string(const void *a, const void *b)
{
    const StrObj *x = *(StrObj *const *)a, *y = *(StrObj *const *)b;
    int64_t nx = str_len(x), ny = str_len(y);
    int c = memcmp(str_data(x), str_data(y), (size_t)(nx < ny ? nx : ny));
    if (c)
        return c;
    return nx < ny ? -1 : nx > ny;
}

/* NaNs first, as Go's Float64s */
static int cmp_float(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    bool xn = x != x, yn = y != y;
    if (xn || yn)
        return (int)yn - (int)xn;
    return x < y ? -1 : x > y;
}

static int sort_with(Value *args, size_t size, int (*cmp)(const void *, const void *))
{
    SliceObj *s = args[0].p;
    if (slice_len(s) > 1)
        qsort(s->data, (size_t)s->len, size, cmp);
    return 0;
}

/* sort.Ints(x []int) */
static int sort_ints(G *g, Value *args)
{
    return sort_with(args, sizeof(int64_t), cmp_int);
}

/* sort.Strings(x []string) */
static int sort_strings(G *g, Value *args)
{
    return sort_with(args, sizeof(StrObj *), cmp_string);
}

/* sort.Float64s(x []float64) */
static int sort_float64s(G *g, Value *args)
{
    return sort_with(args, sizeof(double), cmp_float);
}

static SliceObj *slice_of(G *g, Box *b, const char *method, int *err)
{
    *err = 0;
    if (!b || b->type->kind != TK_SLICE) {
        char msg[160];
        snprintf(msg, sizeof msg, "reflect: call of %s on %s Value", method,
                 b ? b->type->str : "zero");
        *err = gale_panic_str(g, msg);
        return NULL;
    }
    SliceObj *s;
    memcpy(&s, b->data, sizeof s);
    return s;
}

/* sort.lenOf(x any) int */
static int sort_len_of(G *g, Value *args)
{
    int err;
    SliceObj *s = slice_of(g, args[0].p, "reflect.Value.Len", &err);
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
