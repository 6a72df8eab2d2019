/*
 * sched.c — the scheduler loop, Ms and Ps (see sched.h and docs/scheduler.md).
 *
 * Each M runs schedule(): find a runnable goroutine (findrunnable, in Go's order: the global
 * queue every 61st tick, the local queue with runnext first, the global queue, stealing half
 * of another P's queue), run it through the run hook, and act on why it stopped. An M with
 * nothing to do releases its P and parks on its note; whoever submits work wakes an idle M
 * with an idle P (wakep), unless some M is already spinning (looking for work with a P).
 *
 * Locking: Sched.lock guards the idle M and P lists, the global run queue, allm, allg, the
 * stop-the-world state and allp/gomaxprocs (which change only while the world is stopped).
 * Counters that are read without it (npidle, nmspinning, runqsize) are atomics written under
 * it. An M's note is its own mutex and condition variable. Lock order: Sched.lock before a
 * note's mutex; no other lock is taken while holding Sched.lock.
 *
 * Goroutine memory is never freed while the Sched lives (the VM recycles finished ones), so a
 * stale pointer to a goroutine (an M's curg read by a preempting thread) is always safe to
 * write a preempt flag through.
 */
#define _GNU_SOURCE
#include "runtime/sched_internal.h"

#include "base/env.h"

#include <pthread.h>
#include <sched.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

enum { P_IDLE, P_RUNNING, P_SYSCALL, P_GCSTOP, P_DEAD };

#define MAX_THREADS 10000

typedef struct Note {
    pthread_mutex_t mu;
    pthread_cond_t cv;
    bool set;
} Note;

struct P {
    int id;
    _Atomic int status;    /* P_*: written under Sched.lock or by the owner M */
    P *link;               /* idle list (lock) */
    _Atomic(M *) m;        /* the M holding it */
    _Atomic uint32_t schedtick; /* time slices started (owner writes, sysmon reads) */
    uint32_t sysmon_tick;  /* sysmon only: schedtick at its last look */
    int64_t sysmon_when;   /* sysmon only: when it saw that tick first */
    _Atomic uint32_t syscalltick; /* system calls entered (owner writes, sysmon reads) */
    uint32_t sysmon_syscalltick;  /* sysmon only: syscalltick at its last look */
    int64_t sysmon_syscallwhen;   /* sysmon only: when it saw that system call first */
    RunQueue runq;
    GcCache *cache;        /* allocation cache of whatever runs on this P */
    TimerHeap timers;      /* timers started on this P (timer.c) */
};

struct M {
    int id;
    Sched *s;
    pthread_t thread;
    bool is_main;           /* the thread that called sched_run_main */
    P *p;                   /* owner thread only */
    P *nextp;               /* the P handed over with a wake-up (lock) */
    _Atomic(Goroutine *) curg;
    _Atomic bool spinning;  /* owner thread, or whoever hands it a P; Sched.nmspinning counts
                               them (atomic for schedtrace) */
    _Atomic(Goroutine *) lockedg; /* LockOSThread: the goroutine wired to this M (the owner
                                     writes it; schedtrace reads it) */
    bool lockedwait;        /* lock: parked waiting for its lockedg (not on midle) */
    Goroutine *nextg;       /* lock: its lockedg, handed over with a P to run it */
    M *idle_link;           /* midle (lock) */
    bool idle;              /* on midle (lock) */
    M *all_link;            /* allm (lock) */
    Note park;
    uint64_t rand;          /* owner: steal order */
};

struct Sched {
    pthread_mutex_t lock;
    SchedHooks hooks;
    Heap *heap;
    M *allm;                   /* lock */
    int mcount, next_mid;      /* lock */
    M *midle;                  /* lock */
    int nmidle;                /* lock */
    int nmidlelocked;          /* lock: Ms parked waiting for their locked goroutine */
    int nhandoff;              /* lock: Ps sysmon took from system calls, not yet settled
                                  (on no list and no M: checkdead must wait for them) */
    bool exit_process;         /* end the process at once when the program ends */
    P **allp;                  /* lock; changes only with the world stopped */
    _Atomic int gomaxprocs;    /* likewise (sysmon reads it without the lock) */
    int allp_len;              /* Ps ever made: those past gomaxprocs are P_DEAD, kept because
                                  an M in a system call may still look at its old P */
    P *pidle;                  /* lock */
    _Atomic int npidle;
    _Atomic int nmspinning;
    Goroutine *runq_head, *runq_tail; /* the global run queue (lock) */
    _Atomic int runqsize;
    Goroutine *allg_head, *allg_tail; /* every goroutine struct ever spawned (lock) */
    _Atomic int64_t ngoroutines;      /* live goroutines */
    _Atomic bool exiting;
    int exit_code;             /* lock */
    /* stop the world */
    _Atomic bool gcwaiting;
    bool stw_active;           /* lock: a stop-the-world is under way (one at a time) */
    pthread_cond_t stw_cond;   /* lock: signalled when it ends */
    int stopwait;              /* lock: Ps still to stop */
    pthread_cond_t stop_cond;  /* lock: signalled when stopwait reaches 0 */
    /* sysmon */
    pthread_t sysmon_thread;
    bool sysmon_started;       /* lock */
    Note sysmon_note;          /* wakes sysmon early: deep sleep over, or exit */
    _Atomic bool sysmon_sleeping; /* in its deep sleep: wakep must wake it */
    int64_t schedtrace_ns;     /* GODEBUG=schedtrace=X: sysmon prints SCHED every X ms */
    bool scheddetail;          /* GODEBUG=scheddetail=1: with the P, M and G lines */
    int ncpu;                  /* CPUs this process may run on */
    /* timers */
    M *timer_sleeper;          /* lock: the idle M waiting for the next timer, if any */
    int64_t sleep_until;       /* lock: its deadline */
    _Atomic int64_t sleep_hint; /* sleep_until while there is a sleeper, else 0 */
};

/* ---- notes: one sleeper, one waker ---- */

static void note_init(Note *n)
{
    pthread_mutex_init(&n->mu, NULL);
    pthread_condattr_t attr;
    pthread_condattr_init(&attr);
    /* timed sleeps count on nanotime's clock: a step of the wall clock must not move them */
    pthread_condattr_setclock(&attr, CLOCK_MONOTONIC);
    pthread_cond_init(&n->cv, &attr);
    pthread_condattr_destroy(&attr);
    n->set = false;
}

static void note_destroy(Note *n)
{
    pthread_mutex_destroy(&n->mu);
    pthread_cond_destroy(&n->cv);
}

static void note_sleep(Note *n)
{
    pthread_mutex_lock(&n->mu);
    while (!n->set)
        pthread_cond_wait(&n->cv, &n->mu);
    n->set = false;
    pthread_mutex_unlock(&n->mu);
}

static void note_wakeup(Note *n)
{
    pthread_mutex_lock(&n->mu);
    n->set = true;
    pthread_cond_signal(&n->cv);
    pthread_mutex_unlock(&n->mu);
}

/* ---- global run queue (lock held) ---- */

static void globrunq_put(Sched *s, Goroutine *g)
{
    g->schedlink = NULL;
    if (s->runq_tail)
        s->runq_tail->schedlink = g;
    else
        s->runq_head = g;
    s->runq_tail = g;
    atomic_fetch_add(&s->runqsize, 1);
}

static void globrunq_put_batch(Sched *s, Goroutine *first, Goroutine *last, int n)
{
    last->schedlink = NULL;
    if (s->runq_tail)
        s->runq_tail->schedlink = first;
    else
        s->runq_head = first;
    s->runq_tail = last;
    atomic_fetch_add(&s->runqsize, n);
}

static Goroutine *globrunq_pop(Sched *s)
{
    Goroutine *g = s->runq_head;
    if (!g)
        return NULL;
    s->runq_head = g->schedlink;
    if (!s->runq_head)
        s->runq_tail = NULL;
    g->schedlink = NULL;
    atomic_fetch_sub(&s->runqsize, 1);
    return g;
}

/* globrunq_get takes a fair share of the global queue for [p] (whose local ring is empty
 * or [max] is 1): one G to run, the rest onto [p]'s ring. */
static Goroutine *globrunq_get(Sched *s, P *p, int max)
{
    int size = atomic_load(&s->runqsize);
    if (size == 0)
        return NULL;
    int n = size / s->gomaxprocs + 1;
    if (n > size)
        n = size;
    if (max > 0 && n > max)
        n = max;
    if (n > RUNQ_SIZE / 2)
        n = RUNQ_SIZE / 2;
    Goroutine *g = globrunq_pop(s);
    for (int i = 1; i < n; i++) {
        Goroutine *more = globrunq_pop(s);
        if (runq_put(&p->runq, more, false)) {
            globrunq_put(s, more); /* the ring filled up meanwhile: leave the rest */
            break;
        }
    }
    return g;
}

/* runqput puts [g] on [p]'s local queue (the caller owns [p]), moving half of a full ring
 * to the global queue. */
static void runqput(Sched *s, P *p, Goroutine *g, bool next)
{
    Goroutine *left = runq_put(&p->runq, g, next);
    while (left) {
        Goroutine *first, *last;
        int n = runq_take_half(&p->runq, left, &first, &last);
        if (n) {
            pthread_mutex_lock(&s->lock);
            globrunq_put_batch(s, first, last, n);
            pthread_mutex_unlock(&s->lock);
            return;
        }
        left = runq_put(&p->runq, left, false);
    }
}

/* ---- idle Ps and Ms (lock held) ---- */

static void pidle_put(Sched *s, P *p)
{
    atomic_store(&p->status, P_IDLE);
    p->link = s->pidle;
    s->pidle = p;
    atomic_fetch_add(&s->npidle, 1);
}

static P *pidle_get(Sched *s)
{
    P *p = s->pidle;
    if (p) {
        s->pidle = p->link;
        p->link = NULL;
        atomic_fetch_sub(&s->npidle, 1);
    }
    return p;
}

static M *mget(Sched *s)
{
    M **pm = &s->midle;
    if (*pm && *pm == s->timer_sleeper && (*pm)->idle_link)
        pm = &(*pm)->idle_link; /* leave the timer sleeper to its timers */
    M *m = *pm;
    if (m) {
        *pm = m->idle_link;
        m->idle_link = NULL;
        m->idle = false;
        s->nmidle--;
    }
    return m;
}

static void midle_put(Sched *s, M *m)
{
    m->idle_link = s->midle;
    s->midle = m;
    m->idle = true;
    s->nmidle++;
}

static void midle_remove(Sched *s, M *m)
{
    if (!m->idle)
        return;
    for (M **pp = &s->midle; *pp; pp = &(*pp)->idle_link) {
        if (*pp == m) {
            *pp = m->idle_link;
            m->idle_link = NULL;
            m->idle = false;
            s->nmidle--;
            return;
        }
    }
}

/* earliest_timer (lock held) returns the earliest deadline of any P's timers, or 0. */
static int64_t earliest_timer(Sched *s)
{
    int64_t next = 0;
    for (int i = 0; i < s->gomaxprocs; i++) {
        int64_t t = atomic_load(&p_timers(s->allp[i])->timer0);
        if (t && (!next || t < next))
            next = t;
    }
    return next;
}

/* wake_sysmon ends sysmon's deep sleep (every P was idle): a P runs again, so long time
 * slices and system calls must be watched. The seq_cst load pairs with sysmon's store of
 * sysmon_sleeping before its last look at npidle. */
static void wake_sysmon(Sched *s)
{
    if (UNLIKELY(atomic_load(&s->sysmon_sleeping)) && atomic_exchange(&s->sysmon_sleeping, false))
        note_wakeup(&s->sysmon_note);
}

static void acquirep(M *m, P *p)
{
    m->p = p;
    atomic_store(&p->m, m);
    atomic_store(&p->status, P_RUNNING);
    wake_sysmon(m->s);
}

static P *releasep(M *m)
{
    P *p = m->p;
    m->p = NULL;
    atomic_store(&p->m, NULL);
    return p;
}

/* ---- deadlock detection ---- */

/* dump_all prints every live goroutine's stack, as Go does after a fatal error. */
static void dump_all(Sched *s, FILE *out)
{
    for (Goroutine *g = s->allg_head; g; g = g->alllink) {
        if (atomic_load(&g->status) == GS_DEAD)
            continue;
        fputc('\n', out);
        s->hooks.dump(s->hooks.ctx, g, out);
    }
    fflush(out);
}

/* begin_exit (lock held) ends the program with [code] unless it is ending already. */
static void begin_exit(Sched *s, int code)
{
    if (atomic_load(&s->exiting))
        return;
    if (s->exit_process) {
        /* as a Go program ends: at once, whatever the other threads are doing (one may be
         * blocked in a system call for good) */
        fflush(stdout);
        fflush(stderr);
        _exit(code);
    }
    s->exit_code = code;
    atomic_store(&s->exiting, true);
}

/* checkdead (lock held) is called when an M goes idle: with no M left running (none
 * executing, spinning or in a system call) nothing can wake a goroutine any more, so the
 * program is deadlocked (Go's checkdead). Returns true when it declared the program over. */
static bool checkdead(Sched *s)
{
    if (atomic_load(&s->exiting) || atomic_load(&s->gcwaiting))
        return false;
    int run = s->mcount - s->nmidle - s->nmidlelocked;
    if (run > 0 || s->nhandoff > 0)
        return false; /* an M runs, or a P is on its way to one */
    if (atomic_load(&s->runqsize) > 0)
        return false; /* runnable work: whoever queued it starts an M */
    for (int i = 0; i < s->gomaxprocs; i++)
        if (!runq_empty(&s->allp[i]->runq) || atomic_load(&s->allp[i]->runq.next))
            return false;
    if (earliest_timer(s))
        return false; /* a timer will wake someone */
    fflush(stdout);
    if (atomic_load(&s->ngoroutines) == 0) {
        fputs("fatal error: no goroutines (main called runtime.Goexit) - deadlock!\n", stderr);
    } else {
        fputs("fatal error: all goroutines are asleep - deadlock!\n", stderr);
        dump_all(s, stderr);
    }
    begin_exit(s, 2);
    return true;
}

/* wake_all (lock held) wakes every idle M, with no P: they see the exit and return. */
static void wake_all(Sched *s)
{
    /* the M that mget takes, which is not always the list's head: mget leaves the timer
     * sleeper for last (waking the head instead lost every other idle M's wakeup) */
    for (M *m; (m = mget(s)) != NULL;) {
        m->nextp = NULL;
        note_wakeup(&m->park);
    }
    for (M *m = s->allm; m; m = m->all_link)
        if (m->lockedwait)
            note_wakeup(&m->park);
}

/* ---- Ms ---- */

static void schedule(M *m);

static void *mstart(void *arg)
{
    M *m = arg;
    Sched *s = m->s;
    pthread_mutex_lock(&s->lock);
    P *p = m->nextp;
    m->nextp = NULL;
    pthread_mutex_unlock(&s->lock);
    if (p) {
        acquirep(m, p);
        schedule(m);
    }
    return NULL;
}

static M *new_m_struct(Sched *s)
{
    M *m = xcalloc(1, sizeof(M));
    m->s = s;
    note_init(&m->park);
    m->id = s->next_mid++;
    m->rand = 0x9E3779B97F4A7C15ull * (uint64_t)(m->id + 1);
    m->all_link = s->allm;
    s->allm = m;
    s->mcount++;
    return m;
}

/* newm starts a thread that runs [p] ([spinning]: it looks for work first). */
static void newm(Sched *s, P *p, bool spinning)
{
    pthread_mutex_lock(&s->lock);
    if (s->mcount >= MAX_THREADS) {
        fflush(stdout);
        fputs("runtime: program exceeds 10000-thread limit\nfatal error: thread exhaustion\n",
              stderr);
        exit(2);
    }
    M *m = new_m_struct(s);
    m->nextp = p;
    m->spinning = spinning;
    pthread_mutex_unlock(&s->lock);
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    /* the interpreter never recurses, but the library's C engines walk nested values
     * (fmt, encoding/json) recursively: 8 MiB as a main thread's, address space only until
     * touched */
    pthread_attr_setstacksize(&attr, 8 << 20);
    if (pthread_create(&m->thread, &attr, mstart, m) != 0)
        fatal("runtime: failed to create new OS thread");
    pthread_attr_destroy(&attr);
}

/* startm runs [p] on an idle M, or a new one. */
static void startm(Sched *s, P *p, bool spinning)
{
    pthread_mutex_lock(&s->lock);
    M *m = mget(s);
    if (m) {
        m->spinning = spinning;
        m->nextp = p;
        pthread_mutex_unlock(&s->lock);
        note_wakeup(&m->park);
        return;
    }
    pthread_mutex_unlock(&s->lock);
    newm(s, p, spinning);
}

/* wakep starts an M to look for work when there is an idle P and nobody spinning (Go's
 * wakep): called whenever a goroutine becomes runnable. */
static void wakep(Sched *s)
{
    if (UNLIKELY(atomic_load_explicit(&s->sysmon_sleeping, memory_order_relaxed)) &&
        atomic_exchange(&s->sysmon_sleeping, false))
        note_wakeup(&s->sysmon_note); /* work again: sysmon must watch for long runs */
    if (atomic_load(&s->nmspinning) != 0 || atomic_load(&s->npidle) == 0)
        return;
    int zero = 0;
    if (!atomic_compare_exchange_strong(&s->nmspinning, &zero, 1))
        return;
    pthread_mutex_lock(&s->lock);
    P *p = atomic_load(&s->exiting) ? NULL : pidle_get(s);
    pthread_mutex_unlock(&s->lock);
    if (!p) {
        atomic_fetch_sub(&s->nmspinning, 1);
        return;
    }
    startm(s, p, true);
}

static void note_sleep_ns(Note *n, int64_t ns);

/* stopm parks [m] until it is handed a P (true), or the program ends (false). One idle M,
 * the timer sleeper, sleeps only until the earliest timer, then takes an idle P to run it
 * (Go's M blocked in netpoll with the next timer as timeout plays this part). */
static bool stopm(M *m)
{
    Sched *s = m->s;
    pthread_mutex_lock(&s->lock);
    if (atomic_load(&s->exiting)) {
        pthread_mutex_unlock(&s->lock);
        return false;
    }
    midle_put(s, m);
    if (checkdead(s)) {
        midle_remove(s, m);
        wake_all(s);
        pthread_mutex_unlock(&s->lock);
        return false;
    }
    int64_t deadline = 0;
    int64_t earliest = earliest_timer(s);
    if (earliest && !s->timer_sleeper) {
        deadline = earliest;
        s->timer_sleeper = m;
        s->sleep_until = deadline;
        atomic_store(&s->sleep_hint, deadline);
    } else if (earliest && earliest < s->sleep_until) {
        /* a timer armed since the sleeper looked: it must wake earlier */
        s->sleep_until = earliest;
        atomic_store(&s->sleep_hint, earliest);
        note_wakeup(&s->timer_sleeper->park);
    }
    pthread_mutex_unlock(&s->lock);
    for (;;) {
        if (deadline)
            note_sleep_ns(&m->park, deadline - nanotime());
        else
            note_sleep(&m->park);
        pthread_mutex_lock(&s->lock);
        P *p = m->nextp;
        if (p || atomic_load(&s->exiting)) {
            /* handed a P (mget took m off the idle list), or told to exit */
            m->nextp = NULL;
            midle_remove(s, m);
            if (s->timer_sleeper == m) {
                s->timer_sleeper = NULL;
                atomic_store(&s->sleep_hint, 0);
            }
            pthread_mutex_unlock(&s->lock);
            if (!p)
                return false;
            acquirep(m, p);
            return true;
        }
        if (s->timer_sleeper == m) {
            int64_t next = earliest_timer(s);
            if (next && nanotime() >= next) {
                P *ip = pidle_get(s);
                if (ip) {
                    /* time to run timers: this M does it itself */
                    midle_remove(s, m);
                    s->timer_sleeper = NULL;
                    atomic_store(&s->sleep_hint, 0);
                    pthread_mutex_unlock(&s->lock);
                    acquirep(m, ip);
                    return true;
                }
                next = 0; /* every P is busy: their Ms will run the timers */
            }
            if (!next)
                s->timer_sleeper = NULL;
            s->sleep_until = next;
            atomic_store(&s->sleep_hint, next);
            deadline = next;
        }
        pthread_mutex_unlock(&s->lock);
    }
}

void sched_timer_added(Sched *s, int64_t when)
{
    /* fast paths: a sleeper will wake before [when] and then look at every heap; or no P is
     * idle, so the timer's own P (the caller's) runs, and its M sees the timer at its next
     * scheduling point, or sysmon hands the P off with its timers should it block */
    int64_t hint = atomic_load(&s->sleep_hint);
    if (hint ? when >= hint : atomic_load(&s->npidle) == 0)
        return;
    pthread_mutex_lock(&s->lock);
    M *sleeper = s->timer_sleeper;
    if (sleeper) {
        if (when < s->sleep_until) {
            s->sleep_until = when;
            atomic_store(&s->sleep_hint, when);
            note_wakeup(&sleeper->park);
        }
        pthread_mutex_unlock(&s->lock);
        return;
    }
    if (s->midle) {
        /* an idle M becomes the sleeper (stopm's loop) */
        sleeper = s->midle;
        s->timer_sleeper = sleeper;
        s->sleep_until = when;
        atomic_store(&s->sleep_hint, when);
        note_wakeup(&sleeper->park);
        pthread_mutex_unlock(&s->lock);
        return;
    }
    pthread_mutex_unlock(&s->lock);
    wakep(s); /* a new M looks for work, finds none and sleeps until the timer */
}

TimerHeap *p_timers(P *p)
{
    return &p->timers;
}

/* ---- stopping the world ---- */

/* gcstopm gives up [m]'s P to a stop-the-world and parks [m]. */
static bool gcstopm(M *m)
{
    Sched *s = m->s;
    if (m->spinning) {
        m->spinning = false;
        atomic_fetch_sub(&s->nmspinning, 1);
    }
    pthread_mutex_lock(&s->lock);
    P *p = releasep(m);
    atomic_store(&p->status, P_GCSTOP);
    if (--s->stopwait == 0)
        pthread_cond_signal(&s->stop_cond);
    pthread_mutex_unlock(&s->lock);
    return stopm(m);
}

/* preempt_running (lock held) asks every goroutine running on a P other than [self] to
 * yield. */
static void preempt_running(Sched *s, P *self)
{
    for (int i = 0; i < s->gomaxprocs; i++) {
        P *p = s->allp[i];
        if (p == self)
            continue;
        M *m = atomic_load(&p->m);
        Goroutine *g = m ? atomic_load(&m->curg) : NULL;
        if (g)
            atomic_store(&g->preempt, 1);
    }
}

/* stop_locked (lock held, no stop-the-world under way) stops every P but [self] (the
 * caller's; NULL for a thread that is no M): running goroutines yield at their next
 * safepoint, idle Ps are taken off the idle list. Returns with Sched.lock held. */
static void stop_locked(Sched *s, P *self)
{
    s->stw_active = true;
    atomic_store(&s->gcwaiting, true);
    s->stopwait = s->gomaxprocs - (self ? 1 : 0);
    for (P *p; (p = pidle_get(s));) {
        atomic_store(&p->status, P_GCSTOP);
        s->stopwait--;
    }
    /* a P in a system call is stopped already: its goroutine is at a safepoint and will not
     * touch it again without winning it back (sched_exitsyscall) */
    for (int i = 0; i < s->gomaxprocs; i++) {
        int st = P_SYSCALL;
        P *p = s->allp[i];
        if (p != self && atomic_compare_exchange_strong(&p->status, &st, P_GCSTOP)) {
            atomic_store(&p->m, NULL);
            s->stopwait--;
        }
    }
    preempt_running(s, self);
    while (s->stopwait > 0)
        pthread_cond_wait(&s->stop_cond, &s->lock);
}

/* stop_the_world waits for any other stop-the-world to end, then stops the world (the
 * crash dump's: [self] is NULL). Returns with Sched.lock held. */
static void stop_the_world(Sched *s, P *self)
{
    pthread_mutex_lock(&s->lock);
    while (s->stw_active)
        pthread_cond_wait(&s->stw_cond, &s->lock);
    stop_locked(s, self);
}

/* try_stop_the_world stops the world for a goroutine running on [self], unless another
 * stop-the-world is under way: then it returns false at once, and the caller must let its
 * goroutine reach a safepoint (that stop-the-world waits for its P). Returns with the lock
 * held when true. */
static bool try_stop_the_world(Sched *s, P *self)
{
    pthread_mutex_lock(&s->lock);
    if (s->stw_active) {
        pthread_mutex_unlock(&s->lock);
        return false;
    }
    stop_locked(s, self);
    return true;
}

static P *new_p(Sched *s, int id)
{
    P *p = xcalloc(1, sizeof(P));
    p->id = id;
    p->cache = heap_cache_new(s->heap);
    timer_heap_init(&p->timers);
    atomic_store(&p->status, P_GCSTOP);
    return p;
}

static void free_p(P *p)
{
    heap_cache_free(p->cache);
    timer_heap_free(&p->timers);
    free(p);
}

/* procresize (lock held, world stopped) changes the number of Ps to [n]; the goroutines of
 * removed Ps move to the global queue. Returns the P [self] should now hold. */
static P *procresize(Sched *s, int n, P *self)
{
    if (n > s->allp_len) {
        s->allp = xrealloc(s->allp, sizeof(P *) * (size_t)n);
        for (int i = s->allp_len; i < n; i++)
            s->allp[i] = new_p(s, i);
        s->allp_len = n;
    }
    for (int i = s->gomaxprocs; i < n; i++)
        atomic_store(&s->allp[i]->status, P_GCSTOP); /* revived: start_the_world starts it */
    for (int i = n; i < s->gomaxprocs; i++) {
        P *p = s->allp[i];
        bool inherit;
        for (Goroutine *g; (g = runq_get(&p->runq, &inherit));)
            globrunq_put(s, g);
        timer_heap_move(&p->timers, s->allp[0]);
        atomic_store(&p->status, P_DEAD);
    }
    s->gomaxprocs = n;
    if (self && self->id >= n) {
        P *p0 = s->allp[0];
        M *m = atomic_load(&self->m);
        releasep(m);
        atomic_store(&self->status, P_DEAD);
        acquirep(m, p0);
        self = p0;
    }
    return self;
}

/* start_the_world (lock held, released here) restarts the stopped Ps. */
static void start_the_world(Sched *s, P *self)
{
    atomic_store(&s->gcwaiting, false);
    s->stw_active = false;
    pthread_cond_broadcast(&s->stw_cond);
    P *busy[64];
    int nbusy = 0;
    for (int i = 0; i < s->gomaxprocs; i++) {
        P *p = s->allp[i];
        if (p == self || atomic_load(&p->status) != P_GCSTOP)
            continue;
        if (!runq_empty(&p->runq) && nbusy < 64)
            busy[nbusy++] = p;
        else
            pidle_put(s, p);
    }
    pthread_mutex_unlock(&s->lock);
    for (int i = 0; i < nbusy; i++)
        startm(s, busy[i], false);
    wakep(s);
}

/* ---- finding work ---- */

static uint32_t m_rand(M *m)
{
    m->rand ^= m->rand << 13;
    m->rand ^= m->rand >> 7;
    m->rand ^= m->rand << 17;
    return (uint32_t)(m->rand >> 32);
}

/* earliest_due reports, without locks, whether some P has a timer due now. */
static bool earliest_due(Sched *s)
{
    int64_t now = 0;
    for (int i = 0; i < s->gomaxprocs; i++) {
        int64_t t = atomic_load_explicit(&p_timers(s->allp[i])->timer0, memory_order_relaxed);
        if (t) {
            if (!now)
                now = nanotime();
            if (t <= now)
                return true;
        }
    }
    return false;
}

/* steal_work tries, four times over the Ps in a random order, to take half of another P's
 * queue; on the last pass also its runnext. */
static Goroutine *steal_work(Sched *s, M *m)
{
    P *self = m->p;
    int n = s->gomaxprocs;
    for (int pass = 0; pass < 4; pass++) {
        uint32_t start = m_rand(m) % (uint32_t)n;
        for (int j = 0; j < n; j++) {
            if (atomic_load(&s->gcwaiting) || atomic_load(&s->exiting))
                return NULL;
            P *v = s->allp[(start + (uint32_t)j) % (uint32_t)n];
            if (v == self || runq_empty(&v->runq))
                continue;
            Goroutine *g = runq_steal(&self->runq, &v->runq, pass == 3);
            if (g)
                return g;
        }
    }
    return NULL;
}

/* findrunnable returns the next goroutine for [m] to run, parking [m] while there is none;
 * NULL when the program is exiting. *inherit: the G continues the current time slice. */
static Goroutine *findrunnable(M *m, bool *inherit)
{
    Sched *s = m->s;
    *inherit = false;
top:
    if (atomic_load(&s->exiting))
        return NULL;
    if (atomic_load(&s->gcwaiting)) {
        if (!gcstopm(m))
            return NULL;
        goto top;
    }
    P *p = m->p;
    Goroutine *g;
    /* this P's due timers (Go's checkTimers) */
    if (atomic_load_explicit(&p->timers.timer0, memory_order_relaxed) != 0)
        timer_run_due(p, p, nanotime(), false);
    /* fairness: now and then the global queue goes first */
    if (atomic_load_explicit(&p->schedtick, memory_order_relaxed) % 61 == 0 &&
        atomic_load(&s->runqsize) > 0) {
        pthread_mutex_lock(&s->lock);
        g = globrunq_get(s, p, 1);
        pthread_mutex_unlock(&s->lock);
        if (g)
            return g;
    }
    if ((g = runq_get(&p->runq, inherit)))
        return g;
    if (atomic_load(&s->runqsize) > 0) {
        pthread_mutex_lock(&s->lock);
        g = globrunq_get(s, p, 0);
        pthread_mutex_unlock(&s->lock);
        if (g)
            return g;
    }
    /* nothing here: the due timers of other Ps (an idle P's wait for whoever looks; a busy
     * one's M may be deep in a long time slice). A heap being run by another M is left. */
    if (earliest_due(s)) {
        int64_t now = nanotime();
        int fired = 0;
        for (int i = 0; i < s->gomaxprocs; i++)
            if (s->allp[i] != p)
                fired += timer_run_due(s->allp[i], p, now, true);
        if (fired && (g = runq_get(&p->runq, inherit)))
            return g;
    }
    /* steal, unless half the busy Ps are already spinning */
    int busy = s->gomaxprocs - atomic_load(&s->npidle);
    if (m->spinning || 2 * atomic_load(&s->nmspinning) < busy) {
        if (!m->spinning) {
            m->spinning = true;
            atomic_fetch_add(&s->nmspinning, 1);
        }
        if ((g = steal_work(s, m)))
            return g;
    }
    /* nothing: give up the P */
    pthread_mutex_lock(&s->lock);
    if (atomic_load(&s->gcwaiting) || atomic_load(&s->exiting)) {
        pthread_mutex_unlock(&s->lock);
        goto top;
    }
    if (atomic_load(&s->runqsize) > 0) {
        g = globrunq_get(s, p, 0);
        pthread_mutex_unlock(&s->lock);
        return g;
    }
    releasep(m);
    pidle_put(s, p);
    pthread_mutex_unlock(&s->lock);
    if (m->spinning) {
        /* Work made runnable before the decrement below found a spinner and started
         * nobody: look once more (Go's "delicate dance"). */
        m->spinning = false;
        atomic_fetch_sub(&s->nmspinning, 1);
        pthread_mutex_lock(&s->lock);
        bool work = atomic_load(&s->runqsize) > 0;
        for (int i = 0; i < s->gomaxprocs && !work; i++)
            work = !runq_empty(&s->allp[i]->runq);
        P *ip = work && !atomic_load(&s->gcwaiting) ? pidle_get(s) : NULL;
        pthread_mutex_unlock(&s->lock);
        if (ip) {
            acquirep(m, ip);
            m->spinning = true;
            atomic_fetch_add(&s->nmspinning, 1);
            goto top;
        }
    }
    if (!stopm(m))
        return NULL;
    goto top;
}

/* resetspinning: a spinning M found work; keep one spinner while there are idle Ps. */
static void resetspinning(M *m)
{
    m->spinning = false;
    atomic_fetch_sub(&m->s->nmspinning, 1);
    wakep(m->s);
}

/* execute runs [g] on [m] and acts on why it stopped. */
static void execute(M *m, Goroutine *g, bool inherit)
{
    Sched *s = m->s;
    P *p = m->p;
    if (!inherit)
        atomic_fetch_add_explicit(&p->schedtick, 1, memory_order_relaxed);
    atomic_store_explicit(&g->m, m, memory_order_relaxed);
    atomic_store(&g->status, GS_RUNNING);
    atomic_store(&m->curg, g);
    if (UNLIKELY(atomic_load(&s->gcwaiting)))
        atomic_store(&g->preempt, 1); /* handed a P in transit: stop-the-world missed it */
    RunResult r = s->hooks.run(s->hooks.ctx, g, p);
    atomic_store(&m->curg, NULL);
    atomic_store_explicit(&g->m, NULL, memory_order_relaxed);
    switch (r) {
    case RUN_DONE:
        if (g->lockedm == m) {
            /* it ended wired: the wiring ends with it */
            g->lockedm = NULL;
            g->lockcount = 0;
            atomic_store(&m->lockedg, NULL);
        }
        atomic_store(&g->status, GS_DEAD);
        atomic_fetch_sub(&s->ngoroutines, 1);
        s->hooks.free(s->hooks.ctx, g);
        break;
    case RUN_PARKED: {
        /* the order matters: a waker may find g as soon as unlockf releases its lock */
        void (*unlockf)(void *) = g->unlockf;
        void *arg = g->unlock_arg;
        g->unlockf = NULL;
        g->unlock_arg = NULL;
        atomic_store(&g->status, GS_WAITING);
        if (unlockf)
            unlockf(arg);
        break;
    }
    case RUN_YIELD:
        atomic_store(&g->preempt, 0);
        atomic_store(&g->status, GS_RUNNABLE);
        pthread_mutex_lock(&s->lock);
        globrunq_put(s, g);
        pthread_mutex_unlock(&s->lock);
        break;
    case RUN_NO_P:
        /* back from a system call with no P to be had: the goroutine waits in the global
         * queue and this M looks for a P (schedule) */
        atomic_store(&g->status, GS_RUNNABLE);
        pthread_mutex_lock(&s->lock);
        globrunq_put(s, g);
        pthread_mutex_unlock(&s->lock);
        break;
    case RUN_EXIT:
        break;
    }
}

/* acquire_some_p gives [m], which holds no P, an idle P, or parks it until it is handed one;
 * false when the program ends. */
static bool acquire_some_p(M *m)
{
    Sched *s = m->s;
    pthread_mutex_lock(&s->lock);
    bool stopping = atomic_load(&s->gcwaiting) || atomic_load(&s->exiting);
    P *p = stopping ? NULL : pidle_get(s);
    pthread_mutex_unlock(&s->lock);
    if (p) {
        acquirep(m, p);
        return true;
    }
    return stopm(m);
}

/* ---- locked goroutines (LockOSThread) ---- */

static void handoffp_decide(Sched *s, P *p);

/* stoplockedm: [m]'s wired goroutine stopped (parked, yielded, or waits for a P). [m] gives
 * its P away and sleeps until whoever finds the goroutine runnable hands both back
 * (startlockedm); returns the goroutine to run, or NULL when the program ends. */
static Goroutine *stoplockedm(M *m)
{
    Sched *s = m->s;
    if (m->p)
        handoffp_decide(s, releasep(m));
    pthread_mutex_lock(&s->lock);
    if (!m->nextg && !atomic_load(&s->exiting)) {
        m->lockedwait = true;
        s->nmidlelocked++;
        if (checkdead(s))
            wake_all(s);
    }
    for (;;) {
        Goroutine *g = m->nextg;
        if (g || atomic_load(&s->exiting)) {
            P *p = m->nextp;
            m->nextg = NULL;
            m->nextp = NULL;
            if (m->lockedwait) {
                m->lockedwait = false;
                s->nmidlelocked--;
            }
            pthread_mutex_unlock(&s->lock);
            if (!g)
                return NULL;
            acquirep(m, p);
            return g;
        }
        pthread_mutex_unlock(&s->lock);
        note_sleep(&m->park);
        pthread_mutex_lock(&s->lock);
    }
}

/* startlockedm: [m] found [g] runnable, but [g] is wired to another M: hand that M [m]'s P
 * with [g] and wake it; [m] is left without a P. */
static void startlockedm(M *m, Goroutine *g)
{
    Sched *s = m->s;
    M *lm = g->lockedm;
    P *p = releasep(m);
    pthread_mutex_lock(&s->lock);
    lm->nextp = p;
    lm->nextg = g;
    if (lm->lockedwait) { /* it counts as running again from now on (Go's incidlelocked(-1)) */
        lm->lockedwait = false;
        s->nmidlelocked--;
    }
    pthread_mutex_unlock(&s->lock);
    note_wakeup(&lm->park);
}

void sched_lockosthread(Goroutine *g)
{
    M *m = g->m;
    g->lockcount++;
    g->lockedm = m;
    atomic_store(&m->lockedg, g);
}

void sched_unlockosthread(Goroutine *g)
{
    if (g->lockcount == 0 || --g->lockcount > 0)
        return;
    atomic_store(&g->m->lockedg, NULL);
    g->lockedm = NULL;
}

static void schedule(M *m)
{
    for (;;) {
        Goroutine *g;
        bool inherit = false;
        if (atomic_load_explicit(&m->lockedg, memory_order_relaxed)) {
            /* this M runs only its wired goroutine */
            if (!(g = stoplockedm(m)))
                return;
        } else {
            if (!m->p && !acquire_some_p(m))
                return;
            if (!(g = findrunnable(m, &inherit)))
                return;
            if (m->spinning)
                resetspinning(m);
            if (UNLIKELY(g->lockedm != NULL) && g->lockedm != m) {
                startlockedm(m, g);
                continue;
            }
        }
        execute(m, g, inherit);
    }
}

/* ---- system calls ---- */

void sched_entersyscall(Goroutine *g)
{
    M *m = g->m;
    Sched *s = m->s;
    P *p = m->p;
    atomic_fetch_add_explicit(&p->syscalltick, 1, memory_order_relaxed);
    atomic_store(&g->status, GS_SYSCALL);
    atomic_store(&p->status, P_SYSCALL);
    if (UNLIKELY(atomic_load(&s->gcwaiting))) {
        /* a stop-the-world that looked at this P before it entered the call waits for it:
         * hand it over now (or it already took it) */
        pthread_mutex_lock(&s->lock);
        int st = P_SYSCALL;
        if (atomic_load(&s->gcwaiting) &&
            atomic_compare_exchange_strong(&p->status, &st, P_GCSTOP)) {
            atomic_store(&p->m, NULL);
            if (--s->stopwait == 0)
                pthread_cond_signal(&s->stop_cond);
        }
        pthread_mutex_unlock(&s->lock);
    }
}

P *sched_exitsyscall(Goroutine *g)
{
    M *m = g->m;
    Sched *s = m->s;
    P *p = m->p;
    int st = P_SYSCALL;
    /* fast path: nobody took the P (or another M's P in a system call, the same P after an
     * ABA: any P in P_SYSCALL is unused, whoever wins it may run on it) */
    if (atomic_compare_exchange_strong(&p->status, &st, P_RUNNING)) {
        acquirep(m, p);
        atomic_store(&g->status, GS_RUNNING);
        if (UNLIKELY(atomic_load(&s->gcwaiting)))
            atomic_store(&g->preempt, 1); /* won back after stop-the-world looked */
        return p;
    }
    m->p = NULL; /* sysmon or a stop-the-world took it */
    pthread_mutex_lock(&s->lock);
    /* while the world is stopped (a collection scanning this goroutine's registers), the
     * native that made the call must not write its results: wait for the restart */
    while (s->stw_active && !atomic_load(&s->exiting))
        pthread_cond_wait(&s->stw_cond, &s->lock);
    bool stopping = atomic_load(&s->gcwaiting) || atomic_load(&s->exiting);
    P *ip = stopping ? NULL : pidle_get(s);
    pthread_mutex_unlock(&s->lock);
    if (!ip)
        return NULL; /* the run hook returns RUN_NO_P */
    acquirep(m, ip);
    atomic_store(&g->status, GS_RUNNING);
    return ip;
}

/* handoffp_decide gives [p], just taken from an M blocked in a system call, to a new M when
 * there is work for it, when nobody else is looking for work, or when timers are armed and
 * no M sleeps waiting for them; otherwise it goes idle (Go's handoffp). */
static void handoffp_decide(Sched *s, P *p)
{
    if (!runq_empty(&p->runq) || atomic_load(&s->runqsize) > 0) {
        startm(s, p, false);
        return;
    }
    int zero = 0;
    if (atomic_load(&s->nmspinning) + atomic_load(&s->npidle) == 0 &&
        atomic_compare_exchange_strong(&s->nmspinning, &zero, 1)) {
        startm(s, p, true); /* nobody else would notice new work */
        return;
    }
    pthread_mutex_lock(&s->lock);
    if (atomic_load(&s->gcwaiting)) {
        atomic_store(&p->status, P_GCSTOP);
        if (--s->stopwait == 0)
            pthread_cond_signal(&s->stop_cond);
        pthread_mutex_unlock(&s->lock);
        return;
    }
    if (atomic_load(&s->runqsize) > 0 || (!s->timer_sleeper && earliest_timer(s))) {
        /* work, or timers nobody waits for: an M with this P runs them, then sleeps */
        pthread_mutex_unlock(&s->lock);
        startm(s, p, false);
        return;
    }
    pidle_put(s, p);
    pthread_mutex_unlock(&s->lock);
}

/* handoffp settles a P that retake took (Sched.nhandoff counts it until then): once it is
 * idle or has an M, checkdead may look again. */
static void handoffp(Sched *s, P *p)
{
    handoffp_decide(s, p);
    pthread_mutex_lock(&s->lock);
    if (--s->nhandoff == 0 && checkdead(s))
        wake_all(s);
    pthread_mutex_unlock(&s->lock);
}

/* ---- sysmon ---- */

#define FORCE_PREEMPT_NS 10000000 /* a time slice: 10 ms */

/* note_sleep_ns sleeps on [n] for at most [ns] nanoseconds. */
static void note_sleep_ns(Note *n, int64_t ns)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    int64_t t = (int64_t)ts.tv_nsec + ns;
    ts.tv_sec += (time_t)(t / 1000000000);
    ts.tv_nsec = (long)(t % 1000000000);
    pthread_mutex_lock(&n->mu);
    while (!n->set) {
        if (pthread_cond_timedwait(&n->cv, &n->mu, &ts) != 0)
            break;
    }
    n->set = false;
    pthread_mutex_unlock(&n->mu);
}

/* retake looks at every P (Go's retake): a goroutine that has run the same time slice for
 * 10 ms is asked to yield; a P whose M has been in the same system call since sysmon's last
 * look is taken away and handed to another M, when it has work queued, when no M is idle or
 * spinning to pick up new work, or when the call has lasted 10 ms. Returns how many Ps it
 * acted on. */
static int retake(Sched *s, int64_t now)
{
    int n = 0, nhand = 0;
    P *handoff[64];
    pthread_mutex_lock(&s->lock);
    for (int i = 0; i < s->gomaxprocs; i++) {
        P *p = s->allp[i];
        int st = atomic_load(&p->status);
        if (st == P_SYSCALL) {
            uint32_t t = atomic_load_explicit(&p->syscalltick, memory_order_relaxed);
            if (t != p->sysmon_syscalltick) {
                p->sysmon_syscalltick = t;
                p->sysmon_syscallwhen = now;
                continue;
            }
            if (runq_empty(&p->runq) &&
                atomic_load(&s->nmspinning) + atomic_load(&s->npidle) > 0 &&
                now - p->sysmon_syscallwhen < FORCE_PREEMPT_NS)
                continue;
            if (nhand < 64 && atomic_compare_exchange_strong(&p->status, &st, P_IDLE)) {
                atomic_store(&p->m, NULL);
                s->nhandoff++;
                handoff[nhand++] = p;
                n++;
            }
            continue;
        }
        if (st != P_RUNNING)
            continue;
        uint32_t tick = atomic_load_explicit(&p->schedtick, memory_order_relaxed);
        if (tick != p->sysmon_tick) {
            p->sysmon_tick = tick;
            p->sysmon_when = now;
        } else if (now - p->sysmon_when >= FORCE_PREEMPT_NS) {
            M *m = atomic_load(&p->m);
            Goroutine *g = m ? atomic_load(&m->curg) : NULL;
            if (g) {
                atomic_store(&g->preempt, 1);
                n++;
            }
        }
    }
    pthread_mutex_unlock(&s->lock);
    /* outside the lock (startm takes it); a P taken here is on no list, so neither a resize
     * nor a stop-the-world can finish without it: handoffp settles it */
    for (int i = 0; i < nhand; i++)
        handoffp(s, handoff[i]);
    return n;
}

/* ---- GODEBUG=schedtrace=X[,scheddetail=1] ---- */

static const char *bool_word(bool b)
{
    return b ? "true" : "false";
}

/* schedtrace prints Go's SCHED line (and with scheddetail the P, M and G lines) to stderr,
 * [ms] after the first. It reads under Sched.lock, but the Ps, Ms and Gs change meanwhile:
 * the figures are a snapshot of moving parts, as Go's are. */
static void schedtrace(Sched *s, int64_t ms)
{
    FILE *out = stderr;
    pthread_mutex_lock(&s->lock);
    int n = s->gomaxprocs;
    fprintf(out,
            "SCHED %lldms: gomaxprocs=%d idleprocs=%d threads=%d spinningthreads=%d "
            "needspinning=0 idlethreads=%d runqueue=%d",
            (long long)ms, n, atomic_load(&s->npidle), s->mcount, atomic_load(&s->nmspinning),
            s->nmidle, atomic_load(&s->runqsize));
    if (!s->scheddetail) {
        for (int i = 0; i < n; i++)
            fprintf(out, "%s%u", i ? " " : " [", runq_len(&s->allp[i]->runq));
        fputs("]\n", out);
        pthread_mutex_unlock(&s->lock);
        fflush(out);
        return;
    }
    fprintf(out, " gcwaiting=%s nmidlelocked=%d stopwait=%d sysmonwait=%s\n",
            bool_word(atomic_load(&s->gcwaiting)), s->nmidlelocked, s->stopwait,
            bool_word(atomic_load(&s->sysmon_sleeping)));
    for (int i = 0; i < n; i++) {
        P *p = s->allp[i];
        M *m = atomic_load(&p->m);
        TimerHeap *h = &p->timers;
        pthread_mutex_lock(&h->lock);
        int ntimers = h->len;
        pthread_mutex_unlock(&h->lock);
        fprintf(out, "  P%d: status=%d schedtick=%u syscalltick=%u m=", i,
                atomic_load(&p->status), atomic_load(&p->schedtick), atomic_load(&p->syscalltick));
        if (m)
            fprintf(out, "%d", m->id);
        else
            fputs("nil", out);
        fprintf(out, " runqsize=%u gfreecnt=0 timerslen=%d\n", runq_len(&p->runq), ntimers);
    }
    for (M *m = s->allm; m; m = m->all_link) {
        int pid = -1; /* m->p is its thread's own: find the P that names this M instead */
        for (int i = 0; i < n; i++)
            if (atomic_load(&s->allp[i]->m) == m)
                pid = i;
        Goroutine *cg = atomic_load(&m->curg);
        Goroutine *lg = atomic_load(&m->lockedg);
        fprintf(out, "  M%d: p=", m->id);
        if (pid >= 0)
            fprintf(out, "%d", pid);
        else
            fputs("nil", out);
        fputs(" curg=", out);
        if (cg)
            fprintf(out, "%lld", (long long)cg->goid);
        else
            fputs("nil", out);
        fprintf(out, " mallocing=0 throwing=0 preemptoff= locks=0 dying=0 spinning=%s blocked=%s "
                     "lockedg=", bool_word(atomic_load(&m->spinning)),
                bool_word(m->idle || m->lockedwait));
        if (lg)
            fprintf(out, "%lld\n", (long long)lg->goid);
        else
            fputs("nil\n", out);
    }
    for (Goroutine *g = s->allg_head; g; g = g->alllink) {
        uint32_t st = atomic_load(&g->status);
        const char *why = st == GS_WAITING ? atomic_load_explicit(&g->waitreason,
                                                                  memory_order_relaxed) : NULL;
        M *m = atomic_load_explicit(&g->m, memory_order_relaxed);
        fprintf(out, "  G%lld: status=%u(%s) m=", (long long)g->goid, st, why ? why : "");
        if (m)
            fprintf(out, "%d", m->id);
        else
            fputs("nil", out);
        M *lm = atomic_load(&g->lockedm);
        if (lm)
            fprintf(out, " lockedm=%d\n", lm->id);
        else
            fputs(" lockedm=nil\n", out);
    }
    pthread_mutex_unlock(&s->lock);
    fflush(out);
}

/* sysmon watches the Ps from its own thread, without a P: it sleeps 20 µs, doubling after
 * 1 ms without anything to do up to 10 ms, and sleeps until woken while every P is idle. */
static void *sysmon(void *arg)
{
    Sched *s = arg;
    int64_t delay = 0;
    int idle = 0;
    int64_t trace_start = 0, last_trace = 0;
    while (!atomic_load(&s->exiting)) {
        if (idle == 0)
            delay = 20000;
        else if (idle > 50)
            delay *= 2;
        if (delay > 10000000)
            delay = 10000000;
        note_sleep_ns(&s->sysmon_note, delay);
        if (atomic_load(&s->exiting))
            break;
        if (s->schedtrace_ns > 0) {
            int64_t now = nanotime();
            if (!trace_start)
                trace_start = last_trace = now - s->schedtrace_ns;
            if (now - last_trace >= s->schedtrace_ns) {
                last_trace = now;
                schedtrace(s, (now - trace_start - s->schedtrace_ns) / 1000000);
            }
        }
        if (atomic_load(&s->npidle) == s->gomaxprocs && !atomic_load(&s->gcwaiting) &&
            s->schedtrace_ns <= 0) {
            /* nothing runs: sleep until wakep says otherwise */
            atomic_store(&s->sysmon_sleeping, true);
            if (atomic_load(&s->npidle) == s->gomaxprocs)
                note_sleep(&s->sysmon_note);
            atomic_store(&s->sysmon_sleeping, false);
            idle = 0;
            continue;
        }
        if (retake(s, nanotime()))
            idle = 0;
        else
            idle++;
        /* a due timer that no M has run (its P's M deep in a time slice, say): have one look
         * (allp may be resized meanwhile: read it under the lock) */
        if (atomic_load(&s->npidle) > 0 && atomic_load(&s->nmspinning) == 0) {
            pthread_mutex_lock(&s->lock);
            int64_t next = earliest_timer(s);
            pthread_mutex_unlock(&s->lock);
            if (next && next <= nanotime())
                wakep(s);
        }
    }
    return NULL;
}

static void start_sysmon(Sched *s)
{
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setstacksize(&attr, 64 << 10);
    if (pthread_create(&s->sysmon_thread, &attr, sysmon, s) != 0)
        fatal("runtime: failed to create the sysmon thread");
    pthread_attr_destroy(&attr);
    pthread_mutex_lock(&s->lock);
    s->sysmon_started = true;
    pthread_mutex_unlock(&s->lock);
}

/* ---- the public interface ---- */

int sched_ncpu(void)
{
    cpu_set_t set;
    if (sched_getaffinity(0, sizeof set, &set) == 0) {
        int n = CPU_COUNT(&set);
        if (n > 0)
            return n;
    }
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    return n > 0 ? (int)n : 1;
}

Sched *sched_new(Heap *heap, int procs, const SchedHooks *hooks)
{
    Sched *s = xcalloc(1, sizeof(Sched));
    pthread_mutex_init(&s->lock, NULL);
    pthread_cond_init(&s->stop_cond, NULL);
    pthread_cond_init(&s->stw_cond, NULL);
    s->hooks = *hooks;
    s->heap = heap;
    note_init(&s->sysmon_note);
    s->schedtrace_ns = env_godebug("schedtrace") * 1000000;
    s->scheddetail = env_godebug("scheddetail") > 0;
    s->ncpu = sched_ncpu();
    if (procs < 1) {
        char *env = env_get("GOMAXPROCS");
        procs = env ? atoi(env) : 0;
        free(env);
        if (procs < 1)
            procs = sched_ncpu();
    }
    s->allp = xcalloc((size_t)procs, sizeof(P *));
    s->allp_len = procs;
    for (int i = 0; i < procs; i++)
        s->allp[i] = new_p(s, i);
    s->gomaxprocs = procs;
    for (int i = procs - 1; i >= 1; i--)
        pidle_put(s, s->allp[i]);
    return s;
}

void sched_free(Sched *s, void (*free_g)(Goroutine *g))
{
    pthread_mutex_lock(&s->lock);
    begin_exit(s, s->exit_code);
    wake_all(s);
    bool sysmon_started = s->sysmon_started;
    pthread_mutex_unlock(&s->lock);
    note_wakeup(&s->sysmon_note);
    /* join every thread before freeing anything: a thread that is ending the program may
     * still wake others (sched_exit) */
    for (M *m = s->allm; m; m = m->all_link)
        if (!m->is_main)
            pthread_join(m->thread, NULL);
    if (sysmon_started)
        pthread_join(s->sysmon_thread, NULL);
    note_destroy(&s->sysmon_note);
    for (M *m = s->allm; m;) {
        M *next = m->all_link;
        note_destroy(&m->park);
        free(m);
        m = next;
    }
    for (int i = 0; i < s->allp_len; i++)
        free_p(s->allp[i]); /* first: the heaps point into goroutines (their sleep timers) */
    free(s->allp);
    for (Goroutine *g = s->allg_head; g;) {
        Goroutine *next = g->alllink;
        free_g(g);
        g = next;
    }
    pthread_mutex_destroy(&s->lock);
    pthread_cond_destroy(&s->stop_cond);
    pthread_cond_destroy(&s->stw_cond);
    free(s);
}

static void add_g(Sched *s, Goroutine *g)
{
    pthread_mutex_lock(&s->lock);
    if (!g->alllink && s->allg_tail != g) {
        if (s->allg_tail)
            s->allg_tail->alllink = g;
        else
            s->allg_head = g;
        s->allg_tail = g;
    }
    pthread_mutex_unlock(&s->lock);
    atomic_fetch_add(&s->ngoroutines, 1);
    atomic_store(&g->preempt, 0);
    atomic_store(&g->status, GS_RUNNABLE);
}

int sched_run_main(Sched *s, Goroutine *main)
{
    pthread_mutex_lock(&s->lock);
    M *m0 = new_m_struct(s);
    m0->is_main = true;
    m0->thread = pthread_self();
    pthread_mutex_unlock(&s->lock);
    acquirep(m0, s->allp[0]);
    add_g(s, main);
    runqput(s, m0->p, main, true);
    start_sysmon(s);
    schedule(m0);
    pthread_mutex_lock(&s->lock);
    int code = s->exit_code;
    pthread_mutex_unlock(&s->lock);
    return code;
}

void sched_spawn(Sched *s, Goroutine *g, P *p)
{
    add_g(s, g);
    runqput(s, p, g, true);
    wakep(s);
}

void sched_park(Goroutine *g, const char *reason, void (*unlockf)(void *), void *arg)
{
    atomic_store_explicit(&g->waitreason, reason, memory_order_relaxed);
    g->waitsince = nanotime_coarse(); /* read only for ", N minutes" in tracebacks */
    g->unlockf = unlockf;
    g->unlock_arg = arg;
}

void sched_ready(Sched *s, Goroutine *g, P *p)
{
    uint32_t waiting = GS_WAITING;
    if (!atomic_compare_exchange_strong(&g->status, &waiting, GS_RUNNABLE))
        fatal("runtime: ready of goroutine %lld in status %u", (long long)g->goid, waiting);
    if (p) {
        runqput(s, p, g, true);
    } else {
        pthread_mutex_lock(&s->lock);
        globrunq_put(s, g);
        pthread_mutex_unlock(&s->lock);
    }
    wakep(s);
}

void sched_exit(Sched *s, int code)
{
    pthread_mutex_lock(&s->lock);
    begin_exit(s, code);
    preempt_running(s, NULL);
    wake_all(s);
    pthread_mutex_unlock(&s->lock);
    note_wakeup(&s->sysmon_note);
}

void sched_set_exit_process(Sched *s, bool on)
{
    pthread_mutex_lock(&s->lock);
    s->exit_process = on;
    pthread_mutex_unlock(&s->lock);
}

bool sched_exiting(Sched *s)
{
    return atomic_load(&s->exiting);
}

int sched_gomaxprocs(Sched *s, int n, P **p)
{
    pthread_mutex_lock(&s->lock);
    int old = s->gomaxprocs;
    pthread_mutex_unlock(&s->lock);
    if (n < 1 || n == old)
        return old;
    if (!try_stop_the_world(s, *p))
        return -1;
    *p = procresize(s, n, *p);
    start_the_world(s, *p);
    return old;
}

bool sched_stop_world(Sched *s, P *self)
{
    if (!try_stop_the_world(s, self))
        return false;
    pthread_mutex_unlock(&s->lock);
    return true;
}

void sched_start_world(Sched *s, P *self)
{
    pthread_mutex_lock(&s->lock);
    start_the_world(s, self);
}

void sched_for_each_g(Sched *s, void (*fn)(void *ctx, Goroutine *g), void *ctx)
{
    pthread_mutex_lock(&s->lock);
    for (Goroutine *g = s->allg_head; g; g = g->alllink)
        if (atomic_load(&g->status) != GS_DEAD)
            fn(ctx, g);
    pthread_mutex_unlock(&s->lock);
}

void sched_preempt_all(Sched *s)
{
    pthread_mutex_lock(&s->lock);
    preempt_running(s, NULL);
    pthread_mutex_unlock(&s->lock);
}

int sched_nprocs(Sched *s)
{
    return atomic_load(&s->gomaxprocs);
}

void sched_crash_dump(Sched *s, const char *header, int code)
{
    stop_the_world(s, NULL); /* after any other one; returns holding the lock: nothing moves
                                any more */
    fflush(stdout);
    fputs(header, stderr);
    dump_all(s, stderr);
    fflush(stderr);
    _exit(code); /* the Ms are stopped, not ended: no atexit work may race with them */
}

bool sched_can_spin(Sched *s, P *p, int iter)
{
    if (iter >= 4 || s->ncpu <= 1)
        return false;
    if (s->gomaxprocs <= atomic_load(&s->npidle) + atomic_load(&s->nmspinning) + 1)
        return false;
    return runq_empty(&p->runq) && atomic_load(&p->runq.next) == NULL;
}

int64_t sched_goroutines(Sched *s)
{
    return atomic_load(&s->ngoroutines);
}

GcCache *sched_p_cache(P *p)
{
    return p->cache;
}
