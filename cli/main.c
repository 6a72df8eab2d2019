/*
 * main.c — the `gale` command: run, check and disassemble programs; the REPL when started on
 * a terminal without arguments; a program read from stdin otherwise.
 *
 *   gale run prog.go [args...]   (also: gale prog.go [args...]; "-" reads stdin)
 *   gale check prog.go           type-check only
 *   gale disasm prog.go          print the bytecode with source lines
 *   gale version | help
 */
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "include/gale.h"

int gale_repl(void);

static void usage(FILE *out)
{
    fputs("Gale runs Go programs and Go-flavoured scripts.\n"
          "\n"
          "Usage:\n"
          "\tgale run FILE.go [arguments]   compile and run a program (\"-\" reads stdin)\n"
          "\tgale FILE.go [arguments]       the same\n"
          "\tgale check FILE.go             type-check without running\n"
          "\tgale disasm FILE.go            print the bytecode of every function\n"
          "\tgale version                   print the version\n"
          "\tgale help                      print this help\n"
          "\tgale                           start the REPL (or run stdin when it is not a terminal)\n",
          out);
}

static int run(const char *path, int argc, char **argv)
{
    GaleVM *vm = gale_open(argc, argv);
    gale_set_exit(vm, 1); /* like a Go program, end with main: wait for no goroutine */
    gale_handle_sigquit(vm);
    int rc = gale_run_file(vm, path);
    gale_close(vm); /* only reached when the program could not start */
    return rc;
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        if (isatty(0))
            return gale_repl();
        char *args[] = {(char *)"-", NULL};
        return run("-", 1, args);
    }
    const char *cmd = argv[1];
    if (strcmp(cmd, "run") == 0) {
        if (argc < 3) {
            fputs("gale run: no program given\n", stderr);
            return 2;
        }
        return run(argv[2], argc - 2, argv + 2);
    }
    if (strcmp(cmd, "check") == 0 || strcmp(cmd, "disasm") == 0) {
        if (argc < 3) {
            fprintf(stderr, "gale %s: no file given\n", cmd);
            return 2;
        }
        GaleVM *vm = gale_open(argc - 2, argv + 2);
        int rc = cmd[0] == 'c' ? gale_check_file(vm, argv[2]) : gale_disasm_file(vm, argv[2]);
        gale_close(vm);
        return rc;
    }
    if (strcmp(cmd, "version") == 0 || strcmp(cmd, "-version") == 0 ||
        strcmp(cmd, "--version") == 0) {
        printf("gale version %s (go1.23 semantics)\n", GALE_VERSION);
        return 0;
    }
    if (strcmp(cmd, "help") == 0 || strcmp(cmd, "-h") == 0 || strcmp(cmd, "--help") == 0) {
        usage(stdout);
        return 0;
    }
    if (cmd[0] == '-' && cmd[1]) {
        fprintf(stderr, "gale: unknown flag %s\n", cmd);
        usage(stderr);
        return 2;
    }
    return run(cmd, argc - 1, argv + 1);
}
