/*
 * runtime.c (stdlib) — natives of the runtime package. The package's types (run-time errors)
 * are Gale code in runtime.go; the VM builds their values itself.
 */
#include "stdlib/runtime/runtime.h"

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

const NativeDesc runtime_natives[] = {
    {"runtime.Goexit", runtime_goexit},
    {"runtime.LockOSThread", runtime_lock_os_thread},
    {"runtime.UnlockOSThread", runtime_unlock_os_thread},
    {"runtime.GaleReplBoundary", runtime_repl_boundary},
    {"runtime.Gosched", runtime_gosched},
    {"runtime.NumGoroutine", runtime_num_goroutine},
    {"runtime.NumCPU", runtime_num_cpu},
    {"runtime.gomaxprocs", runtime_gomaxprocs},
    {NULL, NULL},
};
