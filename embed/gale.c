/*
 * gale.c — the embedding API (include/gale.h): the one place that ties the compiler, the VM
 * and the standard library together. The compiler gets package sources from the standard
 * library's embedded table; the VM gets native functions from its resolver.
 */
#include "include/gale.h"

#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "base/strbuf.h"
#include "compiler/compiler.h"
#include "stdlib/runtime/runtime.h"
#include "stdlib/stdlib.h"
#include "vm/vm.h"

struct GaleVM {
    int argc;
    char **argv;
    bool quiet_start; /* start the next run with output off (REPL replay) */
    bool exit_when_done; /* end the process when the program ends (gale_set_exit) */
    /* gale_handle_sigquit: a thread waits for SIGQUIT and dumps the running program */
    pthread_mutex_t run_lock; /* held while a program's Vm is set up or freed, and by a dump */
    Vm *running;            /* run_lock: the program being run, if any */
    bool sigquit_thread_started;
    _Atomic bool closing;   /* gale_close: the SIGQUIT thread must end */
    pthread_t sigquit_thread;
};

/* resolve finds natives in Gale's own runtime package, then in the standard library. */
static NativeFn resolve(const char *name)
{
    for (const NativeDesc *d = runtime_natives; d->name; d++)
        if (strcmp(d->name, name) == 0)
            return d->fn;
    return stdlib_resolve(name);
}

static const char *load_package(void *ctx, const char *path, size_t *len, const char **filename)
{
    (void)ctx;
    const StdlibSource *s = stdlib_find(path);
    if (!s)
        return NULL;
    *len = s->len;
    *filename = s->file;
    return s->src;
}

GaleVM *gale_open(int argc, char **argv)
{
    GaleVM *vm = xcalloc(1, sizeof(GaleVM));
    vm->argc = argc;
    vm->argv = argv;
    pthread_mutex_init(&vm->run_lock, NULL);
    return vm;
}

void gale_close(GaleVM *vm)
{
    if (vm->sigquit_thread_started) {
        atomic_store(&vm->closing, true);
        pthread_kill(vm->sigquit_thread, SIGQUIT);
        pthread_join(vm->sigquit_thread, NULL);
    }
    pthread_mutex_destroy(&vm->run_lock);
    free(vm);
}

/* sigquit_loop waits for SIGQUIT (blocked in every thread of the VM, so the kernel leaves it
 * pending for sigwait) and does what a Go program does: print every goroutine's stack and
 * exit with status 2. */
static void *sigquit_loop(void *arg)
{
    GaleVM *gv = arg;
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGQUIT);
    for (;;) {
        int sig;
        if (sigwait(&set, &sig) != 0)
            continue;
        if (atomic_load(&gv->closing))
            return NULL;
        pthread_mutex_lock(&gv->run_lock); /* kept: the process ends here */
        Vm *vm = gv->running;
        if (vm)
            vm_sigquit(vm);
        fflush(stdout);
        fputs("SIGQUIT: quit\n", stderr);
        _exit(2);
    }
}

void gale_handle_sigquit(GaleVM *vm)
{
    if (vm->sigquit_thread_started)
        return;
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGQUIT);
    pthread_sigmask(SIG_BLOCK, &set, NULL); /* inherited by every thread started from here */
    if (pthread_create(&vm->sigquit_thread, NULL, sigquit_loop, vm) == 0)
        vm->sigquit_thread_started = true;
}

static char *read_all(const char *path, size_t *len)
{
    FILE *f = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
    if (!f)
        return NULL;
    StrBuf b = {0};
    char buf[65536];
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, f)) > 0)
        strbuf_append(&b, buf, n);
    if (f != stdin)
        fclose(f);
    *len = b.len;
    if (!b.data)
        return xcalloc(1, 1);
    return b.data;
}

enum { MODE_RUN, MODE_CHECK, MODE_DISASM };

static int compile_and(GaleVM *gv, const char *name, const char *src, size_t len, int mode)
{
    Compiler *c = compiler_new();
    CompileOptions opts = {.load_package = load_package, .check_only = mode == MODE_CHECK};
    Module *m = compile_program(c, name, src, len, &opts);
    StrBuf errs = {0};
    if (compiler_errors(c, &errs)) {
        fflush(stdout);
        fputs(strbuf_cstr(&errs), stderr);
        strbuf_free(&errs);
        module_free(m);
        compiler_free(c);
        return 1;
    }
    strbuf_free(&errs);
    int rc = 0;
    if (mode == MODE_DISASM && m) {
        vm_disasm(m, stdout);
    } else if (mode == MODE_RUN && m) {
        Vm *vm = vm_new(resolve, gv->argc, gv->argv);
        vm->quiet = gv->quiet_start;
        if (!vm_link(vm, m)) {
            rc = 2;
        } else {
            pthread_mutex_lock(&gv->run_lock);
            gv->running = vm;
            pthread_mutex_unlock(&gv->run_lock);
            if (gv->exit_when_done)
                sched_set_exit_process(vm->sched, true);
            rc = vm_run_main(vm);
        }
        if (gv->exit_when_done) {
            /* as a Go program ends: the other goroutines are not waited for */
            exit(rc);
        }
        pthread_mutex_lock(&gv->run_lock); /* a SIGQUIT dump in progress keeps it */
        gv->running = NULL;
        pthread_mutex_unlock(&gv->run_lock);
        vm_free(vm);
    }
    module_free(m);
    compiler_free(c);
    return rc;
}

void gale_set_exit(GaleVM *vm, int exit_when_done)
{
    vm->exit_when_done = exit_when_done != 0;
}

int gale_run_string(GaleVM *vm, const char *name, const char *src, size_t len)
{
    return compile_and(vm, name, src, len, MODE_RUN);
}

int gale_check_string(GaleVM *vm, const char *name, const char *src, size_t len, char **errors)
{
    Compiler *c = compiler_new();
    CompileOptions opts = {.load_package = load_package, .check_only = true};
    compile_program(c, name, src, len, &opts);
    StrBuf errs = {0};
    int n = compiler_errors(c, &errs);
    compiler_free(c);
    if (errors)
        *errors = n ? xstrdup(strbuf_cstr(&errs)) : NULL;
    strbuf_free(&errs);
    return n ? 1 : 0;
}

void gale_set_replay(GaleVM *vm, int quiet)
{
    vm->quiet_start = quiet != 0;
}

static int with_file(GaleVM *vm, const char *path, int mode)
{
    size_t len;
    char *src = read_all(path, &len);
    if (!src) {
        fprintf(stderr, "gale: cannot read %s\n", path);
        return 1;
    }
    int rc = compile_and(vm, strcmp(path, "-") == 0 ? "<stdin>" : path, src, len, mode);
    free(src);
    return rc;
}

int gale_run_file(GaleVM *vm, const char *path)
{
    return with_file(vm, path, MODE_RUN);
}

int gale_check_file(GaleVM *vm, const char *path)
{
    return with_file(vm, path, MODE_CHECK);
}

int gale_disasm_file(GaleVM *vm, const char *path)
{
    return with_file(vm, path, MODE_DISASM);
}
