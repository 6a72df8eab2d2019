/*
 * stack.c — a goroutine's stack as the runtime package shows it: runtime.Caller and
 * Callers (program counters of the calling goroutine's frames), FuncForPC and
 * CallersFrames (from a pc back to a function, file and line), and runtime.Stack (the
 * traceback text of one or every goroutine).
 *
 * A pc is the address of an instruction word in a function's code (Proto.code): a frame's
 * pc is its saved return address, the word after the call, as Go's return pcs. Looking a
 * pc up takes the word before it (the call), as Go does for return addresses, and finds
 * the function by scanning the module's functions (their code arrays never move). Wrapper
 * and native functions have no frames of their own to show and are skipped, as Go elides
 * its wrappers. Tracebacks come from panic.c (vm_traceback_text), so the text is the one
 * of crashes; Stack with all stops the world as runtime.ReadMemStats does.
 */
#include "vm/vm.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>

static bool shown(const Proto *p)
{
    return p && p->code && p->ncode > 0 && !(p->flags & (PROTO_WRAPPER | PROTO_NATIVE));
}

int64_t gale_callers(G *g, int64_t skip, uintptr_t *pcs, int64_t n)
{
    int64_t k = 0;
    for (int64_t fi = (int64_t)g->nframes - 1; fi >= 0 && k < n; fi--) {
        const Frame *f = &g->frames[fi];
        if (!shown(f->proto))
            continue;
        if (skip > 0) {
            skip--;
            continue;
        }
        pcs[k++] = (uintptr_t)f->pc;
    }
    return k;
}

/* find_proto returns the function whose code holds the word before [pc] (or starts at pc). */
static const Proto *find_proto(const Module *m, uintptr_t pc)
{
    const Proto *at_entry = NULL;
    for (int32_t i = 0; i < m->nprotos; i++) {
        const Proto *p = m->protos[i];
        if (!shown(p))
            continue;
        uintptr_t lo = (uintptr_t)p->code, hi = (uintptr_t)(p->code + p->ncode);
        if (pc > lo && pc <= hi)
            return p;
        if (pc == lo)
            at_entry = p;
    }
    return at_entry;
}

bool gale_pc_info(G *g, uintptr_t pc, GalePcInfo *info)
{
    const Proto *p = find_proto(g->vm->module, pc);
    if (!p)
        return false;
    uintptr_t lo = (uintptr_t)p->code;
    int64_t idx = pc > lo ? (int64_t)((pc - 1 - lo) / sizeof(Instr)) : 0;
    info->name = p->name;
    info->file = vm_abs_path(p->file, info->path);
    info->line = p->lines ? p->lines[idx] : p->line;
    info->entry = lo;
    return true;
}

bool gale_caller(G *g, int64_t skip, uintptr_t *pc, GalePcInfo *info)
{
    uintptr_t pcs[1];
    if (skip < 0 || gale_callers(g, skip, pcs, 1) != 1)
        return false;
    *pc = pcs[0];
    return gale_pc_info(g, pcs[0], info);
}

typedef struct OthersCtx {
    G *self;
    StrBuf *out;
} OthersCtx;

static void other_traceback(void *ctx, Goroutine *rg)
{
    OthersCtx *o = ctx;
    G *other = (G *)rg;
    if (other == o->self)
        return;
    strbuf_putc(o->out, '\n');
    vm_traceback_text(other, 0, o->out);
}

bool gale_stack(G *g, int64_t skip, bool all, StrBuf *out)
{
    Vm *vm = g->vm;
    if (all && !sched_stop_world(vm->sched, g->p))
        return false;
    vm_traceback_text(g, skip > 0 ? (uint32_t)skip : 0, out);
    if (all) {
        OthersCtx o = {g, out};
        sched_for_each_g(vm->sched, other_traceback, &o);
        sched_start_world(vm->sched, g->p);
    }
    return true;
}
