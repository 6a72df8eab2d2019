/*
 * sema.c — semaphores for the natives of package sync (Go's semacquire/semrelease,
 * sema.go): a counter in the caller's memory plus, per address, a FIFO of parked
 * goroutines. The waiters live in a table of buckets (by address) in the Vm, each with its
 * lock and its count of waiters, so that a release with nobody waiting takes no lock.
 *
 * Hand-off: a release that finds a waiter for the address takes the count for it and readies
 * it; the waiter resumes owning the semaphore (its native returned NATIVE_PARK). Lost
 * wake-ups are impossible: an acquirer counts itself in nwait before its last attempt, and a
 * releaser adds to the counter before it reads nwait (both sequentially consistent).
 */
#include "vm/vm.h"

#include <stdlib.h>

typedef struct SemaWaiter {
    G *g;
    uint32_t *addr;
    struct SemaWaiter *next;
} SemaWaiter;

struct SemaBucket {
    pthread_mutex_t lock;
    _Atomic int nwait;
    SemaWaiter *head, *tail;
};

static bool can_acquire(uint32_t *addr)
{
    uint32_t v = __atomic_load_n(addr, __ATOMIC_SEQ_CST);
    while (v > 0) {
        if (__atomic_compare_exchange_n(addr, &v, v - 1, false, __ATOMIC_SEQ_CST,
                                        __ATOMIC_SEQ_CST))
            return true;
    }
    return false;
}

static SemaBucket *bucket(Vm *vm, uint32_t *addr)
{
    return &vm->sema[((uintptr_t)addr >> 3) % SEMA_BUCKETS];
}

static void bucket_unlock(void *arg)
{
    pthread_mutex_unlock(&((SemaBucket *)arg)->lock);
}

void vm_sema_init(Vm *vm)
{
    vm->sema = xcalloc(SEMA_BUCKETS, sizeof(SemaBucket));
    for (int i = 0; i < SEMA_BUCKETS; i++)
        pthread_mutex_init(&vm->sema[i].lock, NULL);
}

void vm_sema_free(Vm *vm)
{
    for (int i = 0; i < SEMA_BUCKETS; i++) {
        SemaBucket *b = &vm->sema[i];
        for (SemaWaiter *w = b->head; w;) {
            SemaWaiter *next = w->next;
            free(w);
            w = next;
        }
        pthread_mutex_destroy(&b->lock);
    }
    free(vm->sema);
}

int gale_sema_acquire(G *g, uint32_t *addr, const char *reason, bool lifo)
{
    if (can_acquire(addr))
        return NATIVE_OK;
    SemaBucket *b = bucket(g->vm, addr);
    pthread_mutex_lock(&b->lock);
    atomic_fetch_add(&b->nwait, 1);
    if (can_acquire(addr)) {
        atomic_fetch_sub(&b->nwait, 1);
        pthread_mutex_unlock(&b->lock);
        return NATIVE_OK;
    }
    SemaWaiter *w = xmalloc(sizeof(SemaWaiter));
    w->g = g;
    w->addr = addr;
    if (lifo) {
        /* before the bucket's first waiter on the same semaphore (others may be ahead:
         * their order among themselves does not matter) */
        w->next = b->head;
        b->head = w;
        if (!b->tail)
            b->tail = w;
    } else {
        w->next = NULL;
        if (b->tail)
            b->tail->next = w;
        else
            b->head = w;
        b->tail = w;
    }
    gale_park(g, reason, bucket_unlock, b);
    return NATIVE_PARK;
}

void gale_sema_release(G *g, uint32_t *addr)
{
    __atomic_add_fetch(addr, 1, __ATOMIC_SEQ_CST);
    SemaBucket *b = bucket(g->vm, addr);
    if (atomic_load(&b->nwait) == 0)
        return;
    pthread_mutex_lock(&b->lock);
    SemaWaiter *prev = NULL, *w = b->head;
    while (w && w->addr != addr) {
        prev = w;
        w = w->next;
    }
    if (!w || !can_acquire(addr)) {
        pthread_mutex_unlock(&b->lock);
        return; /* nobody waits here, or another acquirer took the count first */
    }
    if (prev)
        prev->next = w->next;
    else
        b->head = w->next;
    if (b->tail == w)
        b->tail = prev;
    atomic_fetch_sub(&b->nwait, 1);
    pthread_mutex_unlock(&b->lock);
    gale_ready(g, w->g);
    free(w);
}

/* vm_sema_gc_mark keeps alive the words goroutines wait on: a reused address would let an
 * unrelated release wake them. */
void vm_sema_gc_mark(Vm *vm, GcMarker *m)
{
    for (int i = 0; i < SEMA_BUCKETS; i++) {
        SemaBucket *b = &vm->sema[i];
        pthread_mutex_lock(&b->lock);
        for (SemaWaiter *w = b->head; w; w = w->next)
            gc_mark(m, w->addr);
        pthread_mutex_unlock(&b->lock);
    }
}
