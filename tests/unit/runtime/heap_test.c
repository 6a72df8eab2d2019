/*
 * heap_test.c — the allocator and collector driven directly, without a VM (runtime/mheap.c,
 * malloc.c, mgc.c, sizeclass.c; docs/gc.md): size classes, alignment and zeroing, spans and
 * their page heap, cache refills, sweeping and slot reuse, reachability through pointer
 * maps (arrays, prefixes, noscan objects, interior pointers), releasing memory, the pacer's
 * knobs and goal, statistics, word-mask roots, GODEBUG's gcstress and gctrace, parallel
 * marking, and a randomized churn whose every object's fate is checked against a
 * reachability computed here; check_pages verifies the page heap's invariants on the way.
 *
 * A single-threaded test is the whole world: heap_collect runs with nothing to stop, and the
 * roots are whatever the test passes to gc_mark. Right after heap_finish_sweep every span is
 * swept, so an object is alive exactly when its slot's allocation bit is set (is_live).
 */
#include <criterion/criterion.h>
#include <criterion/redirect.h>
#include <stdio.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "runtime/gc_internal.h"

/* ---- helpers ---- */

static const uint8_t mask_w0 = 0x01;   /* word 0 */
static const uint8_t mask_w01 = 0x03;  /* words 0 and 1 */
static const uint8_t mask_w02 = 0x05;  /* words 0 and 2 */
static const GcLayout ptrs8 = {8, 1, &mask_w0, 0};      /* every word a pointer */
static const GcLayout ptrs16 = {16, 2, &mask_w01, 0};   /* every word a pointer, elements of 2 */
static const GcLayout first_word = {32, 1, &mask_w0, 0}; /* 32-byte elements, word 0 */

typedef struct Node {
    struct Node *next;
    uint64_t val;
} Node;
static const GcLayout node_layout = {sizeof(Node), 1, &mask_w0, 0};

static void clean_env(void)
{
    unsetenv("GOGC");
    unsetenv("GOMEMLIMIT");
    unsetenv("GODEBUG");
}

/* new_heap: a heap with Go's defaults whatever the environment or the build (gcstress builds
 * turn the stress trigger and the poisoning on in heap_new). */
static Heap *new_heap(void)
{
    clean_env();
    Heap *h = heap_new();
    h->gcstress = 0;
    heap_set_gc_percent(h, 100); /* recomputes the trigger without gcstress */
    return h;
}

typedef struct Roots {
    const void *const *ptrs;
    size_t n;
    uint64_t stack_bytes, global_bytes;
} Roots;

static void mark_roots(void *ctx, GcMarker *m)
{
    Roots *r = ctx;
    for (size_t i = 0; i < r->n; i++)
        gc_mark(m, r->ptrs[i]);
    if (r->stack_bytes || r->global_bytes)
        gc_note_roots(m, r->stack_bytes, r->global_bytes);
}

/* collect_r runs a whole cycle keeping [r]'s pointers (and what they reach), on [nprocs] mark
 * threads; [finish]: sweep everything before returning (runtime.GC's way). */
static void collect_r(Heap *h, Roots *r, int nprocs, bool finish)
{
    heap_collect(h, mark_roots, r, nprocs, true, nanotime());
    heap_collect_finish(h);
    if (finish)
        heap_finish_sweep(h);
}

static void collect(Heap *h, const void *const *ptrs, size_t n)
{
    Roots r = {ptrs, n, 0, 0};
    collect_r(h, &r, 1, true);
}

static void collect_none(Heap *h)
{
    collect(h, NULL, 0);
}

static Span *span(Heap *h, const void *p)
{
    return span_of(h, (uintptr_t)p);
}

/* is_live: the object at [p] is allocated (only meaningful with every span swept). */
static bool is_live(Heap *h, const void *p)
{
    Span *s = span(h, p);
    if (!s)
        return false;
    uint32_t idx = (uint32_t)(((uintptr_t)p - s->base) / s->elemsize);
    return idx < s->nelems && span_allocated(s, idx);
}

/* class_size: the smallest of Go's classes holding [size] bytes, found by a plain scan. */
static size_t class_size(size_t size)
{
    for (int c = 1; c < NUM_CLASSES; c++)
        if (gc_class_to_size[c] >= size)
            return gc_class_to_size[c];
    return 0;
}

static int class_of(size_t elemsize)
{
    for (int c = 1; c < NUM_CLASSES; c++)
        if (gc_class_to_size[c] == elemsize)
            return c;
    return -1;
}

static GcMemStats *stats(Heap *h)
{
    static GcMemStats st;
    heap_read_stats(h, &st);
    return &st;
}

static bool is_zero(const void *p, size_t n)
{
    static const uint8_t zeros[4096];
    const uint8_t *b = p;
    while (n) {
        size_t k = n < sizeof(zeros) ? n : sizeof(zeros);
        if (memcmp(b, zeros, k))
            return false;
        b += k;
        n -= k;
    }
    return true;
}

static bool is_filled(const void *p, size_t n, uint8_t v)
{
    uint8_t buf[4096];
    memset(buf, v, sizeof(buf));
    const uint8_t *b = p;
    while (n) {
        size_t k = n < sizeof(buf) ? n : sizeof(buf);
        if (memcmp(b, buf, k))
            return false;
        b += k;
        n -= k;
    }
    return true;
}

/* probe_zero / probe_fill look at, or write, an object's first and last 256 bytes and one
 * byte in every 256 between (the size-class sweep would spend seconds on whole objects). */
static bool probe_zero(const uint8_t *p, size_t size)
{
    if (size <= 1024)
        return is_zero(p, size);
    for (size_t i = 256; i < size - 256; i += 256)
        if (p[i])
            return false;
    return is_zero(p, 256) && is_zero(p + size - 256, 256);
}

static void probe_fill(uint8_t *p, size_t size)
{
    if (size <= 1024) {
        memset(p, 0xFF, size);
        return;
    }
    for (size_t i = 256; i < size - 256; i += 256)
        p[i] = 0xFF;
    memset(p, 0xFF, 256);
    memset(p + size - 256, 0xFF, 256);
}

static uint64_t rng = 88172645463325252ull;
static uint64_t rnd(void)
{
    rng ^= rng << 13;
    rng ^= rng >> 7;
    rng ^= rng << 17;
    return rng;
}

typedef struct Range {
    uintptr_t lo, hi;
} Range;

static int range_cmp(const void *a, const void *b)
{
    uintptr_t x = ((const Range *)a)->lo, y = ((const Range *)b)->lo;
    return x < y ? -1 : x > y;
}

/* assert_disjoint sorts [r] and fails if two ranges overlap. */
static void assert_disjoint(Range *r, size_t n)
{
    qsort(r, n, sizeof(Range), range_cmp);
    for (size_t i = 1; i < n; i++)
        if (r[i - 1].hi > r[i].lo)
            cr_assert_fail("objects overlap: [%#lx, %#lx) and [%#lx, %#lx)",
                           (unsigned long)r[i - 1].lo, (unsigned long)r[i - 1].hi,
                           (unsigned long)r[i].lo, (unsigned long)r[i].hi);
}

static int ptr_cmp(const void *a, const void *b)
{
    uintptr_t x = *(const uintptr_t *)a, y = *(const uintptr_t *)b;
    return x < y ? -1 : x > y;
}

/* check_pages verifies the page heap's invariants (mheap.c's header) under its lock: in-use
 * spans own every entry of Heap.spans for their pages, free spans their first and last;
 * free spans are coalesced; in-use + free bytes == heap_sys; the scavenged free spans are
 * heap_released; every span struct is in use, on a free list or in the pool. */
static void check_pages(Heap *h)
{
    pthread_mutex_lock(&h->lock);
    uint64_t inuse = 0, free_bytes = 0, released = 0;
    size_t ninuse = 0, nfree = 0, npool = 0;
    size_t n = atomic_load(&h->nallspans);
    for (size_t i = 0; i < n; i++) {
        Span *s = h->allspans[i];
        if (s->state != SPAN_INUSE)
            continue;
        ninuse++;
        inuse += s->npages << PAGE_SHIFT;
        cr_assert_eq(s->base % PAGE_SIZE, 0);
        cr_assert(s->base >= h->arena_start && s->base + (s->npages << PAGE_SHIFT) <= h->arena_used);
        size_t first = (s->base - h->arena_start) >> PAGE_SHIFT;
        for (size_t p = 0; p < s->npages; p++)
            if (h->spans[first + p] != s)
                cr_assert_fail("page %zu of an in-use span is not mapped to it", p);
        if ((s->spanclass >> 1) != 0) {
            cr_assert_eq(s->npages, gc_class_to_npages[s->spanclass >> 1]);
            cr_assert_eq(s->elemsize, gc_class_to_size[s->spanclass >> 1]);
            cr_assert_eq(s->nelems, (s->npages << PAGE_SHIFT) / s->elemsize);
            cr_assert_leq(s->alloc_count, s->nelems);
        } else {
            cr_assert_eq(s->nelems, 1);
            cr_assert_eq(s->elemsize, s->npages << PAGE_SHIFT);
        }
    }
    for (int r = 0; r < 2; r++)
    for (int l = 0; l < FREE_LISTS; l++)
        for (Span *s = h->free[r][l]; s; s = s->next) {
            nfree++;
            cr_assert_eq(s->state, SPAN_FREE);
            cr_assert_eq(s->list, LIST_FREE);
            cr_assert(l == 0 ? s->npages >= FREE_LISTS : s->npages == (size_t)l);
            size_t first = (s->base - h->arena_start) >> PAGE_SHIFT;
            cr_assert_eq(h->spans[first], s);
            cr_assert_eq(h->spans[first + s->npages - 1], s);
            free_bytes += s->npages << PAGE_SHIFT;
            cr_assert_eq(s->scavenged, r, "a run on the lists of the other release state");
            if (s->scavenged)
                released += s->npages << PAGE_SHIFT;
            /* coalesced: no neighbour is free with the same release state */
            if (s->base > h->arena_start) {
                Span *left = h->spans[first - 1];
                cr_assert(!left || left->state != SPAN_FREE || left->list != LIST_FREE ||
                              left->scavenged != s->scavenged ||
                              left->base + (left->npages << PAGE_SHIFT) != s->base,
                          "two free spans of the same release state side by side");
            }
        }
    for (Span *s = h->span_pool; s; s = s->next)
        npool++;
    cr_assert_eq(inuse, atomic_load(&h->heap_inuse), "heap_inuse is the in-use spans' pages");
    cr_assert_eq(inuse + free_bytes, atomic_load(&h->heap_sys), "every mapped page is in a span");
    cr_assert_eq(released, atomic_load(&h->heap_released), "heap_released: scavenged free spans");
    cr_assert_eq(ninuse + nfree + npool, n, "every span struct is accounted for");
    pthread_mutex_unlock(&h->lock);
}

/* ---- 1. size classes ---- */

Test(size_classes, class_tables_are_gos)
{
    /* spot checks against Go's sizeclasses.go, and the tables' own consistency */
    cr_assert_eq(gc_class_to_size[1], 8);
    cr_assert_eq(gc_class_to_size[3], 24);
    cr_assert_eq(gc_class_to_size[31], 896);
    cr_assert_eq(gc_class_to_size[NUM_CLASSES - 1], 32768);
    cr_assert_eq(gc_class_to_npages[NUM_CLASSES - 1], 4);
    cr_assert_eq(gc_class_to_npages[66], 7); /* 28672 */
    for (int c = 2; c < NUM_CLASSES; c++)
        cr_assert_gt(gc_class_to_size[c], gc_class_to_size[c - 1], "class sizes grow");
    for (int c = 1; c < NUM_CLASSES; c++) {
        cr_assert_eq(gc_class_to_size[c] % 8, 0);
        cr_assert_geq((size_t)gc_class_to_npages[c] << PAGE_SHIFT, gc_class_to_size[c]);
    }
}

Test(size_classes, every_size_gets_the_smallest_class_zeroed_aligned_and_disjoint)
{
    Heap *h = new_heap();
    GcCache *c = heap_cache_new(h);
    heap_set_gc_percent(h, -1); /* no goal: the background scavenger keeps the freed pages */
    enum { BATCH = 2048 };
    static Range objs[BATCH];
    for (int pass = 0; pass < 2; pass++) {
        const GcLayout *layout = pass ? &ptrs8 : NULL;
        size_t n = 0;
        for (size_t size = 1; size <= MAX_SMALL_SIZE; size++) {
            uint8_t *p = gc_alloc(c, size, layout);
            Span *s = span(h, p);
            cr_assert_not_null(s, "size %zu: not in a heap span", size);
            size_t want = class_size(size);
            if (s->elemsize != want)
                cr_assert_fail("size %zu: slot of %u bytes, Go's class is %zu", size, s->elemsize,
                               want);
            if (want != runtime_roundupsize(size, true))
                cr_assert_fail("size %zu: runtime_roundupsize says %zu, the allocator %zu", size,
                               runtime_roundupsize(size, true), want);
            cr_assert_eq(span_noscan(s), pass == 0, "size %zu: scan/noscan span class", size);
            cr_assert_eq(((uintptr_t)p - s->base) % s->elemsize, 0, "size %zu: not a slot", size);
            cr_assert_eq((uintptr_t)p % 8, 0, "size %zu: %p not 8-aligned", size, (void *)p);
            /* every class that is a multiple of 16 (all but 8 and 24) gives 16 */
            if (want % 16 == 0 && (uintptr_t)p % 16)
                cr_assert_fail("size %zu: %p not 16-aligned", size, (void *)p);
            if (!probe_zero(p, size))
                cr_assert_fail("size %zu (pass %d): memory not zeroed", size, pass);
            probe_fill(p, size); /* the next batch reuses this memory: it must come back 0 */
            objs[n++] = (Range){(uintptr_t)p, (uintptr_t)p + s->elemsize};
            if (n == BATCH || size == MAX_SMALL_SIZE) {
                assert_disjoint(objs, n);
                collect_none(h); /* frees the batch */
                n = 0;
            }
        }
    }
    check_pages(h);
    heap_free(h);
}

Test(size_classes, size_zero_and_tiny_sizes_get_the_8_byte_class)
{
    Heap *h = new_heap();
    GcCache *c = heap_cache_new(h);
    void *a = gc_alloc(c, 0, NULL), *b = gc_alloc(c, 0, NULL), *d = gc_alloc(c, 1, NULL);
    cr_assert_not_null(a);
    cr_assert_neq(a, b, "zero-size objects are distinct slots");
    cr_assert_eq(span(h, a)->elemsize, 8);
    cr_assert_eq(span(h, d)->elemsize, 8);
    cr_assert_eq(runtime_roundupsize(0, true), 0);
    heap_free(h);
}

Test(size_classes, roundupsize_adds_gos_malloc_header_for_scan_objects)
{
    /* Go 1.22+: scan objects above 512 bytes carry an 8-byte header in Go's allocator */
    cr_assert_eq(runtime_roundupsize(512, false), 512);
    cr_assert_eq(runtime_roundupsize(513, false), 576 - 8);
    cr_assert_eq(runtime_roundupsize(1024, false), 1152 - 8);
    cr_assert_eq(runtime_roundupsize(1024, true), 1024);
    cr_assert_eq(runtime_roundupsize(32768, true), 32768);
    cr_assert_eq(runtime_roundupsize(32769, true), 40960, "whole pages above 32 KiB");
    cr_assert_eq(runtime_roundupsize(100000, false), 106496);
}

/* runtime.h: 8-aligned, and 16-aligned when the class is a multiple of 16 (every class
 * above 24 bytes); the 24-byte class gives 8-byte alignment, as Go's does. */
Test(size_classes, alignment_follows_the_class)
{
    Heap *h = new_heap();
    GcCache *c = heap_cache_new(h);
    for (size_t size = 1; size <= 4096; size++)
        for (int i = 0; i < 3; i++) {
            void *p = gc_alloc(c, size, NULL);
            cr_assert_eq((uintptr_t)p % 8, 0, "size %zu: %p is not 8-aligned", size, p);
            if (size > 24)
                cr_assert_eq((uintptr_t)p % 16, 0, "size %zu: %p is not 16-aligned", size, p);
        }
    heap_free(h);
}

/* ---- 2. spans and the page heap ---- */

Test(spans, slot_division_is_exact_at_every_offset)
{
    /* the marker finds an interior pointer's slot with offset * divmul >> 32 */
    Heap *h = new_heap();
    GcCache *c = heap_cache_new(h);
    for (int cls = 1; cls < NUM_CLASSES; cls++) {
        Span *s = span(h, gc_alloc(c, gc_class_to_size[cls], NULL));
        cr_assert_eq(s->npages, gc_class_to_npages[cls]);
        uint64_t bytes = s->npages << PAGE_SHIFT;
        for (uint64_t off = 0; off < bytes; off++)
            if (((off * s->divmul) >> 32) != off / s->elemsize)
                cr_assert_fail("class %d (%u bytes): offset %lu maps to slot %lu", cls,
                               s->elemsize, (unsigned long)off,
                               (unsigned long)((off * s->divmul) >> 32));
    }
    heap_free(h);
}

Test(spans, one_class_fills_whole_spans_then_moves_on)
{
    static const size_t sizes[] = {8,    24,   48,   112,  1024,  1152,  1408,  3072,
                                   6528, 6784, 6912, 9472, 18432, 27264, 32768};
    Heap *h = new_heap();
    GcCache *c = heap_cache_new(h);
    for (size_t k = 0; k < ARRAY_LEN(sizes); k++)
        for (int scan = 0; scan < 2; scan++) {
            int cls = class_of(sizes[k]);
            cr_assert_geq(cls, 1);
            size_t npages = gc_class_to_npages[cls];
            size_t per = (npages << PAGE_SHIFT) / sizes[k];
            Span *spans[4] = {0};
            for (size_t i = 0; i < 3 * per + 1; i++) {
                uintptr_t p = (uintptr_t)gc_alloc(c, sizes[k], scan ? &ptrs8 : NULL);
                Span *s = span(h, (void *)p);
                size_t which = i / per;
                if (i % per == 0) {
                    spans[which] = s;
                    cr_assert_eq(s->base % PAGE_SIZE, 0);
                    cr_assert_eq(s->npages, npages, "class %d: %zu pages per span", cls, npages);
                    cr_assert_eq(s->nelems, per, "class %d: npages*8192/elemsize slots", cls);
                    cr_assert_eq(s->elemsize, sizes[k]);
                    cr_assert_eq(span_noscan(s), !scan);
                    for (size_t j = 0; j < which; j++)
                        cr_assert_neq(spans[j], s, "a full span is not used again");
                }
                cr_assert_eq(s, spans[which], "size %zu, object %zu: %zu to a span", sizes[k], i,
                             per);
                cr_assert_eq(p, s->base + (i % per) * s->elemsize, "a fresh span fills in order");
            }
            for (int j = 0; j < 3; j++)
                cr_assert_eq(spans[j]->alloc_count, per, "full spans hold nelems objects");
            cr_assert_eq(spans[3]->alloc_count, 1);
        }
    check_pages(h);
    heap_free(h);
}

Test(spans, large_objects_get_their_own_page_aligned_span)
{
    static const size_t sizes[] = {32769, 40960, 40961, 65536 + 1, (1 << 20) + 3, 5 << 20};
    Heap *h = new_heap();
    GcCache *c = heap_cache_new(h);
    Span *seen[2 * ARRAY_LEN(sizes)];
    size_t nseen = 0;
    for (size_t k = 0; k < ARRAY_LEN(sizes); k++)
        for (int scan = 0; scan < 2; scan++) {
            size_t size = sizes[k];
            uint8_t *p = gc_alloc(c, size, scan ? &ptrs8 : NULL);
            size_t npages = (size + PAGE_SIZE - 1) / PAGE_SIZE;
            cr_assert_eq((uintptr_t)p % PAGE_SIZE, 0, "large objects are page-aligned");
            Span *s = span(h, p);
            cr_assert_not_null(s);
            cr_assert_eq(s->base, (uintptr_t)p);
            cr_assert_eq(s->npages, npages, "size %zu: %zu pages", size, npages);
            cr_assert_eq(s->spanclass >> 1, 0, "class 0: a large object");
            cr_assert_eq(span_noscan(s), !scan);
            cr_assert_eq(s->nelems, 1);
            cr_assert_eq(s->elemsize, npages * PAGE_SIZE);
            cr_assert_eq(span(h, p + size - 1), s, "the last byte resolves to the span");
            cr_assert_eq(span(h, p + npages * PAGE_SIZE - 1), s, "so does the page tail");
            cr_assert_neq(span(h, p + npages * PAGE_SIZE), s, "the next page is not this span");
            cr_assert(is_zero(p, size));
            for (size_t j = 0; j < nseen; j++)
                cr_assert_neq(seen[j], s, "every large object has a span of its own");
            seen[nseen++] = s;
            memset(p, 0x5A, size);
        }
    cr_assert_eq(stats(h)->heap_objects, nseen);
    check_pages(h);
    heap_free(h);
}

Test(spans, span_of_resolves_interior_pointers_and_rejects_the_rest)
{
    Heap *h = new_heap();
    GcCache *c = heap_cache_new(h);
    static int a_global;
    int a_local = 0;
    void *cmem = malloc(64);
    uint8_t *small = gc_alloc(c, 100, NULL); /* class 112 */
    Span *s = span(h, small);
    cr_assert_not_null(s);
    for (size_t off = 0; off < 112; off++)
        cr_assert_eq(span(h, small + off), s);
    cr_assert_eq(span(h, (void *)(s->base + PAGE_SIZE - 1)), s, "the span's tail");
    uint8_t *large = gc_alloc(c, 20 * PAGE_SIZE, NULL);
    Span *ls = span(h, large);
    for (size_t pg = 0; pg < 20; pg++)
        cr_assert_eq(span(h, large + pg * PAGE_SIZE + 123), ls);

    cr_assert_null(span_of(h, 0));
    cr_assert_null(span(h, &a_local), "a C stack address");
    cr_assert_null(span(h, &a_global), "a C global");
    cr_assert_null(span(h, cmem), "C heap memory");
    cr_assert_null(span_of(h, h->arena_start - 1), "just below the arena");
    cr_assert_null(span_of(h, atomic_load(&h->arena_used)), "mapped part's end");
    cr_assert_null(span_of(h, atomic_load(&h->arena_used) - 1), "free pages at the end");
    cr_assert_null(span_of(h, h->arena_end - 1), "reserved, never mapped");
    cr_assert_null(span_of(h, UINTPTR_MAX));

    /* free pages: the large object dies, its pages go back to the page heap */
    const void *keep[] = {small};
    collect(h, keep, 1);
    cr_assert(is_live(h, small));
    for (size_t pg = 0; pg < 20; pg++)
        cr_assert_null(span(h, large + pg * PAGE_SIZE + 123), "page %zu of a freed span", pg);
    check_pages(h);
    free(cmem);
    heap_free(h);
}

/* ---- 3. cache refills ---- */

Test(cache, refills_never_hand_out_live_slots)
{
    enum { N = 6000 };
    static uint8_t *objs[N], *kept[N], *fresh[N];
    static Range ranges[2 * N];
    Heap *h = new_heap();
    GcCache *c = heap_cache_new(h);
    size_t nkept = 0;
    for (size_t i = 0; i < N; i++) {
        objs[i] = gc_alloc(c, 32, NULL); /* 256 to a span: 24 spans */
        memset(objs[i], (int)(i % 251 + 1), 32);
        if (rnd() % 3 == 0)
            kept[nkept++] = objs[i];
    }
    collect(h, (const void *const *)kept, nkept);
    for (size_t i = 0; i < nkept; i++)
        cr_assert(is_live(h, kept[i]));
    cr_assert_eq(stats(h)->heap_objects, nkept);
    size_t n = 0;
    for (size_t i = 0; i < N; i++) {
        fresh[i] = gc_alloc(c, 32, NULL);
        cr_assert(is_zero(fresh[i], 32), "a reused slot is zeroed");
        memset(fresh[i], 0xEE, 32);
        ranges[n++] = (Range){(uintptr_t)fresh[i], (uintptr_t)fresh[i] + 32};
    }
    for (size_t i = 0; i < nkept; i++)
        ranges[n++] = (Range){(uintptr_t)kept[i], (uintptr_t)kept[i] + 32};
    assert_disjoint(ranges, n);
    /* kept objects still hold their bytes (find each one's index again) */
    for (size_t i = 0, k = 0; i < N && k < nkept; i++)
        if (objs[i] == kept[k]) {
            cr_assert(is_filled(kept[k], 32, (uint8_t)(i % 251 + 1)), "kept object changed");
            k++;
        }
    check_pages(h);
    heap_free(h);
}

Test(cache, two_caches_use_separate_spans_and_a_freed_cache_loses_nothing)
{
    Heap *h = new_heap();
    GcCache *a = heap_cache_new(h), *b = heap_cache_new(h);
    enum { N = 300 };
    static Node *fa[N], *fb[N];
    for (int i = 0; i < N; i++) {
        fa[i] = gc_alloc(a, sizeof(Node), &node_layout);
        fb[i] = gc_alloc(b, sizeof(Node), &node_layout);
        fa[i]->val = (uint64_t)i;
        fb[i]->val = (uint64_t)i + 1000;
        if (i)
            fb[i]->next = fb[i - 1];
    }
    cr_assert_neq(span(h, fa[N - 1]), span(h, fb[N - 1]), "each cache allocates from its own span");
    cr_assert_eq(stats(h)->mallocs, 2 * N);
    heap_cache_free(b); /* its span goes with it, unflushed: the next cycle must still find it */
    cr_assert_eq(stats(h)->mallocs, 2 * N, "a freed cache's counts are kept");
    const void *roots[] = {fb[N - 1], fa[7]};
    collect(h, roots, 2);
    for (int i = 0; i < N; i++) {
        cr_assert(is_live(h, fb[i]), "list through the freed cache's objects");
        cr_assert_eq(fb[i]->val, (uint64_t)i + 1000);
        cr_assert_eq(is_live(h, fa[i]), i == 7);
    }
    cr_assert_eq(stats(h)->heap_objects, N + 1);
    check_pages(h);
    heap_free(h);
}

/* ---- 4. sweeping and reuse ---- */

static void alternate_keep_and_reuse(bool finish_sweep)
{
    enum { PER = 128, N = 4 * PER }; /* 64-byte class: 128 slots, 4 full spans */
    static uint8_t *objs[N], *kept[N / 2], *fresh[N / 2];
    static uintptr_t freed[N / 2], got[N / 2];
    Heap *h = new_heap();
    GcCache *c = heap_cache_new(h);
    for (int i = 0; i < N; i++) {
        objs[i] = gc_alloc(c, 64, NULL);
        memset(objs[i], i % 200 + 1, 64);
    }
    for (int i = 0; i < N / 2; i++) {
        kept[i] = objs[2 * i];
        freed[i] = (uintptr_t)objs[2 * i + 1];
    }
    cr_assert_eq(stats(h)->heap_objects, N);
    Roots r = {(const void *const *)kept, N / 2, 0, 0};
    collect_r(h, &r, 1, finish_sweep);
    /* the next N/2 allocations take exactly the freed slots (sweeping lazily or not) */
    for (int i = 0; i < N / 2; i++) {
        fresh[i] = gc_alloc(c, 64, NULL);
        got[i] = (uintptr_t)fresh[i];
        cr_assert(is_zero(fresh[i], 64), "a reused slot is cleared");
        memset(fresh[i], 0xCC, 64);
    }
    qsort(freed, N / 2, sizeof(uintptr_t), ptr_cmp);
    qsort(got, N / 2, sizeof(uintptr_t), ptr_cmp);
    for (int i = 0; i < N / 2; i++)
        cr_assert_eq(got[i], freed[i], "freed slots are reused");
    heap_finish_sweep(h);
    for (int i = 0; i < N / 2; i++)
        cr_assert(is_filled(kept[i], 64, (uint8_t)(2 * i % 200 + 1)), "kept object %d changed", i);
    cr_assert_eq(stats(h)->heap_objects, N);
    cr_assert_eq(stats(h)->mallocs, N + N / 2);
    cr_assert_eq(stats(h)->frees, N / 2);
    check_pages(h);
    heap_free(h);
}

Test(sweep, freed_slots_are_reused_and_kept_objects_keep_their_bytes)
{
    alternate_keep_and_reuse(true);
}

Test(sweep, lazy_sweeping_reuses_freed_slots_too)
{
    alternate_keep_and_reuse(false);
}

Test(sweep, objects_reachable_through_pointer_fields_survive)
{
    enum { N = 20000 };
    Heap *h = new_heap();
    GcCache *c = heap_cache_new(h);
    static Node *list[N], *junk[N];
    Node *head = NULL, *jhead = NULL;
    for (int i = 0; i < N; i++) {
        list[i] = gc_alloc(c, sizeof(Node), &node_layout);
        list[i]->val = (uint64_t)i * 3;
        list[i]->next = head;
        head = list[i];
        junk[i] = gc_alloc(c, sizeof(Node), &node_layout); /* interleaved garbage, a list too */
        junk[i]->next = jhead;
        jhead = junk[i];
    }
    cr_assert_eq(stats(h)->heap_objects, 2 * N);
    const void *roots[] = {head};
    collect(h, roots, 1);
    cr_assert_eq(stats(h)->heap_objects, N, "the list survives, the garbage list does not");
    size_t n = 0;
    for (Node *p = head; p; p = p->next, n++) {
        cr_assert(is_live(h, p));
        cr_assert_eq(p->val, (uint64_t)(N - 1 - n) * 3);
    }
    cr_assert_eq(n, N);
    for (int i = 0; i < N; i++)
        cr_assert(!is_live(h, junk[i]));
    heap_free(h);
}

Test(sweep, unreachable_cycle_is_freed)
{
    Heap *h = new_heap();
    GcCache *c = heap_cache_new(h);
    Node *a = gc_alloc(c, sizeof(Node), &node_layout);
    Node *b = gc_alloc(c, sizeof(Node), &node_layout);
    Node *d = gc_alloc(c, sizeof(Node), &node_layout);
    Node *self = gc_alloc(c, sizeof(Node), &node_layout);
    a->next = b;
    b->next = a;
    self->next = self;
    d->val = 42;
    cr_assert_eq(stats(h)->heap_objects, 4);
    const void *roots[] = {d};
    collect(h, roots, 1);
    GcMemStats *st = stats(h);
    cr_assert_eq(st->heap_objects, 1, "the 2-cycle and the self-loop are freed");
    cr_assert_eq(st->frees, 3);
    cr_assert(!is_live(h, a) && !is_live(h, b) && !is_live(h, self));
    cr_assert(is_live(h, d));
    cr_assert_eq(d->val, 42);
    /* the same cycle, reachable from a root, lives */
    a = gc_alloc(c, sizeof(Node), &node_layout);
    b = gc_alloc(c, sizeof(Node), &node_layout);
    a->next = b;
    b->next = a;
    d->next = a;
    collect(h, roots, 1);
    cr_assert(is_live(h, a) && is_live(h, b));
    cr_assert_eq(stats(h)->heap_objects, 3);
    heap_free(h);
}

Test(sweep, dead_spans_go_back_to_the_page_heap)
{
    Heap *h = new_heap();
    GcCache *c = heap_cache_new(h);
    for (int i = 0; i < 10000; i++)
        gc_alloc(c, 48, NULL);
    void *big = gc_alloc(c, 3 << 20, &ptrs8);
    uint64_t inuse = stats(h)->heap_inuse;
    cr_assert_geq(inuse, (3 << 20) + 10000 * 48);
    collect_none(h);
    GcMemStats *st = stats(h);
    cr_assert_eq(st->heap_inuse, 0, "every span was empty: all freed");
    cr_assert_eq(st->heap_objects, 0);
    cr_assert_eq(st->heap_alloc, 0);
    cr_assert_null(span(h, big));
    check_pages(h);
    /* the pages come back for a different use, zeroed */
    uint8_t *again = gc_alloc(c, 3 << 20, NULL);
    cr_assert(is_zero(again, 3 << 20));
    heap_free(h);
}

/* ---- 5. interior pointers ---- */

Test(interior, a_pointer_into_an_object_keeps_all_of_it)
{
    static const size_t sizes[] = {16, 48, 112, 1024, 1408, 3200, 6784, 27264, 32768, 100000};
    Heap *h = new_heap();
    GcCache *c = heap_cache_new(h);
    for (size_t k = 0; k < ARRAY_LEN(sizes); k++) {
        size_t size = sizes[k];
        for (int where = 0; where < 3; where++) {
            uint8_t *before = gc_alloc(c, size, NULL);
            uint8_t *obj = gc_alloc(c, size, NULL);
            uint8_t *after = gc_alloc(c, size, NULL);
            memset(obj, 0x3C, size);
            size_t off = where == 0 ? 1 : where == 1 ? size / 2 : size - 1;
            const void *roots[] = {obj + off};
            collect(h, roots, 1);
            cr_assert(is_live(h, obj), "size %zu: a pointer at offset %zu keeps it", size, off);
            cr_assert(!is_live(h, before), "size %zu, offset %zu: the slot before", size, off);
            cr_assert(!is_live(h, after), "size %zu, offset %zu: the slot after", size, off);
            cr_assert(is_filled(obj, size, 0x3C));
            collect_none(h);
        }
    }
    /* interior pointers stored in objects (fields, slices into arrays) */
    uint8_t *arr = gc_alloc(c, 4000, NULL);
    uintptr_t *holder = gc_alloc(c, 16, &ptrs8);
    holder[0] = (uintptr_t)(arr + 3999);
    const void *roots[] = {holder};
    collect(h, roots, 1);
    cr_assert(is_live(h, arr), "a field pointing at an array's last byte");
    heap_free(h);
}

Test(interior, a_pointer_into_a_spans_tail_keeps_nothing)
{
    /* 48-byte class: 170 slots use 8160 bytes of the page, 32 are left over */
    Heap *h = new_heap();
    GcCache *c = heap_cache_new(h);
    uint8_t *first = gc_alloc(c, 48, NULL);
    Span *s = span(h, first);
    cr_assert_eq(s->nelems, 170);
    static uint8_t *objs[170];
    objs[0] = first;
    for (int i = 1; i < 170; i++)
        objs[i] = gc_alloc(c, 48, NULL);
    uintptr_t tail = s->base + 170 * 48;
    int a_local;
    const void *roots[] = {(void *)tail, (void *)(tail + 31), &a_local, NULL,
                           (void *)(h->arena_start - 8), (void *)atomic_load(&h->arena_used),
                           objs[5]};
    collect(h, roots, ARRAY_LEN(roots));
    cr_assert_eq(stats(h)->heap_objects, 1, "only the real object is kept");
    cr_assert(is_live(h, objs[5]));
    cr_assert(!is_live(h, objs[169]), "the tail does not count as the last slot");
    heap_free(h);
}

/* ---- 6. pointer maps: noscan objects, arrays, prefixes ---- */

Test(pointer_maps, noscan_objects_are_not_scanned)
{
    Heap *h = new_heap();
    GcCache *c = heap_cache_new(h);
    void *t1 = gc_alloc(c, 16, NULL), *t2 = gc_alloc(c, 16, NULL);
    void *t3 = gc_alloc(c, 16, &ptrs8), *t4 = gc_alloc(c, 100000, NULL);
    uintptr_t *noscan = gc_alloc(c, 64, NULL);          /* small, no pointers */
    uintptr_t *noscan_large = gc_alloc(c, 50000, NULL); /* large, no pointers */
    noscan[0] = (uintptr_t)t1;
    noscan[7] = (uintptr_t)t3;
    noscan_large[0] = (uintptr_t)t2;
    noscan_large[6000] = (uintptr_t)t4;
    const void *roots[] = {noscan, noscan_large};
    collect(h, roots, 2);
    cr_assert(is_live(h, noscan) && is_live(h, noscan_large));
    cr_assert(!is_live(h, t1) && !is_live(h, t2) && !is_live(h, t3) && !is_live(h, t4),
              "pointers stored in noscan objects keep nothing");
    cr_assert_eq(noscan[0], (uintptr_t)t1, "the bytes themselves are kept");
    /* the same, stored in scan objects, keeps them */
    t1 = gc_alloc(c, 16, NULL);
    t4 = gc_alloc(c, 100000, NULL);
    uintptr_t *scan = gc_alloc(c, 64, &ptrs8);
    uintptr_t *scan_large = gc_alloc(c, 50000, &ptrs8);
    scan[7] = (uintptr_t)t1;
    scan_large[6000] = (uintptr_t)t4;
    const void *roots2[] = {scan, scan_large};
    collect(h, roots2, 2);
    cr_assert(is_live(h, t1) && is_live(h, t4));
    cr_assert_eq(stats(h)->heap_objects, 4);
    heap_free(h);
}

Test(pointer_maps, array_layouts_repeat_per_element)
{
    /* struct { p *T; n int; q *T } (24 bytes), 40 elements: words 0 and 2 of each element */
    static const GcLayout elem = {24, 3, &mask_w02, 0};
    enum { NE = 40 };
    Heap *h = new_heap();
    GcCache *c = heap_cache_new(h);
    uintptr_t *arr = gc_alloc(c, NE * 24, &elem);
    static void *targets[NE * 3];
    for (int i = 0; i < NE * 3; i++) {
        targets[i] = gc_alloc(c, 8, NULL);
        arr[i] = (uintptr_t)targets[i];
    }
    const void *roots[] = {arr};
    collect(h, roots, 1);
    for (int i = 0; i < NE * 3; i++)
        cr_assert_eq(is_live(h, targets[i]), i % 3 != 1, "word %d of the array", i);
    heap_free(h);
}

Test(pointer_maps, prefix_layouts_describe_the_first_element_only)
{
    /* a box: one header element with a pointer, then raw bytes */
    static const GcLayout box = {16, 1, &mask_w0, GCL_PREFIX};
    Heap *h = new_heap();
    GcCache *c = heap_cache_new(h);
    uintptr_t *obj = gc_alloc(c, 256, &box);
    static void *targets[32];
    for (int i = 0; i < 32; i++) {
        targets[i] = gc_alloc(c, 8, NULL);
        obj[i] = (uintptr_t)targets[i];
    }
    const void *roots[] = {obj};
    collect(h, roots, 1);
    for (int i = 0; i < 32; i++)
        cr_assert_eq(is_live(h, targets[i]), i == 0, "word %d", i);
    heap_free(h);
}

/*
 * Regression (malloc.c, write_ptr_bits): the fast path for one-word elements,
 *     if (ew == 1 && (l->mask[0] & 1)) { bits_fill(..., words, true); return; }
 * runs before GCL_PREFIX is looked at, so a prefix layout whose header is a single pointer
 * word ({8, 1, {1}, GCL_PREFIX}: a pointer followed by raw bytes) marks every word of the
 * object as a pointer. The raw bytes are then scanned: any of them that looks like a heap
 * address keeps an object alive (and a precise collector's contract is broken). No layout
 * of the VM has this shape today (boxes of zero-size types have no pointers), so it is
 * latent. Fix: test !(l->flags & GCL_PREFIX) in the fast path's condition.
 * Reproducer: obj = gc_alloc(c, 64, &(GcLayout){8, 1, &one, GCL_PREFIX}); obj[3] = (uintptr_t)t;
 * root obj only; collect; t is still allocated.
 */
Test(pointer_maps, one_word_prefix_layout_scans_only_its_header)
{
    static const GcLayout box1 = {8, 1, &mask_w0, GCL_PREFIX};
    Heap *h = new_heap();
    GcCache *c = heap_cache_new(h);
    uintptr_t *obj = gc_alloc(c, 64, &box1);
    void *head = gc_alloc(c, 8, NULL), *data = gc_alloc(c, 8, NULL);
    obj[0] = (uintptr_t)head;
    obj[3] = (uintptr_t)data; /* raw bytes that happen to hold a heap address */
    const void *roots[] = {obj};
    collect(h, roots, 1);
    cr_assert(is_live(h, head));
    cr_assert(!is_live(h, data), "word 3 of a one-word-prefix object was scanned as a pointer");
    heap_free(h);
}

Test(pointer_maps, a_reused_slot_forgets_its_old_pointer_bits)
{
    /* fill a 32-byte scan span with all-pointer objects, free all but slot 0 (so the span
     * survives and its slots are reused), then reuse them with a layout whose only pointer
     * is word 0: pointers in words 1..3 must not keep anything */
    Heap *h = new_heap();
    GcCache *c = heap_cache_new(h);
    enum { PER = 256 };
    static uintptr_t *objs[PER], *again[PER];
    static void *targets[PER];
    for (int i = 0; i < PER; i++) {
        objs[i] = gc_alloc(c, 32, &ptrs8);
        for (int w = 0; w < 4; w++)
            objs[i][w] = (uintptr_t)objs[0];
    }
    const void *keep0[] = {objs[0]};
    collect(h, keep0, 1);
    cr_assert_eq(stats(h)->heap_objects, 1);
    static const void *roots[PER + 1];
    roots[0] = objs[0];
    for (int i = 0; i < PER - 1; i++) {
        again[i] = gc_alloc(c, 32, &first_word);
        cr_assert_eq(span(h, again[i]), span(h, objs[0]), "the slots are reused");
        cr_assert(is_zero(again[i], 32));
        targets[i] = gc_alloc(c, 16, NULL);
        again[i][1 + i % 3] = (uintptr_t)targets[i];
        roots[i + 1] = again[i];
    }
    collect(h, roots, PER);
    for (int i = 0; i < PER - 1; i++)
        cr_assert(!is_live(h, targets[i]), "object %d: a stale pointer bit kept its target", i);
    cr_assert_eq(stats(h)->heap_objects, PER);
    heap_free(h);
}

/*
 * Regression (mheap.c span_init_class / mgc.c scan_object): a large span's elemsize is a uint32_t
 * capped at UINT32_MAX, and scan_object scans elemsize / 8 words, so a pointer-holding
 * object above 4 GiB (a []*T of more than 2^29 elements) is scanned only over its first
 * 4 GiB: whatever is reachable only through its later words is freed while still in use.
 * heap_read_stats (heap_alloc = alloc_count * elemsize) and the marked bytes (hence the
 * pacer's goal) undercount such an object the same way. Reproducer (reserves 6 GiB of
 * address space, touches three pages): allocate 6 GiB with the layout {2 GiB, 1, {1}} (a
 * pointer at the start of each 2 GiB element), store a pointer to a small object at offset
 * 4 GiB, root the big object only, collect: the small object is freed. Fix: a 64-bit size
 * for large spans (npages << PAGE_SHIFT) in scan_object and the statistics.
 */
Test(pointer_maps, scan_object_above_4GiB_is_scanned_whole, .timeout = 60)
{
    static const GcLayout huge = {0x80000000u, 1, &mask_w0, 0};
    Heap *h = new_heap();
    GcCache *c = heap_cache_new(h);
    size_t size = (size_t)3 << 31;
    uintptr_t *big = gc_alloc(c, size, &huge);
    void *t0 = gc_alloc(c, 16, NULL), *t2 = gc_alloc(c, 16, NULL);
    big[0] = (uintptr_t)t0;
    big[((size_t)4 << 30) / 8] = (uintptr_t)t2;
    const void *roots[] = {big};
    collect(h, roots, 1);
    cr_assert(is_live(h, t0));
    cr_expect_geq(stats(h)->heap_alloc, size, "heap_alloc counts the whole object");
    cr_assert(is_live(h, t2), "the pointer 4 GiB into the object was not scanned");
    heap_free(h);
}

/* ---- 7. releasing memory ---- */

Test(release, release_free_returns_every_free_page)
{
    Heap *h = new_heap();
    GcCache *c = heap_cache_new(h);
    enum { NBIG = 64 };
    static uint8_t *big[NBIG];
    for (int i = 0; i < NBIG; i++) {
        big[i] = gc_alloc(c, 256 << 10, NULL);
        memset(big[i], 0x77, 256 << 10);
    }
    void *small = gc_alloc(c, 100, NULL);
    GcMemStats *st = stats(h);
    uint64_t released0 = st->heap_released;
    uint64_t inuse0 = st->heap_inuse;
    cr_assert_geq(inuse0, (uint64_t)NBIG << 18);
    const void *roots[] = {small};
    collect(h, roots, 1);
    heap_release_free(h);
    st = stats(h);
    cr_assert_geq(st->heap_released, released0 + ((uint64_t)NBIG << 18),
                  "the dropped structure's pages are released");
    cr_assert_eq(st->heap_released, st->heap_idle, "every free page is released");
    cr_assert_eq(st->heap_inuse, PAGE_SIZE, "only the small object's span is left");
    check_pages(h);
    /* released pages come back zeroed, and are no longer counted as released */
    uint8_t *p = gc_alloc(c, 256 << 10, NULL);
    cr_assert(is_zero(p, 256 << 10));
    st = stats(h);
    cr_assert_eq(st->heap_released, st->heap_idle, "the rest of the free pages stay released");
    check_pages(h);
    heap_free(h);
}

Test(release, freed_pages_next_to_released_ones_stay_apart_until_released)
{
    Heap *h = new_heap();
    GcCache *c = heap_cache_new(h);
    static void *objs[16];
    for (int i = 0; i < 16; i++)
        objs[i] = gc_alloc(c, 5 * PAGE_SIZE, NULL);
    /* free the even ones and release them, then the odd ones: released and resident free
     * runs meet and stay apart (check_pages), until the resident ones are released too and
     * everything merges into released runs */
    static const void *odd[8];
    for (int i = 0; i < 8; i++)
        odd[i] = objs[2 * i + 1];
    collect(h, odd, 8);
    heap_release_free(h);
    check_pages(h);
    collect_none(h);
    check_pages(h);
    GcMemStats *st = stats(h);
    cr_assert_eq(st->heap_inuse, 0);
    cr_assert_leq(st->heap_released, st->heap_idle);
    heap_release_free(h);
    st = stats(h);
    cr_assert_eq(st->heap_released, st->heap_sys);
    check_pages(h);
    heap_free(h);
}

Test(release, resident_pages_are_reused_before_released_ones)
{
    Heap *h = new_heap();
    GcCache *c = heap_cache_new(h);
    enum { RUN = 64 * PAGE_SIZE };
    static void *a, *b, *fence;
    a = gc_alloc(c, RUN, NULL);
    fence = gc_alloc(c, RUN, NULL); /* keeps a's and b's runs from merging */
    b = gc_alloc(c, RUN, NULL);
    heap_release_free(h); /* the rest of the arena: released */
    const void *keep[] = {fence};
    collect(h, keep, 1); /* a's and b's runs are free and resident */
    cr_assert_eq(mheap_scavenge(h, RUN), (size_t)RUN, "one of the two runs is released");
    const Span *sa = h->spans[((uintptr_t)a - h->arena_start) >> PAGE_SHIFT];
    const Span *sb = h->spans[((uintptr_t)b - h->arena_start) >> PAGE_SHIFT];
    cr_assert(sa->scavenged != sb->scavenged);
    void *resident = sa->scavenged ? b : a;
    check_pages(h);
    cr_assert_eq(gc_alloc(c, RUN, NULL), resident, "the resident run is taken first");
    check_pages(h);
    heap_free(h);
}

/* ---- 8. the pacer ---- */

Test(pacer, gc_percent_defaults_to_100_and_returns_the_previous_value)
{
    clean_env();
    Heap *h = heap_new();
    cr_assert_eq(heap_set_gc_percent(h, 50), 100, "GOGC unset: 100");
    cr_assert_eq(heap_set_gc_percent(h, 200), 50);
    cr_assert_eq(stats(h)->next_gc, (uint64_t)8 << 20, "the 4 MiB minimum scales with GOGC");
    cr_assert_eq(heap_set_gc_percent(h, -5), 200);
    cr_assert_eq(stats(h)->next_gc, 0, "off: no goal");
    cr_assert_eq(heap_set_gc_percent(h, 100), -1, "negative values read back as -1");
    cr_assert_eq(stats(h)->next_gc, (uint64_t)4 << 20);
    heap_free(h);
}

Test(pacer, memory_limit_defaults_to_none_and_caps_the_goal)
{
    clean_env();
    Heap *h = heap_new();
    cr_assert_eq(heap_set_memory_limit(h, -1), INT64_MAX, "no limit by default");
    cr_assert_eq(heap_set_memory_limit(h, -1), INT64_MAX, "negative: unchanged");
    cr_assert_eq(heap_set_memory_limit(h, (int64_t)3 << 20), INT64_MAX);
    cr_assert_eq(heap_set_memory_limit(h, -1), (int64_t)3 << 20);
    uint64_t goal = stats(h)->next_gc;
    cr_assert_gt(goal, 0);
    cr_assert_leq(goal, (uint64_t)2 << 20, "3 MiB limit, 1 MiB headroom: under 2 MiB");
    cr_assert_eq(heap_set_memory_limit(h, INT64_MAX), (int64_t)3 << 20);
    cr_assert_eq(stats(h)->next_gc, (uint64_t)4 << 20);
    heap_free(h);
}

Test(pacer, environment_sets_gogc_and_gomemlimit)
{
    clean_env();
    setenv("GOGC", "50", 1);
    setenv("GOMEMLIMIT", "512MiB", 1);
    Heap *h = heap_new();
    cr_assert_eq(heap_set_gc_percent(h, 100), 50);
    cr_assert_eq(heap_set_memory_limit(h, -1), (int64_t)512 << 20);
    heap_free(h);
    setenv("GOGC", "off", 1);
    setenv("GOMEMLIMIT", "off", 1);
    h = heap_new();
    cr_assert_eq(heap_set_gc_percent(h, 100), -1);
    cr_assert_eq(heap_set_memory_limit(h, -1), INT64_MAX);
    heap_free(h);
    setenv("GOGC", "bogus", 1);
    setenv("GOMEMLIMIT", "12345", 1);
    h = heap_new();
    cr_assert_eq(heap_set_gc_percent(h, 100), 100, "malformed GOGC: the default");
    cr_assert_eq(heap_set_memory_limit(h, -1), 12345);
    heap_free(h);
    clean_env();
}

/*
 * Regression (mgc.c read_gogc): a negative GOGC from the environment is stored as given, so
 * GOGC=-5 makes debug.SetGCPercent return -5 where Go returns -1 (Go's setGCPercent turns
 * every negative value into -1, for the environment and for SetGCPercent alike; Gale's
 * heap_set_gc_percent does it only for the latter). read_gogc also takes "+50" and " 50"
 * (strtoll) where Go's atoi rejects them and keeps 100. Reproducer: GOGC=-5, heap_new,
 * heap_set_gc_percent(h, 100) returns -5.
 */
Test(pacer, negative_gogc_from_the_environment_reads_back_as_minus_one)
{
    clean_env();
    setenv("GOGC", "-5", 1);
    Heap *h = heap_new();
    cr_assert_eq(heap_set_gc_percent(h, 100), -1);
    heap_free(h);
    setenv("GOGC", "+50", 1);
    h = heap_new();
    cr_assert_eq(heap_set_gc_percent(h, 100), 100, "Go rejects a sign other than '-'");
    heap_free(h);
    clean_env();
}

Test(pacer, goal_follows_the_marked_heap_and_the_roots)
{
    enum { NBIG = 8 };
    Heap *h = new_heap();
    GcCache *c = heap_cache_new(h);
    static const void *big[NBIG];
    for (int i = 0; i < NBIG; i++)
        big[i] = gc_alloc(c, 1 << 20, NULL);
    gc_alloc(c, 1 << 20, NULL); /* garbage */
    Roots r = {big, NBIG, 1 << 20, 1 << 20};
    collect_r(h, &r, 1, true);
    /* goal = live + (live + stacks + globals) * GOGC / 100 */
    cr_assert_eq(stats(h)->next_gc, (uint64_t)(8 + 10) << 20);
    cr_assert_eq(heap_set_gc_percent(h, 50), 100);
    cr_assert_eq(stats(h)->next_gc, (uint64_t)(8 + 5) << 20);
    cr_assert_eq(atomic_load(&h->trigger), atomic_load(&h->goal));
    /* a limit below the live heap: the goal never goes below the live heap */
    heap_set_memory_limit(h, 1 << 20);
    cr_assert_eq(stats(h)->next_gc, (uint64_t)8 << 20);
    heap_free(h);
}

static void count_request(void *ctx)
{
    (*(int *)ctx)++;
}

Test(pacer, request_hook_fires_once_the_trigger_is_reached)
{
    Heap *h = new_heap();
    GcCache *c = heap_cache_new(h);
    int calls = 0;
    heap_set_request_hook(h, count_request, &calls);
    gc_alloc(c, 1 << 20, NULL);
    for (int i = 0; i < 1000; i++)
        gc_alloc(c, 1000, NULL);
    cr_assert_eq(calls, 0, "under the 4 MiB goal");
    cr_assert(!heap_gc_requested(h));
    gc_alloc(c, 3 << 20, NULL);
    cr_assert_geq(calls, 1, "past the goal");
    cr_assert(heap_gc_requested(h));
    collect_none(h);
    cr_assert(!heap_gc_requested(h), "a collection answers the request");
    calls = 0;
    heap_set_gc_percent(h, -1);
    gc_alloc(c, 16 << 20, NULL);
    cr_assert_eq(calls, 0, "GOGC off: never");
    cr_assert(!heap_gc_requested(h));
    heap_set_gc_percent(h, 100); /* 16 MiB live since the last cycle: due at once */
    cr_assert_geq(calls, 1);
    heap_free(h);
}

/* ---- roots through word masks (global blocks, frames) ---- */

typedef struct WordRoots {
    const uintptr_t *words;
    size_t n;
    const uint8_t *mask;
} WordRoots;

static void mark_word_roots(void *ctx, GcMarker *m)
{
    WordRoots *r = ctx;
    gc_mark_words(m, r->words, r->n, r->mask);
}

Test(roots, mark_words_follows_the_mask_only)
{
    Heap *h = new_heap();
    GcCache *c = heap_cache_new(h);
    enum { NW = 20 };
    static void *targets[NW];
    uintptr_t block[NW]; /* a global block: words 0, 3, 9, 10 and 17 are pointers */
    static const uint8_t mask[3] = {0x09, 0x06, 0x02};
    for (int i = 0; i < NW; i++) {
        targets[i] = gc_alloc(c, 40, NULL);
        block[i] = (uintptr_t)targets[i] + (i % 5) * 8; /* interior pointers too */
    }
    block[10] = 0; /* a nil pointer word */
    WordRoots r = {block, NW, mask};
    heap_collect(h, mark_word_roots, &r, 1, true, nanotime());
    heap_collect_finish(h);
    heap_finish_sweep(h);
    for (int i = 0; i < NW; i++)
        cr_assert_eq(is_live(h, targets[i]), i == 0 || i == 3 || i == 9 || i == 17, "word %d", i);
    heap_free(h);
}

/* ---- GODEBUG: gcstress and gctrace ---- */

Test(godebug, gcstress_poisons_freed_objects_and_triggers_early)
{
    clean_env();
    setenv("GODEBUG", "gctrace=0,gcstress=1", 1);
    Heap *h = heap_new();
    clean_env();
    cr_assert(h->gcstress != 0);
    GcCache *c = heap_cache_new(h);
    int calls = 0;
    heap_set_request_hook(h, count_request, &calls);
    uint8_t *keep = gc_alloc(c, 64, NULL), *dead = gc_alloc(c, 64, NULL);
    memset(keep, 0x11, 64);
    memset(dead, 0x22, 64);
    const void *roots[] = {keep};
    collect(h, roots, 1);
    cr_assert(is_filled(keep, 64, 0x11));
    cr_assert(is_filled(dead, 64, 0xA5), "a freed object is filled with 0xA5");
    cr_assert(is_zero(gc_alloc(c, 64, NULL), 64), "and zeroed when reused");
    calls = 0;
    for (int i = 0; i < 200 && !calls; i++)
        gc_alloc(c, 1024, NULL);
    cr_assert_geq(calls, 1, "gcstress: a request 64 KiB past the live heap");
    cr_assert_lt(stats(h)->heap_alloc, 256 << 10);
    heap_free(h);
}

Test(godebug, gctrace_prints_gos_line, .init = cr_redirect_stderr)
{
    clean_env();
    setenv("GODEBUG", "gctrace=1", 1);
    Heap *h = heap_new();
    clean_env();
    h->gcstress = 0;
    GcCache *c = heap_cache_new(h);
    const void *roots[] = {gc_alloc(c, 3 << 20, NULL)};
    collect(h, roots, 1);
    Roots r = {roots, 1, 0, 0};
    heap_collect(h, mark_roots, &r, 2, false, nanotime());
    heap_collect_finish(h);
    heap_free(h);
    fflush(stderr);
    FILE *f = cr_get_redirected_stderr();
    char line[512];
    cr_assert_not_null(fgets(line, sizeof(line), f));
    cr_assert_eq(strncmp(line, "gc 1 @", 6), 0, "%s", line);
    cr_assert_not_null(strstr(line, "ms clock, "), "%s", line);
    cr_assert_not_null(strstr(line, " 3->3->3 MB, 6 MB goal, 0 MB stacks, 0 MB globals, 1 P (forced)\n"),
                       "%s", line);
    cr_assert_not_null(fgets(line, sizeof(line), f));
    cr_assert_eq(strncmp(line, "gc 2 @", 6), 0, "%s", line);
    cr_assert_not_null(strstr(line, ", 2 P\n"), "not forced: %s", line);
}

/* ---- statistics ---- */

Test(stats, counts_objects_frees_and_collections)
{
    Heap *h = new_heap();
    GcCache *c = heap_cache_new(h);
    static const void *keep[50];
    for (int i = 0; i < 100; i++) {
        void *p = gc_alloc(c, 24, NULL);
        if (i % 2)
            keep[i / 2] = p;
    }
    void *large = gc_alloc(c, 40000, NULL);
    GcMemStats *st = stats(h);
    cr_assert_eq(st->mallocs, 101);
    cr_assert_eq(st->frees, 0);
    cr_assert_eq(st->heap_objects, 101);
    cr_assert_eq(st->heap_alloc, 100 * 24 + 40960);
    cr_assert_eq(st->alloc, st->heap_alloc);
    cr_assert_eq(st->total_alloc, 100 * 24 + 40960);
    cr_assert_eq(st->num_gc, 0);
    cr_assert_geq(st->heap_sys, st->heap_inuse);
    cr_assert_eq(st->heap_idle, st->heap_sys - st->heap_inuse);
    cr_assert_eq(st->sys, st->heap_sys + st->other_sys);
    collect(h, keep, 50);
    Roots r = {keep, 50, 0, 0};
    heap_collect(h, mark_roots, &r, 1, false, nanotime()); /* not forced */
    heap_collect_finish(h);
    heap_finish_sweep(h);
    st = stats(h);
    cr_assert_eq(st->mallocs, 101);
    cr_assert_eq(st->frees, 51);
    cr_assert_eq(st->heap_objects, 50);
    cr_assert_eq(st->heap_alloc, 50 * 24);
    cr_assert_eq(st->total_alloc, 100 * 24 + 40960, "total_alloc never drops");
    cr_assert_eq(st->num_gc, 2);
    cr_assert_eq(st->num_forced_gc, 1);
    cr_assert_gt(st->last_gc, 0);
    cr_assert_eq(st->pause_total_ns, st->pause_ns[0] + st->pause_ns[1]);
    cr_assert_geq(st->pause_end[1], st->pause_end[0]);
    cr_assert_eq(heap_bytes_allocated(h), 100 * 24 + 40960);
    cr_assert_null(span(h, large));
    heap_free(h);
}

/* ---- parallel marking ---- */

typedef struct Tree {
    struct Tree *left, *right;
    uint64_t depth;
} Tree;
static const uint8_t mask_tree = 0x03;
static const GcLayout tree_layout = {sizeof(Tree), 2, &mask_tree, 0};

static Tree *make_tree(GcCache *c, int depth)
{
    Tree *t = gc_alloc(c, sizeof(Tree), &tree_layout);
    t->depth = (uint64_t)depth;
    if (depth > 0) {
        gc_alloc(c, sizeof(Tree), &tree_layout); /* garbage between the nodes */
        t->left = make_tree(c, depth - 1);
        t->right = make_tree(c, depth - 1);
    }
    return t;
}

static size_t check_tree(Heap *h, const Tree *t, int depth)
{
    cr_assert(is_live(h, t));
    cr_assert_eq(t->depth, (uint64_t)depth);
    if (!depth)
        return 1;
    return 1 + check_tree(h, t->left, depth - 1) + check_tree(h, t->right, depth - 1);
}

Test(parallel, several_mark_threads_keep_exactly_the_reachable_objects, .timeout = 30)
{
    enum { DEPTH = 12, WIDE = 4000 };
    Heap *h = new_heap();
    GcCache *c = heap_cache_new(h);
    /* a wide root object (lots of grey work at once, so workers spill) and a deep tree */
    uintptr_t *wide = gc_alloc(c, WIDE * 8, &ptrs8);
    for (int i = 0; i < WIDE; i++) {
        Node *n = gc_alloc(c, sizeof(Node), &node_layout);
        n->next = gc_alloc(c, sizeof(Node), &node_layout);
        wide[i] = (uintptr_t)n;
    }
    Tree *tree = make_tree(c, DEPTH);
    size_t nodes = ((size_t)1 << (DEPTH + 1)) - 1;
    const void *roots[] = {wide, tree};
    static const int procs[] = {4, 2, 8, 1};
    for (size_t k = 0; k < ARRAY_LEN(procs); k++) {
        Roots r = {roots, 2, 0, 0};
        collect_r(h, &r, procs[k], true);
        cr_assert_eq(check_tree(h, tree, DEPTH), nodes);
        cr_assert_eq(stats(h)->heap_objects, 1 + 2 * WIDE + nodes, "with %d threads", procs[k]);
        /* more garbage for the next round */
        for (int i = 0; i < 1000; i++)
            gc_alloc(c, sizeof(Node), &node_layout);
    }
    heap_free(h);
}

/* ---- a randomized churn, checked against reachability computed here ---- */

typedef struct Obj {
    uint8_t *p;
    size_t size;
    bool scan;
    uint8_t fill;        /* noscan: every byte */
    int *to;             /* scan: per word, the object it points to, or -1 */
    uint32_t *off;       /* scan: the offset into it (interior pointers) */
    bool reached;
} Obj;

static size_t churn_size(bool scan)
{
    uint64_t r = rnd() % 1000;
    size_t bytes = r < 900 ? 8 + rnd() % 1024 : r < 990 ? 8 + rnd() % 32768 : 32769 + rnd() % 200000;
    return scan ? (bytes + 7) / 8 * 8 : bytes;
}

Test(churn, every_object_lives_exactly_when_reachable, .timeout = 60)
{
    enum { BATCH = 2000, CYCLES = 5, MAXOBJ = BATCH * (CYCLES + 1) };
    static Obj objs[MAXOBJ];
    static const void *roots[MAXOBJ];
    static int queue[MAXOBJ];
    Heap *h = new_heap();
    GcCache *c = heap_cache_new(h);
    rng = 0x9E3779B97F4A7C15ull;
    size_t n = 0;
    for (int cycle = 0; cycle < CYCLES; cycle++) {
        size_t first = n;
        for (int i = 0; i < BATCH; i++) {
            Obj *o = &objs[n++];
            o->scan = rnd() % 2;
            o->size = churn_size(o->scan);
            o->p = gc_alloc(c, o->size, o->scan ? ((o->size / 8) % 2 ? &ptrs8 : &ptrs16) : NULL);
            cr_assert(is_zero(o->p, o->size), "cycle %d: object %d not zeroed", cycle, i);
            o->to = NULL;
            o->off = NULL;
            if (!o->scan) {
                o->fill = (uint8_t)(rnd() % 255 + 1);
                memset(o->p, o->fill, o->size);
            }
        }
        /* pointers: new scan objects point at random objects, old or new (cycles too) */
        for (size_t i = first; i < n; i++) {
            Obj *o = &objs[i];
            if (!o->scan)
                continue;
            size_t words = o->size / 8;
            o->to = malloc(words * sizeof(int));
            o->off = malloc(words * sizeof(uint32_t));
            for (size_t w = 0; w < words; w++) {
                o->to[w] = -1;
                if (rnd() % 100 < (words > 64 ? 2 : 15)) {
                    size_t t = rnd() % n;
                    o->to[w] = (int)t;
                    o->off[w] = (uint32_t)(rnd() % objs[t].size);
                    ((uintptr_t *)o->p)[w] = (uintptr_t)objs[t].p + o->off[w];
                }
            }
        }
        /* roots: a few percent; reachability by breadth-first search */
        size_t nroots = 0, qh = 0, qt = 0;
        for (size_t i = 0; i < n; i++)
            objs[i].reached = false;
        for (size_t i = 0; i < n; i++)
            if (rnd() % 100 < 4) {
                /* a root may be an interior pointer too */
                roots[nroots++] = objs[i].p + rnd() % objs[i].size;
                if (!objs[i].reached) {
                    objs[i].reached = true;
                    queue[qt++] = (int)i;
                }
            }
        while (qh < qt) {
            Obj *o = &objs[queue[qh++]];
            if (!o->scan)
                continue;
            for (size_t w = 0; w < o->size / 8; w++)
                if (o->to[w] >= 0 && !objs[o->to[w]].reached) {
                    objs[o->to[w]].reached = true;
                    queue[qt++] = o->to[w];
                }
        }
        Roots r = {roots, nroots, 0, 0};
        collect_r(h, &r, 1 + cycle % 3, true);
        check_pages(h);
        /* every object: alive exactly when reachable; survivors intact */
        size_t live = 0;
        for (size_t i = 0; i < n; i++) {
            Obj *o = &objs[i];
            if (is_live(h, o->p) != o->reached)
                cr_assert_fail("cycle %d: object %zu (%zu bytes, %s) reachable %d, live %d", cycle,
                               i, o->size, o->scan ? "scan" : "noscan", o->reached, !o->reached);
            if (!o->reached)
                continue;
            live++;
            if (!o->scan) {
                cr_assert(is_filled(o->p, o->size, o->fill), "cycle %d: object %zu changed", cycle, i);
                continue;
            }
            for (size_t w = 0; w < o->size / 8; w++) {
                uintptr_t want = o->to[w] < 0 ? 0 : (uintptr_t)objs[o->to[w]].p + o->off[w];
                cr_assert_eq(((uintptr_t *)o->p)[w], want, "cycle %d: object %zu word %zu", cycle, i, w);
            }
        }
        cr_assert_eq(stats(h)->heap_objects, live);
        /* keep the survivors, renumbered */
        static int newidx[MAXOBJ];
        size_t m = 0;
        for (size_t i = 0; i < n; i++)
            newidx[i] = objs[i].reached ? (int)m++ : -1;
        m = 0;
        for (size_t i = 0; i < n; i++) {
            if (!objs[i].reached) {
                free(objs[i].to);
                free(objs[i].off);
                continue;
            }
            Obj o = objs[i];
            if (o.scan)
                for (size_t w = 0; w < o.size / 8; w++)
                    if (o.to[w] >= 0)
                        o.to[w] = newidx[o.to[w]];
            objs[m++] = o;
        }
        n = m;
    }
    for (size_t i = 0; i < n; i++) {
        free(objs[i].to);
        free(objs[i].off);
    }
    heap_free(h);
}
