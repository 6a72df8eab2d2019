/*
 * mgc.c — the collector: a precise mark-sweep collector with Go's phases, pacer and
 * statistics (docs/gc.md; ../shared/runtime-reference.md, section on the GC).
 *
 * Phases of a cycle, as in Go: sweep termination (the last cycle's spans all swept), mark
 * (from the VM's roots, in parallel on as many threads as there are Ps), mark termination
 * (next goal, caches flushed, sweepgen advanced: every span becomes unswept at once), then
 * sweeping, lazily by allocating threads (malloc.c) and by a background sweeper thread,
 * which also returns memory to the OS when the heap holds more than the pacer needs. This
 * version runs sweep termination, mark and mark termination with the world stopped by the
 * VM; the concurrent collector will change only what happens during mark (GC_WRITE_BARRIER
 * is the hook).
 *
 * Marking is precise: objects are found through their span (any interior pointer works),
 * pointer words through the span's bitmap, roots through the VM's callback; a word that is
 * not the address of an allocated object is ignored. Mark bits are set with atomic OR, so
 * two workers never both scan an object.
 *
 * Threads: heap_collect runs on the collecting goroutine's thread (worker 0) with mark
 * threads 1..n-1 (the mark lock hands out phases and spilled work); the sweeper thread
 * sleeps on sweep_cond between cycles. Pacer fields are written by the collector with the
 * world stopped and read atomically by allocating threads.
 */
#include "runtime/gc_internal.h"

#include "base/env.h"

#include <inttypes.h>
#include <sched.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#define HEAP_MINIMUM ((uint64_t)4 << 20) /* Go's defaultHeapMinimum, at GOGC=100 */
#define WORKBUF_SIZE 4096
#define PREFETCH_RING 8
#define MAX_MARK_THREADS 1024 /* besides the collecting thread */
#define GCSTRESS_STEP ((uint64_t)64 << 10)

typedef struct WorkBuf {
    struct WorkBuf *next;
    size_t n;
    uintptr_t objs[WORKBUF_SIZE];
} WorkBuf;

struct MarkWorker {
    Heap *h;
    int index;
    uint64_t last_phase;
    uintptr_t *stack; /* grey objects: marked, not yet scanned */
    size_t n, cap;
    uint64_t marked_bytes;
    uint64_t stack_bytes, global_bytes;
    pthread_t thread;
};

static int64_t thread_cpu_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

/* ---- GOGC, GOMEMLIMIT, GODEBUG ---- */

static int64_t gogc_value(const char *p)
{
    if (!p || !*p)
        return 100;
    if (!strcmp(p, "off"))
        return -1;
    /* Go's atoi32: an optional '-', then digits only; anything else means the default */
    bool neg = *p == '-';
    const char *d = p + neg;
    int64_t v = 0;
    if (!*d)
        return 100;
    for (; *d; d++) {
        if (*d < '0' || *d > '9' || v > INT32_MAX)
            return 100;
        v = v * 10 + (*d - '0');
    }
    if (v > INT32_MAX)
        return 100;
    return neg ? -1 : v; /* a negative percentage is "off", as Go stores it */
}

/* read_gogc reads GOGC (through base/env.h, as every environment read: another VM of the
 * process may be changing the environment). */
static int64_t read_gogc(void)
{
    char *p = env_get("GOGC");
    int64_t v = gogc_value(p);
    free(p);
    return v;
}

/* parse_byte_count reads Go's byte counts: digits and an optional B, KiB, MiB, GiB, TiB. */
static bool parse_byte_count(const char *p, int64_t *out)
{
    if (!*p || *p < '0' || *p > '9')
        return false;
    uint64_t v = 0;
    for (; *p >= '0' && *p <= '9'; p++) {
        if (v > (uint64_t)INT64_MAX / 10)
            return false;
        v = v * 10 + (uint64_t)(*p - '0');
    }
    static const struct {
        const char *unit;
        int shift;
    } units[] = {{"", 0}, {"B", 0}, {"KiB", 10}, {"MiB", 20}, {"GiB", 30}, {"TiB", 40}};
    for (size_t i = 0; i < ARRAY_LEN(units); i++)
        if (!strcmp(p, units[i].unit)) {
            if (v > (uint64_t)INT64_MAX >> units[i].shift)
                return false;
            *out = (int64_t)(v << units[i].shift);
            return true;
        }
    return false;
}

static int64_t read_gomemlimit(void)
{
    char *p = env_get("GOMEMLIMIT");
    int64_t v = INT64_MAX;
    if (p && *p && strcmp(p, "off") != 0 && !parse_byte_count(p, &v)) {
        fprintf(stderr, "GOMEMLIMIT=%s\n", p);
        fatal("malformed GOMEMLIMIT; see `go doc runtime/debug.SetMemoryLimit`");
    }
    free(p);
    return v;
}

/* ---- the pacer ---- */

/* set_goal computes the next heap goal and trigger from the last mark (world stopped, or
 * stats_lock for the knobs). */
static void set_goal(Heap *h)
{
    int64_t pct = atomic_load(&h->gc_percent);
    int64_t limit = atomic_load(&h->mem_limit);
    uint64_t marked = h->last_marked;
    uint64_t goal = UINT64_MAX;
    if (pct >= 0) {
        goal = marked + (marked + h->roots_bytes) * (uint64_t)pct / 100;
        uint64_t minimum = HEAP_MINIMUM * (uint64_t)pct / 100;
        if (goal < minimum)
            goal = minimum;
    }
    if (limit != INT64_MAX) {
        /* what the heap may use under the limit: the rest goes to stacks and metadata,
         * and 3% (at least 1 MiB) is kept as headroom, as Go does */
        uint64_t other = atomic_load(&h->meta_sys) + h->roots_bytes;
        uint64_t lim = (uint64_t)limit > other ? (uint64_t)limit - other : 0;
        uint64_t headroom = lim / 100 * 3;
        if (headroom < ((uint64_t)1 << 20))
            headroom = (uint64_t)1 << 20;
        lim = lim > 2 * headroom ? lim - headroom : headroom;
        if (lim < marked)
            lim = marked;
        if (lim < goal)
            goal = lim;
    }
    atomic_store(&h->goal, goal);
    /* gcstress: a collection as soon as a span refill finds 64 KiB (or a quarter of the
     * live heap) allocated since the last one, so that collections land at many different
     * points of a program while the suite stays fast enough to run in CI */
    uint64_t step = marked / 4 > GCSTRESS_STEP ? marked / 4 : GCSTRESS_STEP;
    atomic_store(&h->trigger, h->gcstress ? marked + step : goal);
}

void gc_maybe_request(Heap *h)
{
    if (atomic_load_explicit(&h->heap_live, memory_order_relaxed) <
        atomic_load_explicit(&h->trigger, memory_order_relaxed))
        return;
    if (atomic_load(&h->gc_running))
        return;
    atomic_store(&h->gc_requested, true);
    if (h->request_gc)
        h->request_gc(h->request_ctx);
}

bool heap_gc_requested(Heap *h)
{
    return atomic_load_explicit(&h->gc_requested, memory_order_relaxed);
}

void heap_set_request_hook(Heap *h, void (*fn)(void *ctx), void *ctx)
{
    h->request_gc = fn;
    h->request_ctx = ctx;
}

int64_t heap_set_gc_percent(Heap *h, int64_t pct)
{
    pthread_mutex_lock(&h->stats_lock);
    int64_t old = atomic_exchange(&h->gc_percent, pct < 0 ? -1 : pct);
    set_goal(h);
    pthread_mutex_unlock(&h->stats_lock);
    gc_maybe_request(h);
    return old;
}

int64_t heap_set_memory_limit(Heap *h, int64_t limit)
{
    pthread_mutex_lock(&h->stats_lock);
    int64_t old = atomic_load(&h->mem_limit);
    if (limit >= 0) {
        atomic_store(&h->mem_limit, limit);
        set_goal(h);
    }
    pthread_mutex_unlock(&h->stats_lock);
    if (limit >= 0)
        gc_maybe_request(h);
    return old;
}

/* ---- marking ---- */

static void push(MarkWorker *w, uintptr_t obj)
{
    if (w->n == w->cap) {
        w->cap = w->cap ? w->cap * 2 : 1024;
        w->stack = xrealloc(w->stack, w->cap * sizeof(uintptr_t));
    }
    w->stack[w->n++] = obj;
}

static inline void mark_addr(MarkWorker *w, uintptr_t p)
{
    Span *s = span_of(w->h, p);
    if (!s)
        return;
    uint32_t idx = s->divmul ? (uint32_t)(((uint64_t)(p - s->base) * s->divmul) >> 32) : 0;
    if (idx >= s->nelems || !span_allocated(s, idx))
        return;
    uint64_t bit = 1ull << (idx % 64);
    uint64_t *word = &MARK_WORD(s, idx / 64);
    if (__atomic_load_n(word, __ATOMIC_RELAXED) & bit)
        return;
    if (__atomic_fetch_or(word, bit, __ATOMIC_RELAXED) & bit)
        return;
    w->marked_bytes += span_obj_size(s);
    if (!span_noscan(s))
        push(w, s->base + (uintptr_t)idx * s->elemsize);
}

void gc_mark(GcMarker *m, const void *p)
{
    if (p)
        mark_addr(m, (uintptr_t)p);
}

void gc_mark_words(GcMarker *m, const void *base, size_t nwords, const uint8_t *mask)
{
    const uintptr_t *words = base;
    for (size_t i = 0; i < nwords; i++)
        if ((mask[i / 8] >> (i % 8) & 1) && words[i])
            mark_addr(m, words[i]);
}

void gc_note_roots(GcMarker *m, uint64_t stack_bytes, uint64_t global_bytes)
{
    m->stack_bytes += stack_bytes;
    m->global_bytes += global_bytes;
}

/* load_bits returns 64 bits of [bm] ([len] words) from bit [from]; bits past the end read 0. */
static inline uint64_t load_bits(const uint64_t *bm, size_t len, size_t from)
{
    size_t i = from / 64, off = from % 64;
    if (!off)
        return bm[i];
    uint64_t v = bm[i] >> off;
    if (i + 1 < len)
        v |= bm[i + 1] << (64 - off);
    return v;
}

static void scan_object(MarkWorker *w, uintptr_t obj)
{
    Span *s = span_of(w->h, obj);
    const uintptr_t *words = (const uintptr_t *)obj;
    size_t w0 = (obj - s->base) / 8;
    size_t nwords = span_obj_size(s) / 8;
    size_t len = (s->npages << PAGE_SHIFT) / 8 / 64;
    for (size_t i = 0; i < nwords; i += 64) {
        uint64_t bits = load_bits(s->ptr_bits, len, w0 + i);
        if (nwords - i < 64)
            bits &= (1ull << (nwords - i)) - 1;
        while (bits) {
            unsigned b = (unsigned)__builtin_ctzll(bits);
            bits &= bits - 1;
            uintptr_t v = __atomic_load_n(&words[i + b], __ATOMIC_RELAXED);
            if (v)
                mark_addr(w, v);
        }
    }
}

/* spill moves half of [w]'s grey objects to the shared list for idle workers. */
static void spill(MarkWorker *w)
{
    Heap *h = w->h;
    WorkBuf *b = xmalloc(sizeof(WorkBuf));
    size_t take = w->n / 2 < WORKBUF_SIZE ? w->n / 2 : WORKBUF_SIZE;
    w->n -= take;
    memcpy(b->objs, w->stack + w->n, take * sizeof(uintptr_t));
    b->n = take;
    pthread_mutex_lock(&h->mark_lock);
    b->next = h->full_bufs;
    h->full_bufs = b;
    pthread_cond_broadcast(&h->mark_cond);
    pthread_mutex_unlock(&h->mark_lock);
}

/* drain scans grey objects until every participant is out of work. */
static void drain(MarkWorker *w)
{
    Heap *h = w->h;
    for (;;) {
        /* objects are scanned through a small FIFO of prefetched ones, so that the memory
         * of the next few is on its way while one is scanned (grey objects are scattered
         * over the heap: the scan is bound by cache misses) */
        uintptr_t ring[PREFETCH_RING];
        unsigned head = 0, count = 0;
        for (;;) {
            while (count < PREFETCH_RING && w->n > 0) {
                uintptr_t o = w->stack[--w->n];
                __builtin_prefetch((const void *)o);
                ring[(head + count++) % PREFETCH_RING] = o;
            }
            if (count == 0)
                break;
            uintptr_t obj = ring[head];
            head = (head + 1) % PREFETCH_RING;
            count--;
            scan_object(w, obj);
            if (w->n > 512 && atomic_load_explicit(&h->mark_waiting, memory_order_relaxed) > 0)
                spill(w);
        }
        pthread_mutex_lock(&h->mark_lock);
        h->mark_idle++;
        while (!h->full_bufs && !h->mark_done) {
            if (h->mark_idle == h->mark_active) {
                h->mark_done = true;
                pthread_cond_broadcast(&h->mark_cond);
                break;
            }
            atomic_fetch_add(&h->mark_waiting, 1);
            pthread_cond_wait(&h->mark_cond, &h->mark_lock);
            atomic_fetch_sub(&h->mark_waiting, 1);
        }
        if (h->mark_done) {
            pthread_mutex_unlock(&h->mark_lock);
            return;
        }
        WorkBuf *b = h->full_bufs;
        h->full_bufs = b->next;
        h->mark_idle--;
        pthread_mutex_unlock(&h->mark_lock);
        for (size_t i = 0; i < b->n; i++)
            push(w, b->objs[i]);
        free(b);
    }
}

static void *mark_thread(void *arg)
{
    MarkWorker *w = arg;
    Heap *h = w->h;
    for (;;) {
        pthread_mutex_lock(&h->mark_lock);
        while (!h->mark_quit && (h->mark_phase == w->last_phase || w->index > h->mark_nthreads)) {
            w->last_phase = h->mark_phase;
            pthread_cond_wait(&h->mark_cond, &h->mark_lock);
        }
        if (h->mark_quit) {
            pthread_mutex_unlock(&h->mark_lock);
            return NULL;
        }
        w->last_phase = h->mark_phase;
        pthread_mutex_unlock(&h->mark_lock);
        int64_t t0 = thread_cpu_ns();
        drain(w);
        int64_t cpu = thread_cpu_ns() - t0;
        pthread_mutex_lock(&h->mark_lock);
        h->cyc_mark_cpu_ns += (uint64_t)cpu;
        h->mark_finished++;
        pthread_cond_broadcast(&h->mark_done_cond);
        pthread_mutex_unlock(&h->mark_lock);
    }
}

/* start_threads makes sure [n] mark threads exist (the collector is worker 0). */
static void start_threads(Heap *h, int n)
{
    if (n <= h->nthreads)
        return;
    for (int i = h->nthreads + 1; i <= n; i++) {
        MarkWorker *w = &h->workers[i];
        w->h = h;
        w->index = i;
        pthread_mutex_lock(&h->mark_lock);
        w->last_phase = h->mark_phase;
        pthread_mutex_unlock(&h->mark_lock);
        if (pthread_create(&w->thread, NULL, mark_thread, w) != 0)
            fatal("runtime: cannot start a mark thread");
        h->nthreads = i;
    }
}

/* mark marks everything reachable from the roots on [nprocs] threads. */
static void mark(Heap *h, GcRootsFn roots, void *ctx, int nprocs)
{
    if (!h->workers) {
        /* referenced by their threads: allocated once, for the most there can be */
        h->workers = xcalloc(MAX_MARK_THREADS + 1, sizeof(MarkWorker));
        h->workers[0].h = h;
    }
    int nthreads = nprocs - 1 > MAX_MARK_THREADS ? MAX_MARK_THREADS : nprocs - 1;
    start_threads(h, nthreads);
    MarkWorker *w0 = &h->workers[0];
    pthread_mutex_lock(&h->mark_lock);
    h->mark_nthreads = nthreads;
    h->mark_active = nthreads + 1;
    h->mark_idle = 0;
    h->mark_finished = 0;
    h->mark_done = false;
    h->cyc_mark_cpu_ns = 0;
    for (int i = 0; i <= nthreads; i++) {
        h->workers[i].marked_bytes = 0;
        h->workers[i].stack_bytes = h->workers[i].global_bytes = 0;
    }
    h->mark_phase++;
    pthread_cond_broadcast(&h->mark_cond);
    pthread_mutex_unlock(&h->mark_lock);

    int64_t t0 = thread_cpu_ns();
    roots(ctx, w0);
    drain(w0);
    int64_t cpu = thread_cpu_ns() - t0;

    pthread_mutex_lock(&h->mark_lock);
    while (h->mark_finished < nthreads)
        pthread_cond_wait(&h->mark_done_cond, &h->mark_lock);
    h->cyc_mark_cpu_ns += (uint64_t)cpu;
    uint64_t marked = 0;
    for (int i = 0; i <= nthreads; i++)
        marked += h->workers[i].marked_bytes;
    h->cyc_marked = marked;
    h->cyc_stacks = w0->stack_bytes;
    h->cyc_globals = w0->global_bytes;
    pthread_mutex_unlock(&h->mark_lock);
}

/* ---- sweeping ---- */

bool sweep_one(Heap *h)
{
    uint32_t sg = atomic_load(&h->sweepgen);
    size_t end = atomic_load(&h->sweep_end);
    for (;;) {
        size_t i = atomic_fetch_add(&h->sweep_next, 1);
        /* a sweeper that slept through a collection may hold an index of the new cycle:
         * sweep it under the new generation rather than skip it */
        uint32_t cur = atomic_load(&h->sweepgen);
        if (cur != sg) {
            sg = cur;
            end = atomic_load(&h->sweep_end);
        }
        if (i >= end)
            return false;
        Span *s = h->allspans[i];
        uint32_t old = sg - 2;
        if (atomic_load_explicit(&s->sweepgen, memory_order_relaxed) != old)
            continue;
        atomic_fetch_add(&h->sweepers_active, 1);
        if (atomic_compare_exchange_strong(&s->sweepgen, &old, sg - 1)) {
            sweep_span(h, s, false);
            atomic_fetch_sub(&h->sweepers_active, 1);
            return true;
        }
        atomic_fetch_sub(&h->sweepers_active, 1);
    }
}

void heap_finish_sweep(Heap *h)
{
    /* every span, not just those past sweep_next: another sweeper may have taken an index
     * and not yet claimed its span (it will find it swept) */
    uint32_t sg = atomic_load(&h->sweepgen);
    size_t end = atomic_load(&h->sweep_end);
    for (size_t i = 0; i < end; i++) {
        Span *s = h->allspans[i];
        uint32_t old = sg - 2;
        if (atomic_load_explicit(&s->sweepgen, memory_order_relaxed) == old &&
            atomic_compare_exchange_strong(&s->sweepgen, &old, sg - 1))
            sweep_span(h, s, false);
    }
    atomic_store(&h->sweep_next, end);
    /* spans claimed by other sweepers: wait until they are filed */
    while (atomic_load(&h->sweepers_active) > 0)
        sched_yield();
}

/* scavenge_excess returns free memory beyond what the pacer and the limit allow. */
static void scavenge_excess(Heap *h)
{
    uint64_t retained = atomic_load(&h->heap_sys) - atomic_load(&h->heap_released);
    uint64_t goal = atomic_load(&h->goal);
    uint64_t target = goal == UINT64_MAX ? UINT64_MAX : goal + goal / 10;
    int64_t limit = atomic_load(&h->mem_limit);
    if (limit != INT64_MAX) {
        uint64_t lim = (uint64_t)limit / 100 * 95;
        uint64_t other = atomic_load(&h->meta_sys);
        lim = lim > other ? lim - other : 0;
        if (lim < target)
            target = lim;
    }
    uint64_t inuse = atomic_load(&h->heap_inuse);
    if (target < inuse)
        target = inuse;
    if (retained > target)
        mheap_scavenge(h, retained - target);
}

static void *sweeper_thread(void *arg)
{
    Heap *h = arg;
    pthread_mutex_lock(&h->sweep_lock);
    for (;;) {
        while (!h->sweep_wanted && !h->sweep_quit)
            pthread_cond_wait(&h->sweep_cond, &h->sweep_lock);
        if (h->sweep_quit)
            break;
        h->sweep_wanted = 0;
        pthread_mutex_unlock(&h->sweep_lock);
        while (sweep_one(h))
            ;
        scavenge_excess(h);
        pthread_mutex_lock(&h->sweep_lock);
    }
    pthread_mutex_unlock(&h->sweep_lock);
    return NULL;
}

/* ---- a cycle ---- */

void heap_collect(Heap *h, GcRootsFn roots, void *ctx, int nprocs, bool forced, int64_t stw_start)
{
    atomic_store(&h->gc_running, true);
    h->cyc_stw_start = stw_start;
    h->cyc_nprocs = nprocs;
    h->cyc_forced = forced;
    /* sweep termination */
    heap_finish_sweep(h);
    atomic_store(&h->gc_requested, false);
    h->cyc_heap0 = atomic_load(&h->heap_live);
    /* mark */
    h->cyc_mark_start = nanotime();
    mark(h, roots, ctx, nprocs < 1 ? 1 : nprocs);
    h->cyc_mark_end = nanotime();
    /* mark termination: caches give their spans back (swept under the old generation), then
     * the generation advances and every span needs sweeping */
    pthread_mutex_lock(&h->lock);
    for (GcCache *c = h->caches; c; c = c->all_next)
        cache_flush(c);
    pthread_mutex_unlock(&h->lock);
    pthread_mutex_lock(&h->stats_lock);
    h->last_marked = h->cyc_marked;
    h->roots_bytes = h->cyc_stacks + h->cyc_globals;
    atomic_store(&h->heap_live, h->cyc_marked);
    set_goal(h);
    pthread_mutex_unlock(&h->stats_lock);
    /* in this order: a sweeper that sees the new generation sees the new end, and an index
     * taken after the reset is swept under the new generation (sweep_one) */
    atomic_store(&h->sweep_end, atomic_load(&h->nallspans));
    atomic_fetch_add(&h->sweepgen, 2);
    atomic_store(&h->sweep_next, 0);
}

static size_t fmt_ms(char *buf, uint64_t ns)
{
    /* Go's fmtNSAsMS: whole milliseconds from 10 ms, else two significant digits */
    if (ns >= 10000000)
        return (size_t)sprintf(buf, "%" PRIu64, ns / 1000000);
    uint64_t x = ns / 1000;
    if (x == 0)
        return (size_t)sprintf(buf, "0");
    int dec = 3;
    while (x >= 100) {
        x /= 10;
        dec--;
    }
    uint64_t p = 1;
    for (int i = 0; i < dec; i++)
        p *= 10;
    if (dec == 0)
        return (size_t)sprintf(buf, "%" PRIu64, x);
    return (size_t)sprintf(buf, "%" PRIu64 ".%0*" PRIu64, x / p, dec, x % p);
}

void heap_collect_finish(Heap *h)
{
    int64_t end = nanotime();
    uint64_t stw1 = (uint64_t)(h->cyc_mark_start - h->cyc_stw_start);
    uint64_t markt = (uint64_t)(h->cyc_mark_end - h->cyc_mark_start);
    uint64_t stw2 = (uint64_t)(end - h->cyc_mark_end);
    uint64_t pause = (uint64_t)(end - h->cyc_stw_start);
    int np = h->cyc_nprocs;
    struct timespec rt;
    clock_gettime(CLOCK_REALTIME, &rt);
    int64_t unix_ns = (int64_t)rt.tv_sec * 1000000000 + rt.tv_nsec;

    pthread_mutex_lock(&h->stats_lock);
    GcStats *st = &h->stats;
    st->pause_ns[st->num_gc % 256] = pause;
    st->pause_end[st->num_gc % 256] = (uint64_t)unix_ns;
    st->num_gc++;
    if (h->cyc_forced)
        st->num_forced_gc++;
    st->pause_total_ns += pause;
    st->last_gc_unix_ns = unix_ns;
    /* the world is stopped during the whole cycle: every P's time counts */
    st->gc_cpu_ns += pause * (uint64_t)np;
    uint64_t n = st->num_gc;
    uint64_t gc_cpu = st->gc_cpu_ns;
    pthread_mutex_unlock(&h->stats_lock);

    if (h->gctrace > 0) {
        int64_t since = end - h->start_ns;
        double total = (double)since * np;
        int util = total > 0 ? (int)((double)gc_cpu / total * 100) : 0;
        char a[32], b[32], c[32], d[32], e[32], f[32];
        fmt_ms(a, stw1);
        fmt_ms(b, markt);
        fmt_ms(c, stw2);
        fmt_ms(d, stw1 * (uint64_t)np);
        fmt_ms(e, h->cyc_mark_cpu_ns);
        fmt_ms(f, stw2 * (uint64_t)np);
        fprintf(stderr,
                "gc %" PRIu64 " @%.3fs %d%%: %s+%s+%s ms clock, %s+0/%s/0+%s ms cpu, "
                "%" PRIu64 "->%" PRIu64 "->%" PRIu64 " MB, %" PRIu64 " MB goal, %" PRIu64
                " MB stacks, %" PRIu64 " MB globals, %d P%s\n",
                n, (double)since / 1e9, util, a, b, c, d, e, f, h->cyc_heap0 >> 20,
                h->cyc_heap0 >> 20, h->cyc_marked >> 20, atomic_load(&h->goal) >> 20,
                h->cyc_stacks >> 20, h->cyc_globals >> 20, np, h->cyc_forced ? " (forced)" : "");
    }
    atomic_store(&h->gc_running, false);
    pthread_mutex_lock(&h->sweep_lock);
    if (!h->sweeper_started) {
        if (pthread_create(&h->sweeper, NULL, sweeper_thread, h) != 0)
            fatal("runtime: cannot start the sweeper");
        h->sweeper_started = true;
    }
    h->sweep_wanted++;
    pthread_cond_signal(&h->sweep_cond);
    pthread_mutex_unlock(&h->sweep_lock);
}

void heap_release_free(Heap *h)
{
    heap_finish_sweep(h);
    mheap_scavenge(h, SIZE_MAX);
}

/* ---- statistics ---- */

void heap_read_stats(Heap *h, GcMemStats *st)
{
    memset(st, 0, sizeof(*st));
    /* spans' counts change while they are swept: finish first (the sweeper then only looks) */
    heap_finish_sweep(h);
    uint64_t nmalloc = 0, alloc_bytes = 0;
    pthread_mutex_lock(&h->lock);
    for (GcCache *c = h->caches; c; c = c->all_next) {
        nmalloc += c->nmalloc;
        alloc_bytes += c->alloc_bytes;
    }
    nmalloc += h->retired_nmalloc;
    alloc_bytes += h->retired_alloc_bytes;
    uint64_t objects = 0, heap_alloc = 0;
    size_t n = atomic_load(&h->nallspans);
    for (size_t i = 0; i < n; i++) {
        Span *s = h->allspans[i];
        if (s->state != SPAN_INUSE)
            continue;
        objects += s->alloc_count;
        heap_alloc += (uint64_t)s->alloc_count * span_obj_size(s);
    }
    pthread_mutex_unlock(&h->lock);
    nmalloc += atomic_load(&h->nlarge_alloc);
    alloc_bytes += atomic_load(&h->total_alloc_large);
    st->mallocs = nmalloc;
    st->frees = nmalloc > objects ? nmalloc - objects : 0;
    st->heap_objects = objects;
    st->heap_alloc = st->alloc = heap_alloc;
    st->total_alloc = alloc_bytes;
    st->heap_sys = atomic_load(&h->heap_sys);
    st->heap_inuse = atomic_load(&h->heap_inuse);
    st->heap_released = atomic_load(&h->heap_released);
    st->heap_idle = st->heap_sys - st->heap_inuse;
    st->other_sys = atomic_load(&h->meta_sys);
    st->sys = st->heap_sys + st->other_sys;
    pthread_mutex_lock(&h->stats_lock);
    st->next_gc = atomic_load(&h->goal);
    if (st->next_gc == UINT64_MAX)
        st->next_gc = 0;
    st->last_gc = (uint64_t)h->stats.last_gc_unix_ns;
    st->pause_total_ns = h->stats.pause_total_ns;
    st->num_gc = h->stats.num_gc;
    st->num_forced_gc = h->stats.num_forced_gc;
    memcpy(st->pause_ns, h->stats.pause_ns, sizeof(st->pause_ns));
    memcpy(st->pause_end, h->stats.pause_end, sizeof(st->pause_end));
    int64_t since = nanotime() - h->start_ns;
    int np = h->cyc_nprocs > 0 ? h->cyc_nprocs : 1;
    st->gc_cpu_fraction = since > 0 ? (double)h->stats.gc_cpu_ns / ((double)since * np) : 0;
    pthread_mutex_unlock(&h->stats_lock);
}

uint64_t heap_bytes_allocated(Heap *h)
{
    GcMemStats st;
    heap_read_stats(h, &st);
    return st.total_alloc;
}

/* ---- the heap's life ---- */

Heap *heap_new(void)
{
    Heap *h = xcalloc(1, sizeof(Heap));
    pthread_mutex_init(&h->lock, NULL);
    pthread_mutex_init(&h->stats_lock, NULL);
    pthread_mutex_init(&h->mark_lock, NULL);
    pthread_cond_init(&h->mark_cond, NULL);
    pthread_cond_init(&h->mark_done_cond, NULL);
    pthread_mutex_init(&h->sweep_lock, NULL);
    pthread_cond_init(&h->sweep_cond, NULL);
    for (int i = 0; i < NUM_SPANCLASSES; i++)
        central_init(&h->central[i]);
    heap_init_pages(h);
    atomic_store(&h->sweepgen, 2);
    atomic_store(&h->gc_percent, read_gogc());
    atomic_store(&h->mem_limit, read_gomemlimit());
    h->gctrace = (int)env_godebug("gctrace");
    h->gcstress = (int)env_godebug("gcstress");
#ifdef GC_STRESS
    h->gcstress = 1;
#endif
    h->start_ns = nanotime();
    set_goal(h);
    return h;
}

void heap_free(Heap *h)
{
    pthread_mutex_lock(&h->mark_lock);
    h->mark_quit = true;
    pthread_cond_broadcast(&h->mark_cond);
    pthread_mutex_unlock(&h->mark_lock);
    for (int i = 1; i <= h->nthreads; i++)
        pthread_join(h->workers[i].thread, NULL);
    for (int i = 0; h->workers && i <= h->nthreads; i++)
        free(h->workers[i].stack);
    free(h->workers);
    pthread_mutex_lock(&h->sweep_lock);
    h->sweep_quit = true;
    pthread_cond_signal(&h->sweep_cond);
    pthread_mutex_unlock(&h->sweep_lock);
    if (h->sweeper_started)
        pthread_join(h->sweeper, NULL);
    while (h->caches)
        heap_cache_free(h->caches);
    heap_free_pages(h);
    for (int i = 0; i < NUM_SPANCLASSES; i++)
        pthread_mutex_destroy(&h->central[i].lock);
    pthread_mutex_destroy(&h->lock);
    pthread_mutex_destroy(&h->stats_lock);
    pthread_mutex_destroy(&h->mark_lock);
    pthread_cond_destroy(&h->mark_cond);
    pthread_cond_destroy(&h->mark_done_cond);
    pthread_mutex_destroy(&h->sweep_lock);
    pthread_cond_destroy(&h->sweep_cond);
    free(h);
}

