/*
 * fmt.c — the natives of package fmt: one, fmt.render, the entry to the formatting engine
 * (printer.c, format.c). See fmt.h for the two-pass protocol and stdlib/fmt/fmt.go for the
 * Gale side, which calls the Error/String/GoString methods that render asks for:
 *
 *   func render(kind int, format string, a []any, texts []string, panicked []int)
 *           (s string, pending []any, methods string, wrapped []int, fstate []int)
 *
 * With texts == nil the operands are formatted (PRINT_TRY); if one needs a method, the
 * result is s == "", pending = the operands whose methods to call, in order, methods =
 * one byte per operand ('E' Error, 'S' String, 'G' GoString, 'F' Format) and fstate = four
 * ints per operand: the verb, the FMT_FLAG_* bits, the width and the precision (-1 when
 * absent), which a Format call's State reports. The second call passes the results as texts
 * (and panicked[i] != 0 when call i panicked, texts[i] then holding the panic value printed
 * with %v, after the panicked[i]-1 bytes a Format method wrote) and gets s. wrapped lists
 * the operand indexes of %w verbs (Errorf).
 *
 * The scanner (Gale code in fmt.go) also uses four small natives to store into pointers to
 * defined types (type MyInt int), which Go's scanOne reaches through reflection: scanKind,
 * storeInt, storeFloat, storeString/storeBytes.
 *
 * Allocation: the pending slice is allocated first and kept in a result register while the
 * operands that are not already boxed get boxed into it; fstate and the methods string come
 * next, each stored in its result register as soon as it exists. Only the registers of
 * pointer parameters (args[1..4]) are scanned by the collector during the call, so args[0]
 * (kind int) receives the final string last.
 */
#include "stdlib/fmt/fmt.h"

#include <stdlib.h>
#include <string.h>

#include "runtime/runtime.h"
#include "stdlib/internal.h"

static const TypeDesc *any_type(G *g)
{
    const TypeDesc *t = gale_type_by_name(g, "interface {}");
    /* any interface type has the same memory layout: one pointer word */
    return t ? t : gale_types(g)->error_iface;
}

static int fmt_render(G *g, Value *args)
{
    PrintKind kind = (PrintKind)args[0].i;
    StrObj *format = args[1].p;
    SliceObj *a = args[2].p;
    SliceObj *texts = args[3].p;
    SliceObj *panicked = args[4].p;

    Printer p;
    char scratch[256]; /* most results fit: no malloc per call */
    printer_init(&p, texts ? PRINT_FORMAT : PRINT_TRY);
    strbuf_init_with(&p.buf, scratch, sizeof scratch);
    p.map_entries = gale_map_entries;
    if (texts) {
        p.texts = (StrObj *const *)texts->data;
        p.ntexts = texts->len;
        p.panicked = panicked ? (const int64_t *)panicked->data : NULL;
    }
    printer_run(&p, kind, str_data(format), (size_t)str_len(format),
              a ? (Box *const *)a->data : NULL, slice_len(a));

    if (p.mode == PRINT_COLLECT) {
        int64_t n = p.calls.len;
        char *kinds = xmalloc((size_t)n);
        args[1].p = gale_slice(g, any_type(g), n, n);
        for (int64_t i = 0; i < n; i++) {
            MethodCall *c = &p.calls.items[i];
            Box *b = c->box ? c->box : gale_box(g, c->type, c->mem);
            ((Box **)((SliceObj *)args[1].p)->data)[i] = b;
            kinds[i] = c->kind;
        }
        args[0].p = NULL;
        args[3].p = NULL;
        args[4].p = gale_slice(g, gale_types(g)->int_type, 4 * n, 4 * n);
        int64_t *st = (int64_t *)((SliceObj *)args[4].p)->data;
        for (int64_t i = 0; i < n; i++) {
            MethodCall *c = &p.calls.items[i];
            st[4 * i] = c->verb;
            st[4 * i + 1] = c->flags;
            st[4 * i + 2] = c->wid;
            st[4 * i + 3] = c->prec;
        }
        args[2].p = gale_string(g, kinds, (size_t)n);
        free(kinds);
        printer_free(&p);
        return 0;
    }
    args[1].p = NULL;
    args[2].p = NULL;
    args[3].p = NULL;
    args[4].p = NULL;
    /* the string last: args[0] is the int parameter's register, which the collector does
     * not scan, while args[3] is a pointer register */
    if (p.wrapped.len > 0) {
        SliceObj *w = gale_slice(g, gale_types(g)->int_type, p.wrapped.len, p.wrapped.len);
        for (int i = 0; i < p.wrapped.len; i++)
            ((int64_t *)w->data)[i] = p.wrapped.items[i];
        args[3].p = w;
    }
    args[0].p = gale_string(g, p.buf.data, p.buf.len);
    printer_free(&p);
    return 0;
}

/* ---- Scanning into defined types (Go's scanOne uses reflection for these) ---- */

/* target_of returns the memory a pointer operand points to and its element type. */
static void *target_of(Value *args, const TypeDesc **elem)
{
    Box *b = args[0].p;
    void *ptr;
    memcpy(&ptr, b->data, sizeof ptr);
    *elem = b->type->elem;
    return ptr;
}

/* fmt.scanKind(arg any) int: the element kind of pointer [arg], -1 when it is not a
 * pointer, 0 for a nil pointer and for slices other than of bytes (which cannot be
 * scanned). */
static int fmt_scan_kind(G *g, Value *args)
{
    Box *b = args[0].p;
    if (!b)
        return gale_panic_str(g, "reflect: call of reflect.Value.Type on zero Value");
    int64_t k = -1;
    if (b->type->kind == TK_POINTER) {
        const TypeDesc *e = b->type->elem;
        void *ptr;
        memcpy(&ptr, b->data, sizeof ptr);
        k = e->kind;
        /* a nil pointer has no element to store into: Go's reflect Elem() is the invalid
         * Value, which scanOne reports as "can't scan type" (as for unsupported kinds) */
        if (!ptr || (k == TK_SLICE && e->elem->kind != TK_UINT8))
            k = 0;
    }
    args[0] = native_int(k);
    return 0;
}

/* fmt.storeInt(arg any, v int64): *arg = v, for an integer or bool element */
static int fmt_store_int(G *g, Value *args)
{
    const TypeDesc *t;
    uint8_t *m = target_of(args, &t);
    int64_t v = args[1].i;
    switch (t->size) {
    case 1: *(int8_t *)m = (int8_t)v; break;
    case 2: *(int16_t *)m = (int16_t)v; break;
    case 4: *(int32_t *)m = (int32_t)v; break;
    default: *(int64_t *)m = v;
    }
    return 0;
}

/* fmt.storeFloat(arg any, v float64) */
static int fmt_store_float(G *g, Value *args)
{
    const TypeDesc *t;
    uint8_t *m = target_of(args, &t);
    if (t->kind == TK_FLOAT32)
        *(float *)m = (float)args[1].f;
    else
        *(double *)m = args[1].f;
    return 0;
}

/* fmt.storeString(arg any, v string) and fmt.storeBytes(arg any, v []byte): one word */
static int fmt_store_word(G *g, Value *args)
{
    const TypeDesc *t;
    void **m = target_of(args, &t);
    GC_WRITE_BARRIER(m, args[1].p);
    *m = args[1].p;
    return 0;
}

const NativeDesc fmt_natives[] = {
    {"fmt.render", fmt_render},
    {"fmt.scanKind", fmt_scan_kind},
    {"fmt.storeInt", fmt_store_int},
    {"fmt.storeFloat", fmt_store_float},
    {"fmt.storeString", fmt_store_word},
    {"fmt.storeBytes", fmt_store_word},
    {NULL, NULL},
};
