/*
 * debug.c (stdlib) — the natives of package runtime/debug: the collector's knobs, which the
 * heap keeps (runtime/mgc.c: GOGC and GOMEMLIMIT, set from the environment at start).
 */
#include "stdlib/internal.h"

/* SetGCPercent(percent int) int */
static int debug_set_gc_percent(G *g, Value *args)
{
    args[0].i = heap_set_gc_percent(gale_heap(g), args[0].i);
    return NATIVE_OK;
}

/* SetMemoryLimit(limit int64) int64 */
static int debug_set_memory_limit(G *g, Value *args)
{
    args[0].i = heap_set_memory_limit(gale_heap(g), args[0].i);
    return NATIVE_OK;
}

/* freeOSMemory(): after runtime.GC, every free page goes back to the OS. */
static int debug_free_os_memory(G *g, Value *args)
{
    (void)args;
    heap_release_free(gale_heap(g));
    return NATIVE_OK;
}

const NativeDesc debug_natives[] = {
    {"runtime/debug.SetGCPercent", debug_set_gc_percent},
    {"runtime/debug.SetMemoryLimit", debug_set_memory_limit},
    {"runtime/debug.freeOSMemory", debug_free_os_memory},
    {NULL, NULL},
};
