/*
 * object.c — the VM's objects: strings, slices, boxes, closures and plain values; conversion
 * between register and memory forms; UTF-8; and the native API of api.h built on them.
 *
 * Invariants kept here (see value.h): a StrObj or SliceObj is never changed after it is
 * returned; the empty string is NULL; a slice header's cap elements are addressable from its
 * data pointer; every pointer word is written with a single 8-byte store (value_store,
 * copy_words), so a racing reader sees either the old or the new pointer, never a mix.
 */
#include "vm/vm.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

/* ---- GC layouts of the VM's own objects ---- */

static const uint8_t mask_word0 = 1;
static const uint8_t mask_all = 0xff;

static const GcLayout strobj_layout = {sizeof(StrObj), 1, &mask_word0, GCL_PREFIX};
static const GcLayout sliceobj_layout = {sizeof(SliceObj), 1, &mask_word0, 0};
static const GcLayout closure_layout = {8, 1, &mask_all, 0};

/* TypeVm is the VM's per-type data (TypeDesc.vm), made when a module is linked. */
typedef struct TypeVm {
    GcLayout layout;     /* a value of the type (arrays of it repeat it) */
    GcLayout box_layout; /* a Box holding the type */
    uint8_t *box_mask;
} TypeVm;

void vm_type_init(const TypeDesc *t);
void vm_type_init(const TypeDesc *t)
{
    if (t->vm)
        return;
    TypeVm *tv = xcalloc(1, sizeof(TypeVm));
    tv->layout.elem_size = t->size ? t->size : 1;
    tv->layout.ptr_words = t->ptrwords;
    tv->layout.mask = t->ptrwords ? t->ptrmask : NULL;
    uint32_t words = 1 + (t->size + 7) / 8;
    tv->box_mask = xcalloc(words / 8 + 1, 1);
    for (uint32_t w = 0; w < t->ptrwords; w++)
        if (t->ptrmask[w / 8] & (1u << (w % 8)))
            tv->box_mask[(w + 1) / 8] |= (uint8_t)(1u << ((w + 1) % 8));
    tv->box_layout.elem_size = 8 + ((t->size + 7) & ~7u);
    tv->box_layout.ptr_words = t->ptrwords ? t->ptrwords + 1 : 0;
    tv->box_layout.mask = tv->box_mask;
    tv->box_layout.flags = GCL_PREFIX;
    ((TypeDesc *)t)->vm = tv;
}

void vm_type_free(const TypeDesc *t);
void vm_type_free(const TypeDesc *t)
{
    TypeVm *tv = t->vm;
    if (!tv)
        return;
    free(tv->box_mask);
    free(tv);
    ((TypeDesc *)t)->vm = NULL;
}

const GcLayout *vm_layout(const TypeDesc *t)
{
    if (!t->vm)
        vm_type_init(t);
    const TypeVm *tv = t->vm;
    return t->ptrwords ? &tv->layout : NULL;
}

static const GcLayout *box_layout(const TypeDesc *t)
{
    if (!t->vm)
        vm_type_init(t);
    const TypeVm *tv = t->vm;
    return &tv->box_layout;
}

/* ---- Values in memory ---- */

Value value_load(const TypeDesc *t, const void *mem)
{
    Value v;
    v.u = 0;
    switch (t->kind) {
    case TK_BOOL:
    case TK_UINT8: v.u = *(const uint8_t *)mem; break;
    case TK_INT8: v.i = *(const int8_t *)mem; break;
    case TK_INT16: v.i = *(const int16_t *)mem; break;
    case TK_UINT16: v.u = *(const uint16_t *)mem; break;
    case TK_INT32: v.i = *(const int32_t *)mem; break;
    case TK_UINT32: v.u = *(const uint32_t *)mem; break;
    case TK_FLOAT32: v.f = *(const float *)mem; break;
    case TK_ARRAY:
    case TK_STRUCT: v.p = (void *)mem; break;
    default: v.u = *(const uint64_t *)mem; break;
    }
    return v;
}

/* copy_words copies [n] bytes between 8-aligned objects, pointer words with single stores. */
static void copy_words(void *dst, const void *src, size_t n)
{
    if (dst == src)
        return;
    uint64_t *d = dst;
    const uint64_t *s = src;
    size_t words = n / 8;
    if (d < s || d >= s + words) {
        for (size_t i = 0; i < words; i++)
            d[i] = s[i];
    } else {
        for (size_t i = words; i-- > 0;)
            d[i] = s[i];
    }
    if (n % 8)
        memmove((char *)dst + words * 8, (const char *)src + words * 8, n % 8);
}

void vm_copy_value(const TypeDesc *t, void *dst, const void *src);
void vm_copy_value(const TypeDesc *t, void *dst, const void *src)
{
    if ((((uintptr_t)dst | (uintptr_t)src) & 7) == 0)
        copy_words(dst, src, t->size);
    else
        memmove(dst, src, t->size);
}

void value_store(const TypeDesc *t, void *mem, Value v)
{
    switch (t->kind) {
    case TK_BOOL:
    case TK_UINT8:
    case TK_INT8: *(uint8_t *)mem = (uint8_t)v.u; break;
    case TK_INT16:
    case TK_UINT16: *(uint16_t *)mem = (uint16_t)v.u; break;
    case TK_INT32:
    case TK_UINT32: *(uint32_t *)mem = (uint32_t)v.u; break;
    case TK_FLOAT32: *(float *)mem = (float)v.f; break;
    case TK_ARRAY:
    case TK_STRUCT: vm_copy_value(t, mem, v.p); break;
    default: *(uint64_t *)mem = v.u; break;
    }
}

/* ---- Allocation ---- */

void *gale_new(G *g, const TypeDesc *t)
{
    return gc_alloc(g->cache, t->size, vm_layout(t));
}

void *gale_new_array(G *g, const TypeDesc *elem, int64_t n)
{
    return gc_alloc(g->cache, (size_t)elem->size * (size_t)n, vm_layout(elem));
}

void *gale_alloc_bytes(G *g, size_t n)
{
    return gc_alloc(g->cache, n, NULL);
}

StrObj *gale_string_alloc(G *g, size_t n, uint8_t **data)
{
    if (n == 0) {
        *data = NULL;
        return NULL;
    }
    /* noscan: the only pointer is to the string's own bytes, which keep nothing alive */
    StrObj *s = gc_alloc(g->cache, sizeof(StrObj) + n, NULL);
    uint8_t *d = (uint8_t *)(s + 1);
    s->data = d;
    s->len = (int64_t)n;
    *data = d;
    return s;
}

StrObj *gale_string(G *g, const void *src, size_t n)
{
    uint8_t *d;
    StrObj *s = gale_string_alloc(g, n, &d);
    if (n)
        memcpy(d, src, n);
    return s;
}

StrObj *gale_cstring(G *g, const char *s)
{
    return gale_string(g, s, strlen(s));
}

/* substring makes a view of [n] bytes of [s] from [off] (shares the bytes). */
StrObj *vm_substring(G *g, const StrObj *s, int64_t off, int64_t n);
StrObj *vm_substring(G *g, const StrObj *s, int64_t off, int64_t n)
{
    if (n == 0)
        return NULL;
    if (off == 0 && n == s->len)
        return (StrObj *)s;
    StrObj *r = gc_alloc(g->cache, sizeof(StrObj), &strobj_layout);
    r->data = s->data + off;
    r->len = n;
    return r;
}

SliceObj *gale_slice_view(G *g, void *data, int64_t len, int64_t cap)
{
    SliceObj *s = gc_alloc(g->cache, sizeof(SliceObj), &sliceobj_layout);
    s->data = data;
    s->len = len;
    s->cap = cap;
    return s;
}

SliceObj *gale_slice(G *g, const TypeDesc *elem, int64_t len, int64_t cap)
{
    void *data = gale_new_array(g, elem, cap);
    return gale_slice_view(g, data, len, cap);
}

Box *gale_box(G *g, const TypeDesc *t, const void *mem)
{
    Box *b = gc_alloc(g->cache, sizeof(Box) + t->size, box_layout(t));
    b->type = t;
    if (t->size)
        vm_copy_value(t, b->data, mem);
    return b;
}

Box *gale_box_value(G *g, const TypeDesc *t, Value v)
{
    Box *b = gc_alloc(g->cache, sizeof(Box) + t->size, box_layout(t));
    b->type = t;
    if (t->size)
        value_store(t, b->data, v);
    return b;
}

/* vm_closure_new makes a closure of [p] with [nup] captured slots (a method value's wrapper
 * declares none but holds its receiver in up[0]). */
Closure *vm_closure_new(G *g, const Proto *p, int nup);
Closure *vm_closure_new(G *g, const Proto *p, int nup)
{
    Closure *c = gc_alloc(g->cache, sizeof(Closure) + sizeof(void *) * (size_t)nup,
                          &closure_layout);
    c->proto = p;
    return c;
}

/* ---- Strings ---- */

StrObj *vm_concat(G *g, const StrObj *a, const StrObj *b)
{
    int64_t la = str_len(a), lb = str_len(b);
    if (la == 0)
        return (StrObj *)b;
    if (lb == 0)
        return (StrObj *)a;
    uint8_t *d;
    StrObj *s = gale_string_alloc(g, (size_t)(la + lb), &d);
    memcpy(d, a->data, (size_t)la);
    memcpy(d + la, b->data, (size_t)lb);
    return s;
}

StrObj *vm_concatn(G *g, const Value *parts, int n)
{
    int64_t total = 0;
    int nonempty = 0, last = -1;
    for (int i = 0; i < n; i++) {
        int64_t l = str_len(parts[i].p);
        total += l;
        if (l) {
            nonempty++;
            last = i;
        }
    }
    if (nonempty <= 1)
        return last >= 0 ? parts[last].p : NULL;
    uint8_t *d;
    StrObj *s = gale_string_alloc(g, (size_t)total, &d);
    for (int i = 0; i < n; i++) {
        const StrObj *p = parts[i].p;
        int64_t l = str_len(p);
        if (l) {
            memcpy(d, p->data, (size_t)l);
            d += l;
        }
    }
    return s;
}

int vm_strcmp(const StrObj *a, const StrObj *b)
{
    int64_t la = str_len(a), lb = str_len(b);
    int64_t n = la < lb ? la : lb;
    int c = n ? memcmp(a->data, b->data, (size_t)n) : 0;
    if (c)
        return c;
    return la < lb ? -1 : la > lb;
}

bool vm_streq(const StrObj *a, const StrObj *b)
{
    if (a == b)
        return true;
    int64_t la = str_len(a);
    if (la != str_len(b))
        return false;
    return a->data == b->data || memcmp(a->data, b->data, (size_t)la) == 0;
}

/* ---- UTF-8 ---- */

int32_t vm_decode_rune(const uint8_t *p, int64_t n, int *width)
{
    if (n <= 0) {
        *width = 0;
        return 0xFFFD;
    }
    uint8_t c0 = p[0];
    if (c0 < 0x80) {
        *width = 1;
        return c0;
    }
    *width = 1;
    if (c0 < 0xC2 || c0 > 0xF4)
        return 0xFFFD;
    if (c0 < 0xE0) {
        if (n < 2 || (p[1] & 0xC0) != 0x80)
            return 0xFFFD;
        *width = 2;
        return ((int32_t)(c0 & 0x1F) << 6) | (p[1] & 0x3F);
    }
    if (c0 < 0xF0) {
        if (n < 3 || (p[1] & 0xC0) != 0x80 || (p[2] & 0xC0) != 0x80)
            return 0xFFFD;
        if (c0 == 0xE0 && p[1] < 0xA0)
            return 0xFFFD; /* overlong */
        if (c0 == 0xED && p[1] > 0x9F)
            return 0xFFFD; /* surrogate */
        *width = 3;
        return ((int32_t)(c0 & 0x0F) << 12) | ((int32_t)(p[1] & 0x3F) << 6) | (p[2] & 0x3F);
    }
    if (n < 4 || (p[1] & 0xC0) != 0x80 || (p[2] & 0xC0) != 0x80 || (p[3] & 0xC0) != 0x80)
        return 0xFFFD;
    if (c0 == 0xF0 && p[1] < 0x90)
        return 0xFFFD;
    if (c0 == 0xF4 && p[1] > 0x8F)
        return 0xFFFD;
    *width = 4;
    return ((int32_t)(c0 & 0x07) << 18) | ((int32_t)(p[1] & 0x3F) << 12) |
           ((int32_t)(p[2] & 0x3F) << 6) | (p[3] & 0x3F);
}

int vm_encode_rune(uint8_t *buf, int32_t r)
{
    if (r < 0 || r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF))
        r = 0xFFFD;
    if (r < 0x80) {
        buf[0] = (uint8_t)r;
        return 1;
    }
    if (r < 0x800) {
        buf[0] = (uint8_t)(0xC0 | (r >> 6));
        buf[1] = (uint8_t)(0x80 | (r & 0x3F));
        return 2;
    }
    if (r < 0x10000) {
        buf[0] = (uint8_t)(0xE0 | (r >> 12));
        buf[1] = (uint8_t)(0x80 | ((r >> 6) & 0x3F));
        buf[2] = (uint8_t)(0x80 | (r & 0x3F));
        return 3;
    }
    buf[0] = (uint8_t)(0xF0 | (r >> 18));
    buf[1] = (uint8_t)(0x80 | ((r >> 12) & 0x3F));
    buf[2] = (uint8_t)(0x80 | ((r >> 6) & 0x3F));
    buf[3] = (uint8_t)(0x80 | (r & 0x3F));
    return 4;
}

StrObj *vm_rune_to_string(G *g, int64_t r)
{
    uint8_t buf[4];
    int32_t rr = (r < 0 || r > 0x10FFFF) ? 0xFFFD : (int32_t)r;
    int n = vm_encode_rune(buf, rr);
    return gale_string(g, buf, (size_t)n);
}

/* ---- Slices ---- */

static int64_t grow_cap(int64_t old_cap, int64_t needed, uint32_t esize, bool noscan)
{
    int64_t newcap = old_cap;
    int64_t doublecap = old_cap + old_cap;
    if (needed > doublecap) {
        newcap = needed;
    } else if (old_cap < 256) {
        newcap = doublecap;
    } else {
        while (newcap > 0 && newcap < needed)
            newcap += (newcap + 3 * 256) >> 2;
        if (newcap <= 0)
            newcap = needed;
    }
    if (esize == 0)
        return newcap;
    size_t bytes = runtime_roundupsize((size_t)newcap * esize, noscan);
    return (int64_t)(bytes / esize);
}

/* vm_grow returns a slice with room for [n] more elements (the contents copied). */
static SliceObj *grow_to(G *g, const TypeDesc *elem, SliceObj *s, int64_t n, uint8_t **data)
{
    int64_t len = slice_len(s), cap = s ? s->cap : 0;
    if (len + n <= cap) {
        *data = s->data;
        return s;
    }
    int64_t newcap = grow_cap(cap, len + n, elem->size, elem->ptrwords == 0);
    uint8_t *nd = gale_new_array(g, elem, newcap);
    if (len)
        copy_words(nd, s->data, (size_t)len * elem->size);
    *data = nd;
    return gale_slice_view(g, nd, len, newcap);
}

SliceObj *vm_append(G *g, const TypeDesc *elem, SliceObj *s, const Value *vals, int n)
{
    uint8_t *data;
    int64_t len = slice_len(s);
    SliceObj *t = grow_to(g, elem, s, n, &data);
    for (int i = 0; i < n; i++)
        value_store(elem, data + (size_t)(len + i) * elem->size, vals[i]);
    int64_t cap = t ? t->cap : 0;
    if (t == s && n == 0)
        return s;
    return gale_slice_view(g, data, len + n, cap);
}

SliceObj *vm_append_slice(G *g, const TypeDesc *elem, SliceObj *s, const void *src, int64_t n)
{
    if (n == 0)
        return s;
    uint8_t *data;
    int64_t len = slice_len(s);
    SliceObj *t = grow_to(g, elem, s, n, &data);
    size_t bytes = (size_t)n * elem->size;
    if (elem->ptrwords)
        copy_words(data + (size_t)len * elem->size, src, bytes);
    else
        memmove(data + (size_t)len * elem->size, src, bytes);
    return gale_slice_view(g, data, len + n, t->cap);
}

/* ---- Panics from natives ---- */

void vm_set_pending_panic(G *g, Box *v);

int gale_panic_value(G *g, Box *v)
{
    g->pending_panic = v;
    g->pending_panic_set = true;
    return 1;
}

int gale_panic_str(G *g, const char *msg)
{
    const TypeDesc *st = g->vm->module->well_known.string_type;
    StrObj *s = gale_cstring(g, msg);
    Value v;
    v.p = s;
    return gale_panic_value(g, gale_box_value(g, st, v));
}

int gale_panic_runtime(G *g, const char *fmt, ...)
{
    char buf[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    vm_runtime_error(g, "%s", buf);
    return 1;
}

/* ---- The VM ---- */

Vm *gale_vm(G *g)
{
    return g->vm;
}

const ModuleTypes *gale_types(G *g)
{
    return &g->vm->module->well_known;
}

SliceObj *gale_args(G *g)
{
    Vm *vm = g->vm;
    SliceObj *s = atomic_load(&vm->args);
    if (s)
        return s;
    const TypeDesc *st = vm->module->well_known.string_type;
    s = gale_slice(g, st, vm->argc, vm->argc);
    for (int i = 0; i < vm->argc; i++)
        ((StrObj **)s->data)[i] = gale_cstring(g, vm->argv[i]);
    SliceObj *none = NULL;
    if (!atomic_compare_exchange_strong(&vm->args, &none, s))
        s = none; /* another goroutine built it first: everyone sees one os.Args */
    return s;
}

int gale_exit(G *g, int code)
{
    vm_end_program(g->vm, code);
    return NATIVE_EXIT;
}

void gale_set_quiet(G *g, bool quiet)
{
    atomic_store(&g->vm->quiet, quiet);
}

static int64_t write_all(int fd, const char *p, size_t n)
{
    size_t left = n;
    while (left > 0) {
        ssize_t w = write(fd, p, left);
        if (w < 0) {
            if (errno == EINTR)
                continue;
            return -errno;
        }
        p += w;
        left -= (size_t)w;
    }
    return (int64_t)n;
}

int64_t gale_write(G *g, int fd, const void *buf, size_t n)
{
    Vm *vm = g->vm;
    if (fd != 1 && fd != 2)
        return write_all(fd, buf, n);
    if (atomic_load(&vm->quiet))
        return (int64_t)n;
    /* shared: writes proceed in parallel, each one whole; once the program is ending
     * (vm_close_output) they are dropped */
    pthread_rwlock_rdlock(&vm->out_lock);
    int64_t r = atomic_load(&vm->out_closed) ? (int64_t)n : write_all(fd, buf, n);
    pthread_rwlock_unlock(&vm->out_lock);
    return r;
}

const TypeDesc *gale_type_by_name(G *g, const char *str)
{
    const Module *m = g->vm->module;
    for (int i = 0; i < m->ntypes; i++)
        if (m->types[i]->str && strcmp(m->types[i]->str, str) == 0)
            return m->types[i];
    return NULL;
}
