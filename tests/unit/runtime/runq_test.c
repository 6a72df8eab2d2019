/*
 * runq_test.c — the local run queue (runtime/runq.c): order, runnext, overflow, stealing,
 * and a concurrent owner/thieves run in which every goroutine comes out exactly once.
 */
#include <criterion/criterion.h>
#include <pthread.h>
#include <stdlib.h>

#include "runtime/sched.h"

static Goroutine gs[1024];

static RunQueue *new_queue(void)
{
    return calloc(1, sizeof(RunQueue));
}

Test(runq, fifo_with_runnext_first)
{
    RunQueue *q = new_queue();
    bool inherit;
    cr_assert_null(runq_get(q, &inherit));
    cr_assert(runq_empty(q));
    cr_assert_null(runq_put(q, &gs[0], false));
    cr_assert_null(runq_put(q, &gs[1], false));
    cr_assert_null(runq_put(q, &gs[2], true));
    /* a new runnext kicks the old one to the tail of the ring */
    cr_assert_null(runq_put(q, &gs[3], true));
    cr_assert_eq(runq_len(q), 3);
    cr_assert_eq(runq_get(q, &inherit), &gs[3]);
    cr_assert(inherit, "runnext continues the time slice");
    cr_assert_eq(runq_get(q, &inherit), &gs[0]);
    cr_assert(!inherit);
    cr_assert_eq(runq_get(q, &inherit), &gs[1]);
    cr_assert_eq(runq_get(q, &inherit), &gs[2]);
    cr_assert_null(runq_get(q, &inherit));
    cr_assert(runq_empty(q));
    free(q);
}

Test(runq, full_ring_moves_half_out)
{
    RunQueue *q = new_queue();
    for (int i = 0; i < RUNQ_SIZE; i++)
        cr_assert_null(runq_put(q, &gs[i], false));
    Goroutine *left = runq_put(q, &gs[RUNQ_SIZE], false);
    cr_assert_eq(left, &gs[RUNQ_SIZE]);
    Goroutine *first, *last;
    int n = runq_take_half(q, left, &first, &last);
    cr_assert_eq(n, RUNQ_SIZE / 2 + 1);
    cr_assert_eq(first, &gs[0]);
    cr_assert_eq(last, &gs[RUNQ_SIZE]);
    int count = 0;
    for (Goroutine *g = first; g; g = g->schedlink)
        count++;
    cr_assert_eq(count, n);
    cr_assert_eq(runq_len(q), RUNQ_SIZE / 2);
    bool inherit;
    cr_assert_eq(runq_get(q, &inherit), &gs[RUNQ_SIZE / 2], "the newer half stays");
    free(q);
}

Test(runq, steal_takes_half_rounded_up)
{
    RunQueue *victim = new_queue(), *thief = new_queue();
    for (int i = 0; i < 5; i++)
        runq_put(victim, &gs[i], false);
    Goroutine *g = runq_steal(thief, victim, false);
    /* 3 taken: two land in the thief's ring, the last is returned to run */
    cr_assert_eq(g, &gs[2]);
    cr_assert_eq(runq_len(thief), 2);
    cr_assert_eq(runq_len(victim), 2);
    bool inherit;
    cr_assert_eq(runq_get(thief, &inherit), &gs[0]);
    cr_assert_eq(runq_get(victim, &inherit), &gs[3]);
    /* runnext is stolen only when asked and the ring is empty */
    runq_get(victim, &inherit);
    runq_put(victim, &gs[9], true);
    cr_assert_null(runq_steal(thief, victim, false));
    cr_assert_eq(runq_steal(thief, victim, true), &gs[9]);
    free(victim);
    free(thief);
}

Test(runq, steals_runnext_on_request)
{
    RunQueue *victim = new_queue(), *thief = new_queue();
    runq_put(victim, &gs[7], true);
    cr_assert_null(runq_steal(thief, victim, false));
    cr_assert_eq(runq_steal(thief, victim, true), &gs[7]);
    cr_assert(runq_empty(victim));
    free(victim);
    free(thief);
}

/* ---- concurrent: one owner putting and getting, two thieves ---- */

#define ITEMS 200000

typedef struct {
    RunQueue *victim;
    _Atomic int *seen;
    _Atomic bool *done;
    _Atomic long taken;
} Thief;

static void take(_Atomic int *seen, Goroutine *g)
{
    long idx = (long)g->goid;
    atomic_fetch_add(&seen[idx], 1);
}

static void *thief_main(void *arg)
{
    Thief *t = arg;
    RunQueue *mine = new_queue();
    bool inherit;
    while (!atomic_load(t->done) || !runq_empty(t->victim)) {
        Goroutine *g = runq_steal(mine, t->victim, true);
        if (g) {
            take(t->seen, g);
            atomic_fetch_add(&t->taken, 1);
        }
        while ((g = runq_get(mine, &inherit))) {
            take(t->seen, g);
            atomic_fetch_add(&t->taken, 1);
        }
    }
    free(mine);
    return NULL;
}

Test(runq, concurrent_owner_and_thieves_lose_nothing, .timeout = 60)
{
    RunQueue *q = new_queue();
    Goroutine *items = calloc(ITEMS, sizeof(Goroutine));
    _Atomic int *seen = calloc(ITEMS, sizeof(_Atomic int));
    _Atomic bool done = false;
    for (long i = 0; i < ITEMS; i++)
        items[i].goid = i;
    Thief thieves[2];
    pthread_t th[2];
    for (int i = 0; i < 2; i++) {
        thieves[i] = (Thief){q, seen, &done, 0};
        pthread_create(&th[i], NULL, thief_main, &thieves[i]);
    }
    Goroutine *overflow = NULL; /* stands for the global queue */
    long mine = 0;
    bool inherit;
    for (long i = 0; i < ITEMS; i++) {
        Goroutine *left = runq_put(q, &items[i], i % 7 == 0);
        while (left) {
            Goroutine *first, *last;
            int n = runq_take_half(q, left, &first, &last);
            if (n) {
                last->schedlink = overflow;
                overflow = first;
                break;
            }
            left = runq_put(q, left, false);
        }
        if (i % 3 == 0) {
            Goroutine *g = runq_get(q, &inherit);
            if (g) {
                take(seen, g);
                mine++;
            }
        }
    }
    atomic_store(&done, true);
    for (Goroutine *g; (g = runq_get(q, &inherit));) {
        take(seen, g);
        mine++;
    }
    for (int i = 0; i < 2; i++)
        pthread_join(th[i], NULL);
    for (Goroutine *g = overflow; g;) {
        Goroutine *next = g->schedlink;
        take(seen, g);
        g = next;
    }
    for (long i = 0; i < ITEMS; i++)
        cr_assert_eq(atomic_load(&seen[i]), 1, "goroutine %ld seen %d times", i,
                     atomic_load(&seen[i]));
    free(items);
    free((void *)seen);
    free(q);
}
