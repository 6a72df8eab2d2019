/*
 * vm.h — the virtual machine: loading (linking) a compiled Module, goroutines' execution
 * state, and the interpreter. Used by embed/ (the embedding API) and by the VM's own files.
 *
 * A Vm owns its heap, its linked modules and its goroutines; nothing here is global, so
 * several VMs can live in one process. A G is a goroutine: a heap-independent structure
 * (unmanaged memory) holding its register stack, its frames, its deferred calls and its
 * panics, so that the interpreter can stop it at any instruction boundary and resume it later
 * on any thread: calls between Gale functions never recurse on the C stack.
 */
#ifndef GALE_VM_H
#define GALE_VM_H

#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

#include "base/strbuf.h"
#include "runtime/runtime.h"
#include "runtime/sched.h"
#include "vm/api.h"
#include "vm/chunk.h"
#include "vm/opcodes.h"
#include "vm/value.h"

/* Frame kinds: what happens when the frame returns. */
enum {
    FRAME_NORMAL,      /* return to the caller's next instruction */
    FRAME_ENTRY,       /* bottom of a goroutine: returning ends it */
    FRAME_DEFER,       /* a deferred call made by RUNDEFERS: resume the caller at RUNDEFERS */
    FRAME_PANIC_DEFER, /* a deferred call made by a panic: continue the panic (or recover) */
    FRAME_PANIC_PRINT, /* an Error/String call made to print an unrecovered panic */
};

typedef struct Frame {
    const Proto *proto;
    const Instr *pc;     /* saved: the next instruction of this frame */
    Closure *closure;    /* the running closure (captured variables), or NULL */
    uint32_t base;       /* index of register 0 in the goroutine's stack */
    uint8_t kind;
    uint32_t defer_frame; /* FRAME_PANIC_DEFER: index of the frame that deferred the call */
} Frame;

/* Defer is a deferred call (unmanaged memory, owned by its G). */
typedef struct Defer {
    struct Defer *link;  /* next older deferred call */
    uint32_t frame;      /* index of the frame that deferred it */
    Closure *fn;
    int32_t nargs;
    uint64_t ptrmask;    /* which arguments are pointers (for the collector) */
    Value args[];
} Defer;

/* Panic is an active panic (unmanaged memory, owned by its G). */
typedef struct Panic {
    struct Panic *link;  /* the panic this one interrupted, if any */
    Box *value;          /* the panic value (an interface value; NULL for panic(nil)) */
    bool recovered;
    bool aborted;        /* a newer panic started while this one ran deferred calls */
    StrObj *printed;     /* its Error()/String() text, computed before printing */
    bool print_done;     /* printed was computed (or could not be) */
    uint32_t frame;      /* index of the frame it started in: a recover in a deferred call
                            of frame F ends the panics started in F or deeper */
    bool goexit;         /* runtime.Goexit: runs the deferred calls like a panic, but
                            recover() does not see it and it ends only the goroutine */
} Panic;

typedef struct Sudog Sudog;

/* What a parked G waits for (G.wait_kind); the G finishes the operation when it resumes. */
enum { WAIT_NONE, WAIT_SEND, WAIT_RECV, WAIT_SELECT };

struct G {
    Goroutine rt;        /* the scheduler's part: first, so the scheduler's pointer is ours */
    Vm *vm;
    P *p;                /* the P running this G (valid while it runs) */
    GcCache *cache;      /* that P's allocation cache */
    Value *stack;        /* registers of all frames (owned) */
    uint32_t stack_size; /* in Values */
    Frame *frames;       /* owned */
    uint32_t nframes, frames_cap;
    Defer *defers;       /* newest first */
    Panic *panic;        /* newest first */
    /* channel waits (chan.c): the sudogs of the operation the G is parked in */
    int wait_kind;       /* WAIT_* */
    Sudog *waiting;      /* its sudogs (one, or one per select case) */
    Sudog *sudog_cache;  /* spare sudogs, for its next blocking operations (chan.c) */
    StrBuf print_buf;    /* the print/println call being gathered (print.c) */
    _Atomic int select_done;       /* a peer completed one of the select's cases */
    _Atomic(Sudog *) select_winner; /* which one */
    Value *select_res;   /* the select's result registers (chosen case, ok) */
    void *select_locks;  /* the select's channels in lock order */
    uint64_t rand;       /* select's random order */
    Timer sleep_timer;   /* time.Sleep's (time.c) */
    int64_t sleep_until;
    /* where it came from, for tracebacks ("created by main.main in goroutine 1") */
    const Proto *creator;
    int32_t creator_line;
    int64_t creator_pc;  /* instruction index of the go statement */
    int64_t parent_goid;
    bool is_main;        /* runs the package initializers, then main.main */
    bool goexited;       /* ended by runtime.Goexit (main then does not end the program) */
    bool resume_in_panic; /* stopped by a deferred native while panicking: resume there */
    int next_init;       /* main: the next initializer to run */
    G *free_link;        /* Vm.gfree */
    Box *pending_panic;  /* a native's panic value, raised when the native returns */
    bool pending_panic_set;
    Panic *printing;     /* the panic whose Error/String method is running (fatal path) */
    bool sigsegv;        /* a nil dereference started a panic not yet ended by recovery: Go's
                            crash output then has a "[signal SIGSEGV ...]" line (Go's g.sig) */
    /* a deferred native being called: its arguments sit above the newest frame, where no
     * pointer map covers them (the collector reads them through these) */
    uint32_t dnative_base, dnative_nargs;
    uint64_t dnative_mask;
};

/* NativeResolver finds the C function of a native by name (stdlib's table). */
typedef NativeFn (*NativeResolver)(const char *name);

struct Vm {
    Heap *heap;
    GcCache *cache;       /* for allocations outside any goroutine (linking) */
    const Module *module;
    NativeResolver resolve;
    int argc;
    char **argv;
    _Atomic(SliceObj *) args; /* os.Args, built on first use */
    _Atomic int64_t next_goid;
    Sched *sched;
    pthread_mutex_t gfree_lock;
    G *gfree;             /* finished goroutines, for reuse (gfree_lock) */
    struct SemaBucket *sema; /* sync's semaphores (sema.c) */
    pthread_mutex_t timers_lock;
    struct TimerObj *timers; /* every time.Timer and Ticker, freed with the VM (timers_lock) */
    /* writes to stdout and stderr hold it shared; the program's end takes it exclusively
     * and keeps it, so that nothing is printed after main returns or a fatal error */
    pthread_rwlock_t out_lock;
    _Atomic bool out_closed;
    pthread_mutex_t exit_lock; /* serializes vm_close_output */
    _Atomic bool quiet;   /* discard the program's output (REPL replay) */
    Box *small_ints[256]; /* boxed ints 0..255 (unused for now) */
    pthread_mutex_t pkg_lock;
    struct PkgState *pkg_states; /* C memory packages keep per VM (gale_pkg_state; pkg_lock) */
};

/* vm_new creates a VM that links natives through [resolve]. */
Vm *vm_new(NativeResolver resolve, int argc, char **argv);
void vm_free(Vm *vm);
/* vm_link prepares [m] for running (resolves natives, inline caches). Returns false and
 * prints a message when a native is missing. */
bool vm_link(Vm *vm, const Module *m);
/* vm_run_main runs the package initializers and main; returns the exit status. */
int vm_run_main(Vm *vm);

/* ---- goroutines (proc.c) ---- */
/* g_new returns an empty G (a recycled one if possible) with a new goroutine id. */
G *g_new(Vm *vm);
/* vm_go starts a goroutine calling [fn] with [nargs] arguments, created by [g] at
 * instruction [idx] of [at]; false when [fn] is nil. */
bool vm_go(G *g, Closure *fn, const Value *args, int nargs, const Proto *at, int64_t idx);
/* vm_go_runtime starts a goroutine calling [fn] from the runtime (a timer) on [p]. */
void vm_go_runtime(Vm *vm, Closure *fn, P *p);
/* vm_close_output stops all further writes to stdout and stderr (the program is ending);
 * true for the first caller, which may then print its last words directly. */
bool vm_close_output(Vm *vm);
/* vm_end_program closes the output and makes the scheduler end the program with [code]. */
void vm_end_program(Vm *vm, int code);
/* vm_sigquit stops the world, prints "SIGQUIT: quit" and every goroutine's stack to stderr and
 * exits with status 2 (called from the host's signal thread, which is no M). */
NORETURN void vm_sigquit(Vm *vm);
void vm_sched_init(Vm *vm);
void vm_sched_free(Vm *vm);

/* ---- garbage collection (gc.c) ---- */
/* vm_gc stops the world and collects on [g]'s thread; [in_native]: [g] is inside a native
 * call (runtime.GC), else stopped between instructions. False when another stop-the-world
 * was under way (nothing done: let [g] reach a safepoint, then try again if needed). */
bool vm_gc(G *g, bool in_native, bool forced);
void vm_gc_init(Vm *vm);
/* Roots held by the VM's subsystems. */
void vm_time_gc_mark(Vm *vm, GcMarker *m);
void vm_sema_gc_mark(Vm *vm, GcMarker *m);
void chan_gc_mark_waits(G *g, GcMarker *m);
/* chan_stack_moved rebases [g]'s pointers into its registers (a parked receive's
 * destinations, a select's results) after its register stack moved from [old] ([size]
 * Values); world stopped. */
void chan_stack_moved(G *g, const Value *old, uint32_t size);

/* ---- time (time.c) ---- */
void vm_time_init(Vm *vm);
void vm_time_free(Vm *vm);

/* ---- semaphores (sema.c) ---- */
#define SEMA_BUCKETS 251
typedef struct SemaBucket SemaBucket;
void vm_sema_init(Vm *vm);
void vm_sema_free(Vm *vm);

/* ---- the interpreter (interp.c) ---- */
/* Why vm_execute returned: the G finished its entry frame, parked (the scheduler's
 * sched_park was called), yields (preemption, Gosched), or the program ends. */
enum { EXEC_DONE, EXEC_PARKED, EXEC_YIELD, EXEC_EXIT, EXEC_NO_P };
int vm_execute(G *g);
/* vm_call_setup pushes an entry frame calling [fn] with [nargs] arguments. */
void vm_call_setup(G *g, const Proto *fn, Closure *cl, const Value *args, int nargs);

/* ---- panics (panic.c) ---- */
/* vm_runtime_error records a runtime-error panic on [g] (message without the prefix). */
void vm_runtime_error(G *g, const char *fmt, ...) PRINTF_LIKE(2, 3);
/* vm_start_goexit starts runtime.Goexit on [g]: a panic that only deferred calls see. */
void vm_start_goexit(G *g);
/* vm_plain_error records a runtime.Error panic without the "runtime error: " prefix. */
void vm_plain_error(G *g, const char *msg);
/* vm_type_assert_error records the panic of a failed type assertion. */
void vm_type_assert_error(G *g, const TypeDesc *iface, const TypeDesc *have,
                          const TypeDesc *want, const char *missing);
/* vm_print_panic prints an unrecovered panic chain and [g]'s stack, Go's way. */
void vm_print_panic(G *g);
/* vm_traceback prints the frames of [g] to [out]. */
void vm_traceback(G *g, FILE *out);
/* vm_traceback_text appends to [out] what vm_traceback prints, less the [skip] innermost
 * frames (runtime.Stack). */
void vm_traceback_text(G *g, uint32_t skip, StrBuf *out);
/* vm_abs_path returns [file] as tracebacks print it: absolute when realpath resolves it
 * (into [buf], PATH_MAX bytes), else as given. */
const char *vm_abs_path(const char *file, char *buf);
/* vm_throw ends the program as Go's runtime.throw does: "fatal error: <msg>", a blank line,
 * [g]'s traceback, then every other goroutine's, exit status 2. Unrecoverable: no deferred
 * calls run. Called by a running goroutine. */
NORETURN void vm_throw(G *g, const char *fmt, ...) PRINTF_LIKE(2, 3);
/* vm_value_text renders a panic value as printpanicval does (no method calls). */
void vm_panic_value_text(G *g, Box *v, StrBuf *out);

/* ---- objects (object.c) ---- */
void vm_copy_value(const TypeDesc *t, void *dst, const void *src);
StrObj *vm_concat(G *g, const StrObj *a, const StrObj *b);
StrObj *vm_concatn(G *g, const Value *parts, int n);
int vm_strcmp(const StrObj *a, const StrObj *b);
bool vm_streq(const StrObj *a, const StrObj *b);
SliceObj *vm_append(G *g, const TypeDesc *elem, SliceObj *s, const Value *vals, int n);
SliceObj *vm_append_slice(G *g, const TypeDesc *elem, SliceObj *s, const void *data,
                          int64_t n);
StrObj *vm_rune_to_string(G *g, int64_t r);
/* utf8 decoding: returns the rune and sets *width (invalid: U+FFFD, width 1) */
int32_t vm_decode_rune(const uint8_t *p, int64_t n, int *width);
int vm_encode_rune(uint8_t *buf, int32_t r);
const GcLayout *vm_layout(const TypeDesc *t);
uint64_t vm_hash_mem(const TypeDesc *t, const void *mem, uint64_t seed,
                     const TypeDesc **unhashable);

/* ---- maps (map.c) ---- */
MapObj *map_new(G *g, const TypeDesc *maptype, int64_t hint);
/* map_lookup returns a pointer to the value for the key at [key] (memory layout), or NULL.
 * Sets *[bad] to an unhashable dynamic type instead of panicking. */
void *map_lookup(MapObj *m, const void *key, const TypeDesc **bad);
/* map_assign returns a pointer to the value slot for [key], inserting a zero value. */
void *map_assign(G *g, MapObj *m, const void *key, const TypeDesc **bad);
void map_delete(MapObj *m, const void *key, const TypeDesc **bad);
void map_clear(MapObj *m);
typedef struct MapIter MapIter;
MapIter *map_iter_new(G *g, MapObj *m);
/* map_iter_next advances; returns false at the end; sets key and value pointers. */
bool map_iter_next(MapIter *it, void **key, void **val);
/* map_iter_type returns the map type of the iterator's map. */
const TypeDesc *map_iter_type(MapIter *it);

/* ---- channels (chan.c) ---- */
/* Results of channel operations: done, parked (the run loop must stop: the G resumes after
 * the instruction, finishing through chan_resume), or a panic was recorded. */
enum { CHAN_DONE, CHAN_PARKED, CHAN_PANIC };
/* chan_make makes a channel of type [chantype] with a buffer of [size] elements. */
ChanObj *chan_make(G *g, const TypeDesc *chantype, int64_t size);
int chan_send(G *g, ChanObj *c, Value v);
/* chan_recv receives into *[dst] and, for the comma-ok form, *[ok]. */
int chan_recv(G *g, ChanObj *c, Value *dst, Value *ok);
int chan_close(G *g, ChanObj *c);
/* chan_select runs a select over [ncases] cases laid out as the SELECT instruction says
 * ([cases]: channel and value registers per case); res[0] = chosen case or -1, res[1] = ok. */
int chan_select(G *g, int ncases, uint64_t sendmask, bool has_default, Value *cases,
                Value *res);
/* chan_offer delivers [v] on [c] if that needs no waiting (a receiver waits, or there is
 * room in the buffer), from a timer running on [p]; false when [v] was dropped. */
bool chan_offer(Vm *vm, P *p, ChanObj *c, Value v);
/* chan_drain empties [c]'s buffer (a stopped or reset timer leaves no stale value); true if
 * there was something. */
bool chan_drain(ChanObj *c);
/* sudog_next returns the next sudog of a goroutine's list (G.waiting). */
Sudog *sudog_next(Sudog *s);
/* g_free_records frees [g]'s deferred-call and panic records (proc.c). */
void g_free_records(G *g);
/* sudog_cache_free frees the spare sudogs of [g] (g_destroy). */
void sudog_cache_free(G *g);
/* chan_resume finishes the operation a parked G was woken from (its wait_kind). */
int chan_resume(G *g);
int64_t chan_len(const ChanObj *c);
const TypeDesc *chan_elem(const ChanObj *c);
int64_t chan_cap(const ChanObj *c);

/* ---- printing builtins (print.c) ---- */
/* vm_print_value prints one operand of print/println; returns NATIVE_OK, or NATIVE_NO_P when
 * the goroutine came back from the write without a P (the interpreter then stops it). */
int vm_print_value(G *g, int kind, Value v, int flags);

/* ---- disassembler (disasm.c) ---- */
void vm_disasm(const Module *m, FILE *out);

#endif
