/*
 * runq.c — a P's local run queue: a 256-slot ring plus a runnext slot (Go's runq, runqput,
 * runqget, runqgrab; ../shared/runtime-reference.md 1.2).
 *
 * Only the owner P pushes (stores tail); the owner and thieves pop by advancing head with a
 * CAS, so no lock is needed. Slots and runnext are atomics: a thief may read a slot that the
 * owner is about to reuse, but then head has moved and the thief's CAS fails, so the value
 * read is never used. Memory order: the owner's release store of tail publishes the slots
 * (and the goroutine's state written before); consumers acquire head and tail before
 * reading slots, and release head with their CAS.
 */
#include "runtime/sched.h"

#include <sched.h>

#define RELAXED memory_order_relaxed
#define ACQUIRE memory_order_acquire
#define RELEASE memory_order_release

Goroutine *runq_put(RunQueue *q, Goroutine *g, bool next)
{
    if (next) {
        /* g becomes runnext; the old runnext, if any, goes to the tail of the ring */
        Goroutine *old = atomic_exchange(&q->next, g);
        if (!old)
            return NULL;
        g = old;
    }
    uint32_t h = atomic_load_explicit(&q->head, ACQUIRE);
    uint32_t t = atomic_load_explicit(&q->tail, RELAXED);
    if (t - h >= RUNQ_SIZE)
        return g; /* full: the caller moves half to the global queue */
    atomic_store_explicit(&q->ring[t % RUNQ_SIZE], g, RELAXED);
    atomic_store_explicit(&q->tail, t + 1, RELEASE);
    return NULL;
}

int runq_take_half(RunQueue *q, Goroutine *g, Goroutine **first, Goroutine **last)
{
    uint32_t h = atomic_load_explicit(&q->head, ACQUIRE);
    uint32_t t = atomic_load_explicit(&q->tail, RELAXED);
    uint32_t n = (t - h) / 2;
    if (n != RUNQ_SIZE / 2)
        return 0; /* not full any more: a consumer took some, the caller retries the put */
    Goroutine *batch[RUNQ_SIZE / 2 + 1];
    for (uint32_t i = 0; i < n; i++)
        batch[i] = atomic_load_explicit(&q->ring[(h + i) % RUNQ_SIZE], RELAXED);
    if (!atomic_compare_exchange_strong_explicit(&q->head, &h, h + n, RELEASE, RELAXED))
        return 0;
    batch[n] = g;
    for (uint32_t i = 0; i < n; i++)
        batch[i]->schedlink = batch[i + 1];
    g->schedlink = NULL;
    *first = batch[0];
    *last = g;
    return (int)n + 1;
}

Goroutine *runq_get(RunQueue *q, bool *inherit)
{
    Goroutine *next = atomic_load(&q->next);
    while (next) {
        if (atomic_compare_exchange_weak(&q->next, &next, NULL)) {
            *inherit = true;
            return next;
        }
    }
    *inherit = false;
    for (;;) {
        uint32_t h = atomic_load_explicit(&q->head, ACQUIRE);
        uint32_t t = atomic_load_explicit(&q->tail, RELAXED);
        if (t == h)
            return NULL;
        Goroutine *g = atomic_load_explicit(&q->ring[h % RUNQ_SIZE], RELAXED);
        if (atomic_compare_exchange_weak_explicit(&q->head, &h, h + 1, RELEASE, RELAXED))
            return g;
    }
}

/* grab copies half of [v]'s ring (rounded up) into [batch] and removes it from [v]. */
static uint32_t grab(RunQueue *v, Goroutine **batch, bool steal_next)
{
    for (;;) {
        uint32_t h = atomic_load_explicit(&v->head, ACQUIRE);
        uint32_t t = atomic_load_explicit(&v->tail, ACQUIRE);
        uint32_t n = t - h;
        n = n - n / 2;
        if (n == 0) {
            if (!steal_next)
                return 0;
            /* Go sleeps 3 µs first when the victim is running, to let it run its runnext
             * (which usually was just readied by it); yielding the CPU serves the same end */
            Goroutine *next = atomic_load(&v->next);
            if (!next)
                return 0;
            sched_yield();
            if (!atomic_compare_exchange_strong(&v->next, &next, NULL))
                continue;
            batch[0] = next;
            return 1;
        }
        if (n > RUNQ_SIZE / 2)
            continue; /* head and tail read at different times: inconsistent, retry */
        for (uint32_t i = 0; i < n; i++)
            batch[i] = atomic_load_explicit(&v->ring[(h + i) % RUNQ_SIZE], RELAXED);
        if (atomic_compare_exchange_strong_explicit(&v->head, &h, h + n, RELEASE, RELAXED))
            return n;
    }
}

Goroutine *runq_steal(RunQueue *q, RunQueue *victim, bool steal_next)
{
    Goroutine *batch[RUNQ_SIZE / 2];
    uint32_t n = grab(victim, batch, steal_next);
    if (n == 0)
        return NULL;
    Goroutine *g = batch[--n];
    if (n == 0)
        return g;
    uint32_t t = atomic_load_explicit(&q->tail, RELAXED);
    for (uint32_t i = 0; i < n; i++)
        atomic_store_explicit(&q->ring[(t + i) % RUNQ_SIZE], batch[i], RELAXED);
    atomic_store_explicit(&q->tail, t + n, RELEASE);
    return g;
}

uint32_t runq_len(RunQueue *q)
{
    uint32_t h = atomic_load_explicit(&q->head, ACQUIRE);
    uint32_t t = atomic_load_explicit(&q->tail, ACQUIRE);
    uint32_t n = t - h;
    return n > RUNQ_SIZE ? 0 : n;
}

bool runq_empty(RunQueue *q)
{
    /* runnext counts too: Go's runqempty */
    return runq_len(q) == 0 && atomic_load(&q->next) == NULL;
}
