/*
 * compiler.c — creating and destroying a Compiler and registering its source files.
 *
 * A Compiler owns an arena (AST, types, names, copies of the sources), two vectors (files,
 * diagnostics) and the intern table. compiler_free releases all of them at once; phases
 * that keep state outside the arena (check, gen) must release it before (their own
 * *_free functions), as the pointers here are opaque to this file.
 */
#include "compiler/internal.h"

#include <stdlib.h>
#include <string.h>

Compiler *compiler_new(void)
{
    Compiler *c = xcalloc(1, sizeof(Compiler));
    c->name_blank = intern_cstr(c, "_");
    return c;
}

void compiler_free(Compiler *c)
{
    if (!c)
        return;
    check_free(c);
    parse_free(c);
    arena_free(&c->arena);
    VEC_FREE(c->files);
    VEC_FREE(c->diags);
    free(c->names.slots);
    free(c->names.hashes);
    free(c);
}

int compiler_add_borrowed_file(Compiler *c, const char *name, const char *src, size_t len)
{
    SourceFile f;
    f.name = arena_strndup(&c->arena, name, strlen(name));
    f.src = src;
    f.len = len;
    VEC_PUSH(c->files, f);
    return c->files.len - 1;
}

int compiler_add_file(Compiler *c, const char *name, const char *src, size_t len)
{
    /* the copy ends with the NUL sentinel the lexer needs */
    return compiler_add_borrowed_file(c, name, arena_strndup(&c->arena, src, len), len);
}
