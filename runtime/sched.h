/*
 * sched.h — the M-P-G scheduler: goroutines (G) run on OS threads (M) that hold one of
 * GOMAXPROCS processors (P), as in Go's runtime (../shared/runtime-reference.md, section 1;
 * docs/scheduler.md explains the design and its invariants).
 *
 * The scheduler knows nothing of bytecode. The VM embeds a Goroutine at the start of its G and
 * gives the scheduler hooks: run a goroutine until it stops (returning why), free a finished
 * one, print one's stack. A goroutine stops by returning from the run hook, so every switch
 * happens at an instruction boundary of the interpreter, with the goroutine's whole state in
 * its heap object: a stopped goroutine can resume on any M.
 *
 * Parking (Go's gopark): code running on a goroutine that must wait (a channel operation, a
 * sleep) puts the goroutine on a wait queue under some lock, calls sched_park with a function
 * that releases that lock, and returns RUN_PARKED from the run hook. The M marks the goroutine
 * waiting and only then calls the unlock function, so a waker that finds it in the queue
 * (under the lock) always finds it fully stopped. sched_ready makes it runnable again.
 *
 * Threads: all fields of Sched marked "lock" are guarded by Sched.lock; run queues are
 * lock-free (their owner P pushes and pops, any M may steal); counters read without the lock
 * are atomics. No global state: a process may hold several Scheds (one per VM).
 */
#ifndef GALE_SCHED_H
#define GALE_SCHED_H

#include <stdatomic.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

#include "runtime/runtime.h"

typedef struct Sched Sched;
typedef struct M M;
typedef struct P P;

/* Goroutine states, numbered as Go's (they appear in GODEBUG=scheddetail output). */
enum {
    GS_IDLE = 0,
    GS_RUNNABLE = 1,
    GS_RUNNING = 2,
    GS_SYSCALL = 3,
    GS_WAITING = 4,
    GS_DEAD = 6,
};

/* Goroutine is the scheduler's part of a goroutine; the VM's G starts with one. */
typedef struct Goroutine {
    _Atomic uint32_t status;      /* GS_* */
    struct Goroutine *schedlink;  /* next in a run queue or list; owned by the holder */
    struct Goroutine *alllink;    /* next in Sched's list of every goroutine (its lock) */
    int64_t goid;
    _Atomic int preempt;          /* set by others: yield at the next safepoint */
    _Atomic(const char *) waitreason; /* while waiting: "chan receive", "sleep"... (read by
                                         tracebacks and schedtrace from other threads) */
    int64_t waitsince;            /* nanotime when it parked */
    _Atomic(M *) m;               /* the M running it, while running */
    _Atomic(M *) lockedm;         /* LockOSThread: the only M that may run it (written by
                                     its own M; read by others to hand it over) */
    uint32_t lockcount;           /* nested LockOSThread calls (its own) */
    /* set by sched_park, used by the M after the run hook returned RUN_PARKED */
    void (*unlockf)(void *arg);
    void *unlock_arg;
} Goroutine;

/* RunResult says why the run hook returned. */
typedef enum RunResult {
    RUN_DONE,   /* the goroutine finished: the scheduler frees it (free hook) */
    RUN_PARKED, /* it waits (sched_park was called); a sched_ready will resume it */
    RUN_YIELD,  /* Gosched or preemption: back to the global run queue */
    RUN_EXIT,   /* the program ends (sched_exit was called) */
    RUN_NO_P,   /* back from a system call, sched_exitsyscall found no P: it waits in the
                   global queue (runnable) and this M looks for a P */
} RunResult;

typedef struct SchedHooks {
    void *ctx;
    /* run runs [g] on the calling thread with P [p] until it stops */
    RunResult (*run)(void *ctx, Goroutine *g, P *p);
    /* free releases a goroutine that returned RUN_DONE */
    void (*free)(void *ctx, Goroutine *g);
    /* dump prints [g]'s header line and stack in Go's traceback format */
    void (*dump)(void *ctx, Goroutine *g, FILE *out);
} SchedHooks;

/* sched_new creates a scheduler for [heap] with [procs] Ps (0: GOMAXPROCS from the
 * environment, else the CPUs this process may run on). */
Sched *sched_new(Heap *heap, int procs, const SchedHooks *hooks);
/* sched_free stops and joins the scheduler's threads, passes every goroutine struct it has
 * seen to [free_g] (live or finished) and releases the scheduler. A thread blocked in a
 * system call is waited for (hosts that must not wait end the process instead, as the
 * gale command does). */
void sched_free(Sched *s, void (*free_g)(Goroutine *g));

/* sched_run_main runs [main] and every goroutine it starts, using the calling thread as the
 * first M, until the program ends (main returns, sched_exit); returns the exit status. */
int sched_run_main(Sched *s, Goroutine *main);

/* sched_spawn makes the new goroutine [g] runnable on [p] (the creator's P), as its next G
 * (Go's newproc). */
void sched_spawn(Sched *s, Goroutine *g, P *p);
/* sched_park prepares the running goroutine [g] to wait for [reason]; the run hook then
 * returns RUN_PARKED and the M calls unlockf(arg) once [g] is stopped. */
void sched_park(Goroutine *g, const char *reason, void (*unlockf)(void *), void *arg);
/* sched_ready makes the waiting [g] runnable: on [p] (the waker's P) as its next G, or on
 * the global queue when [p] is NULL. */
void sched_ready(Sched *s, Goroutine *g, P *p);
/* sched_exit ends the program with [code]: every M stops at its next scheduling point. The
 * first call wins. */
void sched_exit(Sched *s, int code);
/* sched_set_exit_process makes the end of the program (sched_exit, a deadlock) end the
 * process at once with its exit status, from whichever thread ends it, as a Go program does:
 * no thread is waited for (one may be blocked in a system call for good). */
void sched_set_exit_process(Sched *s, bool on);
/* sched_exiting reports whether sched_exit was called. */
bool sched_exiting(Sched *s);

/* System calls (Go's entersyscall/exitsyscall). A goroutine about to block in the kernel or
 * in a long native computation calls sched_entersyscall: its P stays with its M for a cheap
 * return, but sysmon hands the P to another M when the call outlasts a sysmon tick and there
 * is other work (or after 10 ms), and a stop-the-world counts it stopped. Between the two
 * calls the goroutine must touch nothing that belongs to a P or to the heap (no allocation,
 * no readying of goroutines, no timers): it is at a safepoint. sched_exitsyscall returns the
 * P it now runs on (its own, or an idle one), or NULL: then the run hook must return
 * RUN_NO_P at once (the goroutine's state saved), and it resumes when a P is free. */
void sched_entersyscall(Goroutine *g);
P *sched_exitsyscall(Goroutine *g);

/* sched_lockosthread wires the running goroutine [g] to its M (Go's LockOSThread, nesting):
 * from then on only that M runs it, and that M runs nothing else; sched_unlockosthread
 * undoes one call. A goroutine that ends while wired ends the wiring, and its M goes back to
 * running any goroutine (Go would end the thread). */
void sched_lockosthread(Goroutine *g);
void sched_unlockosthread(Goroutine *g);

/* sched_gomaxprocs sets the number of Ps to [n] (n < 1: unchanged), stopping the world to
 * do it, and returns the previous number. Called by a running goroutine on *[p], which is
 * updated when that P goes away. Callers must not stop the world concurrently (the runtime
 * package serializes them with a semaphore, as Go's worldsema does). */
int sched_gomaxprocs(Sched *s, int n, P **p);
/* sched_gomaxprocs returns -1, changing nothing, when another stop-the-world (a collection)
 * is under way: the caller yields and tries again. */

/* sched_stop_world stops every P but [self], the caller's, for a goroutine at a safepoint (a
 * collection); false when another stop-the-world is under way (the caller must then let its
 * goroutine reach a safepoint, where that one stops it). While the world is stopped, only
 * the caller runs goroutine code; goroutines in system calls stay in them (a native coming
 * back waits in sched_exitsyscall). sched_start_world restarts the world. */
bool sched_stop_world(Sched *s, P *self);
void sched_start_world(Sched *s, P *self);
/* sched_for_each_g calls fn on every goroutine that is not dead (world stopped). */
void sched_for_each_g(Sched *s, void (*fn)(void *ctx, Goroutine *g), void *ctx);
/* sched_preempt_all asks every running goroutine to yield at its next safepoint. */
void sched_preempt_all(Sched *s);
/* sched_nprocs returns GOMAXPROCS. */
int sched_nprocs(Sched *s);
/* sched_crash_dump stops the world from a thread that is not an M (a signal handler's
 * thread), prints [header] then every goroutine's stack to stderr, and ends the process
 * with [code] (SIGQUIT's dump). */
NORETURN void sched_crash_dump(Sched *s, const char *header, int code);
/* sched_can_spin: should a goroutine on [p] spin an [iter]th time for a lock (Go's
 * sync_runtime_canSpin)? Only a few times, with several CPUs, another P running to release
 * the lock, and no goroutine waiting on [p]. */
bool sched_can_spin(Sched *s, P *p, int iter);
/* sched_ncpu returns the number of CPUs the process may run on. */
int sched_ncpu(void);
/* sched_goroutines returns the number of live goroutines. */
int64_t sched_goroutines(Sched *s);
/* sched_p_cache returns [p]'s allocation cache. */
GcCache *sched_p_cache(P *p);

/* ---- timers (timer.c) ---- */

/* A Timer fires at [when] (nanotime), and again every [period] if that is positive, by
 * calling fn(arg, p, gen) on an M that holds P [p], with no scheduler lock held: fn may
 * ready goroutines onto [p] or start new ones, but must not block. Each P keeps the timers
 * started on it in a 4-ary min-heap (Go's per-P timer heaps); the Ms run the due ones as they
 * look for work, and an M with nothing to do sleeps until the earliest. The Timer's memory
 * belongs to the caller and must outlive its being in a heap.
 *
 * fn runs after the timer left the heap's lock, so a timer_stop may return in between: [gen]
 * says which arming fired (Timer.gen counts them), so that an owner that serializes its
 * starts and stops under its own lock can drop a firing that is no longer current (Go 1.23's
 * timer seq). Starting an armed timer is a bug: callers serialize arming. */
typedef struct Timer {
    int64_t when;
    int64_t period;
    void (*fn)(void *arg, P *p, uint64_t gen);
    void *arg;
    _Atomic(P *) p;  /* the P whose heap holds it, or NULL */
    int idx;         /* its index in that heap (the heap's lock) */
    uint64_t gen;    /* armings so far: timer_start makes it gen + 1 (the arming caller's) */
} Timer;

/* timer_start arms [t] (not armed) on [p], the caller's P. */
void timer_start(Sched *s, Timer *t, int64_t when, int64_t period, P *p);
/* timer_stop disarms [t]; true if it was armed (so it will not fire). */
bool timer_stop(Sched *s, Timer *t);

/* ---- the local run queue (runq.c), exposed for its unit tests ---- */

#define RUNQ_SIZE 256

typedef struct RunQueue {
    _Atomic uint32_t head;            /* consumers CAS it forward */
    _Atomic uint32_t tail;            /* only the owner stores it */
    _Atomic(Goroutine *) ring[RUNQ_SIZE];
    _Atomic(Goroutine *) next;        /* runnext: runs before the ring, inherits the slice */
} RunQueue;

/* runq_put adds [g] (owner only); [next]: as runnext, pushing the old runnext to the ring.
 * Returns NULL, or the G that did not fit because the ring is full: the caller then moves
 * half of the ring and that G to the global queue (runq_take_half). */
Goroutine *runq_put(RunQueue *q, Goroutine *g, bool next);
/* runq_take_half moves half the ring plus [g] into a list for the global queue when the ring
 * is full (owner only); returns the count and sets *first and *last; 0 if the ring was no
 * longer full (a thief took some). */
int runq_take_half(RunQueue *q, Goroutine *g, Goroutine **first, Goroutine **last);
/* runq_get removes the next G (owner only): runnext first (*inherit set), then the ring. */
Goroutine *runq_get(RunQueue *q, bool *inherit);
/* runq_steal moves half of [victim]'s ring (rounded up) into [q] (whose ring must be
 * empty) and returns one of them to run, or NULL; with [steal_next] it may take the
 * victim's runnext when its ring is empty. */
Goroutine *runq_steal(RunQueue *q, RunQueue *victim, bool steal_next);
/* runq_len returns the number of Gs in the ring (not counting runnext); approximate while
 * others change it. */
uint32_t runq_len(RunQueue *q);
bool runq_empty(RunQueue *q);

#endif
