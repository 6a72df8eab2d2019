/*
 * runtime.c (stdlib) — natives of the runtime package. The package's types (run-time errors)
 * are Gale code in runtime.go; the VM builds their values itself.
 */
#include "stdlib/runtime/runtime.h"

#include "stdlib/internal.h"

#include <stdlib.h>
#include <string.h>

/* GaleReplBoundary: the REPL replays earlier inputs with output off; this turns it on. */
static int runtime_repl_boundary(G *g, Value *args)
{
    (void)args;
    gale_set_quiet(g, false);
    return NATIVE_OK;
}

/* Gosched yields the processor: the goroutine goes to the global run queue. */
static int runtime_gosched(G *g, Value *args)
{
    (void)g, (void)args;
    return NATIVE_YIELD;
}

static int runtime_num_goroutine(G *g, Value *args)
{
    args[0].i = gale_num_goroutine(g);
    return NATIVE_OK;
}

static int runtime_num_cpu(G *g, Value *args)
{
    (void)g;
    args[0].i = gale_num_cpu();
    return NATIVE_OK;
}

/* gomaxprocs(n) sets the number of Ps; GOMAXPROCS (runtime.go) serializes the calls. */
static int runtime_gomaxprocs(G *g, Value *args)
{
    int64_t n = args[0].i;
    args[0].i = gale_gomaxprocs(g, n > 1 << 20 ? 1 << 20 : (int)n);
    return NATIVE_OK;
}

/* gcCollect() bool: a forced collection from inside this call; false when another
 * stop-the-world was under way. */
static int runtime_gc_collect(G *g, Value *args)
{
    args[0].i = gale_gc(g);
    return NATIVE_OK;
}

/* The layout of runtime.MemStats (runtime.go), Go's field order. */
typedef struct MemStatsMem {
    uint64_t alloc, total_alloc, sys, lookups, mallocs, frees;
    uint64_t heap_alloc, heap_sys, heap_idle, heap_inuse, heap_released, heap_objects;
    uint64_t stack_inuse, stack_sys, mspan_inuse, mspan_sys, mcache_inuse, mcache_sys;
    uint64_t buck_hash_sys, gc_sys, other_sys, next_gc, last_gc, pause_total_ns;
    uint64_t pause_ns[256], pause_end[256];
    uint32_t num_gc, num_forced_gc;
    double gc_cpu_fraction;
    bool enable_gc, debug_gc;
} MemStatsMem;

/* readMemStats(m *MemStats) bool */
static int runtime_read_mem_stats(G *g, Value *args)
{
    MemStatsMem *m = args[0].p;
    GcMemStats st;
    uint64_t stacks;
    if (!gale_read_mem_stats(g, &st, &stacks)) {
        args[0].i = 0;
        return NATIVE_OK;
    }
    m->alloc = st.alloc;
    m->total_alloc = st.total_alloc;
    m->mallocs = st.mallocs;
    m->frees = st.frees;
    m->heap_alloc = st.heap_alloc;
    m->heap_sys = st.heap_sys;
    m->heap_idle = st.heap_idle;
    m->heap_inuse = st.heap_inuse;
    m->heap_released = st.heap_released;
    m->heap_objects = st.heap_objects;
    m->stack_inuse = m->stack_sys = stacks;
    m->gc_sys = st.other_sys;
    m->sys = st.sys + stacks;
    m->next_gc = st.next_gc;
    m->last_gc = st.last_gc;
    m->pause_total_ns = st.pause_total_ns;
    memcpy(m->pause_ns, st.pause_ns, sizeof(m->pause_ns));
    memcpy(m->pause_end, st.pause_end, sizeof(m->pause_end));
    m->num_gc = (uint32_t)st.num_gc;
    m->num_forced_gc = (uint32_t)st.num_forced_gc;
    m->gc_cpu_fraction = st.gc_cpu_fraction;
    m->enable_gc = true;
    args[0].i = 1;
    return NATIVE_OK;
}

/* Goexit runs the deferred calls and ends the goroutine (vm: a panic recover cannot see). */
static int runtime_goexit(G *g, Value *args)
{
    (void)args;
    return gale_goexit(g);
}

static int runtime_lock_os_thread(G *g, Value *args)
{
    (void)args;
    gale_lock_os_thread(g);
    return NATIVE_OK;
}

static int runtime_unlock_os_thread(G *g, Value *args)
{
    (void)args;
    gale_unlock_os_thread(g);
    return NATIVE_OK;
}

/* Caller(skip int) (pc uintptr, file string, line int, ok bool): a native, so skip 0 is
 * the function that called Caller, as in Go. */
static int runtime_caller(G *g, Value *args)
{
    GalePcInfo info;
    uintptr_t pc = 0;
    if (!gale_caller(g, args[0].i, &pc, &info)) {
        args[0].i = 0;
        args[1].p = NULL;
        args[2].i = 0;
        args[3] = native_bool(false);
        return NATIVE_OK;
    }
    args[0].i = (int64_t)pc;
    args[2].i = info.line;
    args[3] = native_bool(true);
    args[1].p = gale_cstring(g, info.file);
    return NATIVE_OK;
}

/* callers(skip int, pc []uintptr) int: skip 0 is runtime.Callers's own frame. */
static int runtime_callers(G *g, Value *args)
{
    SliceObj *pcs = args[1].p;
    int64_t n = slice_len(pcs);
    args[0].i = n > 0 ? gale_callers(g, args[0].i, (uintptr_t *)pcs->data, n) : 0;
    return NATIVE_OK;
}

/* funcInfo(pc uintptr) (name, file string, line int, entry uintptr, ok bool) */
static int runtime_func_info(G *g, Value *args)
{
    GalePcInfo info;
    if (!gale_pc_info(g, (uintptr_t)args[0].i, &info)) {
        args[0].p = args[1].p = NULL;
        args[2].i = args[3].i = 0;
        args[4] = native_bool(false);
        return NATIVE_OK;
    }
    args[2].i = info.line;
    args[3].i = (int64_t)info.entry;
    args[4] = native_bool(true);
    args[0].p = NULL;
    args[1].p = NULL;
    args[0].p = gale_cstring(g, info.name);
    args[1].p = gale_cstring(g, info.file);
    return NATIVE_OK;
}

/* stack(buf []byte, all bool) int: the traceback from the caller of runtime.Stack (skipping
 * its Gale frame), truncated to buf; -1 when another stop-the-world was under way. */
static int runtime_stack(G *g, Value *args)
{
    SliceObj *buf = args[0].p;
    bool all = args[1].i != 0;
    StrBuf text = {0};
    if (!gale_stack(g, 1, all, &text)) {
        args[0].i = -1;
        return NATIVE_OK;
    }
    size_t n = text.len;
    size_t cap = (size_t)slice_len(buf);
    if (n > cap)
        n = cap;
    if (n > 0)
        memcpy(buf->data, text.data, n);
    strbuf_free(&text);
    args[0].i = (int64_t)n;
    return NATIVE_OK;
}

const NativeDesc runtime_natives[] = {
    {"runtime.Caller", runtime_caller},
    {"runtime.callers", runtime_callers},
    {"runtime.funcInfo", runtime_func_info},
    {"runtime.stack", runtime_stack},
    {"runtime.Goexit", runtime_goexit},
    {"runtime.LockOSThread", runtime_lock_os_thread},
    {"runtime.UnlockOSThread", runtime_unlock_os_thread},
    {"runtime.GaleReplBoundary", runtime_repl_boundary},
    {"runtime.Gosched", runtime_gosched},
    {"runtime.NumGoroutine", runtime_num_goroutine},
    {"runtime.NumCPU", runtime_num_cpu},
    {"runtime.gomaxprocs", runtime_gomaxprocs},
    {"runtime.gcCollect", runtime_gc_collect},
    {"runtime.readMemStats", runtime_read_mem_stats},
    {NULL, NULL},
};
