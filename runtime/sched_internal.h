/*
 * sched_internal.h — what the scheduler's own files (sched.c, timer.c) share and nobody else
 * sees: the timer heap of a P and the hooks between the heaps and the scheduler.
 */
#ifndef GALE_SCHED_INTERNAL_H
#define GALE_SCHED_INTERNAL_H

#include <pthread.h>

#include "runtime/sched.h"

/* TimerSlot is a heap entry: a timer and its deadline (a copy of Timer.when). */
typedef struct TimerSlot {
    int64_t when;
    Timer *t;
} TimerSlot;

/* TimerHeap is a P's 4-ary min-heap of armed timers. */
typedef struct TimerHeap {
    pthread_mutex_t lock;
    TimerSlot *items;         /* lock */
    int len, cap;             /* lock */
    _Atomic int64_t timer0;   /* the earliest deadline, 0 when empty (read without lock) */
} TimerHeap;

void timer_heap_init(TimerHeap *h);
/* timer_heap_free disarms what is left and frees the heap. */
void timer_heap_free(TimerHeap *h);
/* The heap operations below take the heap's lock; timer.c builds timer_start, timer_stop and
 * timer_run_due on them, and the unit tests drive them directly. [owner] is the P the heap
 * belongs to (recorded in Timer.p). */
void timer_heap_push(TimerHeap *h, P *owner, Timer *t, int64_t when, int64_t period);
/* timer_heap_remove takes [t] out if it is still in [owner]'s heap [h]; false otherwise. */
bool timer_heap_remove(TimerHeap *h, P *owner, Timer *t);
/* TimerFire is what firing a timer takes, copied under the heap's lock. */
typedef struct TimerFire {
    void (*fn)(void *arg, P *p, uint64_t gen);
    void *arg;
    uint64_t gen;
} TimerFire;
/* timer_heap_pop_due takes the earliest timer out if it is due at [now] (a periodic one is
 * re-armed for its next deadline instead) and returns it, with what firing it takes in
 * *fire; NULL when none is due. */
Timer *timer_heap_pop_due(TimerHeap *h, int64_t now, TimerFire *fire);
/* timer_heap_move moves every timer of [from] into [to] (a P going away). */
void timer_heap_move(TimerHeap *from, P *to);
/* timer_run_due fires the timers of [heap_owner]'s heap that are due at [now], running their
 * functions on [run_on] (the caller's P); returns how many fired. With [only_if_free] it
 * leaves a heap whose lock is taken alone (another M's, being run). */
int timer_run_due(P *heap_owner, P *run_on, int64_t now, bool only_if_free);

/* p_timers returns [p]'s heap (sched.c). */
TimerHeap *p_timers(P *p);
/* sched_timer_added tells the scheduler a timer for [when] was armed, so that an M sleeping
 * until a later deadline wakes up to wait for this one instead (sched.c). */
void sched_timer_added(Sched *s, int64_t when);

#endif
