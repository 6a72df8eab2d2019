/*
 * map_test.c — unit tests of vm/map.c and vm/hash.c: Go map semantics (NaN and ±0 keys,
 * interface keys, unhashable keys, padding), growth, clear, iteration guarantees (every entry
 * once, deletions and insertions during iteration, random order) and a 1M-key stress test.
 *
 * TypeDescs are built by hand here as the compiler would (kind, size, align, flags, ptrmask),
 * and a G is made by hand (only its allocation cache is used by map.c), so the tests need
 * nothing from the interpreter.
 */
#include <criterion/criterion.h>
#include <criterion/new/assert.h>
#include <math.h>
#include <pthread.h>
#include <stdio.h>
#include <string.h>

#include "runtime/runtime.h"
#include "vm/vm.h"

/* ---- Fixtures: types, strings, boxes ---- */

static const uint8_t mask1[] = {0x01};
static const uint8_t mask_word2[] = {0x04};
static const uint8_t mask_none[] = {0x00};

#define SCALAR(k, sz, name_)                                                                 \
    {.kind = (k), .align = (sz), .size = (sz), .flags = TF_COMPARABLE | TF_SIMPLEKEY,       \
     .ptrmask = mask_none, .str = (name_), .name = (name_)}

static const TypeDesc t_int64 = SCALAR(TK_INT64, 8, "int64");
static const TypeDesc t_int = SCALAR(TK_INT, 8, "int");
static const TypeDesc t_int32 = SCALAR(TK_INT32, 4, "int32");
static const TypeDesc t_int8 = SCALAR(TK_INT8, 1, "int8");
static const TypeDesc t_bool = SCALAR(TK_BOOL, 1, "bool");
static const TypeDesc t_float64 = {.kind = TK_FLOAT64, .align = 8, .size = 8,
                                   .flags = TF_COMPARABLE, .ptrmask = mask_none,
                                   .str = "float64"};
static const TypeDesc t_float32 = {.kind = TK_FLOAT32, .align = 4, .size = 4,
                                   .flags = TF_COMPARABLE, .ptrmask = mask_none,
                                   .str = "float32"};
static const TypeDesc t_string = {.kind = TK_STRING, .align = 8, .size = 8,
                                  .flags = TF_COMPARABLE | TF_HASPTR, .ptrwords = 1,
                                  .ptrmask = mask1, .str = "string"};
static const TypeDesc t_iface = {.kind = TK_INTERFACE, .align = 8, .size = 8,
                                 .flags = TF_COMPARABLE | TF_HASPTR, .ptrwords = 1,
                                 .ptrmask = mask1, .str = "interface {}"};
static const TypeDesc t_slice_int = {.kind = TK_SLICE, .align = 8, .size = 8,
                                     .flags = TF_HASPTR, .ptrwords = 1, .ptrmask = mask1,
                                     .elem = &t_int, .str = "[]int"};

/* struct { a int8; _ int8; b int64; s string }: padding after a and the blank field */
static const FieldDesc padded_fields[] = {
    {.name = "a", .type = &t_int8, .offset = 0},
    {.name = "_", .type = &t_int8, .offset = 1},
    {.name = "b", .type = &t_int64, .offset = 8},
    {.name = "s", .type = &t_string, .offset = 16},
};
static const TypeDesc t_padded = {.kind = TK_STRUCT, .align = 8, .size = 24,
                                  .flags = TF_COMPARABLE | TF_HASPTR | TF_AGGREGATE,
                                  .ptrwords = 3, .ptrmask = mask_word2, .nfields = 4,
                                  .fields = padded_fields, .str = "main.P"};

/* struct { x []int }: not comparable */
static const FieldDesc sl_fields[] = {{.name = "x", .type = &t_slice_int, .offset = 0}};
static const TypeDesc t_slstruct = {.kind = TK_STRUCT, .align = 8, .size = 8,
                                    .flags = TF_HASPTR | TF_AGGREGATE, .ptrwords = 1,
                                    .ptrmask = mask1, .nfields = 1, .fields = sl_fields,
                                    .str = "main.S"};

/* [3]int32: memcmp-able, 12 bytes; [2]float64: element-wise */
static const TypeDesc t_arr_i32 = {.kind = TK_ARRAY, .align = 4, .size = 12,
                                   .flags = TF_COMPARABLE | TF_SIMPLEKEY | TF_AGGREGATE,
                                   .ptrmask = mask_none, .elem = &t_int32, .len = 3,
                                   .str = "[3]int32"};
static const TypeDesc t_arr_f64 = {.kind = TK_ARRAY, .align = 8, .size = 16,
                                   .flags = TF_COMPARABLE | TF_AGGREGATE, .ptrmask = mask_none,
                                   .elem = &t_float64, .len = 2, .str = "[2]float64"};

#define MAPTYPE(name, k, v)                                                                  \
    static const TypeDesc name = {.kind = TK_MAP, .align = 8, .size = 8,                    \
                                  .flags = TF_HASPTR, .ptrwords = 1, .ptrmask = mask1,      \
                                  .key = (k), .elem = (v), .str = #name}

static const TypeDesc t_empty = {.kind = TK_STRUCT, .align = 1, .size = 0,
                                 .flags = TF_COMPARABLE | TF_SIMPLEKEY | TF_AGGREGATE,
                                 .ptrmask = mask_none, .str = "struct {}"};

MAPTYPE(m_int_int, &t_int64, &t_int64);
MAPTYPE(m_empty_int, &t_empty, &t_int64);
MAPTYPE(m_int_empty, &t_int64, &t_empty);
MAPTYPE(m_str_int, &t_string, &t_int64);
MAPTYPE(m_int_str, &t_int64, &t_string);
MAPTYPE(m_f64_int, &t_float64, &t_int64);
MAPTYPE(m_f32_int, &t_float32, &t_int64);
MAPTYPE(m_if_int, &t_iface, &t_int64);
MAPTYPE(m_pad_int, &t_padded, &t_int64);
MAPTYPE(m_arr_int, &t_arr_i32, &t_int64);
MAPTYPE(m_arrf_int, &t_arr_f64, &t_int64);
MAPTYPE(m_i32_bool, &t_int32, &t_bool);
MAPTYPE(m_bool_str, &t_bool, &t_string);

/* Each test runs in its own process; its heaps and Gs stay reachable from here until exit. */
static Heap *test_heap; /* the heap of the last new_g */
static G test_gs[4];
static int test_ngs;

static G *new_g(void)
{
    G *g = &test_gs[test_ngs++];
    test_heap = heap_new();
    g->cache = heap_cache_new(test_heap);
    return g;
}

static StrObj *str(G *g, const char *s)
{
    size_t n = strlen(s);
    if (n == 0)
        return NULL;
    StrObj *o = gc_alloc(g->cache, sizeof(StrObj) + n, NULL);
    memcpy(o + 1, s, n);
    o->data = (const uint8_t *)(o + 1);
    o->len = (int64_t)n;
    return o;
}

static Box *box(G *g, const TypeDesc *t, const void *mem)
{
    Box *b = gc_alloc(g->cache, sizeof(Box) + t->size, NULL);
    b->type = t;
    memcpy(b->data, mem, t->size);
    return b;
}

static void put_i(G *g, MapObj *m, const void *key, int64_t v)
{
    const TypeDesc *bad = (const TypeDesc *)1;
    int64_t *slot = map_assign(g, m, key, &bad);
    cr_assert(slot != NULL);
    cr_assert(bad == NULL);
    *slot = v;
}

static bool get_i(MapObj *m, const void *key, int64_t *v)
{
    const TypeDesc *bad = NULL;
    int64_t *slot = map_lookup(m, key, &bad);
    cr_assert(bad == NULL);
    if (slot && v)
        *v = *slot;
    return slot != NULL;
}

static void del(MapObj *m, const void *key)
{
    const TypeDesc *bad = NULL;
    map_delete(m, key, &bad);
    cr_assert(bad == NULL);
}

/* ---- Basic operations ---- */

Test(map, int_keys_insert_lookup_delete_grow)
{
    G *g = new_g();
    MapObj *m = map_new(g, &m_int_int, 0);
    cr_assert(eq(i64, gale_map_len(m), 0));
    cr_assert(gale_map_type(m) == &m_int_int);
    int64_t k = 5, v;
    cr_assert(false == get_i(m, &k, &v));
    for (k = 0; k < 10000; k++)
        put_i(g, m, &k, k * 3);
    cr_assert(eq(i64, gale_map_len(m), 10000));
    for (k = 0; k < 10000; k++) {
        cr_assert(get_i(m, &k, &v));
        cr_assert(eq(i64, v, k * 3));
    }
    k = 10000;
    cr_assert(false == get_i(m, &k, &v));
    k = -1;
    cr_assert(false == get_i(m, &k, &v));
    for (k = 0; k < 10000; k += 2)
        del(m, &k);
    cr_assert(eq(i64, gale_map_len(m), 5000));
    for (k = 0; k < 10000; k++)
        cr_assert(eq(int, get_i(m, &k, &v), k % 2 == 1));
    k = 7; /* overwrite keeps one entry */
    put_i(g, m, &k, 70);
    cr_assert(eq(i64, gale_map_len(m), 5000));
    cr_assert(get_i(m, &k, &v) && v == 70);
    k = 12345; /* deleting a missing key does nothing */
    del(m, &k);
    cr_assert(eq(i64, gale_map_len(m), 5000));
}

Test(map, new_key_gets_zero_value_slot)
{
    G *g = new_g();
    MapObj *m = map_new(g, &m_int_str, 0);
    int64_t k = 1;
    StrObj **slot = map_assign(g, m, &k, NULL);
    cr_assert(slot[0] == NULL);
    *slot = str(g, "one");
    del(m, &k);
    slot = map_assign(g, m, &k, NULL);
    cr_assert(slot[0] == NULL, "a reused slot is zeroed");
}

Test(map, delete_and_reinsert_churn_does_not_grow_forever)
{
    G *g = new_g();
    MapObj *m = map_new(g, &m_int_int, 0);
    for (int64_t k = 0; k < 200000; k++) {
        put_i(g, m, &k, k);
        if (k >= 10) {
            int64_t old = k - 10;
            del(m, &old);
        }
    }
    cr_assert(eq(i64, gale_map_len(m), 10));
    uint64_t before = heap_bytes_allocated(test_heap);
    for (int64_t k = 200000; k < 400000; k++) {
        put_i(g, m, &k, k);
        int64_t old = k - 10;
        del(m, &old);
    }
    uint64_t after = heap_bytes_allocated(test_heap);
    cr_assert(after - before < 4u << 20, "churn allocated %llu bytes",
              (unsigned long long)(after - before));
    for (int64_t k = 399990; k < 400000; k++)
        cr_assert(get_i(m, &k, NULL));
}

Test(map, small_scalar_keys)
{
    G *g = new_g();
    MapObj *m = map_new(g, &m_i32_bool, 0);
    for (int32_t k = -500; k < 500; k++) {
        bool *b = map_assign(g, m, &k, NULL);
        *b = k & 1;
    }
    cr_assert(eq(i64, gale_map_len(m), 1000));
    for (int32_t k = -500; k < 500; k++) {
        bool *b = map_lookup(m, &k, NULL);
        cr_assert(b && *b == (k & 1));
    }
    MapObj *mb = map_new(g, &m_bool_str, 0);
    bool t = true, f = false;
    *(StrObj **)map_assign(g, mb, &t, NULL) = str(g, "yes");
    *(StrObj **)map_assign(g, mb, &f, NULL) = str(g, "no");
    *(StrObj **)map_assign(g, mb, &t, NULL) = str(g, "YES");
    cr_assert(eq(i64, gale_map_len(mb), 2));
    StrObj **s = map_lookup(mb, &t, NULL);
    cr_assert(s && memcmp((*s)->data, "YES", 3) == 0);
}

Test(map, zero_size_keys_and_values)
{
    G *g = new_g();
    MapObj *m = map_new(g, &m_empty_int, 0);
    char k1 = 0, k2 = 0;
    put_i(g, m, &k1, 1);
    put_i(g, m, &k2, 2);
    cr_assert(eq(i64, gale_map_len(m), 1));
    int64_t v;
    cr_assert(get_i(m, &k1, &v) && v == 2);
    del(m, &k1);
    cr_assert(eq(i64, gale_map_len(m), 0));
    MapObj *set = map_new(g, &m_int_empty, 0);
    for (int64_t k = 0; k < 1000; k++)
        cr_assert(map_assign(g, set, &k, NULL) != NULL);
    for (int64_t k = 0; k < 1000; k += 2)
        map_delete(set, &k, NULL);
    cr_assert(eq(i64, gale_map_len(set), 500));
    for (int64_t k = 0; k < 1000; k++)
        cr_assert(eq(int, map_lookup(set, &k, NULL) != NULL, k % 2 == 1));
}

Test(map, string_keys_compare_by_content)
{
    G *g = new_g();
    MapObj *m = map_new(g, &m_str_int, 0);
    char buf[32];
    for (int i = 0; i < 5000; i++) {
        snprintf(buf, sizeof buf, "key%d", i);
        StrObj *s = str(g, buf);
        put_i(g, m, &s, i);
    }
    for (int i = 0; i < 5000; i++) {
        snprintf(buf, sizeof buf, "key%d", i);
        StrObj *s = str(g, buf); /* a different object with the same bytes */
        int64_t v;
        cr_assert(get_i(m, &s, &v));
        cr_assert(eq(i64, v, i));
    }
    StrObj *empty = NULL;
    int64_t v;
    cr_assert(false == get_i(m, &empty, &v));
    put_i(g, m, &empty, -1);
    cr_assert(get_i(m, &empty, &v) && v == -1);
    StrObj *longk = str(g, "a long key that is well over forty-eight bytes long, really it is");
    StrObj *longk2 = str(g, "a long key that is well over forty-eight bytes long, really it is");
    put_i(g, m, &longk, 42);
    cr_assert(get_i(m, &longk2, &v) && v == 42);
    cr_assert(eq(i64, gale_map_len(m), 5002));
}

Test(map, hint_presizes_and_works)
{
    G *g = new_g();
    MapObj *m = map_new(g, &m_int_int, 100000);
    uint64_t before = heap_bytes_allocated(test_heap);
    for (int64_t k = 0; k < 100000; k++)
        put_i(g, m, &k, k);
    uint64_t after = heap_bytes_allocated(test_heap);
    cr_assert(eq(u64, after, before), "no growth after a sufficient hint");
    MapObj *small = map_new(g, &m_int_int, 0);
    cr_assert(eq(i64, gale_map_len(small), 0));
}

/* ---- Floats ---- */

Test(map, float_zero_signs_are_one_key)
{
    G *g = new_g();
    MapObj *m = map_new(g, &m_f64_int, 0);
    double pz = 0.0, nz = -0.0;
    put_i(g, m, &pz, 1);
    put_i(g, m, &nz, 2);
    cr_assert(eq(i64, gale_map_len(m), 1));
    int64_t v;
    cr_assert(get_i(m, &pz, &v) && v == 2);
    /* Go stores the newest key: the map now holds -0 */
    void **keys, **vals;
    cr_assert(eq(i64, gale_map_entries(m, &keys, &vals), 1));
    cr_assert(signbit(*(double *)keys[0]));
    free(keys);
    free(vals);
    del(m, &pz);
    cr_assert(eq(i64, gale_map_len(m), 0));

    MapObj *m32 = map_new(g, &m_f32_int, 0);
    float fz = 0.0f, fnz = -0.0f;
    put_i(g, m32, &fz, 1);
    put_i(g, m32, &fnz, 2);
    cr_assert(eq(i64, gale_map_len(m32), 1));
}

Test(map, nan_keys_are_never_equal)
{
    G *g = new_g();
    MapObj *m = map_new(g, &m_f64_int, 0);
    double nan = NAN, one = 1.0;
    for (int i = 0; i < 1000; i++)
        put_i(g, m, &nan, i);
    put_i(g, m, &one, 7);
    cr_assert(eq(i64, gale_map_len(m), 1001));
    cr_assert(false == get_i(m, &nan, NULL));
    del(m, &nan);
    cr_assert(eq(i64, gale_map_len(m), 1001));
    int64_t seen = 0, sum = 0;
    MapIter *it = map_iter_new(g, m);
    void *k, *v;
    while (map_iter_next(it, &k, &v)) {
        double d = *(double *)k;
        if (isnan(d)) {
            seen++;
            sum += *(int64_t *)v;
        }
    }
    cr_assert(eq(i64, seen, 1000));
    cr_assert(eq(i64, sum, 999 * 1000 / 2));
    map_clear(m);
    cr_assert(eq(i64, gale_map_len(m), 0));
    it = map_iter_new(g, m);
    cr_assert(false == map_iter_next(it, &k, &v));
    put_i(g, m, &one, 8);
    cr_assert(get_i(m, &one, NULL));
}

Test(map, float_array_keys)
{
    G *g = new_g();
    MapObj *m = map_new(g, &m_arrf_int, 0);
    double a[2] = {0.0, 1.5}, b[2] = {-0.0, 1.5}, n[2] = {NAN, 1.0};
    put_i(g, m, a, 1);
    put_i(g, m, b, 2);
    cr_assert(eq(i64, gale_map_len(m), 1));
    put_i(g, m, n, 3);
    put_i(g, m, n, 4);
    cr_assert(eq(i64, gale_map_len(m), 3));
    cr_assert(false == get_i(m, n, NULL));
}

/* ---- Interfaces ---- */

Test(map, interface_keys_by_dynamic_type_and_value)
{
    G *g = new_g();
    MapObj *m = map_new(g, &m_if_int, 0);
    int64_t one = 1;
    int32_t one32 = 1;
    Box *bi = box(g, &t_int, &one), *bi64 = box(g, &t_int64, &one);
    Box *bi32 = box(g, &t_int32, &one32);
    put_i(g, m, &bi, 10);
    put_i(g, m, &bi64, 20);
    put_i(g, m, &bi32, 30);
    cr_assert(eq(i64, gale_map_len(m), 3), "int(1), int64(1), int32(1) are distinct keys");
    Box *bi_again = box(g, &t_int, &one);
    int64_t v;
    cr_assert(get_i(m, &bi_again, &v) && v == 10);
    StrObj *s1 = str(g, "hello"), *s2 = str(g, "hello");
    Box *bs1 = box(g, &t_string, &s1), *bs2 = box(g, &t_string, &s2);
    put_i(g, m, &bs1, 40);
    cr_assert(get_i(m, &bs2, &v) && v == 40);
    Box *nil = NULL;
    cr_assert(false == get_i(m, &nil, NULL));
    put_i(g, m, &nil, 50);
    cr_assert(get_i(m, &nil, &v) && v == 50);
    double nan = NAN;
    Box *bnan = box(g, &t_float64, &nan);
    put_i(g, m, &bnan, 1);
    put_i(g, m, &bnan, 2);
    cr_assert(false == get_i(m, &bnan, NULL));
    cr_assert(eq(i64, gale_map_len(m), 7));
    StrObj *ps = str(g, "x");
    struct {
        int8_t a, blank;
        int64_t b;
        StrObj *s;
    } p1 = {1, 0, 2, ps}, p2 = {1, 9, 2, str(g, "x")};
    Box *bp1 = box(g, &t_padded, &p1), *bp2 = box(g, &t_padded, &p2);
    put_i(g, m, &bp1, 60);
    cr_assert(get_i(m, &bp2, &v) && v == 60, "structs in interfaces compare field-wise");
}

Test(map, unhashable_interface_keys_are_reported)
{
    G *g = new_g();
    MapObj *m = map_new(g, &m_if_int, 0);
    SliceObj *sl = NULL;
    Box *bsl = box(g, &t_slice_int, &sl);
    const TypeDesc *bad = NULL;
    /* even on an empty map, as Go */
    cr_assert(map_lookup(m, &bsl, &bad) == NULL);
    cr_assert(bad == &t_slice_int);
    cr_assert(strcmp(bad->str, "[]int") == 0);
    bad = NULL;
    cr_assert(map_assign(g, m, &bsl, &bad) == NULL);
    cr_assert(bad == &t_slice_int);
    cr_assert(eq(i64, gale_map_len(m), 0));
    int64_t one = 1;
    Box *bi = box(g, &t_int, &one);
    put_i(g, m, &bi, 1);
    bad = NULL;
    cr_assert(map_lookup(m, &bsl, &bad) == NULL);
    cr_assert(bad == &t_slice_int);
    bad = NULL;
    map_delete(m, &bsl, &bad);
    cr_assert(bad == &t_slice_int);
    cr_assert(eq(i64, gale_map_len(m), 1));
    struct {
        SliceObj *x;
    } s = {NULL};
    Box *bs = box(g, &t_slstruct, &s);
    bad = NULL;
    cr_assert(map_assign(g, m, &bs, &bad) == NULL);
    cr_assert(bad == &t_slstruct);
}

Test(hash, value_equal_mem_rules)
{
    G *g = new_g();
    const TypeDesc *unc = NULL;
    SliceObj *sl = NULL;
    Box *a = box(g, &t_slice_int, &sl), *b = box(g, &t_slice_int, &sl);
    cr_assert(false == value_equal_mem(&t_iface, &a, &b, &unc));
    cr_assert(unc == &t_slice_int);
    unc = NULL;
    int64_t one = 1;
    Box *c = box(g, &t_int, &one);
    cr_assert(false == value_equal_mem(&t_iface, &a, &c, &unc));
    cr_assert(unc == NULL, "different dynamic types: false without a panic");
    double nan = NAN, z = 0.0, nz = -0.0;
    cr_assert(false == value_equal_mem(&t_float64, &nan, &nan, NULL));
    cr_assert(value_equal_mem(&t_float64, &z, &nz, NULL));
    uint64_t h1 = vm_hash_mem(&t_float64, &z, 99, NULL), h2 = vm_hash_mem(&t_float64, &nz, 99,
                                                                          NULL);
    cr_assert(eq(u64, h1, h2));
    StrObj *e = NULL, *e2 = NULL;
    cr_assert(value_equal_mem(&t_string, &e, &e2, NULL));
    Box *n1 = NULL, *n2 = NULL;
    cr_assert(value_equal_mem(&t_iface, &n1, &n2, NULL));
    cr_assert(false == value_equal_mem(&t_iface, &n1, &c, NULL));
    const TypeDesc *unh = NULL;
    vm_hash_mem(&t_iface, &a, 1, &unh);
    cr_assert(unh == &t_slice_int);
}

/* ---- Structs and arrays ---- */

Test(map, struct_keys_ignore_padding_and_blank_fields)
{
    G *g = new_g();
    MapObj *m = map_new(g, &m_pad_int, 0);
    struct P {
        int8_t a, blank;
        uint8_t pad[6];
        int64_t b;
        StrObj *s;
    } p1, p2;
    memset(&p1, 0, sizeof p1);
    memset(&p2, 0xAB, sizeof p2);
    p1.a = p2.a = 3;
    p1.blank = 1;
    p2.blank = 2;
    p1.b = p2.b = 1 << 20;
    p1.s = str(g, "name");
    p2.s = str(g, "name");
    put_i(g, m, &p1, 1);
    int64_t v;
    cr_assert(get_i(m, &p2, &v) && v == 1);
    p2.b++;
    cr_assert(false == get_i(m, &p2, NULL));
    for (int i = 0; i < 3000; i++) {
        p1.b = i;
        put_i(g, m, &p1, i);
    }
    cr_assert(eq(i64, gale_map_len(m), 3001));
}

Test(map, array_keys)
{
    G *g = new_g();
    MapObj *m = map_new(g, &m_arr_int, 0);
    for (int32_t i = 0; i < 2000; i++) {
        int32_t k[3] = {i, -i, i * 7};
        put_i(g, m, k, i);
    }
    for (int32_t i = 0; i < 2000; i++) {
        int32_t k[3] = {i, -i, i * 7};
        int64_t v;
        cr_assert(get_i(m, k, &v) && v == i);
        k[2]++;
        cr_assert(false == get_i(m, k, NULL) || i * 7 + 1 == 0);
    }
}

/* ---- Clear ---- */

Test(map, clear_removes_everything)
{
    G *g = new_g();
    MapObj *m = map_new(g, &m_str_int, 0);
    char buf[16];
    for (int i = 0; i < 1000; i++) {
        snprintf(buf, sizeof buf, "k%d", i);
        StrObj *s = str(g, buf);
        put_i(g, m, &s, i);
    }
    map_clear(m);
    cr_assert(eq(i64, gale_map_len(m), 0));
    for (int i = 0; i < 1000; i++) {
        snprintf(buf, sizeof buf, "k%d", i);
        StrObj *s = str(g, buf);
        cr_assert(false == get_i(m, &s, NULL));
    }
    void **keys, **vals;
    cr_assert(eq(i64, gale_map_entries(m, &keys, &vals), 0));
    StrObj *s = str(g, "again");
    put_i(g, m, &s, 5);
    cr_assert(eq(i64, gale_map_len(m), 1));
}

/* ---- Iteration ---- */

static int64_t *count_iter(G *g, MapObj *m, int64_t n)
{
    int64_t *seen = calloc((size_t)n, sizeof(int64_t));
    MapIter *it = map_iter_new(g, m);
    void *k, *v;
    while (map_iter_next(it, &k, &v)) {
        int64_t key = *(int64_t *)k;
        cr_assert(key >= 0 && key < n);
        cr_assert(eq(i64, *(int64_t *)v, key * 2));
        seen[key]++;
    }
    return seen;
}

Test(map, iteration_visits_every_entry_once)
{
    G *g = new_g();
    for (int64_t n = 0; n < 2000; n = n * 2 + 1) {
        MapObj *m = map_new(g, &m_int_int, 0);
        for (int64_t k = 0; k < n; k++)
            put_i(g, m, &k, k * 2);
        int64_t *seen = count_iter(g, m, n);
        for (int64_t k = 0; k < n; k++)
            cr_assert(eq(i64, seen[k], 1));
        free(seen);
    }
    MapIter *it = map_iter_new(g, NULL); /* nil map */
    void *k, *v;
    cr_assert(false == map_iter_next(it, &k, &v));
    cr_assert(false == map_iter_next(it, &k, &v));
}

Test(map, iteration_skips_entries_deleted_before_reached)
{
    G *g = new_g();
    enum { N = 5000 };
    MapObj *m = map_new(g, &m_int_int, 0);
    for (int64_t k = 0; k < N; k++)
        put_i(g, m, &k, k * 2);
    static int seen[N];
    static bool deleted[N];
    MapIter *it = map_iter_new(g, m);
    void *kp, *vp;
    int64_t produced = 0;
    while (map_iter_next(it, &kp, &vp)) {
        int64_t key = *(int64_t *)kp;
        cr_assert(false == deleted[key], "entry %lld produced after deletion", (long long)key);
        seen[key]++;
        produced++;
        /* delete this entry and a far one */
        del(m, &key);
        deleted[key] = true;
        int64_t other = (key * 7919 + 13) % N;
        if (!deleted[other]) {
            del(m, &other);
            deleted[other] = true;
        }
    }
    for (int k = 0; k < N; k++)
        cr_assert(seen[k] <= 1);
    cr_assert(eq(i64, gale_map_len(m), 0));
    cr_assert(produced < N, "some entries were deleted before being reached");
}

Test(map, iteration_while_inserting_produces_each_old_entry_once)
{
    G *g = new_g();
    enum { N = 1000, EXTRA = 100000 };
    MapObj *m = map_new(g, &m_int_int, 0);
    for (int64_t k = 0; k < N; k++)
        put_i(g, m, &k, k * 2);
    int *seen = calloc(N + EXTRA, sizeof(int));
    MapIter *it = map_iter_new(g, m);
    void *kp, *vp;
    int64_t next = N;
    while (map_iter_next(it, &kp, &vp)) {
        int64_t key = *(int64_t *)kp;
        cr_assert(key >= 0 && key < N + EXTRA);
        seen[key]++;
        /* grow the table several times over while iterating */
        for (int j = 0; j < 100 && next < N + EXTRA; j++, next++)
            put_i(g, m, &next, next * 2);
        /* update an old entry: the iterator must show the current value */
        int64_t upd = (key + 1) % N;
        put_i(g, m, &upd, upd * 2);
    }
    for (int k = 0; k < N; k++)
        cr_assert(eq(int, seen[k], 1), "old key %d seen %d times", k, seen[k]);
    for (int k = N; k < N + EXTRA; k++)
        cr_assert(seen[k] <= 1);
    free(seen);
}

Test(map, iteration_after_growth_reports_current_values_and_deletions)
{
    G *g = new_g();
    enum { N = 64 };
    MapObj *m = map_new(g, &m_int_int, 0);
    for (int64_t k = 0; k < N; k++)
        put_i(g, m, &k, k);
    MapIter *it = map_iter_new(g, m);
    /* grow, then delete the even old keys and change the odd ones */
    for (int64_t k = N; k < 100 * N; k++)
        put_i(g, m, &k, k);
    for (int64_t k = 0; k < N; k++) {
        if (k % 2 == 0)
            del(m, &k);
        else
            put_i(g, m, &k, -k);
    }
    void *kp, *vp;
    int produced = 0;
    while (map_iter_next(it, &kp, &vp)) {
        int64_t key = *(int64_t *)kp;
        if (key >= N) { /* added while iterating, before the table grew: may be produced */
            cr_assert(eq(i64, *(int64_t *)vp, key));
            continue;
        }
        cr_assert(eq(i64, key % 2, 1));
        cr_assert(eq(i64, *(int64_t *)vp, -key));
        produced++;
    }
    cr_assert(eq(int, produced, N / 2));
}

Test(map, iteration_after_growth_keeps_nan_entries_until_clear)
{
    G *g = new_g();
    MapObj *m = map_new(g, &m_f64_int, 0);
    double nan = NAN;
    for (int i = 0; i < 4; i++)
        put_i(g, m, &nan, i);
    MapIter *it = map_iter_new(g, m);
    for (double d = 1; d < 1000; d++)
        put_i(g, m, &d, 0);
    void *kp, *vp;
    int nans = 0;
    while (map_iter_next(it, &kp, &vp))
        nans += isnan(*(double *)kp);
    cr_assert(eq(int, nans, 4));

    it = map_iter_new(g, m);
    for (double d = 1000; d < 5000; d++)
        put_i(g, m, &d, 0);
    map_clear(m);
    cr_assert(false == map_iter_next(it, &kp, &vp), "nothing after clear");
}

Test(map, iteration_order_is_randomized)
{
    G *g = new_g();
    MapObj *m = map_new(g, &m_int_int, 0);
    for (int64_t k = 0; k < 100; k++)
        put_i(g, m, &k, k * 2);
    int64_t firsts[32];
    bool differ = false;
    for (int r = 0; r < 32; r++) {
        MapIter *it = map_iter_new(g, m);
        void *kp, *vp;
        cr_assert(map_iter_next(it, &kp, &vp));
        firsts[r] = *(int64_t *)kp;
        if (r && firsts[r] != firsts[0])
            differ = true;
    }
    cr_assert(differ, "32 iterations all started at the same key");
    /* a one-group map too */
    MapObj *s = map_new(g, &m_int_int, 0);
    for (int64_t k = 0; k < 5; k++)
        put_i(g, s, &k, k * 2);
    differ = false;
    int64_t first0 = -1;
    for (int r = 0; r < 64 && !differ; r++) {
        MapIter *it = map_iter_new(g, s);
        void *kp, *vp;
        cr_assert(map_iter_next(it, &kp, &vp));
        if (r == 0)
            first0 = *(int64_t *)kp;
        else if (*(int64_t *)kp != first0)
            differ = true;
    }
    cr_assert(differ);
}

Test(map, entries_lists_everything)
{
    G *g = new_g();
    MapObj *m = map_new(g, &m_int_int, 0);
    for (int64_t k = 0; k < 300; k++)
        put_i(g, m, &k, k * 2);
    void **keys, **vals;
    int64_t n = gale_map_entries(m, &keys, &vals);
    cr_assert(eq(i64, n, 300));
    int64_t sum = 0;
    for (int64_t i = 0; i < n; i++) {
        cr_assert(eq(i64, *(int64_t *)vals[i], *(int64_t *)keys[i] * 2));
        sum += *(int64_t *)keys[i];
    }
    cr_assert(eq(i64, sum, 299 * 300 / 2));
    free(keys);
    free(vals);
    cr_assert(eq(i64, gale_map_entries(NULL, &keys, &vals), 0));
}

/* ---- Stress ---- */

Test(map, stress_one_million_keys, .timeout = 60)
{
    G *g = new_g();
    enum { N = 1000000 };
    MapObj *m = map_new(g, &m_int_int, 0);
    for (int64_t i = 0; i < N; i++) {
        int64_t k = i * 0x9E3779B97F4A7C15ll;
        put_i(g, m, &k, i);
    }
    cr_assert(eq(i64, gale_map_len(m), N));
    for (int64_t i = 0; i < N; i++) {
        int64_t k = i * 0x9E3779B97F4A7C15ll, v;
        cr_assert(get_i(m, &k, &v));
        if (v != i)
            cr_fatal("key %lld has %lld", (long long)i, (long long)v);
    }
    for (int64_t i = 0; i < N; i += 2) {
        int64_t k = i * 0x9E3779B97F4A7C15ll;
        del(m, &k);
    }
    cr_assert(eq(i64, gale_map_len(m), N / 2));
    for (int64_t i = 0; i < N; i++) {
        int64_t k = i * 0x9E3779B97F4A7C15ll;
        if (get_i(m, &k, NULL) != (i % 2 == 1))
            cr_fatal("key %lld", (long long)i);
    }
    int64_t n = 0;
    MapIter *it = map_iter_new(g, m);
    void *kp, *vp;
    while (map_iter_next(it, &kp, &vp))
        n++;
    cr_assert(eq(i64, n, N / 2));

    MapObj *ms = map_new(g, &m_str_int, 0);
    char buf[32];
    for (int i = 0; i < N; i++) {
        snprintf(buf, sizeof buf, "s%d", i);
        StrObj *s = str(g, buf);
        put_i(g, ms, &s, i);
    }
    cr_assert(eq(i64, gale_map_len(ms), N));
    for (int i = 0; i < N; i += 7) {
        snprintf(buf, sizeof buf, "s%d", i);
        StrObj *s = str(g, buf);
        int64_t v;
        cr_assert(get_i(ms, &s, &v) && v == i);
    }
}

/* ---- Concurrent writes ---- */

typedef struct Racer {
    G *g;
    MapObj *m;
    int64_t base;
} Racer;

static void *race_writes(void *arg)
{
    Racer *r = arg;
    for (int64_t i = 0; i < 50000000; i++) {
        int64_t k = r->base + (i % 100000);
        *(int64_t *)map_assign(r->g, r->m, &k, NULL) = i;
        map_delete(r->m, &k, NULL);
    }
    return NULL;
}

Test(map, concurrent_writes_are_fatal, .exit_code = 2, .timeout = 60)
{
    G *g1 = new_g(), *g2 = new_g();
    MapObj *m = map_new(g1, &m_int_int, 0);
    Racer a = {g1, m, 0}, b = {g2, m, 1000000};
    pthread_t t1, t2;
    pthread_create(&t1, NULL, race_writes, &a);
    pthread_create(&t2, NULL, race_writes, &b);
    pthread_join(t1, NULL);
    pthread_join(t2, NULL);
}
