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

static bool earlier(Timer *a, Timer *b)
{
    return a->when < b->when;
}

static void place(TimerHeap *h, Timer *t, int i)
{
    h->items[i] = t;
    t->idx = i;
}

static void sift_up(TimerHeap *h, int i)
{
    Timer *t = h->items[i];
    while (i > 0) {
        int parent = (i - 1) / 4;
        if (!earlier(t, h->items[parent]))
            break;
        place(h, h->items[parent], i);
        i = parent;
    }
    place(h, t, i);
}

static void sift_down(TimerHeap *h, int i)
{
    Timer *t = h->items[i];
    for (;;) {
        int best = -1;
        for (int c = 4 * i + 1; c <= 4 * i + 4 && c < h->len; c++)
            if (earlier(h->items[c], best < 0 ? t : h->items[best]))
                best = c;
        if (best < 0)
            break;
        place(h, h->items[best], i);
        i = best;
    }
    place(h, t, i);
}

/* remove_at takes the timer at [i] out of the heap (lock held). */
static void remove_at(TimerHeap *h, int i)
{
    Timer *last = h->items[--h->len];
    if (i == h->len)
        return;
    place(h, last, i);
    sift_down(h, i);
    sift_up(h, last->idx);
}

static void update_timer0(TimerHeap *h)
{
    atomic_store(&h->timer0, h->len ? h->items[0]->when : 0);
}

void timer_heap_init(TimerHeap *h)
{
    pthread_mutex_init(&h->lock, NULL);
}

void timer_heap_free(TimerHeap *h)
{
    for (int i = 0; i < h->len; i++)
        atomic_store(&h->items[i]->p, NULL);
    free(h->items);
    pthread_mutex_destroy(&h->lock);
}

static void grow(TimerHeap *h)
{
    if (h->len == h->cap) {
        h->cap = h->cap ? 2 * h->cap : 16;
        h->items = xrealloc(h->items, sizeof(Timer *) * (size_t)h->cap);
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
    atomic_store(&t->p, owner);
    h->items[h->len] = t;
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

Timer *timer_heap_pop_due(TimerHeap *h, int64_t now, void (**fn)(void *, P *), void **arg)
{
    int64_t t0 = atomic_load(&h->timer0);
    if (t0 == 0 || t0 > now)
        return NULL;
    Timer *t = NULL;
    pthread_mutex_lock(&h->lock);
    if (h->len > 0 && h->items[0]->when <= now) {
        t = h->items[0];
        /* copied under the lock: once unlocked, a one-shot timer may be re-armed or freed */
        *fn = t->fn;
        *arg = t->arg;
        if (t->period > 0) {
            t->when += t->period;
            if (t->when <= now) /* far behind (a slow receiver): skip the missed ticks */
                t->when = now + t->period;
            sift_down(h, 0);
        } else {
            remove_at(h, 0);
            atomic_store(&t->p, NULL);
        }
        update_timer0(h);
    }
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

int timer_run_due(P *heap_owner, P *run_on, int64_t now)
{
    TimerHeap *h = p_timers(heap_owner);
    void (*fn)(void *, P *);
    void *arg;
    int n = 0;
    while (timer_heap_pop_due(h, now, &fn, &arg)) {
        fn(arg, run_on);
        n++;
    }
    return n;
}

void timer_heap_move(TimerHeap *from, P *to)
{
    TimerHeap *h = p_timers(to);
    pthread_mutex_lock(&from->lock);
    pthread_mutex_lock(&h->lock);
    for (int i = 0; i < from->len; i++) {
        Timer *t = from->items[i];
        grow(h);
        atomic_store(&t->p, to);
        h->items[h->len] = t;
        sift_up(h, h->len++);
    }
    from->len = 0;
    update_timer0(from);
    update_timer0(h);
    pthread_mutex_unlock(&h->lock);
    pthread_mutex_unlock(&from->lock);
}
