/*
 * binary.c — the natives of package encoding/binary: the reflective part of Read, Write,
 * Size, Append, Encode and Decode, done by walking the type descriptor of the value held
 * in an interface instead of Go's reflect.
 *   dataSize(v, dec)     Go's dataSize(reflect.Indirect(v)): bytes of a fixed-size value
 *                        (a pointer is followed once; a slice counts len elements), or -1
 *                        when a part has no fixed size (int, uint, string, map, pointer...);
 *   encode(buf, big, v)  writes the value into buf (dataSize bytes), fields in order,
 *                        blank (_) fields as zeros;
 *   decode(buf, big, v)  reads buf into what v points to (a pointer or a slice), blank
 *                        fields left alone;
 *   scalarSizes(v)       the size of each scalar in the encoding, for byte orders other
 *                        than the package's own (binary.go converts each through them).
 * Values are plain bytes (no pointers), so writing them into Gale memory needs no care
 * from the collector.
 */
#include <string.h>

#include "stdlib/internal.h"

/* Bytes a value of type [t] takes in the encoding, or -1. */
static int64_t fixed_size(const TypeDesc *t)
{
    switch (t->kind) {
    case TK_BOOL:
    case TK_INT8:
    case TK_INT16:
    case TK_INT32:
    case TK_INT64:
    case TK_UINT8:
    case TK_UINT16:
    case TK_UINT32:
    case TK_UINT64:
    case TK_FLOAT32:
    case TK_FLOAT64:
    case TK_COMPLEX64:
    case TK_COMPLEX128:
        return t->size;
    case TK_ARRAY: {
        int64_t s = fixed_size(t->elem);
        return s < 0 ? -1 : s * t->len;
    }
    case TK_STRUCT: {
        int64_t sum = 0;
        for (int32_t i = 0; i < t->nfields; i++) {
            int64_t s = fixed_size(t->fields[i].type);
            if (s < 0)
                return -1;
            sum += s;
        }
        return sum;
    }
    default:
        return -1;
    }
}

/* The value inside box [b] after following one pointer: its type and memory; a slice
 * gives its element type, memory and length. False for nil and nil pointers. */
static bool target(Box *b, const TypeDesc **t, uint8_t **mem, int64_t *n, bool *slice)
{
    if (!b)
        return false;
    *t = b->type;
    *mem = b->data;
    if ((*t)->kind == TK_POINTER) {
        *mem = mem_load_ptr(b->data);
        *t = (*t)->elem;
        if (!*mem)
            return false;
    }
    *slice = (*t)->kind == TK_SLICE;
    *n = 1;
    if (*slice) {
        SliceObj *s = mem_load_ptr(*mem);
        *n = slice_len(s);
        *mem = s ? s->data : NULL;
        *t = (*t)->elem;
    }
    return true;
}

/* binary.dataSize(v any, decoding bool) int; decoding (Read, Decode) wants a pointer or
 * a slice, something it can store into. */
static int bin_data_size(G *g, Value *args)
{
    const TypeDesc *t;
    uint8_t *mem;
    int64_t n;
    bool slice;
    int64_t size = -1;
    Box *b = args[0].p;
    bool storable = b && (b->type->kind == TK_POINTER || b->type->kind == TK_SLICE);
    if ((storable || !args[1].i) && target(b, &t, &mem, &n, &slice)) {
        size = fixed_size(t);
        if (size >= 0)
            size *= n;
    }
    args[0] = native_int(size);
    return 0;
}

/* put/get copy one scalar of [size] bytes between Gale memory (host order, little endian
 * on the hosts Gale runs on) and the encoding in [big] or little endian. */
static void put_scalar(uint8_t *out, const uint8_t *mem, uint32_t size, bool big)
{
    for (uint32_t i = 0; i < size; i++)
        out[i] = big ? mem[size - 1 - i] : mem[i];
}

/* walk encodes (or with [dec], decodes) one value of type [t] at [mem] to/from buf at
 * *[off]. */
static void walk(const TypeDesc *t, uint8_t *mem, uint8_t *buf, int64_t *off, bool big,
                 bool dec)
{
    switch (t->kind) {
    case TK_ARRAY: {
        int64_t es = t->elem->size;
        for (int64_t i = 0; i < t->len; i++)
            walk(t->elem, mem + i * es, buf, off, big, dec);
        return;
    }
    case TK_STRUCT:
        for (int32_t i = 0; i < t->nfields; i++) {
            const FieldDesc *f = &t->fields[i];
            if (strcmp(f->name, "_") == 0) {
                *off += fixed_size(f->type); /* zeros when encoding, skipped decoding */
                continue;
            }
            walk(f->type, mem + f->offset, buf, off, big, dec);
        }
        return;
    case TK_BOOL:
        if (dec)
            mem[0] = buf[*off] != 0;
        else
            buf[*off] = mem[0] != 0;
        *off += 1;
        return;
    case TK_COMPLEX64:
    case TK_COMPLEX128: { /* real then imaginary part, each in byte order */
        uint32_t half = t->size / 2;
        for (int k = 0; k < 2; k++) {
            if (dec)
                put_scalar(mem + k * half, buf + *off, half, big);
            else
                put_scalar(buf + *off, mem + k * half, half, big);
            *off += half;
        }
        return;
    }
    default:
        if (dec)
            put_scalar(mem, buf + *off, t->size, big);
        else
            put_scalar(buf + *off, mem, t->size, big);
        *off += t->size;
        return;
    }
}

static int code(G *g, Value *args, bool dec)
{
    SliceObj *buf = args[0].p;
    bool big = args[1].i != 0;
    const TypeDesc *t;
    uint8_t *mem;
    int64_t n;
    bool slice;
    if (!target(args[2].p, &t, &mem, &n, &slice))
        return 0;
    int64_t es = fixed_size(t);
    if (es < 0 || es * n > slice_len(buf))
        return gale_panic_str(g, "binary: internal error: value does not fit its buffer");
    int64_t off = 0;
    for (int64_t i = 0; i < n; i++)
        walk(t, mem + i * (int64_t)t->size, buf->data, &off, big, dec);
    return 0;
}

/* binary.encode(buf []byte, big bool, v any) */
static int bin_encode(G *g, Value *args)
{
    return code(g, args, false);
}

/* binary.decode(buf []byte, big bool, v any) */
static int bin_decode(G *g, Value *args)
{
    return code(g, args, true);
}

/* sizes appends to [sb] the byte size of each scalar of a [t] in encoding order (a
 * complex number counts as its two halves). */
static void sizes(const TypeDesc *t, StrBuf *sb)
{
    switch (t->kind) {
    case TK_ARRAY:
        for (int64_t i = 0; i < t->len; i++)
            sizes(t->elem, sb);
        return;
    case TK_STRUCT:
        for (int32_t i = 0; i < t->nfields; i++)
            sizes(t->fields[i].type, sb);
        return;
    case TK_COMPLEX64:
    case TK_COMPLEX128:
        strbuf_putc(sb, (char)(t->size / 2));
        strbuf_putc(sb, (char)(t->size / 2));
        return;
    default:
        strbuf_putc(sb, (char)t->size);
        return;
    }
}

/* binary.scalarSizes(v any) string: one byte per scalar of the value dataSize measures,
 * its size, so that Gale code can apply a user's ByteOrder to each. */
static int bin_scalar_sizes(G *g, Value *args)
{
    const TypeDesc *t;
    uint8_t *mem;
    int64_t n;
    bool slice;
    StrBuf sb = {0};
    if (target(args[0].p, &t, &mem, &n, &slice) && fixed_size(t) >= 0)
        for (int64_t i = 0; i < n; i++)
            sizes(t, &sb);
    args[0] = native_string(g, sb.data, sb.len);
    strbuf_free(&sb);
    return 0;
}

/* binary.typeString(v any) string: reflect.TypeOf(v).String() */
static int bin_type_string(G *g, Value *args)
{
    Box *b = args[0].p;
    const char *s = b ? b->type->str : "<nil>";
    args[0] = native_string(g, s, strlen(s));
    return 0;
}

const NativeDesc binary_natives[] = {
    {"encoding/binary.dataSize", bin_data_size},
    {"encoding/binary.encode", bin_encode},
    {"encoding/binary.decode", bin_decode},
    {"encoding/binary.typeString", bin_type_string},
    {"encoding/binary.scalarSizes", bin_scalar_sizes},
    {NULL, NULL},
};
