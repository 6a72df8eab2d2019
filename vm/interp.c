/*
 * interp.c — the interpreter: runs a goroutine's frames with a threaded (computed goto)
 * dispatch loop, and implements calls, returns, deferred calls and panics without recursing
 * on the C stack.
 *
 * How it works:
 *   1. A G holds a stack of Values (registers) and a stack of Frames. A call pushes a Frame
 *      whose registers start at the caller's call window (R[A]); RET copies results down to
 *      the frame's register 0 and pops it. The C function vm_execute never recurses: a Gale
 *      call is a change of local variables (proto, pc, base, k, closure).
 *   2. Deferred calls are records on the G. RUNDEFERS runs the frame's next one as a new
 *      frame of kind FRAME_DEFER whose return re-executes RUNDEFERS, until none is left.
 *   3. A panic pushes a Panic and runs deferred calls newest first (FRAME_PANIC_DEFER
 *      frames) on top of the panicking frames, which stay in place — as Go does, so the
 *      traceback shows where it panicked. When such a call returns after recover(), the
 *      frames above the deferring frame are dropped and that frame resumes at its epilogue
 *      (Proto.epilogue_pc: remaining deferred calls, then return). With no deferred call
 *      left, the Error/String methods of the panic values are called (FRAME_PANIC_PRINT),
 *      then the panic and the stack are printed and the program exits with status 2.
 *   4. Registers are reloaded from the Frame after anything that can move the stack
 *      (a call that grows it) — no pointer into the register stack survives a call.
 *
 * Invariants: g->frames[g->nframes-1] is the running frame; its pc field is only valid
 * after SAVE_PC (calls, panics, natives save it). Every handler leaves registers normalized
 * (value.h). Backward jumps and calls check g->rt.preempt and yield there (EXEC_YIELD).
 */
#include "vm/vm.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

Closure *vm_closure_new(G *g, const Proto *p, int nup);
StrObj *vm_substring(G *g, const StrObj *s, int64_t off, int64_t n);
const MethodDesc *vm_find_method(const TypeDesc *t, int id);
bool vm_implements(const TypeDesc *t, const TypeDesc *iface, const char **missing);
Closure *vm_static_closure(const Proto *p);
_Atomic(const MethodDesc *) *vm_icache(const Proto *p, uint64_t slot);
void vm_start_panic(G *g, Box *v);
void vm_fatal_panic(G *g);
Value vm_unbox_receiver(const Box *b);
bool vm_next_panic_print(G *g, const Proto **fn, Value *recv);
void vm_panic_printed(G *g, StrObj *s);
NORETURN void vm_throw_printing(G *g);

#define STACK_LIMIT (1000000000 / (int64_t)sizeof(Value))

/* ---- Goroutine state ---- */

/* stack_overflow ends the program as Go's runtime does when a goroutine's stack passes
 * 1 GB: the message, the goroutine's stack (its middle elided), exit status 2. */
static NORETURN void stack_overflow(G *g)
{
    if (vm_close_output(g->vm)) {
        fputs("runtime: goroutine stack exceeds 1000000000-byte limit\n"
              "fatal error: stack overflow\n\n",
              stderr);
        vm_traceback(g, stderr);
    }
    fflush(stderr);
    _exit(2);
}

/* ensure_stack makes room for registers [0, need) of the stack. */
static void ensure_stack(G *g, uint64_t need)
{
    if (need <= g->stack_size)
        return;
    if ((int64_t)need > STACK_LIMIT)
        stack_overflow(g);
    uint64_t size = g->stack_size;
    while (size < need)
        size *= 2;
    g->stack = xrealloc(g->stack, size * sizeof(Value));
    memset(g->stack + g->stack_size, 0, (size - g->stack_size) * sizeof(Value));
    g->stack_size = (uint32_t)size;
}

static Frame *push_frame(G *g)
{
    if (g->nframes == g->frames_cap) {
        /* 2^24 frames (640 MiB of them): about Go's depth for its smallest frames in 1 GB */
        if (g->frames_cap >= (1u << 24))
            stack_overflow(g);
        g->frames_cap *= 2;
        g->frames = xrealloc(g->frames, g->frames_cap * sizeof(Frame));
    }
    Frame *f = &g->frames[g->nframes++];
    memset(f, 0, sizeof *f);
    return f;
}

void vm_call_setup(G *g, const Proto *fn, Closure *cl, const Value *args, int nargs)
{
    uint32_t base = 0;
    if (g->nframes) {
        Frame *top = &g->frames[g->nframes - 1];
        base = top->base + top->proto->nregs;
    }
    ensure_stack(g, (uint64_t)base + fn->nregs + 1);
    for (int i = 0; i < nargs; i++)
        g->stack[base + i] = args[i];
    Frame *f = push_frame(g);
    f->proto = fn;
    f->pc = fn->code;
    f->closure = cl;
    f->base = base;
    f->kind = FRAME_ENTRY;
}

/* ---- Errors raised by instructions ---- */

static void bounds_index(G *g, int64_t i, int64_t len)
{
    if (i < 0)
        vm_runtime_error(g, "index out of range [%lld]", (long long)i);
    else
        vm_runtime_error(g, "index out of range [%lld] with length %lld", (long long)i,
                         (long long)len);
}

static void nil_deref(G *g)
{
    vm_runtime_error(g, "invalid memory address or nil pointer dereference");
}

/* slice_bounds checks lo <= hi <= max <= cap with Go's messages; returns false (and sets the
 * panic) on failure. [three]: a 3-index expression; [cap_word]: "capacity" or "length". */
static bool slice_bounds(G *g, int64_t lo, int64_t hi, int64_t max, int64_t cap, bool three,
                         const char *cap_word)
{
    if (three) {
        if (max < 0) {
            vm_runtime_error(g, "slice bounds out of range [::%lld]", (long long)max);
            return false;
        }
        if (max > cap) {
            vm_runtime_error(g, "slice bounds out of range [::%lld] with %s %lld", (long long)max,
                             cap_word, (long long)cap);
            return false;
        }
        if (hi < 0) {
            vm_runtime_error(g, "slice bounds out of range [:%lld:]", (long long)hi);
            return false;
        }
        if (hi > max) {
            vm_runtime_error(g, "slice bounds out of range [:%lld:%lld]", (long long)hi,
                             (long long)max);
            return false;
        }
        if (lo < 0) {
            vm_runtime_error(g, "slice bounds out of range [%lld::]", (long long)lo);
            return false;
        }
        if (lo > hi) {
            vm_runtime_error(g, "slice bounds out of range [%lld:%lld:]", (long long)lo,
                             (long long)hi);
            return false;
        }
        return true;
    }
    if (hi < 0) {
        vm_runtime_error(g, "slice bounds out of range [:%lld]", (long long)hi);
        return false;
    }
    if (hi > cap) {
        vm_runtime_error(g, "slice bounds out of range [:%lld] with %s %lld", (long long)hi,
                         cap_word, (long long)cap);
        return false;
    }
    if (lo < 0) {
        vm_runtime_error(g, "slice bounds out of range [%lld:]", (long long)lo);
        return false;
    }
    if (lo > hi) {
        vm_runtime_error(g, "slice bounds out of range [%lld:%lld]", (long long)lo,
                         (long long)hi);
        return false;
    }
    return true;
}

/* ---- Arithmetic helpers with Go's semantics ---- */

static inline int64_t f2i(double x)
{
    /* amd64's CVTTSD2SQ: NaN and out-of-range values give MinInt64 */
    if (!(x > -9223372036854775808.0 - 1025.0 && x < 9223372036854775808.0))
        return INT64_MIN;
    if (x <= -9223372036854775808.0)
        return INT64_MIN;
    return (int64_t)x;
}

static inline uint64_t f2u(double x)
{
    if (x < 9223372036854775808.0)
        return (uint64_t)f2i(x);
    return (uint64_t)f2i(x - 9223372036854775808.0) ^ (1ull << 63);
}

static inline double fmin_go(double a, double b)
{
    if (a != a || b != b)
        return NAN;
    if (a == 0 && b == 0)
        return signbit(a) ? a : b;
    return a < b ? a : b;
}

static inline double fmax_go(double a, double b)
{
    if (a != a || b != b)
        return NAN;
    if (a == 0 && b == 0)
        return signbit(a) ? b : a;
    return a > b ? a : b;
}

/* key_mem gives the memory form of a register value of type [t] for map operations. */
static inline const void *key_mem(const TypeDesc *t, Value *v, uint64_t *buf)
{
    if (t->flags & TF_AGGREGATE)
        return v->p;
    *buf = 0;
    value_store(t, buf, *v);
    return buf;
}

static Value zero_value(G *g, const TypeDesc *t)
{
    Value v;
    v.u = 0;
    if (t->flags & TF_AGGREGATE)
        v.p = gale_new(g, t);
    return v;
}

static Value load_fresh(G *g, const TypeDesc *t, const void *mem)
{
    if (t->flags & TF_AGGREGATE) {
        Value v;
        v.p = gale_new(g, t);
        vm_copy_value(t, v.p, mem);
        return v;
    }
    return value_load(t, mem);
}

/* ---- Deferred calls ---- */

enum { DEFER_FRAME, DEFER_DONE, DEFER_NATIVE_STOP, DEFER_NIL_PANIC };

/* push_deferred starts the deferred call [d] (taking it) above the running frame: a new
 * frame of [kind] (DEFER_FRAME), or, for a native, the call itself: DEFER_DONE, or
 * DEFER_NATIVE_STOP with what the native returned in *nr (a panic, or the goroutine must
 * stop: parked, yielding, without a P; the native has done its part either way, and a
 * deferred call's results are dropped). A nil function panics (DEFER_NIL_PANIC, the panic
 * recorded). */
static int push_deferred(G *g, Defer *d, uint8_t kind, int *nr)
{
    Closure *fn = d->fn;
    uint32_t dframe = d->frame;
    if (UNLIKELY(!fn)) {
        free(d);
        nil_deref(g);
        return DEFER_NIL_PANIC;
    }
    const Proto *callee = fn->proto;
    Frame *top = &g->frames[g->nframes - 1];
    uint32_t nb = top->base + top->proto->nregs;
    uint32_t need = callee->nregs > (uint32_t)d->nargs ? callee->nregs : (uint32_t)d->nargs;
    ensure_stack(g, (uint64_t)nb + need + 1);
    for (int j = 0; j < d->nargs; j++)
        g->stack[nb + j] = d->args[j];
    if (callee->flags & PROTO_NATIVE) {
        g->dnative_base = nb;
        g->dnative_nargs = (uint32_t)(d->nargs < 64 ? d->nargs : 64);
        g->dnative_mask = d->ptrmask;
        free(d);
        *nr = callee->native(g, g->stack + nb);
        g->dnative_nargs = 0;
        return *nr ? DEFER_NATIVE_STOP : DEFER_DONE;
    }
    free(d);
    Frame *nf = push_frame(g);
    nf->proto = callee;
    nf->closure = fn;
    nf->base = nb;
    nf->kind = kind;
    nf->defer_frame = dframe;
    nf->pc = callee->code;
    return DEFER_FRAME;
}

/* ---- The dispatch loop ---- */

int vm_execute(G *g)
{
    static const void *const labels[] = {
#define GALE_OP_LABEL(name, fmt, doc) &&L_##name,
        GALE_OPCODES(GALE_OP_LABEL)
#undef GALE_OP_LABEL
    };
    Vm *vm = g->vm;
    Frame *f;
    const Proto *proto;
    const Instr *pc;
    Value *base;
    const Value *k;
    Closure *cl;
    Instr i;
    uint32_t defer_frame = 0;

#define LOAD_FRAME()                                                                           \
    do {                                                                                       \
        f = &g->frames[g->nframes - 1];                                                        \
        proto = f->proto;                                                                      \
        pc = f->pc;                                                                            \
        base = g->stack + f->base;                                                             \
        k = proto->k;                                                                          \
        cl = f->closure;                                                                       \
    } while (0)
#define SAVE_PC() (f->pc = pc)
#define NEXT()                                                                                 \
    do {                                                                                       \
        i = *pc++;                                                                             \
        goto *labels[INSTR_OP(i)];                                                             \
    } while (0)
#define A INSTR_A(i)
#define B INSTR_B(i)
#define C INSTR_C(i)
#define R(x) (base[(x)])
#define KP(x) (k[(x)].p)
#define PANIC_NOW()                                                                            \
    do {                                                                                       \
        SAVE_PC();                                                                             \
        goto do_panic;                                                                         \
    } while (0)
#define RT_ERROR(...)                                                                          \
    do {                                                                                       \
        SAVE_PC();                                                                             \
        vm_runtime_error(g, __VA_ARGS__);                                                      \
        goto do_panic;                                                                         \
    } while (0)
#define NIL_CHECK(p)                                                                           \
    do {                                                                                       \
        if (UNLIKELY(!(p))) {                                                                  \
            SAVE_PC();                                                                         \
            nil_deref(g);                                                                      \
            goto do_panic;                                                                     \
        }                                                                                      \
    } while (0)
#define JUMP(off)                                                                              \
    do {                                                                                       \
        int64_t o_ = (off);                                                                    \
        pc += o_;                                                                              \
        if (o_ < 0 && UNLIKELY(atomic_load_explicit(&g->rt.preempt, memory_order_relaxed)))       \
            goto preempted;                                                                    \
    } while (0)

    int nr; /* what a native returned */
    LOAD_FRAME();
    if (UNLIKELY(g->wait_kind != WAIT_NONE)) {
        /* resumed after a channel operation parked it: finish that first */
        if (chan_resume(g) == CHAN_PANIC)
            goto do_panic;
    }
    if (UNLIKELY(g->resume_in_panic)) {
        /* a deferred native stopped the goroutine while a panic (or Goexit) ran the
         * deferred calls: go on with the next one */
        g->resume_in_panic = false;
        goto panic_continue;
    }
    if (UNLIKELY(proto->flags & PROTO_NATIVE)) {
        /* a goroutine started on a native function (go println(...)) */
        nr = proto->native(g, base);
        if (nr == NATIVE_PANIC)
            goto native_panic;
        g->nframes--; /* if it parked, the goroutine is over when it resumes */
        switch (nr) {
        case NATIVE_EXIT:
            return EXEC_EXIT;
        case NATIVE_PARK:
            return EXEC_PARKED;
        case NATIVE_NO_P:
            /* the goroutine is over; it only waits for a P to be freed on */
            return EXEC_NO_P;
        default:
            return EXEC_DONE;
        }
    }
    NEXT();

L_NOP:
    NEXT();
L_MOVE:
    R(A) = R(B);
    NEXT();
L_LOADK:
    R(A) = k[INSTR_BX(i)];
    NEXT();
L_LOADI:
    R(A).i = INSTR_SBX(i);
    NEXT();
L_LOADZ:
    R(A).u = 0;
    NEXT();

    /* ---- integer arithmetic ---- */
L_ADD:
    R(A).u = R(B).u + R(C).u;
    NEXT();
L_SUB:
    R(A).u = R(B).u - R(C).u;
    NEXT();
L_MUL:
    R(A).u = R(B).u * R(C).u;
    NEXT();
L_DIV: {
    int64_t d = R(C).i;
    if (UNLIKELY(d == 0))
        RT_ERROR("integer divide by zero");
    int64_t n = R(B).i;
    R(A).i = (d == -1) ? (int64_t)(0 - (uint64_t)n) : n / d;
    NEXT();
}
L_DIVU: {
    uint64_t d = R(C).u;
    if (UNLIKELY(d == 0))
        RT_ERROR("integer divide by zero");
    R(A).u = R(B).u / d;
    NEXT();
}
L_MOD: {
    int64_t d = R(C).i;
    if (UNLIKELY(d == 0))
        RT_ERROR("integer divide by zero");
    R(A).i = (d == -1) ? 0 : R(B).i % d;
    NEXT();
}
L_MODU: {
    uint64_t d = R(C).u;
    if (UNLIKELY(d == 0))
        RT_ERROR("integer divide by zero");
    R(A).u = R(B).u % d;
    NEXT();
}
L_AND:
    R(A).u = R(B).u & R(C).u;
    NEXT();
L_OR:
    R(A).u = R(B).u | R(C).u;
    NEXT();
L_XOR:
    R(A).u = R(B).u ^ R(C).u;
    NEXT();
L_ANDNOT:
    R(A).u = R(B).u & ~R(C).u;
    NEXT();
L_SHL: {
    uint64_t s = R(C).u;
    R(A).u = s >= 64 ? 0 : R(B).u << s;
    NEXT();
}
L_SHR: {
    uint64_t s = R(C).u;
    int64_t x = R(B).i;
    R(A).i = s >= 64 ? (x < 0 ? -1 : 0) : x >> s;
    NEXT();
}
L_SHRU: {
    uint64_t s = R(C).u;
    R(A).u = s >= 64 ? 0 : R(B).u >> s;
    NEXT();
}
L_ADDI:
    R(A).u = R(B).u + (uint64_t)(int64_t)INSTR_SC(i);
    NEXT();
L_MULI:
    R(A).u = R(B).u * (uint64_t)(int64_t)INSTR_SC(i);
    NEXT();
L_DIVI:
L_MODI: {
    /* division by a constant as a multiplication (Hacker's Delight 10-1); the compiler
     * computed the magic number and shift */
    int64_t m = (int64_t)pc[0];
    int s = (int)pc[1];
    pc += 2;
    int64_t n = R(B).i, d = INSTR_SC(i);
    int64_t q = (int64_t)(((__int128)m * n) >> 64);
    if (d > 0 && m < 0)
        q += n;
    else if (d < 0 && m > 0)
        q -= n;
    q >>= s;
    q += (int64_t)((uint64_t)q >> 63);
    R(A).i = INSTR_OP(i) == OP_DIVI ? q : (int64_t)((uint64_t)n - (uint64_t)q * (uint64_t)d);
    NEXT();
}
L_DIVUI:
    R(A).u = R(B).u / (uint64_t)INSTR_SC(i);
    NEXT();
L_MODUI:
    R(A).u = R(B).u % (uint64_t)INSTR_SC(i);
    NEXT();
L_SHLI:
    R(A).u = R(B).u << C;
    NEXT();
L_SHRI:
    R(A).i = R(B).i >> C;
    NEXT();
L_SHRUI:
    R(A).u = R(B).u >> C;
    NEXT();
L_NEG:
    R(A).u = 0 - R(B).u;
    NEXT();
L_BNOT:
    R(A).u = ~R(B).u;
    NEXT();
L_NOT:
    R(A).u = !R(B).u;
    NEXT();
L_SEXT8:
    R(A).i = (int8_t)R(B).u;
    NEXT();
L_SEXT16:
    R(A).i = (int16_t)R(B).u;
    NEXT();
L_SEXT32:
    R(A).i = (int32_t)R(B).u;
    NEXT();
L_ZEXT8:
    R(A).u = (uint8_t)R(B).u;
    NEXT();
L_ZEXT16:
    R(A).u = (uint16_t)R(B).u;
    NEXT();
L_ZEXT32:
    R(A).u = (uint32_t)R(B).u;
    NEXT();
L_CHKSHIFT:
    if (UNLIKELY(R(A).i < 0))
        RT_ERROR("negative shift amount");
    NEXT();

    /* ---- floating point ---- */
L_FADD:
    R(A).f = R(B).f + R(C).f;
    NEXT();
L_FSUB:
    R(A).f = R(B).f - R(C).f;
    NEXT();
L_FMUL:
    R(A).f = R(B).f * R(C).f;
    NEXT();
L_FDIV:
    R(A).f = R(B).f / R(C).f;
    NEXT();
L_FNEG:
    R(A).f = -R(B).f;
    NEXT();
L_F32:
    R(A).f = (double)(float)R(B).f;
    NEXT();
L_I2F:
    R(A).f = (double)R(B).i;
    NEXT();
L_U2F:
    R(A).f = (double)R(B).u;
    NEXT();
L_F2I:
    R(A).i = f2i(R(B).f);
    NEXT();
L_F2U:
    R(A).u = f2u(R(B).f);
    NEXT();

    /* ---- comparisons ---- */
L_EQ:
    R(A).u = R(B).u == R(C).u;
    NEXT();
L_NE:
    R(A).u = R(B).u != R(C).u;
    NEXT();
L_LT:
    R(A).u = R(B).i < R(C).i;
    NEXT();
L_LE:
    R(A).u = R(B).i <= R(C).i;
    NEXT();
L_LTU:
    R(A).u = R(B).u < R(C).u;
    NEXT();
L_LEU:
    R(A).u = R(B).u <= R(C).u;
    NEXT();
L_FEQ:
    R(A).u = R(B).f == R(C).f;
    NEXT();
L_FNE:
    R(A).u = R(B).f != R(C).f;
    NEXT();
L_FLT:
    R(A).u = R(B).f < R(C).f;
    NEXT();
L_FLE:
    R(A).u = R(B).f <= R(C).f;
    NEXT();
L_SEQ:
    R(A).u = vm_streq(R(B).p, R(C).p);
    NEXT();
L_SNE:
    R(A).u = !vm_streq(R(B).p, R(C).p);
    NEXT();
L_SLT:
    R(A).u = vm_strcmp(R(B).p, R(C).p) < 0;
    NEXT();
L_SLE:
    R(A).u = vm_strcmp(R(B).p, R(C).p) <= 0;
    NEXT();
L_IMIN:
    R(A).i = R(B).i < R(C).i ? R(B).i : R(C).i;
    NEXT();
L_IMAX:
    R(A).i = R(B).i > R(C).i ? R(B).i : R(C).i;
    NEXT();
L_UMIN:
    R(A).u = R(B).u < R(C).u ? R(B).u : R(C).u;
    NEXT();
L_UMAX:
    R(A).u = R(B).u > R(C).u ? R(B).u : R(C).u;
    NEXT();
L_FMIN:
    R(A).f = fmin_go(R(B).f, R(C).f);
    NEXT();
L_FMAX:
    R(A).f = fmax_go(R(B).f, R(C).f);
    NEXT();
L_SMIN:
    R(A).p = vm_strcmp(R(B).p, R(C).p) <= 0 ? R(B).p : R(C).p;
    NEXT();
L_SMAX:
    R(A).p = vm_strcmp(R(B).p, R(C).p) >= 0 ? R(B).p : R(C).p;
    NEXT();

    /* ---- jumps ---- */
L_JMP:
    JUMP(INSTR_SBX(i));
    NEXT();
L_JT:
    if (R(A).u)
        JUMP(INSTR_SBX(i));
    NEXT();
L_JF:
    if (!R(A).u)
        JUMP(INSTR_SBX(i));
    NEXT();
L_JEQ:
    if (R(A).u == R(B).u)
        JUMP(INSTR_SC(i));
    NEXT();
L_JNE:
    if (R(A).u != R(B).u)
        JUMP(INSTR_SC(i));
    NEXT();
L_JLT:
    if (R(A).i < R(B).i)
        JUMP(INSTR_SC(i));
    NEXT();
L_JLE:
    if (R(A).i <= R(B).i)
        JUMP(INSTR_SC(i));
    NEXT();
L_JLTU:
    if (R(A).u < R(B).u)
        JUMP(INSTR_SC(i));
    NEXT();
L_JLEU:
    if (R(A).u <= R(B).u)
        JUMP(INSTR_SC(i));
    NEXT();
L_JFEQ:
    if (R(A).f == R(B).f)
        JUMP(INSTR_SC(i));
    NEXT();
L_JFNE:
    if (R(A).f != R(B).f)
        JUMP(INSTR_SC(i));
    NEXT();
L_JFLT:
    if (R(A).f < R(B).f)
        JUMP(INSTR_SC(i));
    NEXT();
L_JFLE:
    if (R(A).f <= R(B).f)
        JUMP(INSTR_SC(i));
    NEXT();
L_JFNLT:
    if (!(R(A).f < R(B).f))
        JUMP(INSTR_SC(i));
    NEXT();
L_JFNLE:
    if (!(R(A).f <= R(B).f))
        JUMP(INSTR_SC(i));
    NEXT();
L_JSEQ:
    if (vm_streq(R(A).p, R(B).p))
        JUMP(INSTR_SC(i));
    NEXT();
L_JSNE:
    if (!vm_streq(R(A).p, R(B).p))
        JUMP(INSTR_SC(i));
    NEXT();
L_JEQI:
    if (R(A).i == INSTR_SB(i))
        JUMP(INSTR_SC(i));
    NEXT();
L_JNEI:
    if (R(A).i != INSTR_SB(i))
        JUMP(INSTR_SC(i));
    NEXT();
L_JLTI:
    if (R(A).i < INSTR_SB(i))
        JUMP(INSTR_SC(i));
    NEXT();
L_JLEI:
    if (R(A).i <= INSTR_SB(i))
        JUMP(INSTR_SC(i));
    NEXT();
L_JGTI:
    if (R(A).i > INSTR_SB(i))
        JUMP(INSTR_SC(i));
    NEXT();
L_JGEI:
    if (R(A).i >= INSTR_SB(i))
        JUMP(INSTR_SC(i));
    NEXT();

    /* ---- globals ---- */
L_GETG:
    R(A).u = *(uint64_t *)KP(INSTR_BX(i));
    NEXT();
L_SETG:
    *(uint64_t *)KP(INSTR_BX(i)) = R(A).u;
    NEXT();
L_SETGP:
    GC_WRITE_BARRIER((void **)KP(INSTR_BX(i)), R(A).p);
    *(void **)KP(INSTR_BX(i)) = R(A).p;
    NEXT();

    /* ---- memory ---- */
#define LOADOP(label, T, field)                                                                \
    label : {                                                                                  \
        uint8_t *p_ = R(B).p;                                                                  \
        NIL_CHECK(p_);                                                                         \
        R(A).field = *(const T *)(p_ + C);                                                     \
        NEXT();                                                                                \
    }
    LOADOP(L_LD8U, uint8_t, u)
    LOADOP(L_LD8S, int8_t, i)
    LOADOP(L_LD16U, uint16_t, u)
    LOADOP(L_LD16S, int16_t, i)
    LOADOP(L_LD32U, uint32_t, u)
    LOADOP(L_LD32S, int32_t, i)
    LOADOP(L_LD64, uint64_t, u)
L_LDF32: {
    uint8_t *p_ = R(B).p;
    NIL_CHECK(p_);
    R(A).f = *(const float *)(p_ + C);
    NEXT();
}
#define STOREOP(label, T)                                                                      \
    label : {                                                                                  \
        uint8_t *p_ = R(A).p;                                                                  \
        NIL_CHECK(p_);                                                                         \
        *(T *)(p_ + C) = (T)R(B).u;                                                            \
        NEXT();                                                                                \
    }
    STOREOP(L_ST8, uint8_t)
    STOREOP(L_ST16, uint16_t)
    STOREOP(L_ST32, uint32_t)
    STOREOP(L_ST64, uint64_t)
L_STF32: {
    uint8_t *p_ = R(A).p;
    NIL_CHECK(p_);
    *(float *)(p_ + C) = (float)R(B).f;
    NEXT();
}
L_STP: {
    uint8_t *p_ = R(A).p;
    NIL_CHECK(p_);
    GC_WRITE_BARRIER((void **)(p_ + C), R(B).p);
    *(void **)(p_ + C) = R(B).p;
    NEXT();
}
L_ADDR: {
    uint8_t *p_ = R(B).p;
    NIL_CHECK(p_);
    R(A).p = p_ + C;
    NEXT();
}
L_NILCHK:
    NIL_CHECK(R(A).p);
    NEXT();
L_NEW:
    SAVE_PC();
    R(A).p = gale_new(g, KP(INSTR_BX(i)));
    NEXT();
L_COPY:
    /* the destination is nil in `*p = v` for an aggregate v through a nil p (the compiler
     * emits no NILCHK for the store; reads of *p have one) */
    NIL_CHECK(R(A).p);
    vm_copy_value(KP(C), R(A).p, R(B).p);
    NEXT();
L_CLONE: {
    const TypeDesc *t = KP(C);
    SAVE_PC();
    void *p_ = gale_new(g, t);
    vm_copy_value(t, p_, R(B).p);
    R(A).p = p_;
    NEXT();
}
L_EQAGG: {
    const TypeDesc *t = KP(*pc++);
    const TypeDesc *bad = NULL;
    bool eq = value_equal_mem(t, R(B).p, R(C).p, &bad);
    if (UNLIKELY(bad))
        RT_ERROR("comparing uncomparable type %s", bad->str);
    R(A).u = eq;
    NEXT();
}

    /* ---- strings, slices, arrays ---- */
L_LEN: {
    void *p_ = R(B).p;
    switch (C) {
    case 0: R(A).i = str_len(p_); break;
    case 1: R(A).i = slice_len(p_); break;
    case 2: R(A).i = p_ ? gale_map_len(p_) : 0; break;
    default: R(A).i = chan_len(p_); break;
    }
    NEXT();
}
L_CAP: {
    if (C == 3) {
        R(A).i = chan_cap(R(B).p);
        NEXT();
    }
    SliceObj *s = R(B).p;
    R(A).i = s ? s->cap : 0;
    NEXT();
}
#define SLOADOP(label, T, field)                                                               \
    label : {                                                                                  \
        SliceObj *s_ = R(B).p;                                                                 \
        int64_t ix_ = R(C).i;                                                                  \
        int64_t len_ = slice_len(s_);                                                          \
        if (UNLIKELY((uint64_t)ix_ >= (uint64_t)len_)) {                                       \
            SAVE_PC();                                                                         \
            bounds_index(g, ix_, len_);                                                        \
            goto do_panic;                                                                     \
        }                                                                                      \
        R(A).field = ((const T *)s_->data)[ix_];                                               \
        NEXT();                                                                                \
    }
    SLOADOP(L_SLD8U, uint8_t, u)
    SLOADOP(L_SLD8S, int8_t, i)
    SLOADOP(L_SLD16U, uint16_t, u)
    SLOADOP(L_SLD16S, int16_t, i)
    SLOADOP(L_SLD32U, uint32_t, u)
    SLOADOP(L_SLD32S, int32_t, i)
    SLOADOP(L_SLD64, uint64_t, u)
L_SLDF32: {
    SliceObj *s_ = R(B).p;
    int64_t ix_ = R(C).i, len_ = slice_len(s_);
    if (UNLIKELY((uint64_t)ix_ >= (uint64_t)len_)) {
        SAVE_PC();
        bounds_index(g, ix_, len_);
        goto do_panic;
    }
    R(A).f = ((const float *)s_->data)[ix_];
    NEXT();
}
#define SSTOREOP(label, T)                                                                     \
    label : {                                                                                  \
        SliceObj *s_ = R(A).p;                                                                 \
        int64_t ix_ = R(B).i;                                                                  \
        int64_t len_ = slice_len(s_);                                                          \
        if (UNLIKELY((uint64_t)ix_ >= (uint64_t)len_)) {                                       \
            SAVE_PC();                                                                         \
            bounds_index(g, ix_, len_);                                                        \
            goto do_panic;                                                                     \
        }                                                                                      \
        ((T *)s_->data)[ix_] = (T)R(C).u;                                                      \
        NEXT();                                                                                \
    }
    SSTOREOP(L_SST8, uint8_t)
    SSTOREOP(L_SST16, uint16_t)
    SSTOREOP(L_SST32, uint32_t)
    SSTOREOP(L_SST64, uint64_t)
L_SSTF32: {
    SliceObj *s_ = R(A).p;
    int64_t ix_ = R(B).i, len_ = slice_len(s_);
    if (UNLIKELY((uint64_t)ix_ >= (uint64_t)len_)) {
        SAVE_PC();
        bounds_index(g, ix_, len_);
        goto do_panic;
    }
    ((float *)s_->data)[ix_] = (float)R(C).f;
    NEXT();
}
L_SSTP: {
    SliceObj *s_ = R(A).p;
    int64_t ix_ = R(B).i, len_ = slice_len(s_);
    if (UNLIKELY((uint64_t)ix_ >= (uint64_t)len_)) {
        SAVE_PC();
        bounds_index(g, ix_, len_);
        goto do_panic;
    }
    GC_WRITE_BARRIER(&((void **)s_->data)[ix_], R(C).p);
    ((void **)s_->data)[ix_] = R(C).p;
    NEXT();
}
L_SIDXA: {
    uint64_t esz = *pc++;
    SliceObj *s_ = R(B).p;
    int64_t ix_ = R(C).i, len_ = slice_len(s_);
    if (UNLIKELY((uint64_t)ix_ >= (uint64_t)len_)) {
        SAVE_PC();
        bounds_index(g, ix_, len_);
        goto do_panic;
    }
    R(A).p = s_->data + (uint64_t)ix_ * esz;
    NEXT();
}
L_AIDXA: {
    uint64_t x = *pc++;
    uint8_t *arr = R(B).p;
    int64_t ix_ = R(C).i, len_ = (int64_t)(x >> 32);
    NIL_CHECK(arr);
    if (UNLIKELY((uint64_t)ix_ >= (uint64_t)len_)) {
        SAVE_PC();
        bounds_index(g, ix_, len_);
        goto do_panic;
    }
    R(A).p = arr + (uint64_t)ix_ * (x & 0xffffffffu);
    NEXT();
}
L_STRIDX: {
    StrObj *s_ = R(B).p;
    int64_t ix_ = R(C).i, len_ = str_len(s_);
    if (UNLIKELY((uint64_t)ix_ >= (uint64_t)len_)) {
        SAVE_PC();
        bounds_index(g, ix_, len_);
        goto do_panic;
    }
    R(A).u = s_->data[ix_];
    NEXT();
}
L_SLICE: {
    uint64_t x = *pc++;
    unsigned flags = (unsigned)(x & 0xff);
    uint64_t esz = (x >> 8) & 0xffffff;
    int64_t alen = (int64_t)(x >> 32);
    Value *parts = &R(C);
    SAVE_PC();
    if (flags & SLICE_OF_STRING) {
        StrObj *s_ = R(B).p;
        int64_t len_ = str_len(s_);
        int64_t lo = (flags & SLICE_HAS_LO) ? parts[0].i : 0;
        int64_t hi = (flags & SLICE_HAS_HI) ? parts[1].i : len_;
        if (!slice_bounds(g, lo, hi, hi, len_, false, "length"))
            goto do_panic;
        R(A).p = vm_substring(g, s_, lo, hi - lo);
        NEXT();
    }
    uint8_t *data;
    int64_t len_, cap_;
    const char *word = "capacity";
    if (flags & SLICE_OF_ARRAY) {
        data = R(B).p;
        NIL_CHECK(data);
        len_ = cap_ = alen;
        word = "length";
    } else {
        SliceObj *s_ = R(B).p;
        data = s_ ? s_->data : NULL;
        len_ = slice_len(s_);
        cap_ = s_ ? s_->cap : 0;
    }
    bool three = flags & SLICE_HAS_MAX;
    int64_t lo = (flags & SLICE_HAS_LO) ? parts[0].i : 0;
    int64_t hi = (flags & SLICE_HAS_HI) ? parts[1].i : len_;
    int64_t max = three ? parts[2].i : cap_;
    if (!slice_bounds(g, lo, hi, max, cap_, three, three ? (flags & SLICE_OF_ARRAY ? "length" : "capacity") : word))
        goto do_panic;
    if (!data && !(flags & SLICE_OF_ARRAY) && lo == 0 && hi == 0 && max == 0 &&
        R(B).p == NULL) {
        R(A).p = NULL; /* slicing a nil slice gives a nil slice */
        NEXT();
    }
    /* a zero-capacity result keeps the base pointer (never one past the end) */
    uint8_t *nd = (max - lo) > 0 ? data + (uint64_t)lo * esz : data;
    R(A).p = gale_slice_view(g, nd, hi - lo, max - lo);
    NEXT();
}
L_MAKESLICE: {
    const TypeDesc *et = KP(*pc++);
    int64_t len_ = R(B).i, cap_ = R(C).i;
    if (UNLIKELY(len_ < 0 || (et->size && (uint64_t)len_ > (1ull << 40) / et->size)))
        RT_ERROR("makeslice: len out of range");
    if (UNLIKELY(cap_ < len_ || (et->size && (uint64_t)cap_ > (1ull << 40) / et->size)))
        RT_ERROR("makeslice: cap out of range");
    SAVE_PC();
    R(A).p = gale_slice(g, et, len_, cap_);
    NEXT();
}
L_APPEND: {
    uint64_t x = *pc++;
    const TypeDesc *et = KP(x >> 32);
    SAVE_PC();
    R(A).p = vm_append(g, et, R(B).p, &R(C), (int)(x & 0xffffffffu));
    NEXT();
}
L_APPENDSL: {
    const TypeDesc *et = KP(*pc++);
    SAVE_PC();
    /* the source is a slice of the element type, or a string appended to a []byte: StrObj
     * {data, len} and SliceObj {data, len, cap} share their first two words */
    const SliceObj *src = R(C).p;
    R(A).p = vm_append_slice(g, et, R(B).p, src ? src->data : NULL, src ? src->len : 0);
    NEXT();
}
L_COPYSL: {
    pc++;
    const TypeDesc *et = KP(pc[-1]);
    SliceObj *d = R(B).p;
    void *src = R(C).p;
    int64_t dl = slice_len(d);
    /* strings and slices share the {data, len} prefix */
    int64_t sl = src ? ((SliceObj *)src)->len : 0;
    int64_t n = dl < sl ? dl : sl;
    if (n > 0) {
        size_t bytes = (size_t)n * et->size;
        memmove(d->data, ((SliceObj *)src)->data, bytes);
    }
    R(A).i = n;
    NEXT();
}
L_CLEARSL: {
    SliceObj *s_ = R(A).p;
    const TypeDesc *et = KP(INSTR_BX(i));
    if (s_ && s_->len)
        memset(s_->data, 0, (size_t)s_->len * et->size);
    NEXT();
}
L_CONCAT:
    SAVE_PC();
    R(A).p = vm_concat(g, R(B).p, R(C).p);
    NEXT();
L_CONCATN:
    SAVE_PC();
    R(A).p = vm_concatn(g, &R(B), (int)C);
    NEXT();
L_STR2BYTES: {
    StrObj *s_ = R(B).p;
    int64_t n = str_len(s_);
    SAVE_PC();
    if (n == 0) {
        R(A).p = gale_slice_view(g, gale_alloc_bytes(g, 0), 0, 0);
        NEXT();
    }
    int64_t cap_ = (int64_t)runtime_roundupsize((size_t)n, true);
    uint8_t *d = gale_alloc_bytes(g, (size_t)cap_);
    memcpy(d, s_->data, (size_t)n);
    R(A).p = gale_slice_view(g, d, n, cap_);
    NEXT();
}
L_BYTES2STR: {
    SliceObj *s_ = R(B).p;
    SAVE_PC();
    R(A).p = gale_string(g, s_ ? s_->data : NULL, (size_t)slice_len(s_));
    NEXT();
}
L_STR2RUNES: {
    StrObj *s_ = R(B).p;
    int64_t n = str_len(s_), count = 0;
    for (int64_t j = 0; j < n;) {
        int w;
        vm_decode_rune(s_->data + j, n - j, &w);
        j += w;
        count++;
    }
    SAVE_PC();
    int64_t cap_ = (int64_t)(runtime_roundupsize((size_t)count * 4, true) / 4);
    int32_t *rs = gale_alloc_bytes(g, (size_t)cap_ * 4);
    int64_t at = 0;
    for (int64_t j = 0; j < n;) {
        int w;
        rs[at++] = vm_decode_rune(s_->data + j, n - j, &w);
        j += w;
    }
    R(A).p = gale_slice_view(g, rs, count, cap_);
    NEXT();
}
L_RUNES2STR: {
    SliceObj *s_ = R(B).p;
    int64_t n = slice_len(s_), bytes = 0;
    uint8_t tmp[4];
    for (int64_t j = 0; j < n; j++)
        bytes += vm_encode_rune(tmp, ((int32_t *)s_->data)[j]);
    SAVE_PC();
    uint8_t *d;
    StrObj *r = gale_string_alloc(g, (size_t)bytes, &d);
    for (int64_t j = 0; j < n; j++)
        d += vm_encode_rune(d, ((int32_t *)s_->data)[j]);
    R(A).p = r;
    NEXT();
}
L_RUNE2STR:
    SAVE_PC();
    R(A).p = vm_rune_to_string(g, R(B).i);
    NEXT();
L_SLICE2ARR: {
    SliceObj *s_ = R(B).p;
    int64_t want = (int64_t)C;
    if (UNLIKELY(slice_len(s_) < want))
        RT_ERROR("cannot convert slice with length %lld to array or pointer to array with "
                 "length %lld",
                 (long long)slice_len(s_), (long long)want);
    R(A).p = s_ ? s_->data : NULL;
    NEXT();
}
L_RUNEDEC: {
    StrObj *s_ = R(B).p;
    int64_t ix_ = R(C).i, n = str_len(s_);
    int w = 1;
    int32_t r = 0xFFFD;
    if (ix_ < n) {
        uint8_t c0 = s_->data[ix_];
        if (c0 < 0x80) {
            r = c0;
            w = 1;
        } else {
            r = vm_decode_rune(s_->data + ix_, n - ix_, &w);
        }
    }
    R(A).i = r;
    R(A + 1).i = ix_ + w;
    NEXT();
}

    /* ---- maps ---- */
L_MAKEMAP: {
    const TypeDesc *mt = KP(C);
    int64_t hint = R(B).i;
    SAVE_PC();
    R(A).p = map_new(g, mt, hint < 0 ? 0 : hint);
    NEXT();
}
L_MGET:
L_MGET2: {
    bool two = INSTR_OP(i) == OP_MGET2;
    const TypeDesc *mt = KP(*pc++);
    MapObj *m = R(B).p;
    void *val = NULL;
    SAVE_PC();
    if (m) {
        uint64_t buf;
        const TypeDesc *bad = NULL;
        const void *key = key_mem(mt->key, &R(C), &buf);
        val = map_lookup(m, key, &bad);
        if (UNLIKELY(bad))
            RT_ERROR("hash of unhashable type %s", bad->str);
    } else if (mt->key->kind == TK_INTERFACE && R(C).p) {
        /* Go hashes the key even for a nil map: unhashable keys still panic */
        const Box *kb = R(C).p;
        if (!(kb->type->flags & TF_COMPARABLE))
            RT_ERROR("hash of unhashable type %s", kb->type->str);
    }
    Value v = val ? load_fresh(g, mt->elem, val) : zero_value(g, mt->elem);
    R(A) = v;
    if (two)
        R(A + 1).u = val != NULL;
    NEXT();
}
L_MSET: {
    MapObj *m = R(A).p;
    SAVE_PC();
    if (UNLIKELY(!m)) {
        vm_plain_error(g, "assignment to entry in nil map");
        goto do_panic;
    }
    const TypeDesc *mt = gale_map_type(m);
    uint64_t buf;
    const TypeDesc *bad = NULL;
    const void *key = key_mem(mt->key, &R(B), &buf);
    void *slot = map_assign(g, m, key, &bad);
    if (UNLIKELY(bad))
        RT_ERROR("hash of unhashable type %s", bad->str);
    value_store(mt->elem, slot, R(C));
    NEXT();
}
L_MDEL: {
    MapObj *m = R(A).p;
    if (m) {
        const TypeDesc *mt = gale_map_type(m);
        uint64_t buf;
        const TypeDesc *bad = NULL;
        const void *key = key_mem(mt->key, &R(B), &buf);
        map_delete(m, key, &bad);
        if (UNLIKELY(bad))
            RT_ERROR("hash of unhashable type %s", bad->str);
    }
    NEXT();
}
L_CLEARM:
    if (R(A).p)
        map_clear(R(A).p);
    NEXT();
L_MITER:
    SAVE_PC();
    R(A).p = R(B).p ? map_iter_new(g, R(B).p) : NULL;
    NEXT();
L_MNEXT: {
    MapIter *it = R(B).p;
    void *kp, *vp;
    if (!it || !map_iter_next(it, &kp, &vp)) {
        JUMP(INSTR_SC(i));
        NEXT();
    }
    /* the map is not nil here: its type gives the key and value types */
    const TypeDesc *mt = map_iter_type(it);
    SAVE_PC();
    R(A) = load_fresh(g, mt->key, kp);
    R(A + 1) = load_fresh(g, mt->elem, vp);
    NEXT();
}

    /* ---- interfaces ---- */
L_BOX: {
    const TypeDesc *t = KP(C);
    SAVE_PC();
    R(A).p = gale_box_value(g, t, R(B));
    NEXT();
}
L_UNBOX: {
    Box *b = R(B).p;
    R(A) = value_load(KP(C), b->data);
    NEXT();
}
L_ASSERT: {
    const TypeDesc *iface = KP(*pc++);
    const TypeDesc *t = KP(C);
    Box *b = R(B).p;
    if (UNLIKELY(!b || b->type != t)) {
        SAVE_PC();
        vm_type_assert_error(g, iface, b ? b->type : NULL, t, NULL);
        goto do_panic;
    }
    R(A) = value_load(t, b->data);
    NEXT();
}
L_ASSERT2: {
    const TypeDesc *t = KP(C);
    Box *b = R(B).p;
    bool ok = b && b->type == t;
    SAVE_PC();
    R(A) = ok ? load_fresh(g, t, b->data) : zero_value(g, t);
    R(A + 1).u = ok;
    NEXT();
}
L_ASSERTI: {
    const TypeDesc *iface = KP(*pc++);
    const TypeDesc *t = KP(C);
    Box *b = R(B).p;
    const char *missing = NULL;
    if (UNLIKELY(!b || !vm_implements(b->type, t, &missing))) {
        SAVE_PC();
        vm_type_assert_error(g, iface, b ? b->type : NULL, t, missing);
        goto do_panic;
    }
    R(A).p = b;
    NEXT();
}
L_ASSERTI2: {
    Box *b = R(B).p;
    const char *missing = NULL;
    bool ok = b && vm_implements(b->type, KP(C), &missing);
    R(A).p = ok ? b : NULL;
    R(A + 1).u = ok;
    NEXT();
}
L_ISTYPE: {
    Box *b = R(B).p;
    R(A).u = b && b->type == KP(C);
    NEXT();
}
L_ISIFACE: {
    Box *b = R(B).p;
    const char *missing = NULL;
    R(A).u = b && vm_implements(b->type, KP(C), &missing);
    NEXT();
}
L_IEQ:
L_INE: {
    Box *x = R(B).p, *y = R(C).p;
    bool eq;
    if (x == y && !x) {
        eq = true;
    } else if (!x || !y || x->type != y->type) {
        eq = false;
    } else {
        if (UNLIKELY(!(x->type->flags & TF_COMPARABLE)))
            RT_ERROR("comparing uncomparable type %s", x->type->str);
        const TypeDesc *bad = NULL;
        eq = value_equal_mem(x->type, x->data, y->data, &bad);
        if (UNLIKELY(bad))
            RT_ERROR("comparing uncomparable type %s", bad->str);
    }
    R(A).u = INSTR_OP(i) == OP_IEQ ? eq : !eq;
    NEXT();
}
L_CALLI: {
    uint64_t slot = *pc++;
    Box *b = R(A).p;
    NIL_CHECK(b);
    _Atomic(const MethodDesc *) *ic = vm_icache(proto, slot);
    const MethodDesc *md = atomic_load_explicit(ic, memory_order_relaxed);
    if (UNLIKELY(!md || md->owner != b->type)) {
        md = vm_find_method(b->type, (int)B);
        if (UNLIKELY(!md))
            fatal("runtime: method %d missing from %s", (int)B, b->type->str);
        atomic_store_explicit(ic, md, memory_order_relaxed);
    }
    R(A) = vm_unbox_receiver(b);
    const Proto *callee = md->fn;
    if (callee->flags & PROTO_NATIVE) {
        SAVE_PC();
        nr = callee->native(g, &R(A));
        if (UNLIKELY(nr))
            goto native_stop;
        NEXT();
    }
    cl = NULL;
    SAVE_PC();
    {
        uint32_t nb = f->base + A;
        ensure_stack(g, (uint64_t)nb + callee->nregs + 1);
        Frame *nf = push_frame(g);
        nf->proto = callee;
        nf->pc = callee->code;
        nf->base = nb;
        nf->kind = FRAME_NORMAL;
        LOAD_FRAME();
    }
    NEXT();
}

    /* ---- functions ---- */
L_CALL: {
    const Proto *callee = KP(INSTR_BX(i));
    SAVE_PC();
    uint32_t nb = f->base + A;
    if (UNLIKELY((uint64_t)nb + callee->nregs + 1 > g->stack_size))
        ensure_stack(g, (uint64_t)nb + callee->nregs + 1);
    Frame *nf;
    if (LIKELY(g->nframes < g->frames_cap)) {
        nf = &g->frames[g->nframes++];
    } else {
        nf = push_frame(g);
    }
    nf->proto = callee;
    nf->closure = NULL;
    nf->base = nb;
    nf->kind = FRAME_NORMAL;
    f = nf;
    proto = callee;
    pc = callee->code;
    base = g->stack + nb;
    k = callee->k;
    cl = NULL;
    if (UNLIKELY(atomic_load_explicit(&g->rt.preempt, memory_order_relaxed)))
        goto preempted;
    NEXT();
}
L_CALLN: {
    const Proto *callee = KP(INSTR_BX(i));
    SAVE_PC();
    if (UNLIKELY(!callee->native))
        fatal("runtime: native %s is not linked", callee->native_name);
    nr = callee->native(g, &R(A));
    if (UNLIKELY(nr))
        goto native_stop;
    NEXT();
}
L_CALLF: {
    Closure *fn = R(B).p;
    NIL_CHECK(fn);
    const Proto *callee = fn->proto;
    SAVE_PC();
    if (callee->flags & PROTO_NATIVE) {
        nr = callee->native(g, &R(A));
        if (UNLIKELY(nr))
            goto native_stop;
        NEXT();
    }
    uint32_t nb = f->base + A;
    ensure_stack(g, (uint64_t)nb + callee->nregs + 1);
    Frame *nf = push_frame(g);
    nf->proto = callee;
    nf->closure = fn;
    nf->base = nb;
    nf->kind = FRAME_NORMAL;
    nf->pc = callee->code;
    LOAD_FRAME();
    if (UNLIKELY(atomic_load_explicit(&g->rt.preempt, memory_order_relaxed)))
        goto preempted;
    NEXT();
}
L_RET: {
    uint32_t n = B, a = A;
    for (uint32_t j = 0; j < n; j++)
        base[j] = base[a + j];
    if (LIKELY(f->kind == FRAME_NORMAL)) {
        /* the common return: straight back into the caller */
        g->nframes--;
        f--;
        proto = f->proto;
        pc = f->pc;
        base = g->stack + f->base;
        k = proto->k;
        cl = f->closure;
        NEXT();
    }
    goto do_return;
}
L_RET0:
    goto do_return;
L_CLOSURE: {
    const Proto *p = KP(INSTR_BX(i));
    SAVE_PC();
    Closure *c = vm_closure_new(g, p, p->nupvals);
    for (int j = 0; j < p->nupvals; j++)
        c->up[j] = base[p->upvals[j].index].p;
    R(A).p = c;
    NEXT();
}
L_FUNCVAL:
    R(A).p = vm_static_closure(KP(INSTR_BX(i)));
    NEXT();
L_GETUP:
    R(A).p = cl->up[B];
    NEXT();
L_BINDM: {
    const Proto *p = KP(C);
    SAVE_PC();
    Closure *c = vm_closure_new(g, p, 1);
    c->up[0] = R(B).p;
    R(A).p = c;
    NEXT();
}

    /* ---- defer, panic ---- */
L_DEFER: {
    uint64_t mask = *pc++;
    uint32_t n = B;
    Defer *d = xmalloc(sizeof(Defer) + n * sizeof(Value));
    d->frame = g->nframes - 1;
    d->fn = R(A).p;
    d->nargs = (int32_t)n;
    d->ptrmask = mask;
    for (uint32_t j = 0; j < n; j++)
        d->args[j] = R(A + 1 + j);
    d->link = g->defers;
    g->defers = d;
    NEXT();
}
L_RUNDEFERS: {
    Defer *d = g->defers;
    if (!d || d->frame != g->nframes - 1)
        NEXT();
    g->defers = d->link;
    f->pc = pc - 1; /* come back here when the call returns (or the goroutine resumes) */
    switch (push_deferred(g, d, FRAME_DEFER, &nr)) {
    case DEFER_FRAME:
    case DEFER_DONE:
        LOAD_FRAME();
        NEXT();
    case DEFER_NATIVE_STOP:
        goto native_stop;
    default:
        goto do_panic;
    }
}
L_PANIC: {
    SAVE_PC();
    vm_start_panic(g, R(A).p);
    goto do_panic_started;
}
L_RECOVER: {
    Panic *p = g->panic;
    if (p && !p->recovered && !p->goexit && f->kind == FRAME_PANIC_DEFER) {
        p->recovered = true;
        R(A).p = p->value;
    } else {
        R(A).p = NULL;
    }
    NEXT();
}
L_GO: {
    uint64_t mask = *pc++;
    (void)mask; /* the arguments are copied into the new goroutine's registers */
    SAVE_PC();
    int64_t idx = (pc - proto->code) - 2;
    if (UNLIKELY(!vm_go(g, R(A).p, &R(A + 1), (int)B, proto, idx)))
        vm_throw(g, "go of nil func value");
    NEXT();
}
L_MAKECHAN: {
    SAVE_PC();
    ChanObj *c = chan_make(g, KP(C), R(B).i);
    if (UNLIKELY(!c))
        goto do_panic;
    R(A).p = c;
    NEXT();
}
L_SEND:
    SAVE_PC();
    switch (chan_send(g, R(A).p, R(B))) {
    case CHAN_DONE:
        NEXT();
    case CHAN_PARKED:
        goto parked;
    default:
        goto do_panic;
    }
L_RECV:
    SAVE_PC();
    if (chan_recv(g, R(B).p, &R(A), NULL) == CHAN_PARKED)
        goto parked;
    NEXT();
L_RECV2:
    SAVE_PC();
    if (chan_recv(g, R(B).p, &R(A), &R(A + 1)) == CHAN_PARKED)
        goto parked;
    NEXT();
L_CLOSE:
    SAVE_PC();
    if (UNLIKELY(chan_close(g, R(A).p) != CHAN_DONE))
        goto do_panic;
    NEXT();
L_SELECT: {
    uint64_t sendmask = *pc++;
    SAVE_PC();
    switch (chan_select(g, (int)(C & 0x7f), sendmask, (C >> 7) & 1, &R(B), &R(A))) {
    case CHAN_DONE:
        NEXT();
    case CHAN_PARKED:
        goto parked;
    default:
        goto do_panic;
    }
}
L_PRINT:
    SAVE_PC(); /* a traceback taken while the write blocks shows this line */
    if (UNLIKELY(vm_print_value(g, (int)B, R(A), (int)C) == NATIVE_NO_P))
        return EXEC_NO_P; /* it resumes after the print once a P is free */
    NEXT();
L_UNREACHABLE:
    fatal("runtime: reached the end of %s without a return", proto->name);

    /* ---- returns ---- */
do_return: {
    uint8_t kind = f->kind;
    uint32_t dframe = f->defer_frame;
    g->nframes--;
    switch (kind) {
    case FRAME_NORMAL:
    case FRAME_DEFER:
        LOAD_FRAME();
        NEXT();
    case FRAME_ENTRY:
        return EXEC_DONE;
    case FRAME_PANIC_DEFER:
        defer_frame = dframe;
        LOAD_FRAME();
        goto panic_continue;
    case FRAME_PANIC_PRINT:
        /* the Error/String result of an unrecovered panic's value is in its register 0 */
        vm_panic_printed(g, g->stack[g->frames[g->nframes - 1].base +
                                     g->frames[g->nframes - 1].proto->nregs]
                                .p);
        LOAD_FRAME();
        goto fatal_panic;
    default:
        fatal("runtime: bad frame kind %d", kind);
    }
}

    /* ---- natives that did not just return ---- */
native_stop:
    /* the pc after the call is saved: the G resumes there */
    switch (nr) {
    case NATIVE_PANIC:
        goto native_panic;
    case NATIVE_PARK:
        return EXEC_PARKED;
    case NATIVE_YIELD:
        return EXEC_YIELD;
    case NATIVE_EXIT:
        return EXEC_EXIT;
    case NATIVE_NO_P:
        return EXEC_NO_P;
    default:
        fatal("runtime: native returned %d", nr);
    }

    /* ---- panics ---- */
native_panic:
    /* a native recorded its panic value on the G */
    LOAD_FRAME();
    if (g->pending_panic_set) {
        g->pending_panic_set = false;
        vm_start_panic(g, g->pending_panic);
        g->pending_panic = NULL;
    }
    goto do_panic_started;
do_panic:
    /* vm_runtime_error & co. have pushed the panic already */
do_panic_started:
    LOAD_FRAME();
panic_next_defer: {
    Defer *d = g->defers;
    if (!d) {
        if (g->panic->goexit)
            goto goexit_done;
        goto fatal_panic;
    }
    g->defers = d->link;
    /* the panicking frame keeps its pc: the traceback shows where it panicked */
    defer_frame = d->frame;
    switch (push_deferred(g, d, FRAME_PANIC_DEFER, &nr)) {
    case DEFER_FRAME:
        LOAD_FRAME();
        NEXT();
    case DEFER_DONE:
        goto panic_continue;
    case DEFER_NATIVE_STOP:
        if (nr != NATIVE_PANIC)
            g->resume_in_panic = true; /* it resumes with the next deferred call */
        goto native_stop;
    default:
        goto do_panic_started;
    }
}
panic_continue: {
    Panic *p = g->panic;
    if (p && p->recovered) {
        /* drop the panic and those started in the recovering frame or deeper; a Goexit
         * among them is not bypassed */
        Panic *q = p->link;
        free(p);
        bool goexiting = false;
        while (q && q->frame >= defer_frame) {
            if (q->goexit) {
                goexiting = true;
                q->frame = defer_frame;
                break;
            }
            Panic *n = q->link;
            free(q);
            q = n;
        }
        g->panic = q;
        if (q)
            q->aborted = false;
        else
            g->sigsegv = false; /* Go forgets the signal once no panic is left */
        /* drop the frames above the one that deferred the recovering call */
        g->nframes = defer_frame + 1;
        while (g->defers && g->defers->frame > defer_frame) {
            Defer *d = g->defers;
            g->defers = d->link;
            free(d);
        }
        if (goexiting) {
            /* a panic recovered while Goexit ran the deferred calls: Goexit goes on */
            LOAD_FRAME();
            goto panic_next_defer;
        }
        f = &g->frames[g->nframes - 1];
        if (f->proto->epilogue_pc < 0)
            fatal("runtime: recovered in %s without an epilogue", f->proto->name);
        f->pc = f->proto->code + f->proto->epilogue_pc;
        LOAD_FRAME();
        NEXT();
    }
    LOAD_FRAME();
    goto panic_next_defer;
}
fatal_panic: {
    /* call Error/String of the panic values that have them, then print and exit */
    const Proto *mfn;
    Value recv;
    if (g->printing)
        vm_throw_printing(g); /* one of these methods panicked */
    if (vm_next_panic_print(g, &mfn, &recv)) {
        Frame *top = &g->frames[g->nframes - 1];
        uint32_t nb = top->base + top->proto->nregs;
        ensure_stack(g, (uint64_t)nb + mfn->nregs + 2);
        g->stack[nb].u = recv.u;
        if (mfn->flags & PROTO_NATIVE) {
            if (mfn->native(g, g->stack + nb))
                vm_panic_printed(g, NULL);
            else
                vm_panic_printed(g, g->stack[nb].p);
            goto fatal_panic;
        }
        Frame *nf = push_frame(g);
        nf->proto = mfn;
        nf->closure = NULL;
        nf->base = nb;
        nf->kind = FRAME_PANIC_PRINT;
        nf->pc = mfn->code;
        LOAD_FRAME();
        NEXT();
    }
    vm_fatal_panic(g);
    return EXEC_EXIT;
}
goexit_done:
    /* runtime.Goexit ran every deferred call: the goroutine ends (and any panic it cut short) */
    g_free_records(g);
    g->nframes = 0;
    g->goexited = true;
    return EXEC_DONE;
preempted:
    /* yield at this safepoint; pc is where to resume (a collection that is due runs here) */
    SAVE_PC();
    if (UNLIKELY(heap_gc_requested(vm->heap)))
        vm_gc(g, false, false);
    return EXEC_YIELD;
parked:
    /* a channel operation parked the G; the saved pc resumes after it */
    return EXEC_PARKED;

#undef LOAD_FRAME
#undef SAVE_PC
#undef NEXT
#undef A
#undef B
#undef C
#undef R
#undef KP
    (void)vm;
    return 0;
}
