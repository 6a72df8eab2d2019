/*
 * runtime.h — the runtime's memory interface: allocation of the VM's objects, the garbage
 * collector's entry points, clocks and size classes. The scheduler, its timers and system
 * calls are in runtime/sched.h; docs/gc.md explains the collector.
 *
 * Every heap object comes from gc_alloc with a GcLayout saying where its pointers are, so the
 * collector can be precise: it never guesses whether a word is a pointer. Objects are zeroed.
 * Pointers into an object's interior are allowed (slices of arrays, fields); the collector
 * resolves them to the object. Pointers to memory outside the heap (constants of a module,
 * global blocks) are legal values and are ignored by the collector.
 *
 * Write barrier: every store of a pointer into the heap goes through GC_WRITE_BARRIER (empty
 * until the concurrent collector needs it).
 *
 * Collections. The heap decides when one is due (the pacer: GOGC, GOMEMLIMIT) and calls the
 * request hook its VM installed; the VM stops the world at a safepoint and calls
 * heap_collect with a function that marks its roots, then heap_collect_finish once the world
 * runs again. gc_alloc itself never collects, so C code may hold heap pointers in locals
 * between allocations; what it may not do is keep one only in a C local across a point
 * where its goroutine can be stopped (a system call, a park).
 */
#ifndef GALE_RUNTIME_H
#define GALE_RUNTIME_H

#include <stddef.h>
#include <stdint.h>

#include "base/base.h"

/* GcLayout describes the pointer words of one element of an object. An object allocated with
 * it holds whole elements (size / elem_size of them). */
typedef struct GcLayout {
    uint32_t elem_size;  /* bytes of one element */
    uint32_t ptr_words;  /* words of an element up to its last pointer (0: no pointers) */
    const uint8_t *mask; /* bit i (LSB first): word i of an element is a pointer */
    uint32_t flags;      /* GCL_PREFIX: only the first element has pointers (a header
                            followed by bytes, like a string with its data inline) */
} GcLayout;

enum { GCL_PREFIX = 1 };

typedef struct Heap Heap;
typedef struct GcCache GcCache;

/* heap_new creates an empty heap (one per VM); heap_free releases all its memory. */
Heap *heap_new(void);
void heap_free(Heap *h);
/* heap_cache_new gives a thread of execution its own allocation cache (one per P). */
GcCache *heap_cache_new(Heap *h);
void heap_cache_free(GcCache *cache);

/* gc_alloc returns [size] zeroed bytes laid out as [layout] (NULL: no pointers), aligned to
 * 8 (16 when the size class is a multiple of 16, as every class above 24 bytes is). Never fails: exhaustion is fatal ("out of memory"). */
void *gc_alloc(GcCache *cache, size_t size, const GcLayout *layout);

/* ---- the collector (mgc.c) ---- */

/* GcMarker marks objects reachable from roots during a collection. */
typedef struct MarkWorker GcMarker;
/* gc_mark marks the object holding [p] (any word: addresses outside the heap, into free
 * memory or NULL are ignored). */
void gc_mark(GcMarker *m, const void *p);
/* gc_mark_words marks the words [i] < [nwords] of [base] whose bit i of [mask] is set. */
void gc_mark_words(GcMarker *m, const void *base, size_t nwords, const uint8_t *mask);
/* gc_note_roots adds to the scannable stack and global bytes the pacer counts. */
void gc_note_roots(GcMarker *m, uint64_t stack_bytes, uint64_t global_bytes);

typedef void (*GcRootsFn)(void *ctx, GcMarker *m);

/* heap_set_request_hook installs the function the heap calls (from any thread, possibly
 * several times) when a collection is due. */
void heap_set_request_hook(Heap *h, void (*fn)(void *ctx), void *ctx);
/* heap_gc_requested reports whether a collection is due. */
bool heap_gc_requested(Heap *h);
/* heap_collect runs a collection with the world stopped (since [stw_start], nanotime) on
 * [nprocs] threads: finishes sweeping, marks from roots(ctx), sets the next goal and starts
 * sweeping anew. heap_collect_finish records the pause once the world runs again. */
void heap_collect(Heap *h, GcRootsFn roots, void *ctx, int nprocs, bool forced,
                  int64_t stw_start);
void heap_collect_finish(Heap *h);
/* heap_finish_sweep sweeps every span left (runtime.GC does before it returns). */
void heap_finish_sweep(Heap *h);
/* heap_release_free returns every free page to the OS (debug.FreeOSMemory). */
void heap_release_free(Heap *h);
/* heap_set_gc_percent sets GOGC (negative: off) and returns the previous value. */
int64_t heap_set_gc_percent(Heap *h, int64_t pct);
/* heap_set_memory_limit sets the soft limit in bytes (negative: unchanged) and returns the
 * previous one (INT64_MAX: none). */
int64_t heap_set_memory_limit(Heap *h, int64_t limit);

/* GcMemStats: runtime.MemStats' heap and collector fields (Go's meanings). */
typedef struct GcMemStats {
    uint64_t alloc, total_alloc, sys, mallocs, frees;
    uint64_t heap_alloc, heap_sys, heap_idle, heap_inuse, heap_released, heap_objects;
    uint64_t next_gc, last_gc, pause_total_ns, num_gc, num_forced_gc;
    uint64_t pause_ns[256], pause_end[256];
    double gc_cpu_fraction;
    uint64_t other_sys;
} GcMemStats;
/* heap_read_stats fills [st] (world stopped, so that the caches' counters hold still); it
 * finishes sweeping first. */
void heap_read_stats(Heap *h, GcMemStats *st);
/* heap_bytes_allocated returns the total bytes ever allocated (statistics). */
uint64_t heap_bytes_allocated(Heap *h);

#define GC_WRITE_BARRIER(slot, ptr) ((void)0)

/* runtime_roundupsize returns the size Go's allocator would actually give a request of
 * [size] bytes (its size classes; whole pages above 32 KiB), which decides the capacity
 * append and []byte(s) report. [noscan]: the object holds no pointers. */
size_t runtime_roundupsize(size_t size, bool noscan);

/* nanotime returns a monotonic time in nanoseconds. */
int64_t nanotime(void);
/* nanotime_coarse is nanotime to within a few milliseconds, at a fraction of the cost (for
 * stamps such as how long a goroutine has waited, shown in minutes). */
int64_t nanotime_coarse(void);

#endif
