/*
 * types.c — construction, identity, layout and printing of Go types (see types.h).
 *
 * Hash-consing: every composite type goes through intern_type(), which hashes the type's
 * identity-relevant parts (kind, identity representatives of its components, length, field
 * names/tags/embedding, method names/signatures) and returns an existing identical Type when
 * there is one. Components are compared by their identity representative (t->ident), which
 * maps the aliases byte, rune and any to uint8, int32 and interface{}. The first spelling
 * created is kept for printing ([]byte stays "[]byte").
 *
 * Interfaces are completed (embedded method sets merged, methods sorted by name) before they
 * are interned, so interface identity is also pointer identity.
 */
#include "compiler/types.h"

#include <stdlib.h>
#include <string.h>

#define TYPE_BUCKETS 4096

typedef struct TypeState {
    Type *basic[TY_TUPLE + 1];
    Type *byte_t, *rune_t, *any_t, *error_t, *empty_iface;
    Type *buckets[TYPE_BUCKETS];
    int64_t next_id;
} TypeState;

static Type *new_type(Compiler *c, TyKind k)
{
    Type *t = ARENA_NEW(&c->arena, Type);
    t->kind = (uint8_t)k;
    t->ident = t;
    t->size = -1;
    t->id = c->types->next_id++;
    return t;
}

static const char *const basic_names[] = {
    [TY_BOOL] = "bool",       [TY_INT] = "int",         [TY_INT8] = "int8",
    [TY_INT16] = "int16",     [TY_INT32] = "int32",     [TY_INT64] = "int64",
    [TY_UINT] = "uint",       [TY_UINT8] = "uint8",     [TY_UINT16] = "uint16",
    [TY_UINT32] = "uint32",   [TY_UINT64] = "uint64",   [TY_UINTPTR] = "uintptr",
    [TY_FLOAT32] = "float32", [TY_FLOAT64] = "float64", [TY_COMPLEX64] = "complex64",
    [TY_COMPLEX128] = "complex128", [TY_STRING] = "string",
    [TY_UNSAFEPOINTER] = "unsafe.Pointer", [TY_UNTYPED_BOOL] = "untyped bool",
    [TY_UNTYPED_INT] = "untyped int", [TY_UNTYPED_RUNE] = "untyped rune",
    [TY_UNTYPED_FLOAT] = "untyped float", [TY_UNTYPED_STRING] = "untyped string",
    [TY_UNTYPED_NIL] = "untyped nil",
};

void types_init(Compiler *c)
{
    TypeState *ts = ARENA_NEW(&c->arena, TypeState);
    c->types = ts;
    for (int k = TY_BOOL; k <= TY_UNTYPED_NIL; k++) {
        Type *t = new_type(c, (TyKind)k);
        t->str = basic_names[k];
        ts->basic[k] = t;
    }
    ts->byte_t = new_type(c, TY_UINT8);
    ts->byte_t->ident = ts->basic[TY_UINT8];
    ts->byte_t->str = "byte";
    ts->rune_t = new_type(c, TY_INT32);
    ts->rune_t->ident = ts->basic[TY_INT32];
    ts->rune_t->str = "rune";
    ts->empty_iface = type_interface(c, NULL, 0, NULL, 0);
    ts->any_t = new_type(c, TY_INTERFACE);
    ts->any_t->ident = ts->empty_iface;
    ts->any_t->iface_complete = true;
    ts->any_t->str = "any";
}

Type *type_basic(Compiler *c, TyKind k)
{
    return c->types->basic[k];
}

Type *type_byte(Compiler *c)
{
    return c->types->byte_t;
}

Type *type_rune(Compiler *c)
{
    return c->types->rune_t;
}

Type *type_any(Compiler *c)
{
    return c->types->any_t;
}

Type *type_error(Compiler *c)
{
    return c->types->error_t;
}

/* types_set_error records the predeclared error type (built by the universe setup). */
void types_set_error(Compiler *c, Type *t);
void types_set_error(Compiler *c, Type *t)
{
    c->types->error_t = t;
}

/* ---- Hash-consing ---- */

static uint32_t mix(uint32_t h, uint64_t v)
{
    h ^= (uint32_t)v + 0x9e3779b9u + (h << 6) + (h >> 2);
    h ^= (uint32_t)(v >> 32) + 0x9e3779b9u + (h << 6) + (h >> 2);
    return h;
}

static uint32_t mix_str(uint32_t h, const char *s)
{
    /* names are interned: their address identifies them */
    return mix(h, (uint64_t)(uintptr_t)s);
}

static Type *ident(Type *t)
{
    return t ? t->ident : NULL;
}

static uint32_t hash_type(const Type *t)
{
    uint32_t h = mix(0, t->kind);
    h = mix(h, (uintptr_t)ident(t->elem));
    h = mix(h, (uintptr_t)ident(t->key));
    h = mix(h, (uint64_t)t->len);
    h = mix(h, t->dir);
    h = mix(h, t->variadic);
    for (int i = 0; i < t->nfields; i++) {
        h = mix_str(h, t->fields[i].name);
        h = mix(h, (uintptr_t)ident(t->fields[i].type));
        h = mix(h, t->fields[i].embedded);
    }
    for (int i = 0; i < t->nparams; i++)
        h = mix(h, (uintptr_t)ident(t->params[i]));
    for (int i = 0; i < t->nresults; i++)
        h = mix(h, (uintptr_t)ident(t->results[i]) + 7);
    for (int i = 0; i < t->nmethods; i++) {
        h = mix_str(h, t->methods[i].name);
        h = mix(h, (uintptr_t)ident(t->methods[i].sig));
    }
    return h;
}

static bool str_eq(const char *a, const char *b)
{
    if (a == b)
        return true;
    if (!a || !b)
        return false;
    return strcmp(a, b) == 0;
}

static bool same_structure(const Type *a, const Type *b)
{
    if (a->kind != b->kind || ident(a->elem) != ident(b->elem) ||
        ident(a->key) != ident(b->key) || a->len != b->len || a->dir != b->dir ||
        a->variadic != b->variadic || a->nfields != b->nfields || a->nparams != b->nparams ||
        a->nresults != b->nresults || a->nmethods != b->nmethods)
        return false;
    for (int i = 0; i < a->nfields; i++) {
        const Field *x = &a->fields[i], *y = &b->fields[i];
        if (x->name != y->name || ident(x->type) != ident(y->type) ||
            x->embedded != y->embedded || !str_eq(x->tag, y->tag) || x->pkg != y->pkg)
            return false;
    }
    for (int i = 0; i < a->nparams; i++)
        if (ident(a->params[i]) != ident(b->params[i]))
            return false;
    for (int i = 0; i < a->nresults; i++)
        if (ident(a->results[i]) != ident(b->results[i]))
            return false;
    for (int i = 0; i < a->nmethods; i++) {
        const IMethod *x = &a->methods[i], *y = &b->methods[i];
        if (x->name != y->name || ident(x->sig) != ident(y->sig) || x->pkg != y->pkg)
            return false;
    }
    return true;
}

/* intern_type returns the canonical Type identical to the candidate [t]. A candidate on the
 * stack (a probe) is never adopted: when it is new, intern_type returns the probe itself,
 * and the caller makes a real Type and interns that one. */
static Type *intern_type(Compiler *c, Type *t)
{
    TypeState *ts = c->types;
    uint32_t h = hash_type(t);
    uint32_t b = h & (TYPE_BUCKETS - 1);
    for (Type *e = ts->buckets[b]; e; e = e->hnext)
        if (e->hash == h && same_structure(e, t))
            return e;
    if (t->ident == NULL)
        return t; /* a probe: see above */
    t->hash = h;
    t->hnext = ts->buckets[b];
    ts->buckets[b] = t;
    return t;
}

Type *type_pointer(Compiler *c, Type *elem)
{
    if (elem->ptr_to)
        return elem->ptr_to;
    Type tmp = {.kind = TY_POINTER, .elem = elem};
    Type *t = intern_type(c, &tmp);
    if (t == &tmp) {
        t = new_type(c, TY_POINTER);
        t->elem = elem;
        t = intern_type(c, t);
    }
    elem->ptr_to = t;
    return t;
}

/* make_simple builds and interns a type with only elem/key/len/dir set. */
static Type *make_simple(Compiler *c, TyKind k, Type *elem, Type *key, int64_t len, int dir)
{
    Type tmp = {.kind = (uint8_t)k, .elem = elem, .key = key, .len = len, .dir = (uint8_t)dir};
    Type *t = intern_type(c, &tmp);
    if (t != &tmp)
        return t;
    t = new_type(c, k);
    t->elem = elem;
    t->key = key;
    t->len = len;
    t->dir = (uint8_t)dir;
    return intern_type(c, t);
}

Type *type_slice(Compiler *c, Type *elem)
{
    if (elem->slice_of)
        return elem->slice_of;
    Type *t = make_simple(c, TY_SLICE, elem, NULL, 0, 0);
    elem->slice_of = t;
    return t;
}

Type *type_array(Compiler *c, Type *elem, int64_t len)
{
    return make_simple(c, TY_ARRAY, elem, NULL, len, 0);
}

Type *type_map(Compiler *c, Type *key, Type *elem)
{
    return make_simple(c, TY_MAP, elem, key, 0, 0);
}

Type *type_chan(Compiler *c, Type *elem, int dir)
{
    return make_simple(c, TY_CHAN, elem, NULL, 0, dir);
}

Type *type_struct(Compiler *c, Field *fields, int n)
{
    Type tmp = {.kind = TY_STRUCT, .fields = fields, .nfields = n};
    Type *t = intern_type(c, &tmp);
    if (t != &tmp)
        return t;
    t = new_type(c, TY_STRUCT);
    t->fields = ARENA_ARRAY(&c->arena, Field, n);
    if (n)
        copy_bytes(t->fields, fields, sizeof(Field) * (size_t)n);
    t->nfields = n;
    return intern_type(c, t);
}

Type *type_func(Compiler *c, Type **params, int np, Type **results, int nr, bool variadic)
{
    Type tmp = {.kind = TY_FUNC, .params = params, .nparams = np, .results = results,
                .nresults = nr, .variadic = variadic};
    Type *t = intern_type(c, &tmp);
    if (t != &tmp)
        return t;
    t = new_type(c, TY_FUNC);
    t->params = ARENA_ARRAY(&c->arena, Type *, np);
    t->results = ARENA_ARRAY(&c->arena, Type *, nr);
    if (np)
        copy_bytes(t->params, params, sizeof(Type *) * (size_t)np);
    if (nr)
        copy_bytes(t->results, results, sizeof(Type *) * (size_t)nr);
    t->nparams = np;
    t->nresults = nr;
    t->variadic = variadic;
    return intern_type(c, t);
}

Type *type_tuple(Compiler *c, Type **elems, int n)
{
    Type tmp = {.kind = TY_TUPLE, .results = elems, .nresults = n};
    Type *t = intern_type(c, &tmp);
    if (t != &tmp)
        return t;
    t = new_type(c, TY_TUPLE);
    t->results = ARENA_ARRAY(&c->arena, Type *, n);
    if (n)
        copy_bytes(t->results, elems, sizeof(Type *) * (size_t)n);
    t->nresults = n;
    return intern_type(c, t);
}

static int cmp_imethod(const void *a, const void *b)
{
    const IMethod *x = a, *y = b;
    int r = strcmp(x->name, y->name);
    if (r)
        return r;
    /* same name from different packages (unexported): order by package path */
    const char *px = x->pkg ? x->pkg->path : "", *py = y->pkg ? y->pkg->path : "";
    return strcmp(px, py);
}

Type *type_interface(Compiler *c, IMethod *methods, int n, Type **embeds, int nembeds)
{
    /* Collect the complete method set: explicit methods plus those of embedded interfaces
     * (already complete: the checker resolves embedded types first). Duplicates with
     * identical signatures merge (Go 1.14); the checker reports conflicting ones. */
    VEC(IMethod) all = {0};
    for (int i = 0; i < n; i++)
        VEC_PUSH(all, methods[i]);
    for (int e = 0; e < nembeds; e++) {
        Type *u = type_under(embeds[e]);
        if (!u || u->kind != TY_INTERFACE)
            continue;
        for (int i = 0; i < u->nmethods; i++) {
            bool dup = false;
            for (int j = 0; j < all.len; j++)
                if (all.items[j].name == u->methods[i].name &&
                    all.items[j].pkg == u->methods[i].pkg)
                    dup = true;
            if (!dup)
                VEC_PUSH(all, u->methods[i]);
        }
    }
    if (all.len > 1)
        qsort(all.items, (size_t)all.len, sizeof(IMethod), cmp_imethod);
    Type tmp = {.kind = TY_INTERFACE, .methods = all.items, .nmethods = all.len};
    Type *t = intern_type(c, &tmp);
    if (t == &tmp) {
        t = new_type(c, TY_INTERFACE);
        t->methods = ARENA_ARRAY(&c->arena, IMethod, all.len);
        if (all.len)
            copy_bytes(t->methods, all.items, sizeof(IMethod) * (size_t)all.len);
        t->nmethods = all.len;
        t->iface_complete = true;
        t = intern_type(c, t);
    }
    VEC_FREE(all);
    return t;
}

void type_complete_interface(Compiler *c, Type *t)
{
    (void)c;
    (void)t; /* interfaces are complete on construction */
}

Type *type_named(Compiler *c, Sym *obj)
{
    Type *t = new_type(c, TY_NAMED);
    t->obj = obj;
    return t;
}

IMethod *type_iface_method(Type *iface, const char *name)
{
    Type *u = type_under(iface);
    if (!u || u->kind != TY_INTERFACE)
        return NULL;
    for (int i = 0; i < u->nmethods; i++)
        if (u->methods[i].name == name)
            return &u->methods[i];
    return NULL;
}

/* ---- Predicates ---- */

Type *type_under(Type *t)
{
    if (!t)
        return NULL;
    if (t->kind == TY_NAMED)
        return t->underlying ? t->underlying->ident : NULL;
    return t->ident;
}

bool type_identical(Type *a, Type *b)
{
    return a && b && a->ident == b->ident;
}

bool type_is_named(Type *t)
{
    return t && (t->kind == TY_NAMED || t->kind <= TY_UNSAFEPOINTER);
}

bool type_is_untyped(Type *t)
{
    return t && t->kind >= TY_UNTYPED_BOOL && t->kind <= TY_UNTYPED_NIL;
}

static TyKind ukind(Type *t)
{
    Type *u = type_under(t);
    return u ? (TyKind)u->kind : TY_INVALID;
}

bool type_is_integer(Type *t)
{
    TyKind k = ukind(t);
    return (k >= TY_INT && k <= TY_UINTPTR) || k == TY_UNTYPED_INT || k == TY_UNTYPED_RUNE;
}

bool type_is_unsigned(Type *t)
{
    TyKind k = ukind(t);
    return k >= TY_UINT && k <= TY_UINTPTR;
}

bool type_is_float(Type *t)
{
    TyKind k = ukind(t);
    return k == TY_FLOAT32 || k == TY_FLOAT64 || k == TY_UNTYPED_FLOAT;
}

bool type_is_numeric(Type *t)
{
    TyKind k = ukind(t);
    return (k >= TY_INT && k <= TY_COMPLEX128) || k == TY_UNTYPED_INT ||
           k == TY_UNTYPED_RUNE || k == TY_UNTYPED_FLOAT;
}

bool type_is_string(Type *t)
{
    TyKind k = ukind(t);
    return k == TY_STRING || k == TY_UNTYPED_STRING;
}

bool type_is_boolean(Type *t)
{
    TyKind k = ukind(t);
    return k == TY_BOOL || k == TY_UNTYPED_BOOL;
}

bool type_is_interface(Type *t)
{
    return ukind(t) == TY_INTERFACE;
}

bool type_is_aggregate(Type *t)
{
    TyKind k = ukind(t);
    return k == TY_STRUCT || k == TY_ARRAY;
}

bool type_is_pointer_like(Type *t)
{
    TyKind k = ukind(t);
    return k == TY_STRING || k == TY_SLICE || k == TY_MAP || k == TY_CHAN || k == TY_FUNC ||
           k == TY_POINTER || k == TY_INTERFACE || k == TY_UNSAFEPOINTER ||
           k == TY_STRUCT || k == TY_ARRAY || k == TY_UNTYPED_NIL;
}

bool type_comparable(Type *t)
{
    Type *u = type_under(t);
    if (!u)
        return true; /* an invalid type (earlier error): no follow-on errors */
    switch (u->kind) {
    case TY_SLICE:
    case TY_MAP:
    case TY_FUNC:
        return false;
    case TY_ARRAY:
        return type_comparable(u->elem);
    case TY_STRUCT:
        for (int i = 0; i < u->nfields; i++)
            if (!type_comparable(u->fields[i].type))
                return false;
        return true;
    default:
        return true;
    }
}

bool type_is_ordered(Type *t)
{
    TyKind k = ukind(t);
    return (k >= TY_INT && k <= TY_FLOAT64) || k == TY_STRING || k == TY_UNTYPED_INT ||
           k == TY_UNTYPED_RUNE || k == TY_UNTYPED_FLOAT || k == TY_UNTYPED_STRING;
}

bool type_has_nil(Type *t)
{
    TyKind k = ukind(t);
    return k == TY_POINTER || k == TY_SLICE || k == TY_MAP || k == TY_CHAN || k == TY_FUNC ||
           k == TY_INTERFACE || k == TY_UNSAFEPOINTER || k == TY_UNTYPED_NIL;
}

int type_int_bits(Type *t)
{
    switch (ukind(t)) {
    case TY_INT8:
    case TY_UINT8: return 8;
    case TY_INT16:
    case TY_UINT16: return 16;
    case TY_INT32:
    case TY_UINT32:
    case TY_UNTYPED_RUNE: return 32;
    default: return 64;
    }
}

TyKind type_default_kind(TyKind k)
{
    switch (k) {
    case TY_UNTYPED_BOOL: return TY_BOOL;
    case TY_UNTYPED_INT: return TY_INT;
    case TY_UNTYPED_RUNE: return TY_INT32;
    case TY_UNTYPED_FLOAT: return TY_FLOAT64;
    case TY_UNTYPED_STRING: return TY_STRING;
    default: return k;
    }
}

Type *type_default(Compiler *c, Type *t)
{
    if (!type_is_untyped(t))
        return t;
    if (t->kind == TY_UNTYPED_RUNE)
        return c->types->rune_t;
    if (t->kind == TY_UNTYPED_NIL)
        return t;
    return type_basic(c, type_default_kind((TyKind)t->kind));
}

/* ---- Layout ---- */

static void layout(Compiler *c, Type *t)
{
    if (t->layout_done)
        return;
    t->layout_done = true; /* recursion through pointers never needs the pointee's size */
    Type *u = type_under(t);
    int64_t size = 8, align = 8;
    if (!u) {
        size = 8;
    } else {
        switch (u->kind) {
        case TY_BOOL:
        case TY_INT8:
        case TY_UINT8: size = align = 1; break;
        case TY_INT16:
        case TY_UINT16: size = align = 2; break;
        case TY_INT32:
        case TY_UINT32:
        case TY_FLOAT32: size = align = 4; break;
        case TY_COMPLEX64: size = 8, align = 4; break;
        case TY_COMPLEX128: size = 16, align = 8; break;
        case TY_ARRAY: {
            int64_t es = type_size(c, u->elem);
            align = type_align(c, u->elem);
            size = es * u->len;
            break;
        }
        case TY_STRUCT: {
            int64_t off = 0;
            align = 1;
            for (int i = 0; i < u->nfields; i++) {
                Field *f = &u->fields[i];
                int64_t a = type_align(c, f->type);
                off = (off + a - 1) & ~(a - 1);
                f->offset = off;
                off += type_size(c, f->type);
                if (a > align)
                    align = a;
            }
            /* Go pads a struct ending in a zero-size field so that &last is not past the
             * object; we only need natural rounding. */
            size = (off + align - 1) & ~(align - 1);
            break;
        }
        default: size = align = 8; break;
        }
    }
    t->size = size;
    t->align = align;
    if (t != u && u) {
        u->size = size;
        u->align = align;
        u->layout_done = true;
    }
}

int64_t type_size(Compiler *c, Type *t)
{
    if (!t->layout_done || t->size < 0) {
        t->layout_done = false;
        layout(c, t);
    }
    return t->size;
}

int64_t type_align(Compiler *c, Type *t)
{
    if (!t->layout_done || t->size < 0) {
        t->layout_done = false;
        layout(c, t);
    }
    return t->align;
}

/* ---- Printing ---- */

static void write_type(Compiler *c, StrBuf *b, Type *t, bool rt);

static void write_sig(Compiler *c, StrBuf *b, Type *t, bool rt)
{
    strbuf_putc(b, '(');
    for (int i = 0; i < t->nparams; i++) {
        if (i)
            strbuf_puts(b, ", ");
        if (t->variadic && i == t->nparams - 1) {
            strbuf_puts(b, "...");
            write_type(c, b, t->params[i]->elem, rt);
        } else {
            write_type(c, b, t->params[i], rt);
        }
    }
    strbuf_putc(b, ')');
    if (t->nresults == 1) {
        strbuf_putc(b, ' ');
        write_type(c, b, t->results[0], rt);
    } else if (t->nresults > 1) {
        strbuf_puts(b, " (");
        for (int i = 0; i < t->nresults; i++) {
            if (i)
                strbuf_puts(b, ", ");
            write_type(c, b, t->results[i], rt);
        }
        strbuf_putc(b, ')');
    }
}

static void write_type(Compiler *c, StrBuf *b, Type *t, bool rt)
{
    if (!t) {
        strbuf_puts(b, "invalid type");
        return;
    }
    switch (t->kind) {
    case TY_NAMED: {
        Package *p = t->obj ? t->obj->pkg : NULL;
        /* types2 qualifies names of other packages than main; reflect always qualifies */
        if (p && (rt || strcmp(p->path, "main") != 0)) {
            strbuf_puts(b, p->name);
            strbuf_putc(b, '.');
        }
        strbuf_puts(b, t->obj ? t->obj->name : "?");
        return;
    }
    case TY_POINTER:
        strbuf_putc(b, '*');
        write_type(c, b, t->elem, rt);
        return;
    case TY_SLICE:
        strbuf_puts(b, "[]");
        write_type(c, b, t->elem, rt);
        return;
    case TY_ARRAY:
        strbuf_printf(b, "[%lld]", (long long)t->len);
        write_type(c, b, t->elem, rt);
        return;
    case TY_MAP:
        strbuf_puts(b, "map[");
        write_type(c, b, t->key, rt);
        strbuf_putc(b, ']');
        write_type(c, b, t->elem, rt);
        return;
    case TY_CHAN:
        if (t->dir == CHAN_RECV)
            strbuf_puts(b, "<-chan ");
        else if (t->dir == CHAN_SEND)
            strbuf_puts(b, "chan<- ");
        else
            strbuf_puts(b, "chan ");
        /* chan (<-chan T) needs parentheses */
        if (t->dir != CHAN_SEND && t->elem && t->elem->kind == TY_CHAN &&
            t->elem->dir == CHAN_RECV) {
            strbuf_putc(b, '(');
            write_type(c, b, t->elem, rt);
            strbuf_putc(b, ')');
        } else {
            write_type(c, b, t->elem, rt);
        }
        return;
    case TY_FUNC:
        strbuf_puts(b, "func");
        write_sig(c, b, t, rt);
        return;
    case TY_TUPLE:
        strbuf_putc(b, '(');
        for (int i = 0; i < t->nresults; i++) {
            if (i)
                strbuf_puts(b, ", ");
            write_type(c, b, t->results[i], rt);
        }
        strbuf_putc(b, ')');
        return;
    case TY_STRUCT:
        strbuf_puts(b, rt ? "struct {" : "struct{");
        for (int i = 0; i < t->nfields; i++) {
            Field *f = &t->fields[i];
            strbuf_puts(b, i ? "; " : (rt ? " " : ""));
            if (!f->embedded) {
                strbuf_puts(b, f->name);
                strbuf_putc(b, ' ');
            }
            write_type(c, b, f->type, rt);
            if (f->tag) {
                /* printed quoted, as strconv.Quote would */
                strbuf_puts(b, " \"");
                for (const char *p = f->tag; *p; p++) {
                    if (*p == '"' || *p == '\\')
                        strbuf_putc(b, '\\');
                    strbuf_putc(b, *p);
                }
                strbuf_putc(b, '"');
            }
        }
        strbuf_puts(b, rt && t->nfields ? " }" : "}");
        return;
    case TY_INTERFACE:
        if (t == c->types->any_t && !rt) {
            strbuf_puts(b, "any");
            return;
        }
        if (t->nmethods == 0) {
            strbuf_puts(b, rt ? "interface {}" : "interface{}");
            return;
        }
        strbuf_puts(b, rt ? "interface { " : "interface{");
        for (int i = 0; i < t->nmethods; i++) {
            if (i)
                strbuf_puts(b, "; ");
            strbuf_puts(b, t->methods[i].name);
            write_sig(c, b, t->methods[i].sig, rt);
        }
        strbuf_puts(b, rt ? " }" : "}");
        return;
    default:
        if (rt && (t == c->types->byte_t || t == c->types->rune_t)) {
            strbuf_puts(b, basic_names[t->kind]);
            return;
        }
        if (rt && t == c->types->any_t) {
            strbuf_puts(b, "interface {}");
            return;
        }
        strbuf_puts(b, t->str ? t->str : "?");
        return;
    }
}

const char *type_string(Compiler *c, Type *t)
{
    if (t && t->str && t->kind != TY_NAMED)
        return t->str;
    StrBuf b = {0};
    write_type(c, &b, t, false);
    const char *s = arena_strndup(&c->arena, strbuf_cstr(&b), b.len);
    strbuf_free(&b);
    if (t && t->kind != TY_NAMED)
        t->str = s;
    return s;
}

const char *type_rtstring(Compiler *c, Type *t)
{
    StrBuf b = {0};
    write_type(c, &b, t, true);
    const char *s = arena_strndup(&c->arena, strbuf_cstr(&b), b.len);
    strbuf_free(&b);
    return s;
}
