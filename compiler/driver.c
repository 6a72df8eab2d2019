/*
 * driver.c — compile_program: parse, check and generate, stopping at the first phase that
 * reports errors (Go reports no type errors after syntax errors).
 */
#include "compiler/gen.h"

#include <stdlib.h>
#include <string.h>

void check_program(Compiler *c, int file, Node *root, const CompileOptions *opts);

Module *compile_program(Compiler *c, const char *name, const char *src, size_t len,
                        const CompileOptions *opts)
{
    int file = compiler_add_file(c, name, src, len);
    Node *root = parse_file(c, file, false);
    /* cmd/compile stops after syntax errors, but type-checks after lexical ones */
    for (int i = 0; i < c->diags.len; i++)
        if (strncmp(c->diags.items[i].msg, "syntax error", 12) == 0)
            return NULL;
    check_program(c, file, root, opts);
    if (c->nerrors || (opts && opts->check_only))
        return NULL;
    Module *m = gen_module(c);
    if (c->nerrors) {
        module_free(m);
        return NULL;
    }
    return m;
}

int compiler_errors(Compiler *c, StrBuf *out)
{
    diag_print(c, out);
    return c->nerrors;
}

void module_free(Module *m)
{
    if (!m)
        return;
    for (int i = 0; i < m->nglobals; i++)
        free(m->globals[i].data);
    free(m->globals);
    free(m);
}
