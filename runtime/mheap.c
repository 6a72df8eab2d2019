/*
 * mheap.c — the page heap: one reserved address range per VM, mapped read-write as the heap
 * grows, carved into spans of 8 KiB pages (Go's mheap; docs/gc.md).
 *
 * The arena is reserved once (PROT_NONE) so that a page's span is found by one subtraction
 * and an index (Heap.spans), which is what lets the marker resolve any pointer, interior ones
 * included, and ignore everything outside the heap. Free spans are kept in lists by length
 * (1..127 pages, then one list for longer runs) and coalesced with their free neighbours;
 * the scavenger returns free pages to the OS with madvise(MADV_DONTNEED), after which they
 * read as zero again.
 *
 * Released runs are kept apart from resident ones: their own lists, and no coalescing across
 * the two. Allocation takes resident pages first, so that pages the scavenger released
 * are faulted in again only when the resident ones do not suffice (mixing them made a
 * program with a steady heap fault in, every cycle, most of what the scavenger had just
 * released: a tenth of its time).
 *
 * Invariants (Heap.lock): for an in-use span every page's entry in Heap.spans points to it;
 * for a free span its first and last pages do; a free span's neighbours are in use, free
 * with the other release state, or the arena's ends. Span structs are recycled, never
 * freed, while the heap lives.
 */
#include "runtime/gc_internal.h"

#include <string.h>
#include <sys/mman.h>

#define ARENA_RESERVE ((size_t)64 << 30) /* the heap's largest size */
#define GROW_STEP ((size_t)4 << 20)      /* map at least this much at a time */
#define FREE_SWEEPGEN UINT32_MAX         /* a free span's sweepgen: no sweeper claims it */

static void *reserve(size_t size, int prot)
{
    void *p = mmap(NULL, size, prot, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (p == MAP_FAILED)
        fatal("runtime: cannot reserve %zu MiB of address space", size >> 20);
    return p;
}

void heap_init_pages(Heap *h)
{
    h->arena_start = (uintptr_t)reserve(ARENA_RESERVE, PROT_NONE);
    h->arena_end = h->arena_start + ARENA_RESERVE;
    atomic_store(&h->arena_used, h->arena_start);
    h->spans = reserve((ARENA_RESERVE >> PAGE_SHIFT) * sizeof(Span *), PROT_READ | PROT_WRITE);
    h->allspans_cap = ARENA_RESERVE >> PAGE_SHIFT;
    h->allspans = reserve(h->allspans_cap * sizeof(Span *), PROT_READ | PROT_WRITE);
}

void heap_free_pages(Heap *h)
{
    size_t n = atomic_load(&h->nallspans);
    for (size_t i = 0; i < n; i++) {
        Span *s = h->allspans[i];
        free(s->bits);
        free(s->ptr_bits);
        free(s);
    }
    munmap((void *)h->arena_start, ARENA_RESERVE);
    munmap(h->spans, (ARENA_RESERVE >> PAGE_SHIFT) * sizeof(Span *));
    munmap(h->allspans, h->allspans_cap * sizeof(Span *));
}

/* ---- span structs ---- */

static Span *span_struct(Heap *h)
{
    Span *s = h->span_pool;
    if (s) {
        /* field by field: sweepers may read sweepgen (atomically) at any time */
        h->span_pool = s->next;
        s->base = 0;
        s->npages = 0;
        s->next = s->prev = NULL;
        s->state = SPAN_FREE;
        s->spanclass = 0;
        s->list = LIST_NONE;
        s->needzero = s->scavenged = false;
        s->nelems = s->elemsize = 0;
        return s; /* pool spans have no bitmaps and FREE_SWEEPGEN */
    }
    s = xcalloc(1, sizeof(Span));
    atomic_store(&s->sweepgen, FREE_SWEEPGEN);
    size_t i = atomic_load(&h->nallspans);
    if (i == h->allspans_cap)
        fatal("runtime: out of span structures");
    h->allspans[i] = s;
    atomic_store(&h->nallspans, i + 1); /* sweepers read the prefix */
    atomic_fetch_add(&h->meta_sys, sizeof(Span));
    return s;
}

static void span_to_pool(Heap *h, Span *s)
{
    s->state = SPAN_POOLED; /* stale Heap.spans entries may still point here */
    s->list = LIST_NONE;
    s->next = h->span_pool;
    h->span_pool = s;
}

/* ---- free lists ---- */

static Span **free_list(Heap *h, const Span *s)
{
    return &h->free[s->scavenged][s->npages < FREE_LISTS ? s->npages : 0];
}

static void free_insert(Heap *h, Span *s)
{
    span_list_push(free_list(h, s), s);
    s->list = LIST_FREE;
    s->state = SPAN_FREE;
    atomic_store(&s->sweepgen, FREE_SWEEPGEN);
    h->spans[(s->base - h->arena_start) >> PAGE_SHIFT] = s;
    h->spans[((s->base - h->arena_start) >> PAGE_SHIFT) + s->npages - 1] = s;
}

static void free_remove(Heap *h, Span *s)
{
    span_list_unlink(free_list(h, s), s);
    s->list = LIST_NONE;
}

/* free_span_at returns the free span starting or ending at page index [page], if any. */
static Span *free_span_at(Heap *h, uintptr_t addr, bool ends_here)
{
    if (addr < h->arena_start || addr >= atomic_load(&h->arena_used))
        return NULL;
    /* only state is read: it is the heap lock's (a central's lock guards an in-use span's
     * list fields) */
    Span *s = h->spans[(addr - h->arena_start) >> PAGE_SHIFT];
    if (!s || s->state != SPAN_FREE)
        return NULL;
    uintptr_t edge = ends_here ? s->base + ((s->npages - 1) << PAGE_SHIFT) : s->base;
    return edge == addr ? s : NULL;
}

/* merge joins the free run [hi] (taken off its list) to [lo], the run just below it; both
 * have the same release state. */
static void merge(Heap *h, Span *lo, Span *hi)
{
    ASSERT(lo->scavenged == hi->scavenged, "merging a released and a resident run");
    lo->needzero = lo->needzero || hi->needzero;
    lo->npages += hi->npages;
    span_to_pool(h, hi);
}

/* free_coalesce files the free run [s] (not on a list), merged with the free neighbours
 * of its release state. */
static void free_coalesce(Heap *h, Span *s)
{
    Span *left = free_span_at(h, s->base - PAGE_SIZE, true);
    if (left && left->scavenged == s->scavenged) {
        free_remove(h, left);
        merge(h, left, s);
        s = left;
    }
    Span *right = free_span_at(h, s->base + (s->npages << PAGE_SHIFT), false);
    if (right && right->scavenged == s->scavenged) {
        free_remove(h, right);
        merge(h, s, right);
    }
    free_insert(h, s);
}

/* grow maps at least [npages] more pages and files them as a free run. */
static void grow(Heap *h, size_t npages)
{
    size_t bytes = npages << PAGE_SHIFT;
    if (bytes < GROW_STEP)
        bytes = GROW_STEP;
    uintptr_t used = atomic_load(&h->arena_used);
    if (bytes > h->arena_end - used)
        fatal("out of memory");
    if (mprotect((void *)used, bytes, PROT_READ | PROT_WRITE) != 0)
        fatal("out of memory");
    atomic_store(&h->arena_used, used + bytes);
    atomic_fetch_add(&h->heap_sys, bytes);
    Span *s = span_struct(h);
    s->base = used;
    s->npages = bytes >> PAGE_SHIFT;
    s->needzero = false; /* fresh anonymous memory reads as zero */
    free_coalesce(h, s);
}

static Span *find_free_in(Span *const *lists, size_t npages)
{
    for (size_t n = npages; n < FREE_LISTS; n++)
        if (lists[n])
            return lists[n];
    Span *best = NULL;
    for (Span *s = lists[0]; s; s = s->next)
        if (s->npages >= npages && (!best || s->npages < best->npages ||
                                    (s->npages == best->npages && s->base < best->base)))
            best = s;
    return best;
}

/* find_free returns a free run of at least [npages]: resident pages first. */
static Span *find_free(Heap *h, size_t npages)
{
    Span *s = find_free_in(h->free[0], npages);
    return s ? s : find_free_in(h->free[1], npages);
}

/* ---- allocation ---- */

static void span_init_class(Heap *h, Span *s, int spanclass)
{
    s->spanclass = (uint8_t)spanclass;
    int cls = spanclass >> 1;
    size_t bytes = s->npages << PAGE_SHIFT;
    if (cls == 0) {
        s->elemsize = bytes > UINT32_MAX ? UINT32_MAX : (uint32_t)bytes;
        s->nelems = 1;
        s->divmul = 0;
    } else {
        s->elemsize = gc_class_to_size[cls];
        s->nelems = (uint32_t)(bytes / s->elemsize);
        s->divmul = (uint32_t)(UINT32_MAX / s->elemsize + 1);
    }
    size_t words = (s->nelems + 63) / 64;
    free(s->bits);
    free(s->ptr_bits);
    s->bits = xcalloc(2 * words, sizeof(uint64_t));
    s->ptr_bits = span_noscan(s) ? NULL : xcalloc(bytes / 8 / 64, sizeof(uint64_t));
    atomic_fetch_add(&h->meta_sys, 2 * words * 8 + (s->ptr_bits ? bytes / 64 : 0));
    s->freeindex = 0;
    s->alloc_count = 0;
    s->alloc_cache = ~(uint64_t)0;
}

Span *mheap_alloc(Heap *h, size_t npages, int spanclass)
{
    pthread_mutex_lock(&h->lock);
    Span *s = find_free(h, npages);
    if (!s) {
        grow(h, npages);
        s = find_free(h, npages);
    }
    free_remove(h, s);
    if (s->npages > npages) {
        Span *rest = span_struct(h);
        rest->base = s->base + (npages << PAGE_SHIFT);
        rest->npages = s->npages - npages;
        rest->needzero = s->needzero;
        rest->scavenged = s->scavenged;
        s->npages = npages;
        free_insert(h, rest);
    }
    if (s->scavenged)
        atomic_fetch_sub(&h->heap_released, npages << PAGE_SHIFT);
    s->scavenged = false;
    s->state = SPAN_INUSE;
    s->list = LIST_NONE;
    s->next = s->prev = NULL;
    span_init_class(h, s, spanclass);
    size_t first = (s->base - h->arena_start) >> PAGE_SHIFT;
    for (size_t i = 0; i < npages; i++)
        h->spans[first + i] = s;
    atomic_store(&s->sweepgen, atomic_load(&h->sweepgen));
    atomic_fetch_add(&h->heap_inuse, npages << PAGE_SHIFT);
    pthread_mutex_unlock(&h->lock);
    return s;
}

void mheap_free(Heap *h, Span *s)
{
    pthread_mutex_lock(&h->lock);
    atomic_fetch_sub(&h->heap_inuse, s->npages << PAGE_SHIFT);
    size_t words = (s->nelems + 63) / 64;
    atomic_fetch_sub(&h->meta_sys, 2 * words * 8 + (s->ptr_bits ? (s->npages << PAGE_SHIFT) / 64 : 0));
    free(s->bits);
    free(s->ptr_bits);
    s->bits = s->ptr_bits = NULL;
    s->needzero = true;
    s->scavenged = false;
    s->spanclass = 0;
    s->nelems = 0;
    free_coalesce(h, s);
    pthread_mutex_unlock(&h->lock);
}

/* ---- the scavenger ---- */

/* release returns the resident free run [s] to the OS and files it with the released
 * runs (merged with its released neighbours). */
static size_t release(Heap *h, Span *s)
{
    size_t bytes = s->npages << PAGE_SHIFT;
    free_remove(h, s);
    madvise((void *)s->base, bytes, MADV_DONTNEED);
    s->scavenged = true;
    s->needzero = false; /* MADV_DONTNEED: the pages read as zero again */
    atomic_fetch_add(&h->heap_released, bytes);
    free_coalesce(h, s);
    return bytes;
}

size_t mheap_scavenge(Heap *h, size_t bytes)
{
    size_t done = 0;
    pthread_mutex_lock(&h->lock);
    /* longest runs first: fewer system calls, and they are the least likely to be reused;
     * each release takes its run off the resident lists, so the heads are fresh each time */
    while (done < bytes && h->free[0][0])
        done += release(h, h->free[0][0]);
    for (size_t n = FREE_LISTS - 1; n > 0 && done < bytes; n--)
        while (done < bytes && h->free[0][n])
            done += release(h, h->free[0][n]);
    pthread_mutex_unlock(&h->lock);
    return done;
}
