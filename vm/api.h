/*
 * api.h — what native functions (stdlib/) may use of the VM: values, allocation of strings,
 * slices, boxes and maps, panics, and type descriptors. Natives see registers (Value) laid out
 * as value.h says and must keep every heap pointer where the collector can see it: in the
 * argument/result registers they were given, or in objects reachable from them.
 *
 * A native is `int fn(G *g, Value *args)`: arguments in args[0..], results written to
 * args[0..] (they overlap), return NATIVE_OK (0), or the result of gale_panic_* to raise a
 * panic, of gale_exit, or NATIVE_PARK after parking the goroutine (its results are written
 * by whoever wakes it), or NATIVE_YIELD to let other goroutines run first, or what
 * gale_exitsyscall returned.
 * Natives never call back into Gale code; a package that needs to (sort.Slice's less,
 * fmt's String methods) does that part in Gale source.
 */
#ifndef GALE_VM_API_H
#define GALE_VM_API_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "base/base.h"
#include "base/strbuf.h"
#include "runtime/runtime.h"
#include "vm/chunk.h"
#include "vm/value.h"

typedef struct G G;

/* What a native returns. */
enum {
    NATIVE_OK = 0,
    NATIVE_PANIC = 1,
    NATIVE_PARK = 2,
    NATIVE_YIELD = 3,
    NATIVE_EXIT = 4,
    NATIVE_NO_P = 5, /* from gale_exitsyscall only */
};
typedef struct Vm Vm;
typedef struct MapObj MapObj;
typedef struct ChanObj ChanObj;

/* NativeDesc names a native for linking: "strings.Index", "strings.(*Builder).WriteString". */
typedef struct NativeDesc {
    const char *name;
    NativeFn fn;
} NativeDesc;

/* ---- Allocation ---- */
/* gale_new allocates a zeroed value of type [t]. */
void *gale_new(G *g, const TypeDesc *t);
/* gale_new_array allocates [n] zeroed elements of type [elem]. */
void *gale_new_array(G *g, const TypeDesc *elem, int64_t n);
/* gale_alloc_bytes allocates [n] bytes without pointers. */
void *gale_alloc_bytes(G *g, size_t n);
/* gale_string copies [n] bytes into a new string; NULL for n == 0 (the empty string). */
StrObj *gale_string(G *g, const void *s, size_t n);
StrObj *gale_cstring(G *g, const char *s);
/* gale_string_alloc makes a string of [n] bytes to be filled through *[data] before use. */
StrObj *gale_string_alloc(G *g, size_t n, uint8_t **data);
/* gale_slice makes a slice of [len] elements with capacity [cap]. */
SliceObj *gale_slice(G *g, const TypeDesc *elem, int64_t len, int64_t cap);
/* gale_slice_view makes a slice header over existing memory [data] (inside a heap object). */
SliceObj *gale_slice_view(G *g, void *data, int64_t len, int64_t cap);
/* gale_box boxes the value of type [t] stored in memory at [mem] (memory layout). */
Box *gale_box(G *g, const TypeDesc *t, const void *mem);
/* gale_box_value boxes a register value of type [t]. */
Box *gale_box_value(G *g, const TypeDesc *t, Value v);

/* ---- Values ---- */
static inline const uint8_t *str_data(const StrObj *s)
{
    return s ? s->data : (const uint8_t *)"";
}
static inline int64_t str_len(const StrObj *s)
{
    return s ? s->len : 0;
}
static inline int64_t slice_len(const SliceObj *s)
{
    return s ? s->len : 0;
}
/* value_load reads a value of type [t] from memory [mem] into register form. */
Value value_load(const TypeDesc *t, const void *mem);
/* kind_is_int / kind_is_uint: the signed (int..int64) and unsigned (uint..uintptr) integer
 * kinds, whose values value_load gives in .i and .u. */
static inline bool kind_is_int(int k)
{
    return k >= TK_INT && k <= TK_INT64;
}
static inline bool kind_is_uint(int k)
{
    return k >= TK_UINT && k <= TK_UINTPTR;
}
/* mem_load_ptr reads the pointer stored at [m], whatever its alignment. */
static inline void *mem_load_ptr(const void *m)
{
    void *p;
    __builtin_memcpy(&p, m, sizeof p);
    return p;
}
/* value_store writes register value [v] of type [t] to memory [mem] (aggregates: copies the
 * storage [v] points to). */
void value_store(const TypeDesc *t, void *mem, Value v);
/* value_equal compares two values of type [t] in memory; sets *[uncomparable] to the
 * offending dynamic type when an interface holds an uncomparable value. */
bool value_equal_mem(const TypeDesc *t, const void *a, const void *b,
                     const TypeDesc **uncomparable);
/* gale_box_data returns the address of the value inside a box. */
static inline void *box_data(Box *b)
{
    return b->data;
}

/* ---- Maps ---- */
int64_t gale_map_len(MapObj *m);
/* gale_map_entries returns the number of entries and fills [keys]/[vals] (arrays of
 * pointers to the entries' memory) in iteration order; callers sort as they need. The
 * arrays are owned by the caller (xmalloc'd) and valid until the map changes. */
int64_t gale_map_entries(MapObj *m, void ***keys, void ***vals);
const TypeDesc *gale_map_type(MapObj *m);
/* gale_map_new makes an empty map of type [maptype] with room for [hint] entries. */
MapObj *gale_map_new(G *g, const TypeDesc *maptype, int64_t hint);
/* gale_map_assign returns the value slot for the key at [key] (memory layout) in [m],
 * inserting a zero value if absent; the slot is valid until the map next changes. The key
 * type must not be an interface holding an uncomparable value. */
void *gale_map_assign(G *g, MapObj *m, const void *key);

/* ---- Panics ---- */
/* gale_panic_str raises panic(string) with message [msg]; returns the value to return. */
int gale_panic_str(G *g, const char *msg);
/* gale_panic_runtime raises a "runtime error: ..." panic (a runtime.Error). */
int gale_panic_runtime(G *g, const char *fmt, ...) PRINTF_LIKE(2, 3);
/* gale_panic_value raises panic(v) with an interface value. */
int gale_panic_value(G *g, Box *v);

/* ---- The VM ---- */
Vm *gale_vm(G *g);
/* gale_types returns the well-known types of the running module. */
const ModuleTypes *gale_types(G *g);
/* gale_args returns os.Args as a []string value (built once). */
SliceObj *gale_args(G *g);
/* gale_exit ends the program with [code] (os.Exit): runs no deferred calls, stops every
 * goroutine; the native returns its result. */
int gale_exit(G *g, int code);
/* gale_write writes to a file descriptor from a goroutine (stdout/stderr order preserved);
 * returns bytes written or -errno. */
int64_t gale_write(G *g, int fd, const void *buf, size_t n);
/* gale_set_quiet turns the program's output off or on (the REPL's replay of earlier
 * inputs runs quiet). */
void gale_set_quiet(G *g, bool quiet);
/* gale_pkg_state returns this VM's C state for the package whose [key] is the address of
 * one of its constants, made by [create]() on the first call and freed by [destroy] when
 * the VM is freed: for C memory a package cannot tie to a Gale object, the collector having
 * no finalizers (regexp's compiled programs). Thread-safe; the state must lock itself. */
void *gale_pkg_state(G *g, const void *key, void *(*create)(void), void (*destroy)(void *));
/* gale_type_by_name finds a type of the module by its %T string ("*errors.errorString"). */
const TypeDesc *gale_type_by_name(G *g, const char *str);
/* gale_implements reports whether dynamic type [t] has every method of interface type
 * [iface] (the check of type assertions and type switches). */
bool gale_implements(const TypeDesc *t, const TypeDesc *iface);

/* ---- Goroutines (the natives of runtime, sync and time) ---- */
int64_t gale_num_goroutine(G *g);
/* gale_gomaxprocs sets GOMAXPROCS to [n] (n < 1: unchanged) and returns the previous value.
 * The caller must not race with another call (runtime.GOMAXPROCS serializes them). */
int gale_gomaxprocs(G *g, int n);
/* gale_gc runs a forced collection from inside a native call, then finishes sweeping;
 * false when another stop-the-world was under way (yield, then try again). */
bool gale_gc(G *g);
/* gale_read_mem_stats fills [st] with the world stopped (runtime.ReadMemStats), the
 * goroutine stacks included; false when another stop-the-world was under way. */
bool gale_read_mem_stats(G *g, GcMemStats *st, uint64_t *stack_inuse);
/* gale_heap returns the VM's heap (the collector's knobs: runtime/debug). */
Heap *gale_heap(G *g);
int gale_num_cpu(void);
/* gale_park prepares the calling goroutine to wait for [reason] (Go's wait reasons:
 * "sync.Mutex.Lock", "sleep"...); the native then returns NATIVE_PARK, and unlockf(arg) runs
 * once the goroutine is stopped, so that a waker holding that lock finds it stopped. */
void gale_park(G *g, const char *reason, void (*unlockf)(void *), void *arg);
/* gale_ready makes the parked goroutine [other] runnable, from the running goroutine [g]. */
void gale_ready(G *g, G *other);
/* gale_sema_acquire takes one from the semaphore at [addr], or parks the goroutine until a
 * release hands it one (queued last, or first with [lifo]: a waiter that waited before).
 * Returns NATIVE_OK or NATIVE_PARK (return that from the native). */
int gale_sema_acquire(G *g, uint32_t *addr, const char *reason, bool lifo);
/* gale_can_spin reports whether a goroutine waiting for a lock should spin an [iter]th time
 * rather than park: more than one CPU, some other P running, nothing queued on this one. */
bool gale_can_spin(G *g, int iter);
/* gale_sema_release adds one to the semaphore at [addr], handing it to a waiter if any. */
void gale_sema_release(G *g, uint32_t *addr);
/* gale_lock_os_thread and gale_unlock_os_thread are runtime.LockOSThread/UnlockOSThread. */
void gale_lock_os_thread(G *g);
void gale_unlock_os_thread(G *g);
/* gale_goexit starts runtime.Goexit: return its result from the native. */
int gale_goexit(G *g);
/* gale_entersyscall and gale_exitsyscall bracket a system call that may block (read(2) on a
 * terminal or pipe) or a long computation in C, so that the goroutines behind this one keep
 * running (runtime/sched.h: sched_entersyscall). In between, the native must not touch the
 * VM: no allocation, no gale_* call, no Gale object that another goroutine may change (copy
 * out what it needs first). gale_exitsyscall returns NATIVE_OK, or NATIVE_NO_P: then every
 * result must already be written and the native returns NATIVE_NO_P; the goroutine goes on
 * after the call once a P is free. */
void gale_entersyscall(G *g);
int gale_exitsyscall(G *g);
/* ---- Time ---- */
/* gale_sleep parks the goroutine for [ns] nanoseconds: returns NATIVE_PARK (or NATIVE_OK
 * for ns <= 0). */
int gale_sleep(G *g, int64_t ns);
/* gale_now returns the wall clock (*sec since January 1, year 1, UTC, and *nsec) and the
 * monotonic clock (nanoseconds). */
void gale_now(int64_t *sec, int64_t *nsec, int64_t *mono);
/* gale_timer_start arms a timer firing in [d] nanoseconds, then every [period] if that is
 * positive: it sends the time, in the location [loc] (a *time.Location, kept alive by the
 * timer), on [c] when non-NULL (dropping it when [c] is full), and starts a goroutine
 * calling [f] when non-NULL. Returns its handle. */
int64_t gale_timer_start(G *g, ChanObj *c, Closure *f, void *loc, int64_t d, int64_t period);
/* gale_timer_stop disarms timer [h]; true if it was armed. Its channel is emptied. */
bool gale_timer_stop(G *g, int64_t h);
/* gale_timer_reset re-arms [h] as gale_timer_start would; true if it was armed. */
bool gale_timer_reset(G *g, int64_t h, int64_t d, int64_t period);

/* ---- Stacks (runtime.Caller, Callers, FuncForPC, Stack: vm/stack.c) ---- */
/* GalePcInfo describes the function holding a pc: borrowed name and file (the file
 * absolute as tracebacks print it, possibly in [path]), the line, the entry pc. */
typedef struct GalePcInfo {
    const char *name;
    const char *file;
    int line;
    uintptr_t entry;
    char path[4096];
} GalePcInfo;
/* gale_callers stores in [pcs] the return pcs of up to [n] frames of [g]'s stack, innermost
 * first, after skipping [skip] frames (0: the Gale function that called the native).
 * Returns how many it stored. */
int64_t gale_callers(G *g, int64_t skip, uintptr_t *pcs, int64_t n);
/* gale_pc_info fills [info] for [pc] (a return pc, or one less); false if no function
 * holds it. */
bool gale_pc_info(G *g, uintptr_t pc, GalePcInfo *info);
/* gale_caller is runtime.Caller: the pc and place of the frame [skip] frames above the
 * native's caller; false when the stack is not that deep. */
bool gale_caller(G *g, int64_t skip, uintptr_t *pc, GalePcInfo *info);
/* gale_stack appends to [out] the traceback of [g] less its [skip] innermost frames, and
 * with [all] those of the other goroutines (the world stopped); false when another
 * stop-the-world was under way (yield, then try again). */
bool gale_stack(G *g, int64_t skip, bool all, StrBuf *out);

/* gale_fatal ends the program as Go's runtime.fatal does ("fatal error: <msg>", the
 * goroutine's stack, exit status 2): for misuse such as unlocking an unlocked mutex. */
NORETURN void gale_fatal(G *g, const char *msg);

#endif
