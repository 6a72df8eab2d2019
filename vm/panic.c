/*
 * panic.c — panic values and Go's crash output: runtime errors as runtime.Error values, type
 * assertion errors, the printing of an unrecovered panic chain and of a goroutine's stack.
 *
 * The interpreter (interp.c) owns the control flow of panics; this file makes their values
 * and their text. Values are built from the types of the always-loaded runtime package
 * (stdlib/runtime/runtime.go, Module.well_known), so recover() returns values that behave as
 * Go's: r.(runtime.Error) holds, r.(error).Error() gives the message, %T names them.
 *
 * Output format (runtime-reference.md §11): "panic: <value>[ [recovered]]", older panics
 * first and later ones tab-indented; a "[signal SIGSEGV ...]" line while a nil dereference's
 * panic is not over (G.sigsegv, Go's g.sig); a blank line; "goroutine N [running]:"; then
 * one "pkg.func(...)" / "\tfile:line +0xoff" pair per frame, innermost first. Exit status 2.
 * Every newline inside a value's text is followed by a tab, as Go's printindented does, so
 * that a multi-line value cannot be mistaken for traceback lines. An Error or String method
 * that panics while the crash output is prepared ends the program with Go's fatal error
 * "panic while printing panic value: ..." instead (vm_throw_printing).
 */
#include "vm/vm.h"

#include <limits.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

const MethodDesc *vm_find_method_by_name(const TypeDesc *t, const char *name);
Value vm_unbox_receiver(const Box *b);

void vm_start_panic(G *g, Box *v);
void vm_start_panic(G *g, Box *v)
{
    const ModuleTypes *wk = &g->vm->module->well_known;
    if (!v && wk->rt_panic_nil) {
        /* panic(nil) panics with *runtime.PanicNilError since Go 1.21 */
        void *obj = gale_new(g, wk->rt_panic_nil->elem);
        Value pv;
        pv.p = obj;
        v = gale_box_value(g, wk->rt_panic_nil, pv);
    }
    Panic *p = xcalloc(1, sizeof(Panic));
    p->frame = g->nframes ? (uint32_t)g->nframes - 1 : 0;
    p->value = v;
    p->link = g->panic;
    if (g->panic)
        g->panic->aborted = true;
    g->panic = p;
}

static Box *string_error(G *g, const TypeDesc *t, const char *msg)
{
    Value v;
    v.p = gale_cstring(g, msg);
    if (!t)
        t = g->vm->module->well_known.string_type;
    return gale_box_value(g, t, v);
}

void vm_runtime_error(G *g, const char *fmt, ...)
{
    char buf[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    const TypeDesc *t = g->vm->module->well_known.rt_error;
    /* Go's own type for bounds errors (%T and "panic while printing" name it) */
    if (g->vm->module->well_known.rt_bounds_error &&
        (strncmp(buf, "index out of range", 18) == 0 ||
         strncmp(buf, "slice bounds out of range", 25) == 0 ||
         strncmp(buf, "cannot convert slice with length", 32) == 0))
        t = g->vm->module->well_known.rt_bounds_error;
    Box *v;
    if (t) {
        v = string_error(g, t, buf);
    } else {
        char full[600];
        snprintf(full, sizeof full, "runtime error: %s", buf);
        v = string_error(g, NULL, full);
    }
    vm_start_panic(g, v);
    /* Go raises these from a SIGSEGV; the signal stays on the G until a recovery ends every
     * panic, so a panic started by a deferred call still prints it */
    if (strcmp(buf, "invalid memory address or nil pointer dereference") == 0)
        g->sigsegv = true;
}

void vm_start_goexit(G *g)
{
    Panic *p = xcalloc(1, sizeof(Panic));
    p->frame = g->nframes ? (uint32_t)g->nframes - 1 : 0;
    p->goexit = true;
    p->link = g->panic;
    if (g->panic)
        g->panic->aborted = true; /* Goexit in a deferred call ends a panic too */
    g->panic = p;
}

int gale_goexit(G *g)
{
    vm_start_goexit(g);
    return NATIVE_PANIC;
}

void vm_plain_error(G *g, const char *msg)
{
    vm_start_panic(g, string_error(g, g->vm->module->well_known.rt_plain_error, msg));
}

void vm_type_assert_error(G *g, const TypeDesc *iface, const TypeDesc *have,
                          const TypeDesc *want, const char *missing)
{
    const TypeDesc *pt = g->vm->module->well_known.rt_type_assertion_error;
    if (!pt) {
        char buf[512];
        snprintf(buf, sizeof buf, "interface conversion: %s is %s, not %s",
                 iface ? iface->str : "interface", have ? have->str : "nil", want->str);
        vm_start_panic(g, string_error(g, NULL, buf));
        return;
    }
    const TypeDesc *st = pt->elem;
    uint8_t *obj = gale_new(g, st);
    const char *vals[4] = {iface ? iface->str : "interface", have ? have->str : "", want->str,
                           missing ? missing : ""};
    for (int i = 0; i < 4 && i < st->nfields; i++) {
        StrObj *s = gale_cstring(g, vals[i]);
        *(StrObj **)(obj + st->fields[i].offset) = s;
    }
    Value v;
    v.p = obj;
    vm_start_panic(g, gale_box_value(g, pt, v));
}

/* ---- Method calls before printing ---- */

/* vm_next_panic_print finds a panic in the chain whose value has an Error or String method
 * not yet called; returns the method and its receiver. */
bool vm_next_panic_print(G *g, const Proto **fn, Value *recv);
bool vm_next_panic_print(G *g, const Proto **fn, Value *recv)
{
    for (Panic *p = g->panic; p; p = p->link) {
        if (p->print_done || !p->value)
            continue;
        p->print_done = true;
        const TypeDesc *t = p->value->type;
        const MethodDesc *md = NULL;
        if (t->flags & TF_ERROR_TYPE)
            md = vm_find_method_by_name(t, "Error");
        if (!md && (t->flags & TF_STRINGER))
            md = vm_find_method_by_name(t, "String");
        if (!md || !md->fn)
            continue;
        g->printing = p;
        *fn = md->fn;
        *recv = vm_unbox_receiver(p->value);
        return true;
    }
    return false;
}

void vm_panic_printed(G *g, StrObj *s);
void vm_panic_printed(G *g, StrObj *s)
{
    if (g->printing) {
        g->printing->printed = s; /* NULL is the empty string */
        g->printing->print_done = true;
    }
    g->printing = NULL;
}

/* ---- Value text ---- */

/* put_indented appends [s] with a tab after each newline (Go's printindented). */
static void put_indented(StrBuf *b, const char *s, size_t n)
{
    const char *end = s + n;
    while (s < end) {
        const char *nl = memchr(s, '\n', (size_t)(end - s));
        if (!nl) {
            strbuf_append(b, s, (size_t)(end - s));
            return;
        }
        strbuf_append(b, s, (size_t)(nl + 1 - s));
        strbuf_putc(b, '\t');
        s = nl + 1;
    }
}

static void put_indented_str(StrBuf *b, const StrObj *s)
{
    if (s)
        put_indented(b, (const char *)str_data(s), (size_t)str_len(s));
}

static void put_float(StrBuf *b, double v)
{
    /* runtime.printfloat: +d.dddddde+ddd */
    if (v != v) {
        strbuf_puts(b, "NaN");
        return;
    }
    if (v + v == v && v > 0) {
        strbuf_puts(b, "+Inf");
        return;
    }
    if (v + v == v && v < 0) {
        strbuf_puts(b, "-Inf");
        return;
    }
    enum { N = 7 };
    char buf[N + 7];
    buf[0] = '+';
    int e = 0;
    if (v == 0) {
        if (1 / v < 0)
            buf[0] = '-';
    } else {
        if (v < 0) {
            v = -v;
            buf[0] = '-';
        }
        while (v >= 10) {
            e++;
            v /= 10;
        }
        while (v < 1) {
            e--;
            v *= 10;
        }
        double h = 5.0;
        for (int i = 0; i < N; i++)
            h /= 10;
        v += h;
        if (v >= 10) {
            e++;
            v /= 10;
        }
    }
    for (int i = 0; i < N; i++) {
        int s = (int)v;
        buf[i + 2] = (char)(s + '0');
        v -= s;
        v *= 10;
    }
    buf[1] = buf[2];
    buf[2] = '.';
    buf[N + 2] = 'e';
    buf[N + 3] = '+';
    if (e < 0) {
        e = -e;
        buf[N + 3] = '-';
    }
    buf[N + 4] = (char)(e / 100 + '0');
    buf[N + 5] = (char)((e / 10) % 10 + '0');
    buf[N + 6] = (char)(e % 10 + '0');
    strbuf_append(b, buf, sizeof buf);
}

void vm_format_float_print(StrBuf *b, double v);
void vm_format_float_print(StrBuf *b, double v)
{
    put_float(b, v);
}

static void put_scalar(StrBuf *b, const TypeDesc *t, const void *data)
{
    Value v = value_load(t, data);
    switch (t->kind) {
    case TK_BOOL:
        strbuf_puts(b, v.u ? "true" : "false");
        break;
    case TK_INT:
    case TK_INT8:
    case TK_INT16:
    case TK_INT32:
    case TK_INT64:
        strbuf_printf(b, "%lld", (long long)v.i);
        break;
    case TK_UINT:
    case TK_UINT8:
    case TK_UINT16:
    case TK_UINT32:
    case TK_UINT64:
    case TK_UINTPTR:
        strbuf_printf(b, "%llu", (unsigned long long)v.u);
        break;
    case TK_FLOAT32:
    case TK_FLOAT64:
        put_float(b, v.f);
        break;
    case TK_STRING:
        put_indented_str(b, v.p);
        break;
    default:
        strbuf_printf(b, "%p", v.p);
        break;
    }
}

void vm_panic_value_text(G *g, Box *v, StrBuf *out)
{
    (void)g;
    if (!v) {
        strbuf_puts(out, "nil");
        return;
    }
    const TypeDesc *t = v->type;
    bool basic = t->kind <= TK_COMPLEX128 || t->kind == TK_STRING;
    if (basic && !(t->flags & TF_NAMED)) {
        put_scalar(out, t, v->data);
        return;
    }
    if (basic) {
        /* named basic types print as T(value), strings quoted */
        strbuf_printf(out, "%s(", t->str);
        if (t->kind == TK_STRING) {
            strbuf_putc(out, '"');
            put_scalar(out, t, v->data);
            strbuf_putc(out, '"');
        } else {
            put_scalar(out, t, v->data);
        }
        strbuf_putc(out, ')');
        return;
    }
    /* Go prints the interface's data word: the pointer itself for pointer-shaped kinds
     * ("0x0" when nil), else the address of the value */
    const void *addr = v->data;
    if (t->kind == TK_POINTER || t->kind == TK_MAP || t->kind == TK_CHAN ||
        t->kind == TK_FUNC || t->kind == TK_UNSAFEPOINTER)
        addr = value_load(t, v->data).p;
    strbuf_printf(out, "(%s) 0x%llx", t->str, (unsigned long long)(uintptr_t)addr);
}

/* ---- Printing ---- */

/* print_chain prints the panics oldest first, each after the first indented; Goexits are
 * not panics to the reader and are skipped. */
static void print_chain(G *g, Panic *p, StrBuf *out, bool *first)
{
    if (p->link)
        print_chain(g, p->link, out, first);
    if (p->goexit)
        return;
    if (!*first)
        strbuf_putc(out, '\t');
    *first = false;
    strbuf_puts(out, "panic: ");
    if (p->print_done && p->value &&
        (p->value->type->flags & (TF_ERROR_TYPE | TF_STRINGER))) {
        put_indented_str(out, p->printed);
    } else {
        vm_panic_value_text(g, p->value, out);
    }
    if (p->recovered)
        strbuf_puts(out, " [recovered]");
    strbuf_putc(out, '\n');
}

const char *vm_abs_path(const char *file, char *buf)
{
    if (!file || file[0] == '/' || file[0] == '<')
        return file ? file : "?";
    if (realpath(file, buf))
        return buf;
    return file;
}

/* status_word is what a traceback's header says of [g]: running, runnable, syscall, or why
 * it waits ("chan receive"), with Go's ", N minutes" after a minute and ", locked to
 * thread" when wired to its M. */
static void status_word(G *g, StrBuf *b)
{
    switch (atomic_load(&g->rt.status)) {
    case GS_WAITING: {
        const char *why = atomic_load_explicit(&g->rt.waitreason, memory_order_relaxed);
        strbuf_puts(b, why ? why : "waiting");
        int64_t minutes = (nanotime_coarse() - g->rt.waitsince) / 60000000000LL;
        if (minutes >= 1)
            strbuf_printf(b, ", %lld minutes", (long long)minutes);
        break;
    }
    case GS_RUNNABLE:
        strbuf_puts(b, "runnable");
        break;
    case GS_SYSCALL:
        strbuf_puts(b, "syscall");
        break;
    default:
        strbuf_puts(b, "running");
        break;
    }
    if (g->rt.lockedm)
        strbuf_puts(b, ", locked to thread");
}

static void frame_line(StrBuf *b, const Proto *p, int line, int64_t idx)
{
    char pathbuf[PATH_MAX];
    if (p->flags & PROTO_WRAPPER)
        strbuf_printf(b, "\t<autogenerated>:1 +0x%llx\n", (unsigned long long)idx * 4);
    else
        strbuf_printf(b, "\t%s:%d +0x%llx\n", vm_abs_path(p->file, pathbuf), line,
                      (unsigned long long)idx * 4);
}

void vm_traceback_text(G *g, uint32_t skip, StrBuf *out)
{
    StrBuf b = {0};
    strbuf_printf(&b, "goroutine %lld [", (long long)g->rt.goid);
    status_word(g, &b);
    strbuf_puts(&b, "]:\n");
    /* Go prints at most the 50 innermost and the 50 outermost frames */
    enum { TRACEBACK_EDGE = 50 };
    int nframes = g->nframes > skip ? (int)(g->nframes - skip) : 0;
    for (int fi = nframes - 1; fi >= 0; fi--) {
        if (nframes > 2 * TRACEBACK_EDGE && fi == nframes - 1 - TRACEBACK_EDGE) {
            strbuf_printf(&b, "...%d frames elided...\n", nframes - 2 * TRACEBACK_EDGE);
            fi = TRACEBACK_EDGE - 1;
        }
        Frame *f = &g->frames[fi];
        const Proto *p = f->proto;
        int64_t idx = f->pc ? (f->pc - p->code) - 1 : 0;
        if (idx < 0)
            idx = 0;
        if (idx >= p->ncode)
            idx = p->ncode - 1;
        int line = p->ncode > 0 && p->lines ? p->lines[idx] : p->line;
        strbuf_printf(&b, "%s(%s)\n", p->name, p->nparams ? "..." : "");
        frame_line(&b, p, line, idx);
    }
    if (g->creator) {
        strbuf_printf(&b, "created by %s in goroutine %lld\n", g->creator->name,
                      (long long)g->parent_goid);
        frame_line(&b, g->creator, g->creator_line, g->creator_pc);
    }
    strbuf_append(out, strbuf_cstr(&b), b.len);
    strbuf_free(&b);
}

void vm_traceback(G *g, FILE *out)
{
    StrBuf b = {0};
    vm_traceback_text(g, 0, &b);
    fputs(strbuf_cstr(&b), out);
    fflush(out);
    strbuf_free(&b);
}

/* put_signal appends the "[signal ...]" line Go prints while [g] handles a fault (addresses
 * are not Gale's to know: the faulting pc is bytecode) */
static void put_signal(G *g, StrBuf *b)
{
    if (g->sigsegv)
        strbuf_puts(b, "[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]\n");
}

void vm_print_panic(G *g)
{
    StrBuf b = {0};
    bool first = true;
    print_chain(g, g->panic, &b, &first);
    put_signal(g, &b);
    strbuf_putc(&b, '\n');
    fflush(stdout);
    fputs(strbuf_cstr(&b), stderr);
    strbuf_free(&b);
    vm_traceback(g, stderr);
}

typedef struct OthersDump {
    G *self;
    StrBuf *out;
} OthersDump;

static void other_traceback(void *ctx, Goroutine *rg)
{
    OthersDump *o = ctx;
    if ((G *)rg == o->self)
        return;
    strbuf_putc(o->out, '\n');
    vm_traceback_text((G *)rg, 0, o->out);
}

/* dump_others prints the traceback of every goroutine but [g], as a fatal error does in Go
 * (its "all" tracebacks). [g] gives up its P as for a system call, which it never leaves
 * (the program ends), so that a collection under way can stop it; then the world is
 * stopped for good and the stacks do not move while they are read. */
static void dump_others(G *g, FILE *out)
{
    Sched *s = g->vm->sched;
    gale_entersyscall(g);
    while (!sched_stop_world(s, NULL))
        usleep(100);
    StrBuf b = {0};
    OthersDump o = {g, &b};
    sched_for_each_g(s, other_traceback, &o);
    fputs(strbuf_cstr(&b), out);
    strbuf_free(&b);
}

/* throw_text is vm_throw with the message made: [n] bytes at [msg] */
NORETURN static void throw_text(G *g, const char *msg, size_t n)
{
    StrBuf b = {0};
    strbuf_puts(&b, "fatal error: ");
    put_indented(&b, msg, n);
    strbuf_putc(&b, '\n');
    put_signal(g, &b);
    strbuf_putc(&b, '\n');
    if (vm_close_output(g->vm)) {
        fputs(strbuf_cstr(&b), stderr);
        vm_traceback(g, stderr);
        dump_others(g, stderr);
    }
    strbuf_free(&b);
    fflush(stderr);
    _exit(2);
}

void vm_throw(G *g, const char *fmt, ...)
{
    StrBuf msg = {0};
    va_list ap;
    va_start(ap, fmt);
    strbuf_vprintf(&msg, fmt, ap);
    va_end(ap);
    throw_text(g, strbuf_cstr(&msg), msg.len);
}

void gale_fatal(G *g, const char *msg)
{
    vm_throw(g, "%s", msg);
}

/* vm_throw_printing ends the program when the Error or String method that the crash output
 * called (G.printing) panicked in turn, [g]->panic being the new panic: Go's
 * preprintpanics recovers it and throws, naming a string value (not of a named string
 * type), else its type. The traceback shows the method's frame on top of the first
 * panic's. */
NORETURN void vm_throw_printing(G *g);
void vm_throw_printing(G *g)
{
    const Box *v = g->panic ? g->panic->value : NULL;
    const TypeDesc *t = v ? v->type : NULL;
    StrBuf msg = {0};
    strbuf_puts(&msg, "panic while printing panic value: ");
    if (t && t->kind == TK_STRING && !(t->flags & TF_NAMED)) {
        const StrObj *s = value_load(t, v->data).p;
        if (s)
            strbuf_append(&msg, (const char *)str_data(s), (size_t)str_len(s));
    } else {
        strbuf_printf(&msg, "type %s", t ? t->str : "nil");
    }
    throw_text(g, strbuf_cstr(&msg), msg.len);
}

void vm_fatal_panic(G *g);
void vm_fatal_panic(G *g)
{
    /* only the first goroutine to end the program prints and chooses the exit status */
    if (vm_close_output(g->vm)) {
        vm_print_panic(g);
        fflush(stderr);
        sched_exit(g->vm->sched, 2);
    }
}
