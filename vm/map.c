/*
 * map.c — Go maps: open addressing over groups of 8 slots with control bytes (a Swiss table,
 * like Go 1.24's runtime/map.go and Abseil's flat_hash_map, without SIMD: the 8 control
 * bytes of a group are one 64-bit word matched with bit tricks).
 *
 * Layout. A MapObj points to a Table header {groups, mask, growth_left}; the groups are one
 * gc object of (mask + 1) groups, each `ctrl word | slot 0 .. slot 7`, and a slot is the key
 * then the value, inline, in memory layout (value.h), aligned as the types want. A control
 * byte is 0x00 empty, 0x01 deleted (tombstone), or 0x80 | h2 for a full slot, where h2 is the
 * hash's low 7 bits; zeroed memory is therefore an empty table, and clear() is one pass of
 * zero stores. The high bits of the hash (h1 = hash >> 7) pick the first group.
 *
 * Operations:
 *   1. Lookup hashes the key (hash.h: one multiply-fold for word keys, wyhash for strings and
 *      memcmp-able keys, vm_hash_mem for the rest) with the map's seed, then probes groups
 *      g, g+1, g+3, g+6 ... (triangular numbers: every group once for a power-of-two count).
 *      In each group the bytes equal to 0x80|h2 are candidates whose keys are compared; a
 *      group with an empty byte ends the probe. Probes are bounded by the group count. The
 *      group's other cache lines are prefetched with its control word (big maps are bound by
 *      memory latency: this halves a miss-heavy lookup).
 *   2. Insert remembers the first empty-or-deleted slot along the same probe. Filling an
 *      empty slot costs growth_left (7/8 of the slots; all 8 for a one-group table); at zero
 *      the map moves to a new table: twice as many groups, or the same number when more than
 *      half the used slots are tombstones. The full hash is recomputed when moving (the
 *      control byte caches 7 bits of it), which costs one hash per key per doubling.
 *   3. Delete zeroes the key and value (no stale pointers stay visible to the collector) and
 *      marks the slot empty when its group still has an empty slot (no probe can have passed
 *      that group), else deleted.
 *   4. Growth never touches the old table: it stays, frozen, for iterators still walking it.
 *
 * Iteration (Go's guarantees). An iterator takes the table when it starts and walks all its
 * slots from a random group and a random slot offset (so programs cannot rely on order). While
 * the map still uses that table, full slots are produced as they are: deleted ones are gone,
 * new ones may or may not be seen. Once the map has moved to a new table, each key found in
 * the old one is looked up in the current table and produced with its current value, or
 * skipped if deleted; so every entry is produced at most once. Keys that never equal
 * themselves (NaN) cannot be looked up; they are produced from the old table unless the map
 * was cleared since the iteration started (clearseq).
 *
 * Data races (memory safety, docs/design.md). A racing Gale program may see nonsense but the
 * VM must not crash: readers load the table pointer once (acquire) and use only that table's
 * own immutable groups/mask; probes are bounded; keys, values and zeroing of types holding
 * pointers are copied a word at a time (never a byte-wise memcpy/memset that could expose a
 * half-written pointer); a slot seen in any state holds individually valid words. Like Go's
 * hashWriting flag, writers mark the map while they run and readers check it, best effort:
 * "fatal error: concurrent map writes" (also "... read and map write", "... iteration and map
 * write"), exit status 2.
 *
 * Seeds. Each map gets its own seed from the cycle counter mixed with its address (no global
 * state); each iterator draws its start the same way.
 *
 * GC. Groups are allocated with a GcLayout built per map (MapLayout, a gc object the MapObj
 * references) from the key's and value's ptrmasks; maps without pointers use NULL. The layout
 * lives as long as the map (and its iterators, which reference the map): so callers must not
 * keep pointers into a table (map_lookup/assign/iter results) beyond copying the value out,
 * or a table could outlive the layout the collector scans it with. Rejected:
 * storing large keys and values out of line (Go does above 128 bytes): simpler, and one
 * allocation per table; and caching the layout in TypeDesc.vm, which belongs to the linker.
 */
#include <stdatomic.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "runtime/runtime.h"
#include "vm/hash.h"
#include "vm/vm.h"

#define ALWAYS_INLINE inline __attribute__((always_inline))

enum { GROUP_SLOTS = 8, MAP_WRITING = 1 };

#define CTRL_LSB     0x0101010101010101ull
#define CTRL_MSB     0x8080808080808080ull
#define CTRL_EMPTY   0x00
#define CTRL_DELETED 0x01

/* How keys are hashed and compared: word classes load the key as an integer. */
typedef enum KeyClass {
    KC_W8,      /* memcmp-able, 1 byte (bool, int8, uint8) */
    KC_W16,
    KC_W32,
    KC_W64,     /* ints, pointers, chans */
    KC_STR,     /* string: by contents */
    KC_BYTES,   /* other memcmp-able sizes (TF_SIMPLEKEY arrays and structs) */
    KC_GENERIC, /* floats, interfaces, padded structs: vm_hash_mem/value_equal_mem */
} KeyClass;

typedef struct Table {
    uint8_t *groups;     /* gc: (mask + 1) * MapObj.gsize bytes; immutable after creation */
    uint64_t mask;       /* group count - 1 (a power of two minus one); immutable */
    int64_t growth_left; /* empty slots that may still be filled; writers only */
} Table;

/* MapLayout is the GcLayout of one group of a map (gc object without pointers: its mask
 * field points into itself). */
typedef struct MapLayout {
    GcLayout gc;
    uint8_t mask[];
} MapLayout;

struct MapObj {
    Table *table;          /* gc; NULL until the first insert; loaded with acquire */
    MapLayout *layout;     /* gc; NULL when neither key nor value holds pointers */
    const TypeDesc *type;  /* module: the map type */
    const TypeDesc *kt;    /* module: the key type */
    int64_t count;         /* live entries; writers only */
    uint64_t seed;
    uint32_t ksize, voff;  /* key size; offset of the value in a slot */
    uint32_t ssize, gsize; /* slot and group sizes in bytes */
    uint8_t kclass;        /* KeyClass */
    bool kwords, vwords;   /* key/value hold pointers: copy and zero by whole words */
    bool keyerr;           /* the key type holds interfaces: hashing can find unhashable */
    _Atomic uint32_t flags; /* MAP_WRITING while a writer runs */
    _Atomic uint32_t clearseq; /* bumped by clear() */
};

struct MapIter {
    MapObj *m;        /* gc (NULL: nil map) */
    Table *t;         /* gc: the table when the iteration started (NULL: nothing) */
    uint64_t pos;     /* slots visited so far */
    uint64_t nslots;  /* slots in t */
    uint64_t gstart;  /* first group */
    uint32_t sstart;  /* first slot in each group */
    uint32_t clearseq;
};

static const uint8_t mapobj_mask[] = {0x0f};
static const GcLayout mapobj_layout = {.elem_size = sizeof(MapObj), .ptr_words = 4,
                                       .mask = mapobj_mask};
static const uint8_t table_mask[] = {0x01};
static const GcLayout table_layout = {.elem_size = sizeof(Table), .ptr_words = 1,
                                      .mask = table_mask};
static const uint8_t iter_mask[] = {0x03};
static const GcLayout iter_layout = {.elem_size = sizeof(MapIter), .ptr_words = 2,
                                     .mask = iter_mask};

/* ---- Fatal errors ---- */

static NORETURN void map_fatal(const char *what)
{
    fflush(stdout);
    fprintf(stderr, "fatal error: %s\n", what);
    fflush(stderr);
    _exit(2);
}

static inline void begin_write(MapObj *m)
{
    uint32_t f = atomic_load_explicit(&m->flags, memory_order_relaxed);
    if (UNLIKELY(f & MAP_WRITING))
        map_fatal("concurrent map writes");
    atomic_store_explicit(&m->flags, f | MAP_WRITING, memory_order_relaxed);
}

static inline void end_write(MapObj *m)
{
    uint32_t f = atomic_load_explicit(&m->flags, memory_order_relaxed);
    if (UNLIKELY(!(f & MAP_WRITING)))
        map_fatal("concurrent map writes");
    atomic_store_explicit(&m->flags, f & ~(uint32_t)MAP_WRITING, memory_order_relaxed);
}

static inline void check_read(const MapObj *m, const char *what)
{
    if (UNLIKELY(atomic_load_explicit(&m->flags, memory_order_relaxed) & MAP_WRITING))
        map_fatal(what);
}

/* ---- Racy-safe memory access ---- */

static inline Table *load_table(const MapObj *m)
{
    return __atomic_load_n(&m->table, __ATOMIC_ACQUIRE);
}

static inline uint64_t load_ctrl(const uint8_t *grp)
{
    return __atomic_load_n((const uint64_t *)(const void *)grp, __ATOMIC_RELAXED);
}

static inline void set_ctrl(uint8_t *grp, unsigned j, uint8_t c)
{
    __atomic_store_n(grp + j, c, __ATOMIC_RELEASE);
}

/* copy_words copies [n] bytes (a multiple of 8, both 8-aligned) one whole word at a time. */
static inline void copy_words(void *dst, const void *src, size_t n)
{
    uint64_t *d = dst;
    const uint64_t *s = src;
    for (size_t i = 0; i < n / 8; i++)
        __atomic_store_n(&d[i], s[i], __ATOMIC_RELAXED);
}

static inline void zero_words(void *dst, size_t n)
{
    uint64_t *d = dst;
    for (size_t i = 0; i < n / 8; i++)
        __atomic_store_n(&d[i], 0, __ATOMIC_RELAXED);
}

static inline void copy_mem(void *dst, const void *src, size_t n, bool words)
{
    if (words)
        copy_words(dst, src, n);
    else
        memcpy(dst, src, n);
}

static inline void zero_mem(void *dst, size_t n, bool words)
{
    if (words)
        zero_words(dst, n);
    else
        memset(dst, 0, n);
}

/* ---- Control words ---- */

/* match_byte returns MSBs set at bytes of [ctrl] equal to [pat]'s (false positives possible
 * only at full slots just above a true match; keys are compared anyway). */
static inline uint64_t match_byte(uint64_t ctrl, uint64_t pat)
{
    uint64_t x = ctrl ^ pat;
    return (x - CTRL_LSB) & ~x & CTRL_MSB;
}

/* match_empty is exact: bit 7 and bit 0 clear. */
static inline uint64_t match_empty(uint64_t ctrl)
{
    return ~ctrl & ~(ctrl << 7) & CTRL_MSB;
}

static inline uint64_t match_free(uint64_t ctrl)
{
    return ~ctrl & CTRL_MSB;
}

static inline uint64_t match_full(uint64_t ctrl)
{
    return ctrl & CTRL_MSB;
}

static inline unsigned first_byte(uint64_t match)
{
    return (unsigned)__builtin_ctzll(match) >> 3;
}

static inline uint8_t *slot_at(const MapObj *m, uint8_t *grp, unsigned j)
{
    return grp + 8 + (size_t)j * m->ssize;
}

/* ---- Keys ---- */

static ALWAYS_INLINE uint64_t load_word(const void *p, int kc)
{
    switch (kc) {
    case KC_W8:
        return *(const uint8_t *)p;
    case KC_W16: {
        uint16_t v;
        memcpy(&v, p, 2);
        return v;
    }
    case KC_W32: {
        uint32_t v;
        memcpy(&v, p, 4);
        return v;
    }
    default: {
        uint64_t v;
        memcpy(&v, p, 8);
        return v;
    }
    }
}

static ALWAYS_INLINE uint64_t key_hash(const MapObj *m, int kc, const void *key,
                                       const TypeDesc **bad)
{
    switch (kc) {
    case KC_W8:
    case KC_W16:
    case KC_W32:
    case KC_W64:
        return hash_word(load_word(key, kc), m->seed);
    case KC_STR: {
        const StrObj *s = *(StrObj *const *)key;
        return hash_bytes(str_data(s), (size_t)str_len(s), m->seed);
    }
    case KC_BYTES:
        return hash_bytes(key, m->ksize, m->seed);
    default:
        return vm_hash_mem(m->kt, key, m->seed, bad);
    }
}

static ALWAYS_INLINE bool key_eq(const MapObj *m, int kc, const void *slot, const void *key)
{
    switch (kc) {
    case KC_W8:
    case KC_W16:
    case KC_W32:
    case KC_W64:
        return load_word(slot, kc) == load_word(key, kc);
    case KC_STR: {
        const StrObj *a = *(StrObj *const *)slot, *b = *(StrObj *const *)key;
        if (a == b)
            return true;
        int64_t n = str_len(a);
        return n == str_len(b) && memcmp(str_data(a), str_data(b), (size_t)n) == 0;
    }
    case KC_BYTES:
        return memcmp(slot, key, m->ksize) == 0;
    default:
        return value_equal_mem(m->kt, slot, key, NULL);
    }
}

/* find returns the slot holding [key] (of hash [hash]) in [t], or NULL. */
static ALWAYS_INLINE uint8_t *find(const MapObj *m, const Table *t, int kc, const void *key,
                                   uint64_t hash)
{
    uint8_t *groups = t->groups;
    uint64_t mask = t->mask;
    size_t gsize = m->gsize;
    uint64_t pat = CTRL_LSB * (0x80 | (hash & 0x7f));
    uint64_t gi = (hash >> 7) & mask;
    for (uint64_t i = 0; i <= mask; i++) {
        uint8_t *grp = groups + gi * gsize;
        /* fetch the group's other cache lines while its control word is on its way */
        __builtin_prefetch(grp + 64);
        __builtin_prefetch(grp + gsize - 1);
        uint64_t ctrl = load_ctrl(grp);
        for (uint64_t mt = match_byte(ctrl, pat); mt; mt &= mt - 1) {
            uint8_t *slot = slot_at(m, grp, first_byte(mt));
            if (LIKELY(key_eq(m, kc, slot, key)))
                return slot;
        }
        if (LIKELY(match_empty(ctrl)))
            return NULL;
        gi = (gi + i + 1) & mask;
    }
    return NULL;
}

/* find_any is find for any key class (iteration, rehashing paths). */
static uint8_t *find_any(const MapObj *m, const Table *t, const void *key)
{
    uint64_t h;
    switch (m->kclass) {
    case KC_W8:
        return find(m, t, KC_W8, key, key_hash(m, KC_W8, key, NULL));
    case KC_W16:
        return find(m, t, KC_W16, key, key_hash(m, KC_W16, key, NULL));
    case KC_W32:
        return find(m, t, KC_W32, key, key_hash(m, KC_W32, key, NULL));
    case KC_W64:
        return find(m, t, KC_W64, key, key_hash(m, KC_W64, key, NULL));
    case KC_STR:
        return find(m, t, KC_STR, key, key_hash(m, KC_STR, key, NULL));
    case KC_BYTES:
        return find(m, t, KC_BYTES, key, key_hash(m, KC_BYTES, key, NULL));
    default: {
        const TypeDesc *bad = NULL;
        h = key_hash(m, KC_GENERIC, key, &bad);
        return bad ? NULL : find(m, t, KC_GENERIC, key, h);
    }
    }
}

/* ---- Tables ---- */

static int64_t table_capacity_left(uint64_t ngroups)
{
    return ngroups == 1 ? GROUP_SLOTS : (int64_t)(ngroups * GROUP_SLOTS / 8 * 7);
}

static Table *table_new(G *g, const MapObj *m, uint64_t ngroups)
{
    Table *t = gc_alloc(g->cache, sizeof(Table), &table_layout);
    t->groups = gc_alloc(g->cache, (size_t)ngroups * m->gsize, m->layout ? &m->layout->gc : NULL);
    t->mask = ngroups - 1;
    t->growth_left = table_capacity_left(ngroups);
    return t;
}

/* move_entries inserts every full slot of [old] into the empty table [nt] (keys known
 * distinct: no comparisons). Returns how many moved. */
static ALWAYS_INLINE int64_t move_entries(const MapObj *m, int kc, const Table *old, Table *nt)
{
    int64_t moved = 0;
    uint64_t nmask = nt->mask;
    bool words = m->kwords || m->vwords;
    for (uint64_t og = 0; og <= old->mask; og++) {
        uint8_t *ogrp = old->groups + og * m->gsize;
        for (uint64_t full = match_full(load_ctrl(ogrp)); full; full &= full - 1) {
            uint8_t *oslot = slot_at(m, ogrp, first_byte(full));
            uint64_t h = key_hash(m, kc, oslot, NULL);
            uint64_t gi = (h >> 7) & nmask;
            for (uint64_t i = 0; i <= nmask; i++) {
                uint8_t *grp = nt->groups + gi * m->gsize;
                uint64_t fr = match_free(load_ctrl(grp));
                if (fr) {
                    unsigned j = first_byte(fr);
                    copy_mem(slot_at(m, grp, j), oslot, m->ssize, words);
                    set_ctrl(grp, j, (uint8_t)(0x80 | (h & 0x7f)));
                    moved++;
                    break;
                }
                gi = (gi + i + 1) & nmask;
            }
        }
    }
    return moved;
}

/* grow replaces [m]'s table (NULL: none yet) by a new one with room for one more entry and
 * returns it. The old table is left untouched for iterators. */
static Table *grow(G *g, MapObj *m, Table *old)
{
    uint64_t ngroups = 1;
    if (old) {
        ngroups = old->mask + 1;
        /* double unless most used slots are tombstones */
        if (ngroups == 1 || (uint64_t)m->count * 16 > ngroups * GROUP_SLOTS * 7)
            ngroups *= 2;
    }
    for (;;) {
        Table *nt = table_new(g, m, ngroups);
        if (old) {
            int64_t moved;
            switch (m->kclass) {
            case KC_W64:
                moved = move_entries(m, KC_W64, old, nt);
                break;
            case KC_STR:
                moved = move_entries(m, KC_STR, old, nt);
                break;
            default:
                moved = move_entries(m, m->kclass, old, nt);
                break;
            }
            nt->growth_left -= moved;
            if (UNLIKELY(nt->growth_left <= 0)) { /* only after racing writers miscounted */
                ngroups *= 2;
                continue;
            }
        }
        __atomic_store_n(&m->table, nt, __ATOMIC_RELEASE);
        return nt;
    }
}

/* ---- Creation ---- */

static uint32_t round_up(uint32_t n, uint32_t a)
{
    return (n + a - 1) / a * a;
}

static bool holds_interface(const TypeDesc *t)
{
    switch (t->kind) {
    case TK_INTERFACE:
        return true;
    case TK_ARRAY:
        return t->len > 0 && holds_interface(t->elem);
    case TK_STRUCT:
        for (int32_t i = 0; i < t->nfields; i++)
            if (holds_interface(t->fields[i].type))
                return true;
        return false;
    default:
        return false;
    }
}

static KeyClass key_class(const TypeDesc *kt)
{
    switch (kt->kind) {
    case TK_STRING:
        return KC_STR;
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
        break;
    case TK_ARRAY:
    case TK_STRUCT:
        if (!(kt->flags & TF_SIMPLEKEY))
            return KC_GENERIC;
        break;
    default:
        return KC_GENERIC;
    }
    switch (kt->size) {
    case 1:
        return KC_W8;
    case 2:
        return KC_W16;
    case 4:
        return KC_W32;
    case 8:
        return KC_W64;
    default:
        return KC_BYTES;
    }
}

static void mark_ptrs(uint8_t *mask, uint32_t base_word, const TypeDesc *t)
{
    for (uint32_t w = 0; w < t->ptrwords; w++)
        if (t->ptrmask[w / 8] & (1u << (w % 8))) {
            uint32_t b = base_word + w;
            mask[b / 8] |= (uint8_t)(1u << (b % 8));
        }
}

static MapLayout *layout_new(G *g, const MapObj *m, const TypeDesc *kt, const TypeDesc *vt)
{
    uint32_t words = m->gsize / 8;
    MapLayout *l = gc_alloc(g->cache, sizeof(MapLayout) + (words + 7) / 8, NULL);
    for (uint32_t j = 0; j < GROUP_SLOTS; j++) {
        uint32_t off = 8 + j * m->ssize;
        if (m->kwords)
            mark_ptrs(l->mask, off / 8, kt);
        if (m->vwords)
            mark_ptrs(l->mask, (off + m->voff) / 8, vt);
    }
    uint32_t last = 0;
    for (uint32_t w = 0; w < words; w++)
        if (l->mask[w / 8] & (1u << (w % 8)))
            last = w + 1;
    l->gc.elem_size = m->gsize;
    l->gc.ptr_words = last;
    l->gc.mask = l->mask;
    return l;
}

MapObj *map_new(G *g, const TypeDesc *maptype, int64_t hint)
{
    const TypeDesc *kt = maptype->key, *vt = maptype->elem;
    MapObj *m = gc_alloc(g->cache, sizeof(MapObj), &mapobj_layout);
    m->type = maptype;
    m->kt = kt;
    uint32_t ka = kt->align ? kt->align : 1, va = vt->align ? vt->align : 1;
    m->ksize = kt->size;
    m->voff = round_up(kt->size, va);
    /* at least one byte, so that a slot's address tells its index (map[struct{}]struct{}) */
    m->ssize = MAX(round_up(m->voff + vt->size, MAX(ka, va)), 1);
    m->gsize = 8 + GROUP_SLOTS * m->ssize;
    m->kclass = (uint8_t)key_class(kt);
    m->kwords = kt->ptrwords > 0;
    m->vwords = vt->ptrwords > 0;
    m->keyerr = holds_interface(kt);
    ASSERT(!m->kwords || (kt->size % 8 == 0 && ka == 8), "map: pointer key not word-aligned");
    ASSERT(!m->vwords || (vt->size % 8 == 0 && va == 8), "map: pointer value not aligned");
    if (m->kwords || m->vwords)
        m->layout = layout_new(g, m, kt, vt);
    m->seed = hash_seed(hash_entropy() ^ ((uintptr_t)m << 16) ^ (uintptr_t)g);
    if (hint > GROUP_SLOTS && (uint64_t)hint <= ((uint64_t)1 << 40) / m->gsize) {
        uint64_t ngroups = 2;
        while (ngroups * 7 < (uint64_t)hint)
            ngroups *= 2;
        m->table = table_new(g, m, ngroups);
    }
    return m;
}

/* ---- Lookup, assignment, deletion ---- */

static ALWAYS_INLINE void *lookup_impl(MapObj *m, int kc, const void *key,
                                       const TypeDesc **bad)
{
    if (UNLIKELY(m->count == 0)) {
        if (kc == KC_GENERIC && m->keyerr)
            vm_hash_mem(m->kt, key, 0, bad); /* Go panics even on an empty map */
        return NULL;
    }
    uint64_t h = key_hash(m, kc, key, bad);
    if (kc == KC_GENERIC && UNLIKELY(*bad))
        return NULL;
    check_read(m, "concurrent map read and map write");
    Table *t = load_table(m);
    if (UNLIKELY(!t))
        return NULL;
    uint8_t *slot = find(m, t, kc, key, h);
    return slot ? slot + m->voff : NULL;
}

void *map_lookup(MapObj *m, const void *key, const TypeDesc **bad)
{
    const TypeDesc *unused;
    if (!bad)
        bad = &unused;
    *bad = NULL;
    if (!m)
        return NULL;
    switch (m->kclass) {
    case KC_W8:
        return lookup_impl(m, KC_W8, key, bad);
    case KC_W16:
        return lookup_impl(m, KC_W16, key, bad);
    case KC_W32:
        return lookup_impl(m, KC_W32, key, bad);
    case KC_W64:
        return lookup_impl(m, KC_W64, key, bad);
    case KC_STR:
        return lookup_impl(m, KC_STR, key, bad);
    case KC_BYTES:
        return lookup_impl(m, KC_BYTES, key, bad);
    default:
        return lookup_impl(m, KC_GENERIC, key, bad);
    }
}

static ALWAYS_INLINE void *assign_impl(G *g, MapObj *m, int kc, const void *key,
                                       const TypeDesc **bad)
{
    uint64_t h = key_hash(m, kc, key, bad);
    if (kc == KC_GENERIC && UNLIKELY(*bad))
        return NULL;
    begin_write(m);
    Table *t = m->table;
    if (UNLIKELY(!t))
        t = grow(g, m, NULL);
    uint8_t h2 = (uint8_t)(0x80 | (h & 0x7f));
    uint64_t pat = CTRL_LSB * h2;
    for (;;) {
        uint8_t *groups = t->groups;
        uint64_t mask = t->mask;
        uint64_t gi = (h >> 7) & mask;
        uint8_t *ins_grp = NULL;
        unsigned ins_j = 0;
        for (uint64_t i = 0; i <= mask; i++) {
            uint8_t *grp = groups + gi * m->gsize;
            __builtin_prefetch(grp + 64);
            __builtin_prefetch(grp + m->gsize - 1);
            uint64_t ctrl = load_ctrl(grp);
            for (uint64_t mt = match_byte(ctrl, pat); mt; mt &= mt - 1) {
                uint8_t *slot = slot_at(m, grp, first_byte(mt));
                if (LIKELY(key_eq(m, kc, slot, key))) {
                    if (kc == KC_STR || kc == KC_GENERIC) /* +0 replaced by -0, as Go */
                        copy_mem(slot, key, m->ksize, m->kwords);
                    end_write(m);
                    return slot + m->voff;
                }
            }
            if (!ins_grp) {
                uint64_t fr = match_free(ctrl);
                if (fr) {
                    ins_grp = grp;
                    ins_j = first_byte(fr);
                }
            }
            if (LIKELY(match_empty(ctrl)))
                break;
            gi = (gi + i + 1) & mask;
        }
        if (UNLIKELY(!ins_grp)) { /* every slot full or deleted (racing writers) */
            t = grow(g, m, t);
            continue;
        }
        if (((load_ctrl(ins_grp) >> (8 * ins_j)) & 0xff) == CTRL_EMPTY) {
            if (UNLIKELY(t->growth_left <= 0)) {
                t = grow(g, m, t);
                continue;
            }
            t->growth_left--;
        }
        uint8_t *slot = slot_at(m, ins_grp, ins_j);
        copy_mem(slot, key, m->ksize, m->kwords);
        set_ctrl(ins_grp, ins_j, h2);
        m->count++;
        end_write(m);
        return slot + m->voff;
    }
}

void *map_assign(G *g, MapObj *m, const void *key, const TypeDesc **bad)
{
    const TypeDesc *unused;
    if (!bad)
        bad = &unused;
    *bad = NULL;
    switch (m->kclass) {
    case KC_W8:
        return assign_impl(g, m, KC_W8, key, bad);
    case KC_W16:
        return assign_impl(g, m, KC_W16, key, bad);
    case KC_W32:
        return assign_impl(g, m, KC_W32, key, bad);
    case KC_W64:
        return assign_impl(g, m, KC_W64, key, bad);
    case KC_STR:
        return assign_impl(g, m, KC_STR, key, bad);
    case KC_BYTES:
        return assign_impl(g, m, KC_BYTES, key, bad);
    default:
        return assign_impl(g, m, KC_GENERIC, key, bad);
    }
}

void map_delete(MapObj *m, const void *key, const TypeDesc **bad)
{
    const TypeDesc *unused;
    if (!bad)
        bad = &unused;
    *bad = NULL;
    if (!m)
        return;
    uint64_t h = key_hash(m, m->kclass, key, bad);
    if (*bad || m->count == 0)
        return;
    begin_write(m);
    Table *t = m->table;
    uint8_t *slot = t ? find(m, t, m->kclass, key, h) : NULL;
    if (slot) {
        size_t off = (size_t)(slot - t->groups) - 8;
        uint8_t *grp = t->groups + off / m->gsize * m->gsize;
        unsigned j = (unsigned)((size_t)(slot - grp - 8) / m->ssize);
        if (match_empty(load_ctrl(grp))) {
            set_ctrl(grp, j, CTRL_EMPTY);
            t->growth_left++;
        } else {
            set_ctrl(grp, j, CTRL_DELETED);
        }
        zero_mem(slot, m->ksize, m->kwords);
        zero_mem(slot + m->voff, m->ssize - m->voff, m->vwords);
        m->count--;
    }
    end_write(m);
}

void map_clear(MapObj *m)
{
    if (!m)
        return;
    begin_write(m);
    Table *t = m->table;
    if (t) {
        zero_words(t->groups, (size_t)(t->mask + 1) * m->gsize);
        t->growth_left = table_capacity_left(t->mask + 1);
    }
    m->count = 0;
    atomic_fetch_add_explicit(&m->clearseq, 1, memory_order_relaxed);
    end_write(m);
}

/* ---- Iteration ---- */

MapIter *map_iter_new(G *g, MapObj *m)
{
    MapIter *it = gc_alloc(g->cache, sizeof(MapIter), &iter_layout);
    it->m = m;
    if (!m)
        return it;
    Table *t = load_table(m);
    if (!t || m->count == 0)
        return it;
    uint64_t r = hash_word(hash_entropy() ^ (uintptr_t)it, m->seed);
    it->t = t;
    it->nslots = (t->mask + 1) * GROUP_SLOTS;
    it->gstart = r & t->mask;
    it->sstart = (uint32_t)(r >> 61);
    it->clearseq = atomic_load_explicit(&m->clearseq, memory_order_relaxed);
    return it;
}

bool map_iter_next(MapIter *it, void **key, void **val)
{
    Table *t = it->t;
    if (!t)
        return false;
    MapObj *m = it->m;
    check_read(m, "concurrent map iteration and map write");
    while (it->pos < it->nslots) {
        uint64_t pos = it->pos;
        uint8_t *grp = t->groups + ((it->gstart + (pos >> 3)) & t->mask) * m->gsize;
        uint64_t ctrl = load_ctrl(grp);
        if ((pos & 7) == 0 && !match_full(ctrl)) {
            it->pos += GROUP_SLOTS;
            continue;
        }
        it->pos++;
        unsigned j = (unsigned)((it->sstart + pos) & 7);
        if (!((ctrl >> (8 * j)) & 0x80))
            continue;
        uint8_t *slot = slot_at(m, grp, j);
        Table *cur = load_table(m);
        if (LIKELY(cur == t)) {
            *key = slot;
            *val = slot + m->voff;
            return true;
        }
        /* The map moved to a new table: report the entry as it is now, if it still is. */
        uint8_t *now = find_any(m, cur, slot);
        if (now) {
            *key = now;
            *val = now + m->voff;
            return true;
        }
        if (m->kclass == KC_GENERIC && !value_equal_mem(m->kt, slot, slot, NULL) &&
            atomic_load_explicit(&m->clearseq, memory_order_relaxed) == it->clearseq) {
            *key = slot; /* NaN: cannot be looked up nor deleted, only cleared */
            *val = slot + m->voff;
            return true;
        }
    }
    it->t = NULL;
    return false;
}

const TypeDesc *map_iter_type(MapIter *it)
{
    return it->m ? it->m->type : NULL;
}

/* ---- API for natives ---- */

int64_t gale_map_len(MapObj *m)
{
    return m ? m->count : 0;
}

MapObj *gale_map_new(G *g, const TypeDesc *maptype, int64_t hint)
{
    return map_new(g, maptype, hint < 0 ? 0 : hint);
}

void *gale_map_assign(G *g, MapObj *m, const void *key)
{
    return map_assign(g, m, key, NULL);
}

const TypeDesc *gale_map_type(MapObj *m)
{
    return m ? m->type : NULL;
}

int64_t gale_map_entries(MapObj *m, void ***keys, void ***vals)
{
    *keys = *vals = NULL;
    Table *t = m ? load_table(m) : NULL;
    if (!t)
        return 0;
    int64_t n = 0;
    for (uint64_t gi = 0; gi <= t->mask; gi++)
        n += __builtin_popcountll(match_full(load_ctrl(t->groups + gi * m->gsize)));
    if (n == 0)
        return 0;
    *keys = xmalloc((size_t)n * sizeof(void *));
    *vals = xmalloc((size_t)n * sizeof(void *));
    int64_t k = 0;
    for (uint64_t gi = 0; gi <= t->mask && k < n; gi++) {
        uint8_t *grp = t->groups + gi * m->gsize;
        for (uint64_t full = match_full(load_ctrl(grp)); full && k < n; full &= full - 1) {
            uint8_t *slot = slot_at(m, grp, first_byte(full));
            (*keys)[k] = slot;
            (*vals)[k] = slot + m->voff;
            k++;
        }
    }
    return k;
}
