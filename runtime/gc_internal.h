/*
 * gc_internal.h — the allocator's and collector's shared structures (runtime/ only): spans,
 * the page heap (mheap.c), per-P caches and per-class centrals (malloc.c), marking and
 * sweeping (mgc.c). docs/gc.md explains the design; the invariants are listed here next to
 * the fields they govern.
 *
 * Sweep generations (Go's mspan.sweepgen): Heap.sweepgen grows by 2 at every collection. A
 * span with sweepgen == sg-2 needs sweeping, sg-1 is being swept (whoever CASed it from sg-2
 * owns it), sg is swept and ready. Spans are born swept. A span in a cache is always swept.
 * Every span is swept before the next collection marks (sweep termination).
 */
#ifndef GALE_GC_INTERNAL_H
#define GALE_GC_INTERNAL_H

#include <pthread.h>
#include <stdatomic.h>

#include "runtime/runtime.h"

#define NOINLINE __attribute__((noinline))
#define PAGE_SHIFT 13
#define PAGE_SIZE ((size_t)1 << PAGE_SHIFT)
#define NUM_CLASSES 68
#define NUM_SPANCLASSES (NUM_CLASSES * 2)
#define MAX_SMALL_SIZE 32768
#define FREE_LISTS 128 /* free spans of 1..127 pages have their own list; longer ones share */

extern const uint16_t gc_class_to_size[NUM_CLASSES];
extern const uint8_t gc_class_to_npages[NUM_CLASSES];
extern const uint8_t gc_size_to_class8[1024 / 8 + 1];
extern const uint8_t gc_size_to_class128[(MAX_SMALL_SIZE - 1024) / 128 + 1];

/* size_to_class returns the smallest size class holding [size] bytes (1..32768), from Go's
 * two lookup tables. */
static inline int size_to_class(size_t size)
{
    return size <= 1024 - 8 ? gc_size_to_class8[(size + 7) >> 3]
                            : gc_size_to_class128[(size - 1024 + 127) >> 7];
}

enum { SPAN_FREE, SPAN_INUSE, SPAN_POOLED };
enum { LIST_NONE, LIST_PARTIAL, LIST_FULL, LIST_FREE };

/* Span is a run of pages: free, or holding objects of one size class (or one large object).
 * Span structs are never given back to malloc while the heap lives (recycled through
 * Heap.span_pool), so a stale pointer to one always reads a span struct; the marker checks
 * that an address lies in [base, base + npages pages) before trusting it. */
typedef struct Span {
    uintptr_t base;
    size_t npages;
    struct Span *next, *prev; /* the list it is on (its central's lock, or the heap's) */
    uint8_t state;            /* SPAN_* (heap lock) */
    uint8_t spanclass;        /* size class << 1 | noscan; class 0: one large object */
    uint8_t list;             /* LIST_*: which list it is on */
    uint8_t listgen;          /* central lists: the swept-set index it was filed under */
    bool needzero;            /* its free slots may hold old bytes */
    bool scavenged;           /* free span whose pages were returned to the OS */
    uint32_t elemsize;        /* object size (large: the whole span) */
    uint32_t nelems;
    uint32_t divmul;          /* offset * divmul >> 32 == offset / elemsize */
    /* allocation state: the owning cache only, or anyone during a stop-the-world */
    uint32_t freeindex;       /* slots below it are allocated or were skipped as taken */
    uint32_t alloc_count;     /* allocated objects */
    uint64_t alloc_cache;     /* ~alloc_bits from freeindex (1: free) */
    uint64_t *bits;           /* per 64 slots, two words side by side (one cache line for
                                 the marker): the allocation bits (after a sweep: the live
                                 objects, the marks it kept), then the mark bits (set by
                                 marking, atomically; cleared by the sweep) */
    uint64_t *ptr_bits;       /* scan spans: one bit per word of the span, 1: a pointer */
    _Atomic uint32_t sweepgen;
} Span;

static inline bool span_noscan(const Span *s)
{
    return s->spanclass & 1;
}

/* span_obj_size is the size of the span's objects (a large object: the whole span, which may
 * exceed elemsize's 32 bits). */
static inline size_t span_obj_size(const Span *s)
{
    return s->divmul ? s->elemsize : s->npages << PAGE_SHIFT;
}

#define ALLOC_WORD(s, i) ((s)->bits[2 * (i)])
#define MARK_WORD(s, i) ((s)->bits[2 * (i) + 1])

static inline bool span_allocated(const Span *s, uint32_t idx)
{
    return idx < s->freeindex || (ALLOC_WORD(s, idx / 64) >> (idx % 64) & 1);
}

/* span_list_push and span_list_unlink keep the doubly linked lists of spans (a central's
 * lists, the page heap's free lists); the caller holds the list's lock. */
static inline void span_list_push(Span **head, Span *s)
{
    s->prev = NULL;
    s->next = *head;
    if (*head)
        (*head)->prev = s;
    *head = s;
}

static inline void span_list_unlink(Span **head, Span *s)
{
    if (s->prev)
        s->prev->next = s->next;
    else
        *head = s->next;
    if (s->next)
        s->next->prev = s->prev;
    s->next = s->prev = NULL;
}

/* MCentral: the spans of one span class that no cache holds, in four lists: partial (some
 * free slots) and full, each split into swept and unswept sets. The set index
 * (sweepgen / 2) & 1 is the swept one; a new collection flips it, so every span becomes
 * unswept at once (Go's mcentral.partial/full spanSets). */
typedef struct MCentral {
    pthread_mutex_t lock;
    Span *partial[2], *full[2];
} MCentral;

typedef struct MarkWorker MarkWorker;

/* GcStats: what ReadMemStats, ReadGCStats and gctrace report (Heap.stats_lock unless said). */
typedef struct GcStats {
    uint64_t num_gc, num_forced_gc;
    uint64_t pause_total_ns;
    uint64_t pause_ns[256], pause_end[256]; /* rings indexed by num_gc % 256 (after increment - 1) */
    int64_t last_gc_unix_ns;
    uint64_t gc_cpu_ns; /* CPU time of collections (pause x Ps), for GCCPUFraction */
} GcStats;

struct GcCache {
    Heap *heap;
    Span *alloc[NUM_SPANCLASSES]; /* the cached span per class (never NULL: &Heap.empty) */
    uint64_t nmalloc;             /* small objects allocated (owner; read stopped) */
    uint64_t alloc_bytes;         /* their slot bytes */
    struct GcCache *all_next, *all_prev; /* Heap.caches (its lock) */
};

struct Heap {
    pthread_mutex_t lock;      /* pages, free lists, span pool, arena growth */
    uintptr_t arena_start, arena_end; /* reserved address range */
    _Atomic uintptr_t arena_used;     /* end of the part mapped read-write */
    Span **spans;              /* one entry per page of the arena: the span holding it */
    Span *free[2][FREE_LISTS]; /* free runs of n pages (index n; [0]: longer ones), [0][]
                                  resident, [1][] released to the OS (Span.scavenged) */
    Span *span_pool;           /* recycled span structs */
    Span **allspans;           /* every span struct ever made (stable: allspans_cap fixed) */
    _Atomic size_t nallspans;
    size_t allspans_cap;
    MCentral central[NUM_SPANCLASSES];
    Span empty;                /* a span with no free slot: caches start with it */
    GcCache *caches;           /* lock */
    uint64_t retired_nmalloc, retired_alloc_bytes; /* lock: counters of freed caches */
    _Atomic uint32_t sweepgen;

    /* memory accounting (bytes) */
    _Atomic uint64_t heap_live;   /* marked at the last collection + allocated since (slots of
                                     cached spans count as soon as the span is cached) */
    _Atomic uint64_t heap_inuse;  /* pages of in-use spans */
    _Atomic uint64_t heap_released; /* free pages returned to the OS */
    _Atomic uint64_t heap_sys;    /* arena mapped read-write */
    _Atomic uint64_t meta_sys;    /* span structs and bitmaps (malloc'ed) */
    _Atomic uint64_t total_alloc_large; /* large objects' bytes ever */
    _Atomic uint64_t nlarge_alloc;

    /* the pacer (lock: gc_lock) */
    pthread_mutex_t stats_lock;
    GcStats stats;
    _Atomic int64_t gc_percent;   /* GOGC; negative: off */
    _Atomic int64_t mem_limit;    /* GOMEMLIMIT in bytes (INT64_MAX: none) */
    _Atomic uint64_t trigger;     /* heap_live at which a collection is requested */
    _Atomic uint64_t goal;
    uint64_t last_marked;         /* heap marked by the last collection */
    uint64_t roots_bytes;         /* stacks + globals counted into the goal */
    _Atomic bool gc_requested;
    _Atomic bool gc_running;
    void (*request_gc)(void *ctx);
    void *request_ctx;
    int gctrace;                  /* GODEBUG=gctrace */
    int gcstress;                 /* GODEBUG=gcstress */
    int64_t start_ns;             /* nanotime at heap_new (gctrace's @s) */

    /* marking: the collecting thread is worker 0; threads 1.. are started on first use */
    int nthreads;                 /* mark threads started */
    MarkWorker *workers;          /* [0..nthreads] */
    pthread_mutex_t mark_lock;
    pthread_cond_t mark_cond;     /* workers wait for a phase, or for work */
    pthread_cond_t mark_done_cond;
    uint64_t mark_phase;          /* mark_lock: generation of the current mark phase */
    int mark_nthreads;            /* mark_lock: threads taking part in the phase */
    int mark_active;              /* mark_lock: participants (threads + the collector) */
    int mark_idle;                /* mark_lock: participants out of work */
    int mark_finished;            /* mark_lock: threads done with the phase */
    bool mark_done;               /* mark_lock: every participant idle, no work left */
    bool mark_quit;               /* mark_lock: heap_free ends the threads */
    _Atomic int mark_waiting;     /* participants waiting for work (spill hint) */
    struct WorkBuf *full_bufs;    /* mark_lock: spilled work */
    /* the cycle under way (the collecting thread) */
    int64_t cyc_stw_start, cyc_mark_start, cyc_mark_end;
    uint64_t cyc_heap0, cyc_marked, cyc_stacks, cyc_globals;
    uint64_t cyc_mark_cpu_ns;
    int cyc_nprocs;
    bool cyc_forced;

    /* sweeping */
    pthread_t sweeper;
    bool sweeper_started;
    pthread_mutex_t sweep_lock;
    pthread_cond_t sweep_cond;
    bool sweep_quit;              /* sweep_lock */
    uint64_t sweep_wanted;        /* sweep_lock: collections the sweeper has not seen */
    _Atomic size_t sweep_next;    /* next allspans index to look at */
    _Atomic size_t sweep_end;     /* allspans at the last collection: those to sweep */
    _Atomic int sweepers_active;  /* threads inside sweep_span right now */
};

/* mheap.c */
Span *mheap_alloc(Heap *h, size_t npages, int spanclass);
void mheap_free(Heap *h, Span *s);
/* mheap_scavenge returns free pages to the OS until [bytes] more have been released (or
 * everything free, with SIZE_MAX); returns the bytes released. */
size_t mheap_scavenge(Heap *h, size_t bytes);
/* span_of returns the in-use span holding [p], or NULL (not a heap address, a free page). */
static inline Span *span_of(Heap *h, uintptr_t p)
{
    if (p - h->arena_start >= atomic_load_explicit(&h->arena_used, memory_order_relaxed) -
                                  h->arena_start)
        return NULL;
    Span *s = h->spans[(p - h->arena_start) >> PAGE_SHIFT];
    if (!s || s->state != SPAN_INUSE || p < s->base || p >= s->base + (s->npages << PAGE_SHIFT))
        return NULL;
    return s;
}
void heap_init_pages(Heap *h);
void heap_free_pages(Heap *h);

/* malloc.c */
void central_init(MCentral *c);
/* cache_flush gives a cache's spans back to their centrals (world stopped). */
void cache_flush(GcCache *c);
/* span_init_alloc recomputes alloc_cache from freeindex. */
void span_refill_cache(Span *s);

/* mgc.c */
/* sweep_span sweeps [s], which the caller claimed (sweepgen sg-2 -> sg-1); [keep]: the caller
 * takes the span (a central refill) instead of filing it; returns false if it was freed. */
bool sweep_span(Heap *h, Span *s, bool keep);
/* sweep_one claims and sweeps one unswept span; false when none is left. */
bool sweep_one(Heap *h);
void gc_maybe_request(Heap *h);

#endif
