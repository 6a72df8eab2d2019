/*
 * gale.h — Gale's embedding API (first version): create a VM, run a Go program from a file
 * or a string, destroy the VM. Several VMs may live in one process.
 *
 *     GaleVM *vm = gale_open(argc, argv);
 *     int status = gale_run_file(vm, "prog.go");
 *     gale_close(vm);
 *
 * Errors (compile errors, unrecovered panics) are printed to stderr as `go run` prints them;
 * the functions return the exit status `go run` would have (0, 1 for compile errors, 2 for a
 * panic, or the program's os.Exit code).
 */
#ifndef GALE_H
#define GALE_H

#include <stddef.h>

#define GALE_VERSION "0.1.0"

typedef struct GaleVM GaleVM;

/* gale_open creates a VM; [argv] (argc strings) becomes os.Args. */
GaleVM *gale_open(int argc, char **argv);
void gale_close(GaleVM *vm);

/* gale_run_file compiles and runs the program in [path] ("-" reads stdin). */
int gale_run_file(GaleVM *vm, const char *path);
/* gale_run_string compiles and runs [len] bytes of source named [name]. */
int gale_run_string(GaleVM *vm, const char *name, const char *src, size_t len);
/* gale_check_string type-checks [src] without running; returns 0, or 1 with the messages in
 * *[errors] (owned by the caller: free) when [errors] is not NULL. */
int gale_check_string(GaleVM *vm, const char *name, const char *src, size_t len, char **errors);
/* gale_set_replay makes the next runs start with output off until the program calls
 * runtime.GaleReplBoundary() (the REPL replays earlier inputs this way). */
void gale_set_replay(GaleVM *vm, int quiet);
/* gale_set_exit makes the next runs end the process with their exit status as soon as the
 * program ends (main returns, os.Exit, a fatal panic or deadlock), from whichever thread ends
 * it, as a Go program does, instead of returning it: goroutines still running or blocked in
 * a system call are abandoned rather than waited for. For command-line hosts. */
void gale_set_exit(GaleVM *vm, int exit_when_done);
/* gale_handle_sigquit makes SIGQUIT do what it does to a Go program: print every goroutine's
 * stack to stderr and exit with status 2. It blocks SIGQUIT in the calling thread (and so in
 * the threads the VM starts later) and starts a thread that waits for it; call it before the
 * first run, from the thread that will run programs. For command-line hosts. */
void gale_handle_sigquit(GaleVM *vm);
/* gale_check type-checks without running; returns 0 or 1. */
int gale_check_file(GaleVM *vm, const char *path);
/* gale_disasm compiles [path] and prints its bytecode to stdout. */
int gale_disasm_file(GaleVM *vm, const char *path);

#endif
