/*
 * hash.c — hashing and equality of values in memory layout (value.h), by type: what map keys
 * and the == of interfaces, structs and arrays need. The byte and word hashes are in hash.h.
 *
 * How it works:
 *   1. vm_hash_mem walks the type: scalar kinds (ints, bools, pointers, chans) hash their
 *      bytes as one word; TF_SIMPLEKEY arrays and structs (equality is memcmp) hash their bytes
 *      with wyhash; strings hash their contents (NULL is ""); floats hash +0 and -0 alike and
 *      a NaN randomly (NaN != NaN, so it is never found again, and a fixed hash would pile
 *      every NaN into one probe chain); an interface hashes its dynamic type's address and its
 *      boxed value; other structs fold their non-blank fields and arrays their elements, in
 *      order, each hash seeding the next.
 *   2. value_equal_mem walks the same way with Go's rules: floats with ==, strings by
 *      contents, interfaces equal when their dynamic types are the same TypeDesc and their
 *      values are equal, blank (_) struct fields ignored.
 *
 * Invariant: value_equal_mem(t, a, b) implies vm_hash_mem(t, a, s) == vm_hash_mem(t, b, s).
 * Uncomparable dynamic types (slices, maps, funcs, structs holding them) found inside an
 * interface are reported through the out-parameter (left untouched otherwise) so that the
 * caller can panic with Go's message; different dynamic types compare unequal without a
 * panic, as in Go's efaceeq.
 *
 * Identical types must be the same TypeDesc (the compiler deduplicates them); TypeDesc.hash is
 * mixed in but not relied on. No state: the NaN hash draws on the cycle counter.
 */
#include <string.h>

#include "runtime/runtime.h"
#include "vm/hash.h"
#include "vm/vm.h"

/* ---- Entropy ---- */

uint64_t hash_entropy(void)
{
#if defined(__x86_64__) || defined(__i386__)
    return __builtin_ia32_rdtsc();
#elif defined(__aarch64__)
    uint64_t v;
    __asm__ __volatile__("mrs %0, cntvct_el0" : "=r"(v));
    return v;
#else
    return (uint64_t)nanotime();
#endif
}

/* ---- Hashing by type ---- */

static uint64_t load_scalar(const void *mem, uint32_t size)
{
    switch (size) {
    case 1:
        return *(const uint8_t *)mem;
    case 2: {
        uint16_t v;
        memcpy(&v, mem, 2);
        return v;
    }
    case 4: {
        uint32_t v;
        memcpy(&v, mem, 4);
        return v;
    }
    default: {
        uint64_t v;
        memcpy(&v, mem, 8);
        return v;
    }
    }
}

static uint64_t hash_f64(double f, const void *mem, uint64_t seed)
{
    if (f == 0)
        return hash_word(0, seed);
    if (f != f) /* NaN: any hash will do (it is never looked up); spread them */
        return hash_word(hash_entropy() ^ (uintptr_t)mem, seed ^ wyp[2]);
    uint64_t bits;
    memcpy(&bits, &f, 8);
    return hash_word(bits, seed);
}

static bool is_blank(const FieldDesc *f)
{
    return f->name && f->name[0] == '_' && f->name[1] == 0;
}

uint64_t vm_hash_mem(const TypeDesc *t, const void *mem, uint64_t seed,
                     const TypeDesc **unhashable)
{
    const uint8_t *p = mem;
    switch ((TypeKind)t->kind) {
    case TK_BOOL:
    case TK_INT:
    case TK_INT8:
    case TK_INT16:
    case TK_INT32:
    case TK_INT64:
    case TK_UINT:
    case TK_UINT8:
    case TK_UINT16:
    case TK_UINT32:
    case TK_UINT64:
    case TK_UINTPTR:
    case TK_POINTER:
    case TK_CHAN:
    case TK_UNSAFEPOINTER:
        return hash_word(load_scalar(mem, t->size), seed);
    case TK_FLOAT32: {
        float f;
        memcpy(&f, mem, 4);
        return hash_f64(f, mem, seed);
    }
    case TK_FLOAT64: {
        double f;
        memcpy(&f, mem, 8);
        return hash_f64(f, mem, seed);
    }
    case TK_COMPLEX64: {
        float re, im;
        memcpy(&re, p, 4);
        memcpy(&im, p + 4, 4);
        return hash_f64(im, mem, hash_f64(re, mem, seed));
    }
    case TK_COMPLEX128: {
        double re, im;
        memcpy(&re, p, 8);
        memcpy(&im, p + 8, 8);
        return hash_f64(im, mem, hash_f64(re, mem, seed));
    }
    case TK_STRING: {
        const StrObj *s = *(StrObj *const *)mem;
        return hash_bytes(str_data(s), (size_t)str_len(s), seed);
    }
    case TK_INTERFACE: {
        const Box *b = *(Box *const *)mem;
        if (!b)
            return hash_word(0, seed ^ wyp[3]);
        const TypeDesc *dt = b->type;
        if (!(dt->flags & TF_COMPARABLE)) {
            if (unhashable)
                *unhashable = dt;
            return 0;
        }
        return vm_hash_mem(dt, b->data, hash_word((uintptr_t)dt ^ dt->hash, seed), unhashable);
    }
    case TK_ARRAY:
        if (t->flags & TF_SIMPLEKEY)
            return hash_bytes(mem, t->size, seed);
        for (int64_t i = 0; i < t->len; i++)
            seed = vm_hash_mem(t->elem, p + i * (int64_t)t->elem->size, seed, unhashable);
        return seed;
    case TK_STRUCT:
        if (t->flags & TF_SIMPLEKEY)
            return hash_bytes(mem, t->size, seed);
        for (int32_t i = 0; i < t->nfields; i++) {
            const FieldDesc *f = &t->fields[i];
            if (!is_blank(f))
                seed = vm_hash_mem(f->type, p + f->offset, seed, unhashable);
        }
        return seed;
    case TK_SLICE:
    case TK_MAP:
    case TK_FUNC:
    case TK_INVALID:
    case TK__COUNT:
        break;
    }
    if (unhashable)
        *unhashable = t;
    return 0;
}

/* ---- Equality by type ---- */

bool value_equal_mem(const TypeDesc *t, const void *a, const void *b,
                     const TypeDesc **uncomparable)
{
    const uint8_t *pa = a, *pb = b;
    switch ((TypeKind)t->kind) {
    case TK_BOOL:
    case TK_INT:
    case TK_INT8:
    case TK_INT16:
    case TK_INT32:
    case TK_INT64:
    case TK_UINT:
    case TK_UINT8:
    case TK_UINT16:
    case TK_UINT32:
    case TK_UINT64:
    case TK_UINTPTR:
    case TK_POINTER:
    case TK_CHAN:
    case TK_UNSAFEPOINTER:
        return load_scalar(a, t->size) == load_scalar(b, t->size);
    case TK_FLOAT32: {
        float x, y;
        memcpy(&x, a, 4);
        memcpy(&y, b, 4);
        return x == y;
    }
    case TK_FLOAT64: {
        double x, y;
        memcpy(&x, a, 8);
        memcpy(&y, b, 8);
        return x == y;
    }
    case TK_COMPLEX64: {
        float x[2], y[2];
        memcpy(x, a, 8);
        memcpy(y, b, 8);
        return x[0] == y[0] && x[1] == y[1];
    }
    case TK_COMPLEX128: {
        double x[2], y[2];
        memcpy(x, a, 16);
        memcpy(y, b, 16);
        return x[0] == y[0] && x[1] == y[1];
    }
    case TK_STRING: {
        const StrObj *x = *(StrObj *const *)a, *y = *(StrObj *const *)b;
        if (x == y)
            return true;
        int64_t n = str_len(x);
        return n == str_len(y) && memcmp(str_data(x), str_data(y), (size_t)n) == 0;
    }
    case TK_INTERFACE: {
        const Box *x = *(Box *const *)a, *y = *(Box *const *)b;
        if (!x || !y)
            return x == y;
        if (x->type != y->type)
            return false;
        if (!(x->type->flags & TF_COMPARABLE)) {
            if (uncomparable)
                *uncomparable = x->type;
            return false;
        }
        return value_equal_mem(x->type, x->data, y->data, uncomparable);
    }
    case TK_ARRAY:
        if (t->flags & TF_SIMPLEKEY)
            return memcmp(a, b, t->size) == 0;
        for (int64_t i = 0; i < t->len; i++) {
            int64_t off = i * (int64_t)t->elem->size;
            if (!value_equal_mem(t->elem, pa + off, pb + off, uncomparable))
                return false;
        }
        return true;
    case TK_STRUCT:
        if (t->flags & TF_SIMPLEKEY)
            return memcmp(a, b, t->size) == 0;
        for (int32_t i = 0; i < t->nfields; i++) {
            const FieldDesc *f = &t->fields[i];
            if (!is_blank(f) && !value_equal_mem(f->type, pa + f->offset, pb + f->offset,
                                                 uncomparable))
                return false;
        }
        return true;
    case TK_SLICE:
    case TK_MAP:
    case TK_FUNC:
        /* Only comparable with nil; reached through an interface it was reported above. */
        return *(void *const *)a == *(void *const *)b;
    case TK_INVALID:
    case TK__COUNT:
        break;
    }
    if (uncomparable)
        *uncomparable = t;
    return false;
}
