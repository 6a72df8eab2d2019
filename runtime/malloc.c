/*
 * malloc.c — object allocation (Go's mallocgc, mcache and mcentral; docs/gc.md).
 *
 * Objects up to 32 KiB are rounded to one of Go's 67 size classes and carved from spans of
 * that class; each span class exists twice, for objects with pointers (scan) and without
 * (noscan: never looked inside by the marker). A GcCache (one per P) holds one span per span
 * class and allocates from it without locks: the span's allocation bitmap, read 64 slots at
 * a time through alloc_cache, gives the next free slot. When the span is full the cache
 * trades it at the class's MCentral for one with free slots, sweeping unswept spans on the
 * way (lazy sweeping), or a new one from the page heap. Larger objects get spans of their
 * own straight from the page heap.
 *
 * Pointer maps: a scan span has a bitmap with one bit per word (ptr_bits); gc_alloc writes
 * the object's bits from its GcLayout, so the marker never needs the layout again (a map's
 * group layout may die before its groups).
 *
 * Accounting: a span's free slots count as live (Heap.heap_live) from the moment a cache
 * takes it, and are given back when the cache returns it, as Go does: no atomic per object.
 */
#include "runtime/gc_internal.h"

#include <string.h>

void central_init(MCentral *c)
{
    pthread_mutex_init(&c->lock, NULL);
}

/* ---- central span lists (the central's lock) ---- */

static Span **list_head(MCentral *c, int list, int gen)
{
    return list == LIST_PARTIAL ? &c->partial[gen] : &c->full[gen];
}

static void list_push(MCentral *c, Span *s, int list, int gen)
{
    span_list_push(list_head(c, list, gen), s);
    s->list = (uint8_t)list;
    s->listgen = (uint8_t)gen;
}

static void list_remove(MCentral *c, Span *s)
{
    if (s->list == LIST_NONE)
        return;
    span_list_unlink(list_head(c, s->list, s->listgen), s);
    s->list = LIST_NONE;
}

static int swept_set(uint32_t sg)
{
    return (sg / 2) & 1;
}

/* span_file puts a swept span no cache holds on its central's list (lock held). */
static void span_file(Heap *h, MCentral *c, Span *s)
{
    int gen = swept_set(atomic_load(&h->sweepgen));
    list_push(c, s, s->alloc_count < s->nelems ? LIST_PARTIAL : LIST_FULL, gen);
}

void span_refill_cache(Span *s)
{
    uint32_t fi = s->freeindex;
    if (fi >= s->nelems) {
        s->alloc_cache = 0;
        return;
    }
    s->alloc_cache = ~ALLOC_WORD(s, fi / 64) >> (fi % 64);
}

/* ---- sweeping (called from mgc.c too) ---- */

/* poison_freed fills the objects a sweep frees with a pattern (gcstress), so that a use
 * after free (a root the VM failed to report) shows at once. */
static void poison_freed(Span *s)
{
    for (uint32_t i = 0; i < s->nelems; i++)
        if (span_allocated(s, i) && !(MARK_WORD(s, i / 64) >> (i % 64) & 1))
            memset((void *)(s->base + (uintptr_t)i * s->elemsize), 0xA5, s->elemsize);
    s->needzero = true;
}

bool sweep_span(Heap *h, Span *s, bool keep)
{
    uint32_t sg = atomic_load(&h->sweepgen);
    if ((s->spanclass >> 1) == 0) {
        if (MARK_WORD(s, 0) & 1) {
            MARK_WORD(s, 0) = 0;
            atomic_store(&s->sweepgen, sg);
            return true;
        }
        if (UNLIKELY(h->gcstress))
            memset((void *)s->base, 0xA5, s->npages << PAGE_SHIFT);
        mheap_free(h, s);
        return false;
    }
    size_t words = (s->nelems + 63) / 64;
    if (UNLIKELY(h->gcstress))
        poison_freed(s);
    uint32_t live = 0;
    for (size_t i = 0; i < words; i++) {
        live += (uint32_t)__builtin_popcountll(MARK_WORD(s, i));
        ALLOC_WORD(s, i) = MARK_WORD(s, i);
        MARK_WORD(s, i) = 0;
    }
    if (live < s->alloc_count)
        s->needzero = true;
    s->alloc_count = live;
    s->freeindex = 0;
    if (keep) {
        atomic_store(&s->sweepgen, sg);
        return true;
    }
    MCentral *c = &h->central[s->spanclass];
    pthread_mutex_lock(&c->lock);
    list_remove(c, s);
    if (live == 0) {
        pthread_mutex_unlock(&c->lock);
        mheap_free(h, s);
        return false;
    }
    span_file(h, c, s);
    atomic_store(&s->sweepgen, sg);
    pthread_mutex_unlock(&c->lock);
    return true;
}

/* claim takes an unswept span for sweeping. */
static bool claim(Span *s, uint32_t sg)
{
    uint32_t old = sg - 2;
    return atomic_load_explicit(&s->sweepgen, memory_order_relaxed) == old &&
           atomic_compare_exchange_strong(&s->sweepgen, &old, sg - 1);
}

/* central_take returns a swept span of class [spc] with a free slot, for a cache. */
static Span *central_take(Heap *h, int spc)
{
    MCentral *c = &h->central[spc];
    uint32_t sg = atomic_load(&h->sweepgen);
    int sw = swept_set(sg), un = sw ^ 1;
    Span *s;
    pthread_mutex_lock(&c->lock);
    if ((s = c->partial[sw])) {
        list_remove(c, s);
        pthread_mutex_unlock(&c->lock);
        return s;
    }
    /* unswept spans, partial ones first: sweeping may leave one full (every object
     * live), which is filed and passed over */
    for (int list = 0; list < 2; list++) {
        Span **head = list == 0 ? &c->partial[un] : &c->full[un];
        for (s = *head; s;) {
            if (!claim(s, sg)) {
                s = s->next;
                continue;
            }
            list_remove(c, s);
            pthread_mutex_unlock(&c->lock);
            atomic_fetch_add(&h->sweepers_active, 1);
            sweep_span(h, s, true);
            atomic_fetch_sub(&h->sweepers_active, 1);
            if (s->alloc_count < s->nelems)
                return s;
            pthread_mutex_lock(&c->lock);
            span_file(h, c, s);
            s = *head; /* the list may have changed while unlocked */
        }
    }
    pthread_mutex_unlock(&c->lock);
    int cls = spc >> 1;
    return mheap_alloc(h, gc_class_to_npages[cls], spc);
}

/* uncache gives a cache's span back to its central (world stopped, or the owner). */
static void uncache(Heap *h, Span *s)
{
    atomic_fetch_sub(&h->heap_live, (uint64_t)(s->nelems - s->alloc_count) * s->elemsize);
    MCentral *c = &h->central[s->spanclass];
    pthread_mutex_lock(&c->lock);
    span_file(h, c, s);
    pthread_mutex_unlock(&c->lock);
}

void cache_flush(GcCache *c)
{
    Heap *h = c->heap;
    for (int i = 0; i < NUM_SPANCLASSES; i++) {
        if (c->alloc[i] != &h->empty)
            uncache(h, c->alloc[i]);
        c->alloc[i] = &h->empty;
    }
}

GcCache *heap_cache_new(Heap *h)
{
    GcCache *c = xcalloc(1, sizeof(GcCache));
    c->heap = h;
    for (int i = 0; i < NUM_SPANCLASSES; i++)
        c->alloc[i] = &h->empty;
    pthread_mutex_lock(&h->lock);
    c->all_next = h->caches;
    if (h->caches)
        h->caches->all_prev = c;
    h->caches = c;
    pthread_mutex_unlock(&h->lock);
    return c;
}

void heap_cache_free(GcCache *c)
{
    Heap *h = c->heap;
    pthread_mutex_lock(&h->lock);
    if (c->all_prev)
        c->all_prev->all_next = c->all_next;
    else
        h->caches = c->all_next;
    if (c->all_next)
        c->all_next->all_prev = c->all_prev;
    h->retired_nmalloc += c->nmalloc;
    h->retired_alloc_bytes += c->alloc_bytes;
    pthread_mutex_unlock(&h->lock);
    free(c);
}

/* ---- allocation ---- */

/* next_free_slow finds the next free slot of [s] past the cached 64 (Go's nextFreeIndex);
 * returns nelems when the span is full. */
static uint32_t next_free_index(Span *s)
{
    uint32_t fi = s->freeindex, n = s->nelems;
    if (fi == n)
        return n;
    uint64_t cache = s->alloc_cache;
    while (cache == 0) {
        fi = (fi + 64) & ~63u;
        if (fi >= n) {
            s->freeindex = n;
            return n;
        }
        s->alloc_cache = cache = ~ALLOC_WORD(s, fi / 64);
    }
    unsigned bit = (unsigned)__builtin_ctzll(cache);
    uint32_t result = fi + bit;
    if (result >= n) {
        s->freeindex = n;
        return n;
    }
    s->alloc_cache = bit == 63 ? 0 : cache >> (bit + 1);
    fi = result + 1;
    if (fi % 64 == 0 && fi != n)
        s->alloc_cache = ~ALLOC_WORD(s, fi / 64);
    s->freeindex = fi;
    return result;
}

static inline void *next_free_fast(Span *s)
{
    uint64_t cache = s->alloc_cache;
    if (cache) {
        unsigned bit = (unsigned)__builtin_ctzll(cache);
        uint32_t result = s->freeindex + bit;
        if (result < s->nelems) {
            uint32_t fi = result + 1;
            if (fi % 64 == 0 && fi != s->nelems)
                return NULL;
            s->alloc_cache = bit == 63 ? 0 : cache >> (bit + 1);
            s->freeindex = fi;
            s->alloc_count++;
            return (void *)(s->base + (uintptr_t)result * s->elemsize);
        }
    }
    return NULL;
}

static NOINLINE void *next_free_slow(GcCache *c, int spc)
{
    Heap *h = c->heap;
    Span *s = c->alloc[spc];
    uint32_t idx = next_free_index(s);
    if (idx == s->nelems) {
        if (s != &h->empty)
            uncache(h, s);
        s = central_take(h, spc);
        span_refill_cache(s);
        atomic_fetch_add(&h->heap_live, (uint64_t)(s->nelems - s->alloc_count) * s->elemsize);
        c->alloc[spc] = s;
        gc_maybe_request(h);
        idx = next_free_index(s);
        ASSERT(idx < s->nelems, "a span from the central has a free slot");
    }
    s->alloc_count++;
    return (void *)(s->base + (uintptr_t)idx * s->elemsize);
}

static void bits_set(uint64_t *bm, size_t bit)
{
    bm[bit / 64] |= 1ull << (bit % 64);
}

/* bits_fill sets ([v]) or clears [n] bits of [bm] from bit [from]. */
static void bits_fill(uint64_t *bm, size_t from, size_t n, bool v)
{
    while (n) {
        size_t off = from % 64, take = 64 - off < n ? 64 - off : n;
        uint64_t m = (take == 64 ? ~0ull : ((1ull << take) - 1)) << off;
        if (v)
            bm[from / 64] |= m;
        else
            bm[from / 64] &= ~m;
        from += take;
        n -= take;
    }
}

/* write_ptr_bits records where the pointers of the object at [p] ([size] bytes laid out as
 * [l]) are, in its span's bitmap; [slot] bytes are cleared first (older objects' bits). */
static void write_ptr_bits(Span *s, uintptr_t p, size_t size, size_t slot, const GcLayout *l)
{
    size_t w0 = (p - s->base) / 8;
    size_t words = (size + 7) / 8;
    if (s->needzero)
        bits_fill(s->ptr_bits, w0, slot / 8, false);
    uint32_t ew = l->elem_size / 8;
    if (ew == 1 && (l->mask[0] & 1) && !(l->flags & GCL_PREFIX)) {
        bits_fill(s->ptr_bits, w0, words, true); /* every word a pointer (closures, []*T) */
        return;
    }
    size_t nelem = (l->flags & GCL_PREFIX) || ew == 0 ? 1 : words / ew;
    for (size_t e = 0; e < nelem; e++) {
        size_t base = w0 + e * ew;
        for (uint32_t w = 0; w < l->ptr_words && e * ew + w < words; w++)
            if (l->mask[w / 8] >> (w % 8) & 1)
                bits_set(s->ptr_bits, base + w);
    }
}

static NOINLINE void *large_alloc(GcCache *c, size_t size, const GcLayout *layout, bool noscan)
{
    Heap *h = c->heap;
    if (size > ((size_t)1 << 40))
        fatal("out of memory allocating heap arena metadata");
    size_t npages = (size + PAGE_SIZE - 1) >> PAGE_SHIFT;
    Span *s = mheap_alloc(h, npages, noscan ? 1 : 0);
    s->freeindex = 1;
    s->alloc_count = 1;
    s->alloc_cache = 0;
    if (s->needzero)
        memset((void *)s->base, 0, size);
    if (!noscan)
        write_ptr_bits(s, s->base, size, 0, layout);
    atomic_fetch_add(&h->heap_live, npages << PAGE_SHIFT);
    atomic_fetch_add(&h->nlarge_alloc, 1);
    atomic_fetch_add(&h->total_alloc_large, npages << PAGE_SHIFT);
    gc_maybe_request(h);
    return (void *)s->base;
}

void *gc_alloc(GcCache *c, size_t size, const GcLayout *layout)
{
    bool noscan = !layout || !layout->ptr_words;
    if (UNLIKELY(size > MAX_SMALL_SIZE))
        return large_alloc(c, size, layout, noscan);
    int cls = size_to_class(size);
    if (UNLIKELY(cls == 0))
        cls = 1; /* size 0: the smallest slot */
    int spc = cls << 1 | noscan;
    Span *s = c->alloc[spc];
    void *p = next_free_fast(s);
    if (UNLIKELY(!p)) {
        p = next_free_slow(c, spc);
        s = c->alloc[spc];
    }
    if (s->needzero)
        memset(p, 0, size);
    if (!noscan)
        write_ptr_bits(s, (uintptr_t)p, size, s->elemsize, layout);
    c->nmalloc++;
    c->alloc_bytes += s->elemsize;
    return p;
}
