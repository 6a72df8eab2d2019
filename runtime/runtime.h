/*
 * runtime.h — the runtime's memory interface: allocation of the VM's objects, clocks and
 * size classes. The scheduler, its timers and system calls are in runtime/sched.h; the
 * collector (GC issue) will be declared here.
 *
 * Every heap object comes from gc_alloc with a GcLayout saying where its pointers are, so the
 * collector can be precise: it never guesses whether a word is a pointer. Objects are zeroed.
 * Pointers into an object's interior are allowed (slices of arrays, fields); the collector
 * resolves them to the object. Pointers to memory outside the heap (constants of a module,
 * global blocks) are legal values and are ignored by the collector.
 *
 * Write barrier: every store of a pointer into the heap goes through GC_WRITE_BARRIER (empty
 * until the concurrent collector needs it).
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
/* heap_cache_new gives a thread of execution its own allocation cache (per P, later). */
GcCache *heap_cache_new(Heap *h);
void heap_cache_free(GcCache *cache);

/* gc_alloc returns [size] zeroed bytes laid out as [layout] (NULL: no pointers), aligned to
 * 8 (16 above 8 bytes). Never fails: exhaustion is fatal ("out of memory"). */
void *gc_alloc(GcCache *cache, size_t size, const GcLayout *layout);

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
