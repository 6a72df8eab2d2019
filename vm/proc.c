/*
 * proc.c — a VM's goroutines: making and recycling Gs, the hooks through which the scheduler
 * (runtime/sched.c) runs them, starting the program (package initializers, then main.main,
 * all on goroutine 1 as in Go) and ending it.
 *
 * A finished G goes to the VM's free list with its register and frame arrays cut back to
 * their initial sizes, and is reused by the next `go`; its memory is never returned while
 * the VM lives, which the scheduler relies on (a stale pointer to a G is always valid).
 *
 * Ending the program: main returning, os.Exit, an unrecovered panic or a fatal error first
 * close the output (vm_close_output: from then on writes to stdout and stderr are dropped,
 * so no goroutine prints after main has returned, as none can in Go), then tell the
 * scheduler (sched_exit), which stops every M at its next scheduling point.
 */
#include "vm/vm.h"

#include <stdlib.h>
#include <string.h>

#define INITIAL_STACK 32 /* registers: 256 bytes (grown on demand, by doubling) */
#define INITIAL_FRAMES 4

G *g_new(Vm *vm)
{
    pthread_mutex_lock(&vm->gfree_lock);
    G *g = vm->gfree;
    if (g)
        vm->gfree = g->free_link;
    pthread_mutex_unlock(&vm->gfree_lock);
    if (!g) {
        g = xcalloc(1, sizeof(G));
        g->stack_size = INITIAL_STACK;
        g->stack = xcalloc(g->stack_size, sizeof(Value));
        g->frames_cap = INITIAL_FRAMES;
        g->frames = xcalloc(g->frames_cap, sizeof(Frame));
    }
    g->vm = vm;
    g->free_link = NULL;
    g->rt.goid = atomic_fetch_add(&vm->next_goid, 1) + 1;
    g->rand = 0x9E3779B97F4A7C15ull ^ ((uint64_t)g->rt.goid * 0xBF58476D1CE4E5B9ull) ^
              (uint64_t)nanotime();
    if (!g->rand)
        g->rand = 1;
    return g;
}

void g_free_records(G *g)
{
    while (g->defers) {
        Defer *d = g->defers;
        g->defers = d->link;
        free(d);
    }
    while (g->panic) {
        Panic *p = g->panic;
        g->panic = p->link;
        free(p);
    }
}

/* g_release empties a finished G and puts it on the free list. */
static void g_release(G *g)
{
    g_free_records(g);
    if (g->stack_size != INITIAL_STACK) {
        free(g->stack);
        g->stack_size = INITIAL_STACK;
        g->stack = xcalloc(g->stack_size, sizeof(Value));
    } else {
        memset(g->stack, 0, sizeof(Value) * g->stack_size); /* no stale pointers */
    }
    if (g->frames_cap != INITIAL_FRAMES) {
        free(g->frames);
        g->frames_cap = INITIAL_FRAMES;
        g->frames = xcalloc(g->frames_cap, sizeof(Frame));
    }
    g->nframes = 0;
    g->pending_panic = NULL;
    g->pending_panic_set = false;
    g->printing = NULL;
    g->sigsegv = false;
    g->creator = NULL;
    g->is_main = false;
    g->goexited = false;
    g->resume_in_panic = false;
    g->print_buf.len = 0; /* a call cut short by a panic in an operand */
    Vm *vm = g->vm;
    pthread_mutex_lock(&vm->gfree_lock);
    g->free_link = vm->gfree;
    vm->gfree = g;
    pthread_mutex_unlock(&vm->gfree_lock);
}

/* g_destroy frees a G for good (the VM is going away), parked or not. */
static void g_destroy(Goroutine *rg)
{
    G *g = (G *)rg;
    while (g->waiting) {
        Sudog *s = g->waiting;
        g->waiting = sudog_next(s);
        free(s);
    }
    sudog_cache_free(g);
    strbuf_free(&g->print_buf);
    free(g->select_locks);
    g_free_records(g);
    free(g->stack);
    free(g->frames);
    free(g);
}

/* ---- the end of the program ---- */

bool vm_close_output(Vm *vm)
{
    pthread_mutex_lock(&vm->exit_lock);
    bool first = !atomic_load(&vm->out_closed);
    if (first) {
        atomic_store(&vm->out_closed, true);
        /* wait for the writes in progress (later ones see out_closed), but not for one stuck
         * on a pipe nobody reads: a Go program ends without waiting for it either */
        struct timespec until;
        clock_gettime(CLOCK_REALTIME, &until);
        until.tv_nsec += 100000000; /* 100 ms */
        if (until.tv_nsec >= 1000000000) {
            until.tv_sec++;
            until.tv_nsec -= 1000000000;
        }
        if (pthread_rwlock_timedwrlock(&vm->out_lock, &until) == 0)
            pthread_rwlock_unlock(&vm->out_lock);
    }
    pthread_mutex_unlock(&vm->exit_lock);
    fflush(stdout);
    return first;
}

void vm_sigquit(Vm *vm)
{
    sched_crash_dump(vm->sched, "SIGQUIT: quit\nPC=0x0 m=0 sigcode=0\n", 2);
}

void vm_end_program(Vm *vm, int code)
{
    /* only the first to close the output ends the program: a goroutine printing its fatal
     * panic meanwhile finishes and exits with status 2, as Go parks main while panicking */
    if (vm_close_output(vm))
        sched_exit(vm->sched, code);
}

/* ---- scheduler hooks ---- */

static RunResult run_hook(void *ctx, Goroutine *rg, P *p)
{
    Vm *vm = ctx;
    G *g = (G *)rg;
    g->p = p;
    g->cache = sched_p_cache(p);
    for (;;) {
        if (g->nframes > 0) {
            switch (vm_execute(g)) {
            case EXEC_PARKED:
                return RUN_PARKED;
            case EXEC_YIELD:
                return RUN_YIELD;
            case EXEC_EXIT:
                return RUN_EXIT;
            case EXEC_NO_P:
                return RUN_NO_P;
            default: /* EXEC_DONE */
                break;
            }
        }
        if (!g->is_main || g->goexited)
            return RUN_DONE;
        /* goroutine 1 runs the package initializers, then main.main */
        const Module *m = vm->module;
        if (g->next_init < m->ninits) {
            vm_call_setup(g, m->inits[g->next_init++], NULL, NULL, 0);
            continue;
        }
        if (g->next_init == m->ninits && m->main) {
            g->next_init++;
            vm_call_setup(g, m->main, NULL, NULL, 0);
            continue;
        }
        vm_end_program(vm, 0);
        return RUN_EXIT;
    }
}

static void free_hook(void *ctx, Goroutine *rg)
{
    (void)ctx;
    g_release((G *)rg);
}

static void dump_hook(void *ctx, Goroutine *rg, FILE *out)
{
    (void)ctx;
    vm_traceback((G *)rg, out);
}

void vm_sched_init(Vm *vm)
{
    SchedHooks hooks = {vm, run_hook, free_hook, dump_hook};
    vm->sched = sched_new(vm->heap, 0, &hooks);
}

void vm_sched_free(Vm *vm)
{
    /* every G, finished (on gfree) or not, is in the scheduler's list */
    sched_free(vm->sched, g_destroy);
    vm->sched = NULL;
    vm->gfree = NULL;
}

int vm_run_main(Vm *vm)
{
    G *g = g_new(vm);
    g->is_main = true;
    g->next_init = 0;
    /* an empty entry frame: the run hook starts the initializers when it "returns" */
    int code = sched_run_main(vm->sched, &g->rt);
    fflush(stdout);
    return code;
}

/* ---- the natives' view (api.h) ---- */

int64_t gale_num_goroutine(G *g)
{
    return sched_goroutines(g->vm->sched);
}

int gale_gomaxprocs(G *g, int n)
{
    int old = sched_gomaxprocs(g->vm->sched, n, &g->p);
    g->cache = sched_p_cache(g->p); /* the P may have changed */
    return old;
}

bool gale_gc(G *g)
{
    if (!vm_gc(g, true, true))
        return false;
    heap_finish_sweep(g->vm->heap);
    return true;
}

static void add_stack(void *ctx, Goroutine *rg)
{
    G *g = (G *)rg;
    *(uint64_t *)ctx += (uint64_t)g->stack_size * sizeof(Value) +
                        (uint64_t)g->frames_cap * sizeof(Frame);
}

bool gale_read_mem_stats(G *g, GcMemStats *st, uint64_t *stack_inuse)
{
    Vm *vm = g->vm;
    if (!sched_stop_world(vm->sched, g->p))
        return false;
    heap_read_stats(vm->heap, st);
    *stack_inuse = 0;
    sched_for_each_g(vm->sched, add_stack, stack_inuse);
    sched_start_world(vm->sched, g->p);
    return true;
}

Heap *gale_heap(G *g)
{
    return g->vm->heap;
}

int gale_num_cpu(void)
{
    return sched_ncpu();
}

void gale_park(G *g, const char *reason, void (*unlockf)(void *), void *arg)
{
    sched_park(&g->rt, reason, unlockf, arg);
}

void gale_ready(G *g, G *other)
{
    sched_ready(g->vm->sched, &other->rt, g->p);
}

void gale_lock_os_thread(G *g)
{
    sched_lockosthread(&g->rt);
}

void gale_unlock_os_thread(G *g)
{
    sched_unlockosthread(&g->rt);
}

bool gale_can_spin(G *g, int iter)
{
    return sched_can_spin(g->vm->sched, g->p, iter);
}

/* ---- system calls ---- */

void gale_entersyscall(G *g)
{
    g->cache = NULL; /* allocating in a system call is a bug: make it fail loudly */
    sched_entersyscall(&g->rt);
}

int gale_exitsyscall(G *g)
{
    P *p = sched_exitsyscall(&g->rt);
    g->p = p;
    g->cache = p ? sched_p_cache(p) : NULL;
    return p ? NATIVE_OK : NATIVE_NO_P;
}

/* ---- go statements ---- */

void vm_go_runtime(Vm *vm, Closure *fn, P *p)
{
    G *ng = g_new(vm);
    vm_call_setup(ng, fn->proto, fn, NULL, 0);
    sched_spawn(vm->sched, &ng->rt, p);
}

bool vm_go(G *g, Closure *fn, const Value *args, int nargs, const Proto *at, int64_t idx)
{
    if (!fn)
        return false;
    G *ng = g_new(g->vm);
    ng->creator = at;
    ng->creator_pc = idx;
    ng->creator_line = at->lines ? at->lines[idx] : at->line;
    ng->parent_goid = g->rt.goid;
    vm_call_setup(ng, fn->proto, fn, args, nargs);
    sched_spawn(g->vm->sched, &ng->rt, g->p);
    return true;
}
