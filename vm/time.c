/*
 * time.c — the VM side of package time: sleeping goroutines and the runtime timers behind
 * time.Timer, time.Ticker and time.AfterFunc, on the scheduler's per-P timer heaps
 * (runtime/timer.c).
 *
 * time.Sleep parks the goroutine and arms its own timer only once it is parked (the park's
 * commit, as Go's resetForSleep), so the timer cannot fire before the goroutine sleeps.
 * Channel timers send the current time without blocking (a full channel drops the tick, as
 * a Ticker's does); Stop and Reset empty the channel, so no stale time is received after
 * they return (Go 1.23's synchronous timer channels). AfterFunc timers start a goroutine.
 * A firing can reach timer_fire after a Stop or Reset returned (it left the heap first):
 * the TimerObj's lock serializes them, and live_gen names the one arming whose firings may
 * still act, so a late one is dropped.
 *
 * TimerObjs are C memory referenced by handle from Gale (Timer.r) and freed with the VM; the
 * channel and function they hold are references the collector will have to treat as roots.
 */
#include "vm/vm.h"

#include <stdlib.h>
#include <time.h>

typedef struct TimerObj {
    Timer t;
    pthread_mutex_t lock;  /* arming, stopping and firing */
    uint64_t live_gen;     /* lock: the Timer.gen whose firings act; 0: stopped */
    uint64_t inflight_gen; /* lock: AfterFunc only: an older arming whose firing, already
                              out of the heap when Stop or Reset came, must still run f */
    Vm *vm;
    ChanObj *c;
    Closure *f;
    void *loc;             /* the *time.Location of the times sent on c (time.Local) */
    struct TimerObj *next; /* Vm.timers */
} TimerObj;

void vm_time_init(Vm *vm)
{
    pthread_mutex_init(&vm->timers_lock, NULL);
}

void vm_time_free(Vm *vm)
{
    for (TimerObj *o = vm->timers; o;) {
        TimerObj *next = o->next;
        pthread_mutex_destroy(&o->lock);
        free(o);
        o = next;
    }
    vm->timers = NULL;
    pthread_mutex_destroy(&vm->timers_lock);
}

/* Seconds from January 1 of year 1 to January 1, 1970: Go's absolute time base. */
#define UNIX_TO_ABS 62135596800LL

void gale_now(int64_t *sec, int64_t *nsec, int64_t *mono)
{
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    *sec = (int64_t)ts.tv_sec + UNIX_TO_ABS;
    *nsec = ts.tv_nsec;
    *mono = nanotime();
}

/* deadline turns a duration into a nanotime deadline, saturating. */
static int64_t deadline(int64_t d)
{
    int64_t now = nanotime();
    if (d <= 0)
        return now;
    return d > INT64_MAX - now ? INT64_MAX : now + d;
}

/* ---- Sleep ---- */

static void sleep_fire(void *arg, P *p, uint64_t gen)
{
    (void)gen; /* a sleep is never stopped */
    G *g = arg;
    sched_ready(g->vm->sched, &g->rt, p);
}

/* arm_sleep is Sleep's park commit: the goroutine is stopped, its M still holds g->p. */
static void arm_sleep(void *arg)
{
    G *g = arg;
    timer_start(g->vm->sched, &g->sleep_timer, g->sleep_until, 0, g->p);
}

int gale_sleep(G *g, int64_t ns)
{
    if (ns <= 0)
        return NATIVE_OK;
    g->sleep_until = deadline(ns);
    g->sleep_timer.fn = sleep_fire;
    g->sleep_timer.arg = g;
    gale_park(g, "sleep", arm_sleep, g);
    return NATIVE_PARK;
}

/* ---- Timers, Tickers, AfterFunc ---- */

/* new_time makes a time.Time value (struct {sec, nsec, mono int64; loc *Location}) of type
 * [t], in the location [loc]. */
static Value new_time(P *p, const TypeDesc *t, void *loc)
{
    Value v;
    int64_t *fields = gc_alloc(sched_p_cache(p), t->size, vm_layout(t));
    gale_now(&fields[0], &fields[1], &fields[2]);
    ((void **)fields)[3] = loc;
    v.p = fields;
    return v;
}

static void timer_fire(void *arg, P *p, uint64_t gen)
{
    TimerObj *o = arg;
    pthread_mutex_lock(&o->lock);
    bool live = o->live_gen == gen;
    if (!live && gen == o->inflight_gen) {
        live = true; /* an AfterFunc firing that a Stop or Reset let through */
        o->inflight_gen = 0;
    } else if (live && o->t.period == 0) {
        o->live_gen = 0; /* fired: a Stop now finds it expired */
    }
    if (live) {
        if (o->c)
            chan_offer(o->vm, p, o->c, new_time(p, chan_elem(o->c), o->loc));
        if (o->f)
            vm_go_runtime(o->vm, o->f, p);
    }
    pthread_mutex_unlock(&o->lock);
}

/* arm starts [o]'s timer (lock held): its firings act from now on. */
static void arm(G *g, TimerObj *o, int64_t d, int64_t period)
{
    o->live_gen = o->t.gen + 1; /* before it is in a heap: it may fire at once */
    timer_start(g->vm->sched, &o->t, deadline(d), period, g->p);
}

/* disarm stops [o]'s timer (lock held) and says whether that stopped it, as Go 1.23's Stop:
 * - armed in a heap: stopped (true);
 * - a one-shot firing that left the heap but has not reached timer_fire (in flight): for a
 *   channel timer the value is dropped, and it counts as stopped (true: nothing was
 *   delivered); for AfterFunc the function still runs (false: it has started, as far as
 *   the caller can tell), even if the timer is reset meanwhile;
 * - a channel timer whose value waits in the channel: emptied, and stopped (true). */
static bool disarm(G *g, TimerObj *o)
{
    bool active = timer_stop(g->vm->sched, &o->t);
    bool in_flight = !active && o->live_gen != 0 && o->t.period == 0;
    if (o->f) {
        if (in_flight)
            o->inflight_gen = o->live_gen;
        o->live_gen = 0;
        return active;
    }
    o->live_gen = 0;
    bool drained = o->c && chan_drain(o->c);
    return active || in_flight || drained;
}

int64_t gale_timer_start(G *g, ChanObj *c, Closure *f, void *loc, int64_t d, int64_t period)
{
    TimerObj *o = xcalloc(1, sizeof(TimerObj));
    pthread_mutex_init(&o->lock, NULL);
    o->vm = g->vm;
    o->c = c;
    o->f = f;
    o->loc = loc;
    o->t.fn = timer_fire;
    o->t.arg = o;
    pthread_mutex_lock(&g->vm->timers_lock);
    o->next = g->vm->timers;
    g->vm->timers = o;
    pthread_mutex_unlock(&g->vm->timers_lock);
    pthread_mutex_lock(&o->lock);
    arm(g, o, d, period);
    pthread_mutex_unlock(&o->lock);
    return (int64_t)(intptr_t)o;
}

bool gale_timer_stop(G *g, int64_t h)
{
    TimerObj *o = (TimerObj *)(intptr_t)h;
    pthread_mutex_lock(&o->lock);
    bool active = disarm(g, o);
    pthread_mutex_unlock(&o->lock);
    return active;
}

bool gale_timer_reset(G *g, int64_t h, int64_t d, int64_t period)
{
    TimerObj *o = (TimerObj *)(intptr_t)h;
    pthread_mutex_lock(&o->lock);
    bool active = disarm(g, o);
    arm(g, o, d, period);
    pthread_mutex_unlock(&o->lock);
    return active;
}

void vm_time_gc_mark(Vm *vm, GcMarker *m)
{
    pthread_mutex_lock(&vm->timers_lock);
    for (TimerObj *o = vm->timers; o; o = o->next) {
        gc_mark(m, o->c);
        gc_mark(m, o->f);
        gc_mark(m, o->loc);
    }
    pthread_mutex_unlock(&vm->timers_lock);
}
