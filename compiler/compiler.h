/*
 * compiler.h — the public interface of compiler/: source text in, a Module (vm/chunk.h) out.
 *
 * The compiler knows the bytecode format (vm/opcodes.h, vm/chunk.h, vm/value.h) and nothing
 * of the runtime. Standard packages are Gale source files that the driver supplies through
 * CompileOptions.load_package; packages without a body for a function declare natives that
 * the VM links by name.
 */
#ifndef GALE_COMPILER_H
#define GALE_COMPILER_H

#include <stdbool.h>
#include <stddef.h>

#include "base/strbuf.h"
#include "vm/chunk.h"

typedef struct Compiler Compiler;

typedef struct CompileOptions {
    /* load_package returns the source of standard package [path] (borrowed until
     * compiler_free, NUL-terminated) and sets *len and *filename, or returns NULL when there
     * is no such package. */
    const char *(*load_package)(void *ctx, const char *path, size_t *len,
                                const char **filename);
    void *ctx;
    bool check_only; /* type-check without generating code */
    /* Imported packages are checked lazily: only the top-level functions that checked code
     * refers to get their bodies parsed, checked and compiled. eager_imports checks all of
     * them (the standard library's own test). */
    bool eager_imports;
} CompileOptions;

Compiler *compiler_new(void);
void compiler_free(Compiler *c);

/* compile_program compiles the program in [src] (file [name]) with the packages it imports.
 * Returns the module (owned by the caller: module_free), or NULL after recording errors;
 * compiler_errors prints them. */
Module *compile_program(Compiler *c, const char *name, const char *src, size_t len,
                        const CompileOptions *opts);
/* compiler_errors writes the recorded diagnostics in Go's format; returns their count. */
int compiler_errors(Compiler *c, StrBuf *out);
/* module_free releases a module returned by compile_program. */
void module_free(Module *m);

#endif
