/*
 * gc.c — the VM's side of garbage collection: when a collection runs and what its roots are
 * (runtime/mgc.c does the marking and sweeping; docs/gc.md).
 *
 * When. The heap asks for a collection through vm_gc_request, which asks every running
 * goroutine to yield; the first to reach a safepoint (interp.c, `preempted`) stops the world
 * and collects on its own thread (vm_gc). runtime.GC does the same from inside its native
 * call. Goroutines are then all stopped at instruction boundaries, parked, or in system
 * calls, so every live pointer is in a place this file knows.
 *
 * Roots, per goroutine: each frame's registers through its function's pointer maps, the
 * running closures, deferred calls' functions and arguments, panic values, a native's panic
 * value in flight, the arguments of a deferred native in a system call, and what its
 * channel operation holds (the channel, the value being sent, the register a receive wrote).
 * Per VM: package variables (global blocks, by their masks), os.Args, timers' channels and
 * functions, and semaphore waiters' addresses.
 *
 * Which map a frame uses: a frame suspended inside an instruction (a call it made, a
 * channel operation, a system call) uses the map of that instruction, the one before its
 * saved pc; a frame stopped between instructions (preempted, not started, back from a
 * native that completed, re-running RUNDEFERS) uses the map of the instruction at its pc.
 *
 * Stacks shrink here: a goroutine whose registers use less than a quarter of its stack gets
 * half of it, as in Go; a parked channel operation's pointers into the registers follow
 * (chan_stack_moved). Goroutines inside a native keep theirs: the native holds pointers.
 */
#include "vm/vm.h"

#include <string.h>

typedef struct GcScan {
    Vm *vm;
    GcMarker *m;
    G *self;         /* the collecting goroutine */
    bool self_in_native;
    uint64_t stack_bytes;
} GcScan;

/* frame_map returns the pointer map of instruction [idx] of [p] and its register count. */
static const uint8_t *frame_map(const Proto *p, int64_t idx, int *nregs)
{
    *nregs = 0;
    if (idx < 0 || p->nsafepoints == 0)
        return NULL;
    int lo = 0, hi = p->nsafepoints - 1, found = -1;
    while (lo <= hi) {
        int mid = (lo + hi) / 2;
        if (p->safepoints[mid].pc <= idx) {
            found = mid;
            lo = mid + 1;
        } else {
            hi = mid - 1;
        }
    }
    if (found < 0)
        return NULL;
    const uint8_t *b = p->ptrbits + p->safepoints[found].bits;
    *nregs = b[0] | b[1] << 8;
    return b + 2;
}

/* top_between_instructions: is [g]'s newest frame stopped between two instructions? */
static bool top_between_instructions(const GcScan *sc, G *g)
{
    if (g->dnative_nargs > 0)
        return true; /* a deferred native: the frame is at its RUNDEFERS */
    if (g == sc->self)
        return !sc->self_in_native;
    if (atomic_load(&g->rt.status) == GS_SYSCALL || g->wait_kind != WAIT_NONE)
        return false;
    return true;
}

/* holds_pointer: does a register of type [t] hold a pointer (value.h)? */
static bool holds_pointer(const TypeDesc *t)
{
    if (t->flags & TF_AGGREGATE)
        return true; /* a pointer to the value's storage */
    switch (t->kind) {
    case TK_STRING:
    case TK_SLICE:
    case TK_MAP:
    case TK_CHAN:
    case TK_FUNC:
    case TK_POINTER:
    case TK_INTERFACE:
    case TK_UNSAFEPOINTER:
        return true;
    default:
        return false;
    }
}

/* scan_native_args marks the arguments of native [p] in [regs], for a goroutine's entry
 * frame (`go sort.Ints(s)`) and for a native inside a system call. Natives have no pointer
 * maps: their signature says which registers are pointers (a receiver, first when there is
 * one more register than parameters, is marked as a word that may be a pointer). */
static void scan_native_args(GcMarker *m, const Proto *p, const Value *regs)
{
    const TypeDesc *sig = p->sig;
    int first = 0;
    if (!sig || p->nparams > sig->nin) {
        gc_mark(m, regs[0].p);
        first = 1;
    }
    for (int j = first; sig && j < p->nparams && j - first < sig->nin; j++)
        if (holds_pointer(sig->in[j - first]))
            gc_mark(m, regs[j].p);
}

/* native_in_syscall returns the native that [g]'s newest frame [f] is calling, when the
 * goroutine is inside that call in a system call (its registers R[A..] are the native's
 * args, which the native's C frame uses across the call: the instruction's pointer map,
 * recorded with the call window already freed, does not list them), else NULL; *window
 * is set to A. */
static const Proto *native_in_syscall(G *g, const Frame *f, int64_t idx, uint32_t *window)
{
    if (atomic_load(&g->rt.status) != GS_SYSCALL || g->dnative_nargs > 0 || idx < 0)
        return NULL;
    uint32_t i = f->proto->code[idx];
    const Proto *callee = NULL;
    if (INSTR_OP(i) == OP_CALLN) {
        callee = f->proto->k[INSTR_BX(i)].p;
    } else if (INSTR_OP(i) == OP_CALLF) {
        const Closure *fn = g->stack[f->base + INSTR_B(i)].p;
        callee = fn ? fn->proto : NULL;
    }
    if (!callee || !(callee->flags & PROTO_NATIVE))
        return NULL;
    *window = INSTR_A(i);
    return callee;
}

static void shrink_stack(G *g, uint32_t used)
{
    if (g->frames_cap > 4 && g->nframes < g->frames_cap / 4) {
        g->frames_cap /= 2;
        g->frames = xrealloc(g->frames, g->frames_cap * sizeof(Frame));
    }
    uint32_t size = g->stack_size;
    if (size <= 32 || used >= size / 4)
        return;
    uint32_t nsize = size / 2;
    Value *old = g->stack;
    g->stack = xrealloc(g->stack, nsize * sizeof(Value));
    g->stack_size = nsize;
    if (g->stack != old)
        chan_stack_moved(g, old, size); /* a parked receive's registers (Go's adjustsudogs) */
}

static void scan_g(void *ctx, Goroutine *rg)
{
    GcScan *sc = ctx;
    G *g = (G *)rg;
    GcMarker *m = sc->m;
    bool between = top_between_instructions(sc, g);
    uint32_t used = 0;
    for (uint32_t i = 0; i < g->nframes; i++) {
        const Frame *f = &g->frames[i];
        gc_mark(m, f->closure);
        if (f->proto->flags & PROTO_NATIVE) {
            scan_native_args(m, f->proto, g->stack + f->base);
            uint32_t end = f->base + f->proto->nparams;
            if (end > used)
                used = end;
            continue;
        }
        bool at_pc = i + 1 == g->nframes ? between : g->frames[i + 1].kind == FRAME_DEFER;
        int64_t idx = f->pc - f->proto->code - (at_pc ? 0 : 1);
        int n;
        const uint8_t *map = frame_map(f->proto, idx, &n);
        if (n > f->proto->nregs)
            n = f->proto->nregs;
        if (map)
            gc_mark_words(m, g->stack + f->base, (size_t)n, map);
        uint32_t window;
        const Proto *native = i + 1 == g->nframes ? native_in_syscall(g, f, idx, &window) : NULL;
        if (native)
            scan_native_args(m, native, g->stack + f->base + window);
        uint32_t top = f->base + f->proto->nregs;
        if (top > used)
            used = top;
    }
    for (const Defer *d = g->defers; d; d = d->link) {
        gc_mark(m, d->fn);
        for (int j = 0; j < d->nargs && j < 64; j++)
            if (d->ptrmask >> j & 1)
                gc_mark(m, d->args[j].p);
    }
    for (const Panic *p = g->panic; p; p = p->link) {
        gc_mark(m, p->value);
        gc_mark(m, p->printed);
    }
    gc_mark(m, g->pending_panic);
    for (uint32_t j = 0; j < g->dnative_nargs; j++)
        if (g->dnative_mask >> j & 1)
            gc_mark(m, g->stack[g->dnative_base + j].p);
    if (g->dnative_nargs && g->dnative_base + g->dnative_nargs > used)
        used = g->dnative_base + g->dnative_nargs;
    chan_gc_mark_waits(g, m);
    gc_note_roots(m, (uint64_t)used * sizeof(Value), 0);
    /* not the collector's own goroutine, nor one in a native (a system call, a deferred
     * native): their natives hold pointers to their registers */
    if (g != sc->self && g->dnative_nargs == 0 && g->nframes > 0 &&
        atomic_load(&g->rt.status) != GS_SYSCALL)
        shrink_stack(g, used);
}

static void scan_roots(void *ctx, GcMarker *m)
{
    GcScan *sc = ctx;
    Vm *vm = sc->vm;
    sc->m = m;
    const Module *mod = vm->module;
    if (mod) {
        uint64_t global_bytes = 0;
        for (int i = 0; i < mod->nglobals; i++) {
            const GlobalBlock *b = &mod->globals[i];
            gc_mark_words(m, b->data, b->size / 8, b->ptrmask);
            global_bytes += b->size;
        }
        gc_note_roots(m, 0, global_bytes);
    }
    gc_mark(m, atomic_load(&vm->args));
    vm_time_gc_mark(vm, m);
    vm_sema_gc_mark(vm, m);
    sched_for_each_g(vm->sched, scan_g, sc);
}

bool vm_gc(G *g, bool in_native, bool forced)
{
    Vm *vm = g->vm;
    int64_t start = nanotime();
    if (!sched_stop_world(vm->sched, g->p))
        return false;
    GcScan sc = {.vm = vm, .self = g, .self_in_native = in_native};
    heap_collect(vm->heap, scan_roots, &sc, sched_nprocs(vm->sched), forced, start);
    sched_start_world(vm->sched, g->p);
    heap_collect_finish(vm->heap);
    return true;
}

static void request_hook(void *ctx)
{
    Vm *vm = ctx;
    if (vm->sched)
        sched_preempt_all(vm->sched);
}

void vm_gc_init(Vm *vm)
{
    heap_set_request_hook(vm->heap, request_hook, vm);
}
