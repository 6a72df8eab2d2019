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
    return 0;
}

const NativeDesc runtime_natives[] = {
    {"runtime.GaleReplBoundary", runtime_repl_boundary},
    {NULL, NULL},
};
