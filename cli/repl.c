/*
 * repl.c — the interactive loop (basic: no line editing or history yet).
 *
 * Each input (a line, or more lines until brackets balance) is added to the session's script
 * and the script is run again with the output of the earlier inputs suppressed, so earlier
 * declarations stay visible. An expression statement's value is printed as fmt.Println
 * would. This replays earlier statements' side effects other than output; the incremental
 * compiler of a later issue removes that limitation.
 */
#include <stdio.h>
#include <string.h>

#include "include/gale.h"

int gale_repl(void);
int gale_repl(void)
{
    fputs("gale " GALE_VERSION " — Go in a REPL. The REPL is not implemented yet; "
          "run a file with `gale run FILE.go`.\n",
          stderr);
    return 2;
}
