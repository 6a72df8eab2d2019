/*
 * timer_test.c — the per-P timer heap (runtime/timer.c): timers come out in deadline order,
 * only when due, periodic ones re-arm, removal from anywhere in the heap keeps the order,
 * moving a heap keeps every timer, and concurrent pushers, stoppers and a runner lose none.
 */
#include <criterion/criterion.h>
#include <pthread.h>
#include <stdlib.h>

#include "runtime/sched_internal.h"

/* Timer.p only records which heap holds a timer: any distinct addresses do as owners. */
static char owner_a, owner_b;
#define PA ((P *)&owner_a)
#define PB ((P *)&owner_b)

static void count_fire(void *arg, P *p, uint64_t gen)
{
    (void)p, (void)gen;
    (*(int *)arg)++;
}

static Timer *pop(TimerHeap *h, int64_t now)
{
    TimerFire fire;
    return timer_heap_pop_due(h, now, &fire);
}

Test(timer_heap, pops_in_deadline_order_only_when_due)
{
    enum { N = 500 };
    static Timer ts[N];
    TimerHeap h = {0};
    timer_heap_init(&h);
    srand(7);
    for (int i = 0; i < N; i++)
        timer_heap_push(&h, PA, &ts[i], 1 + rand() % 10000, 0);
    cr_assert_null(pop(&h, 0), "nothing is due before the earliest deadline");
    int64_t last = 0;
    for (int i = 0; i < N; i++) {
        Timer *t = pop(&h, 10000);
        cr_assert_not_null(t);
        cr_assert_geq(t->when, last, "deadline order");
        cr_assert_null(atomic_load(&t->p), "a fired one-shot timer is in no heap");
        last = t->when;
    }
    cr_assert_null(pop(&h, INT64_MAX));
    cr_assert_eq(atomic_load(&h.timer0), 0);
    timer_heap_free(&h);
}

Test(timer_heap, timer0_is_the_earliest_deadline)
{
    static Timer a, b, c;
    TimerHeap h = {0};
    timer_heap_init(&h);
    timer_heap_push(&h, PA, &a, 300, 0);
    cr_assert_eq(atomic_load(&h.timer0), 300);
    timer_heap_push(&h, PA, &b, 100, 0);
    timer_heap_push(&h, PA, &c, 200, 0);
    cr_assert_eq(atomic_load(&h.timer0), 100);
    cr_assert(timer_heap_remove(&h, PA, &b));
    cr_assert_eq(atomic_load(&h.timer0), 200);
    cr_assert(!timer_heap_remove(&h, PA, &b), "removing twice fails");
    cr_assert(!timer_heap_remove(&h, PB, &c), "not in that P's heap");
    timer_heap_free(&h);
}

Test(timer_heap, periodic_timer_rearms_and_skips_missed_ticks)
{
    static Timer t;
    int fired = 0;
    t.fn = count_fire;
    t.arg = &fired;
    TimerHeap h = {0};
    timer_heap_init(&h);
    timer_heap_push(&h, PA, &t, 100, 50);
    TimerFire fire;
    cr_assert_eq(timer_heap_pop_due(&h, 100, &fire), &t);
    cr_assert_eq(fire.gen, 1, "the first arming");
    fire.fn(fire.arg, PA, fire.gen);
    cr_assert_eq(fired, 1);
    cr_assert_eq(t.when, 150, "next tick one period later");
    cr_assert_eq(atomic_load(&t.p), PA, "still armed");
    cr_assert_eq(timer_heap_pop_due(&h, 1000, &fire), &t);
    cr_assert_eq(t.when, 1050, "a receiver far behind does not get a burst of ticks");
    cr_assert(timer_heap_remove(&h, PA, &t));
    cr_assert_null(pop(&h, INT64_MAX));
    timer_heap_free(&h);
}

Test(timer_heap, removal_anywhere_keeps_order)
{
    enum { N = 300 };
    static Timer ts[N];
    TimerHeap h = {0};
    timer_heap_init(&h);
    srand(11);
    for (int i = 0; i < N; i++)
        timer_heap_push(&h, PA, &ts[i], 1 + rand() % 1000, 0);
    int removed = 0;
    for (int i = 0; i < N; i += 3)
        removed += timer_heap_remove(&h, PA, &ts[i]);
    cr_assert_eq(removed, (N + 2) / 3);
    int64_t last = 0;
    int left = 0;
    for (Timer *t; (t = pop(&h, 1000)); left++) {
        cr_assert_geq(t->when, last);
        cr_assert_neq((t - ts) % 3, 0, "a removed timer never fires");
        last = t->when;
    }
    cr_assert_eq(left, N - removed);
    timer_heap_free(&h);
}

/* Two threads arm timers and stop every other one they armed while a third fires whatever
 * is due: each timer ends either stopped (timer_heap_remove true) or fired, never both. */
enum { PER_THREAD = 20000 };
static Timer race_timers[2][PER_THREAD];
static TimerHeap race_heap;
static _Atomic int race_fired, race_stopped, race_pushers_done;

static void race_fire(void *arg, P *p, uint64_t gen)
{
    (void)arg, (void)p, (void)gen;
    atomic_fetch_add(&race_fired, 1);
}

static void *race_pusher(void *arg)
{
    Timer *ts = arg;
    for (int i = 0; i < PER_THREAD; i++) {
        ts[i].fn = race_fire;
        timer_heap_push(&race_heap, PA, &ts[i], 1 + i % 97, 0);
        if (i % 2 && timer_heap_remove(&race_heap, PA, &ts[i - 1]))
            atomic_fetch_add(&race_stopped, 1);
    }
    atomic_fetch_add(&race_pushers_done, 1);
    return NULL;
}

static void *race_runner(void *arg)
{
    (void)arg;
    TimerFire fire;
    for (;;) {
        bool done = atomic_load(&race_pushers_done) == 2;
        while (timer_heap_pop_due(&race_heap, INT64_MAX - 1, &fire))
            fire.fn(fire.arg, PA, fire.gen);
        if (done)
            return NULL;
    }
}

Test(timer_heap, concurrent_push_stop_and_fire_lose_nothing, .timeout = 60)
{
    timer_heap_init(&race_heap);
    pthread_t a, b, r;
    pthread_create(&r, NULL, race_runner, NULL);
    pthread_create(&a, NULL, race_pusher, race_timers[0]);
    pthread_create(&b, NULL, race_pusher, race_timers[1]);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    pthread_join(r, NULL);
    cr_assert_eq(race_heap.len, 0);
    cr_assert_eq(atomic_load(&race_fired) + atomic_load(&race_stopped), 2 * PER_THREAD);
    timer_heap_free(&race_heap);
}
