/*
 * heap.c — allocation of the VM's objects (see runtime.h).
 *
 * This first allocator is a bump allocator: each cache owns 1 MiB chunks carved in order,
 * and objects larger than a quarter chunk get their own mapping. Nothing is freed before
 * heap_free; the precise collector of the GC issue replaces this file's internals (spans,
 * size classes, per-P mcaches) without changing the interface. Layouts are recorded now so
 * that nothing in the VM needs to change then.
 *
 * Locking: a GcCache belongs to one thread at a time; the chunk list of the heap is guarded
 * by its mutex.
 */
#include "runtime/runtime.h"

#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <time.h>

#define CHUNK_SIZE (4u << 20)
#define FIRST_CHUNK_SIZE (512u << 10)
#define LARGE_SIZE (256u << 10)

typedef struct Chunk {
    struct Chunk *next;
    size_t size;
} Chunk;

struct Heap {
    pthread_mutex_t lock;
    Chunk *chunks;            /* guarded by lock */
    _Atomic uint64_t allocated;
};

struct GcCache {
    Heap *heap;
    char *cur, *end;
    int nchunks; /* chunks taken so far: the first is small, for short programs */
};

Heap *heap_new(void)
{
    Heap *h = xcalloc(1, sizeof(Heap));
    pthread_mutex_init(&h->lock, NULL);
    return h;
}

void heap_free(Heap *h)
{
    Chunk *c = h->chunks;
    while (c) {
        Chunk *next = c->next;
        munmap(c, c->size);
        c = next;
    }
    pthread_mutex_destroy(&h->lock);
    free(h);
}

GcCache *heap_cache_new(Heap *h)
{
    GcCache *c = xcalloc(1, sizeof(GcCache));
    c->heap = h;
    return c;
}

void heap_cache_free(GcCache *cache)
{
    free(cache);
}

static Chunk *new_chunk(Heap *h, size_t size)
{
    void *p = mmap(NULL, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (p == MAP_FAILED)
        fatal("out of memory");
#ifdef MADV_HUGEPAGE
    /* fewer page faults and TLB misses for the allocation-heavy programs */
    if (size >= CHUNK_SIZE)
        madvise(p, size, MADV_HUGEPAGE);
#endif
    Chunk *c = p;
    c->size = size;
    pthread_mutex_lock(&h->lock);
    c->next = h->chunks;
    h->chunks = c;
    pthread_mutex_unlock(&h->lock);
    return c;
}

void *gc_alloc(GcCache *cache, size_t size, const GcLayout *layout)
{
    (void)layout;
    size_t n = (size + 15) & ~(size_t)15;
    if (n == 0)
        n = 16;
    atomic_fetch_add_explicit(&cache->heap->allocated, n, memory_order_relaxed);
    if (n >= LARGE_SIZE) {
        size_t total = (n + sizeof(Chunk) + 15 + 4095) & ~(size_t)4095;
        Chunk *c = new_chunk(cache->heap, total);
        return (char *)c + ((sizeof(Chunk) + 15) & ~(size_t)15);
    }
    if ((size_t)(cache->end - cache->cur) < n) {
        size_t csize = cache->nchunks++ ? CHUNK_SIZE : FIRST_CHUNK_SIZE;
        Chunk *c = new_chunk(cache->heap, csize);
        cache->cur = (char *)c + ((sizeof(Chunk) + 15) & ~(size_t)15);
        cache->end = (char *)c + csize;
    }
    void *p = cache->cur;
    cache->cur += n;
    return p; /* mmap'd memory is zero and never reused */
}

uint64_t heap_bytes_allocated(Heap *h)
{
    return atomic_load_explicit(&h->allocated, memory_order_relaxed);
}

int64_t nanotime_coarse(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC_COARSE, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

int64_t nanotime(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}
