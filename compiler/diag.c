/*
 * diag.c — recording and printing compile errors (see internal.h).
 *
 * Errors are printed sorted by position, as cmd/compile prints them, with exact duplicates
 * removed. cmd/compile stops at its DIAG_MAX-th error in reporting order and then prints
 * "too many errors" at that error's position, so only the first DIAG_MAX are printed and the
 * phases should report errors in the order Go's type checker does.
 */
#include "compiler/internal.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void diag_error(Compiler *c, Pos pos, const char *fmt, ...)
{
    va_list ap, ap2;
    va_start(ap, fmt);
    va_copy(ap2, ap);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    char *msg = arena_alloc(&c->arena, (size_t)n + 1);
    vsnprintf(msg, (size_t)n + 1, fmt, ap2);
    va_end(ap2);
    Diag d = {pos, msg, false, c->check != NULL};
    VEC_PUSH(c->diags, d);
    c->nerrors++;
}

static void print_one(Compiler *c, StrBuf *out, Pos pos, const char *msg)
{
    const char *file =
        pos.file >= 0 && pos.file < c->files.len ? c->files.items[pos.file].name : "?";
    strbuf_printf(out, "%s:%d:%d: %s\n", file, pos.line, pos.col, msg);
}

static int cmp_diag(const void *a, const void *b)
{
    const Diag *x = a, *y = b;
    if (x->pos.file != y->pos.file)
        return x->pos.file - y->pos.file;
    if (x->pos.line != y->pos.line)
        return x->pos.line - y->pos.line;
    if (x->pos.col != y->pos.col)
        return x->pos.col - y->pos.col;
    return 0;
}

void diag_print(Compiler *c, StrBuf *out)
{
    /* cmd/compile stops at the 10th error in reporting order: it prints those sorted by
     * position, then "pos: too many errors" at the position of the 10th. */
    int n = c->diags.len;
    int keep = n >= DIAG_MAX ? DIAG_MAX : n;
    Diag *sorted = xmalloc(sizeof(Diag) * (size_t)(keep ? keep : 1));
    copy_bytes(sorted, c->diags.items, sizeof(Diag) * (size_t)keep);
    /* insertion sort: stable, so errors at one position keep their reporting order */
    for (int i = 1; i < keep; i++) {
        Diag d = sorted[i];
        int j = i - 1;
        while (j >= 0 && cmp_diag(&sorted[j], &d) > 0) {
            sorted[j + 1] = sorted[j];
            j--;
        }
        sorted[j + 1] = d;
    }
    for (int i = 0; i < keep; i++) {
        const Diag *d = &sorted[i];
        /* cmd/compile drops a message identical to an earlier one on the same line */
        bool dup = false;
        for (int j = i - 1; d->typecheck && j >= 0 && sorted[j].pos.file == d->pos.file &&
                            sorted[j].pos.line == d->pos.line;
             j--)
            if (strcmp(sorted[j].msg, d->msg) == 0)
                dup = true;
        if (dup)
            continue;
        print_one(c, out, d->pos, d->msg);
    }
    if (n >= DIAG_MAX)
        print_one(c, out, c->diags.items[DIAG_MAX - 1].pos, "too many errors");
    free(sorted);
}
