/*
 * timer.c — per-P timer heaps (Go's time.go, 1.23: a 4-ary min-heap per P, run by the
 * scheduler; ../shared/runtime-reference.md section 4).
 *
 * Each heap has its own lock: a timer is started on the starter's P but may be stopped from
 * any P. P.timer0 caches the earliest deadline of the heap (0: empty) so that Ms can find due
 * timers and the next deadline without taking locks. A timer being fired has been removed
 * from its heap (one-shot) or moved to its next deadline (periodic) before its function
 * runs, outside the lock.
 */
#include "runtime/sched_internal.h"

#include <stdlib.h>

/* A heap slot holds the deadline next to the timer: sifting compares slots without touching
 * the timers themselves (each in its own goroutine or time.Timer, far apart in memory). */
static void place(TimerHeap *h, TimerSlot slot, int i)
{
    h->items[i] = slot;
    slot.t->idx = i;
}

static void sift_up(TimerHeap *h, int i)
{
    TimerSlot slot = h->items[i];
    while (i > 0) {
        int parent = (i - 1) / 4;
        if (slot.when >= h->items[parent].when)
            break;
        place(h, h->items[parent], i);
        i = parent;
    }
    place(h, slot, i);
}

static void sift_down(TimerHeap *h, int i)
{
    TimerSlot slot = h->items[i];
    for (;;) {
        int best = -1;
        int64_t best_when = slot.when;
        int end = 4 * i + 4 < h->len - 1 ? 4 * i + 4 : h->len - 1;
        for (int c = 4 * i + 1; c <= end; c++)
            if (h->items[c].when < best_when)
                best = c, best_when = h->items[c].when;
        if (best < 0)
            break;
        place(h, h->items[best], i);
        i = best;
    }
    place(h, slot, i);
}

/* remove_at takes the timer at [i] out of the heap (lock held). */
static void remove_at(TimerHeap *h, int i)
{
    TimerSlot last = h->items[--h->len];
    if (i == h->len)
        return;
    place(h, last, i);
    sift_down(h, i);
    sift_up(h, last.t->idx);
}

static void update_timer0(TimerHeap *h)
{
    atomic_store(&h->timer0, h->len ? h->items[0].when : 0);
}

void timer_heap_init(TimerHeap *h)
{
    pthread_mutex_init(&h->lock, NULL);
}

void timer_heap_free(TimerHeap *h)
{
    for (int i = 0; i < h->len; i++)
        atomic_store(&h->items[i].t->p, NULL);
    free(h->items);
    pthread_mutex_destroy(&h->lock);
}

static void grow(TimerHeap *h)
{
    if (h->len == h->cap) {
        h->cap = h->cap ? 2 * h->cap : 16;
        h->items = xrealloc(h->items, sizeof(TimerSlot) * (size_t)h->cap);
    }
}

void timer_heap_push(TimerHeap *h, P *owner, Timer *t, int64_t when, int64_t period)
{
    if (when <= 0)
        when = 1; /* 0 means "no timer" in timer0 */
    pthread_mutex_lock(&h->lock);
    grow(h);
    t->when = when;
    t->period = period;
    t->gen++;
    atomic_store(&t->p, owner);
    h->items[h->len] = (TimerSlot){when, t};
    sift_up(h, h->len++);
    update_timer0(h);
    pthread_mutex_unlock(&h->lock);
}

bool timer_heap_remove(TimerHeap *h, P *owner, Timer *t)
{
    pthread_mutex_lock(&h->lock);
    if (atomic_load(&t->p) != owner) {
        pthread_mutex_unlock(&h->lock); /* moved or fired meanwhile */
        return false;
    }
    remove_at(h, t->idx);
    atomic_store(&t->p, NULL);
    update_timer0(h);
    pthread_mutex_unlock(&h->lock);
    return true;
}

/* pop_due_locked takes the earliest timer out if it is due at [now] (lock held) and copies
 * its fn and arg: once the lock is released, a one-shot timer may be re-armed or freed. */
static Timer *pop_due_locked(TimerHeap *h, int64_t now, TimerFire *fire)
{
    if (h->len == 0 || h->items[0].when > now)
        return NULL;
    Timer *t = h->items[0].t;
    fire->fn = t->fn;
    fire->arg = t->arg;
    fire->gen = t->gen;
    if (t->period > 0) {
        t->when += t->period;
        if (t->when <= now) /* far behind (a slow receiver): skip the missed ticks */
            t->when = now + t->period;
        h->items[0].when = t->when;
        sift_down(h, 0);
    } else {
        remove_at(h, 0);
        atomic_store(&t->p, NULL);
    }
    return t;
}

Timer *timer_heap_pop_due(TimerHeap *h, int64_t now, TimerFire *fire)
{
    int64_t t0 = atomic_load(&h->timer0);
    if (t0 == 0 || t0 > now)
        return NULL;
    pthread_mutex_lock(&h->lock);
    Timer *t = pop_due_locked(h, now, fire);
    update_timer0(h);
    pthread_mutex_unlock(&h->lock);
    return t;
}

void timer_start(Sched *s, Timer *t, int64_t when, int64_t period, P *p)
{
    timer_heap_push(p_timers(p), p, t, when, period);
    sched_timer_added(s, when <= 0 ? 1 : when);
}

bool timer_stop(Sched *s, Timer *t)
{
    (void)s;
    for (;;) {
        P *p = atomic_load(&t->p);
        if (!p)
            return false;
        if (timer_heap_remove(p_timers(p), p, t))
            return true;
        /* it moved to another P's heap or fired meanwhile: look again */
    }
}

int timer_run_due(P *heap_owner, P *run_on, int64_t now, bool only_if_free)
{
    TimerHeap *h = p_timers(heap_owner);
    int n = 0;
    for (;;) {
        int64_t t0 = atomic_load(&h->timer0);
        if (t0 == 0 || t0 > now)
            return n;
        if (only_if_free) {
            if (pthread_mutex_trylock(&h->lock) != 0)
                return n; /* its owner (or another thief) is at it */
        } else {
            pthread_mutex_lock(&h->lock);
        }
        /* a batch per lock: 10,000 sleepers waking together cost one lock round each 64 */
        enum { BATCH = 64 };
        TimerFire fires[BATCH];
        int k = 0;
        while (k < BATCH && pop_due_locked(h, now, &fires[k]))
            k++;
        update_timer0(h);
        pthread_mutex_unlock(&h->lock);
        for (int i = 0; i < k; i++)
            fires[i].fn(fires[i].arg, run_on, fires[i].gen);
        n += k;
        if (k < BATCH)
            return n;
    }
}

void timer_heap_move(TimerHeap *from, P *to)
{
    TimerHeap *h = p_timers(to);
    pthread_mutex_lock(&from->lock);
    pthread_mutex_lock(&h->lock);
    for (int i = 0; i < from->len; i++) {
        TimerSlot slot = from->items[i];
        grow(h);
        atomic_store(&slot.t->p, to);
        h->items[h->len] = slot;
        sift_up(h, h->len++);
    }
    from->len = 0;
    update_timer0(from);
    update_timer0(h);
    pthread_mutex_unlock(&h->lock);
    pthread_mutex_unlock(&from->lock);
}
