/*
 * compile_fuzz.c — libFuzzer entry point for the compiler front end (`make fuzz`).
 *
 * Each input is one source file: it is registered with a fresh Compiler, parsed (lexer and
 * parser), dumped (to walk every node the parser built) and freed. Nothing may crash, hang,
 * read out of bounds or leak; the input may be any bytes (NULs, invalid UTF-8, no final
 * newline). The seed corpus lives in tests/fuzz/corpus; new inputs go to
 * tests/fuzz/corpus-new (ignored by git), and inputs that found bugs are copied back into
 * the corpus as regression seeds (corpus/crash-*.go).
 */
#include "base/strbuf.h"
#include "compiler/ast.h"
#include "compiler/internal.h"

#include <stdint.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Compiler *c = compiler_new();
    int file = compiler_add_file(c, "fuzz.go", (const char *)data, size);
    Node *root = parse_file(c, file);

    StrBuf out = {0};
    ast_dump(&out, root);

    /* ---- Later phases: once check.c is ready, type-check here when the parse succeeded:
     *     if (c->nerrors == 0) check_file(c, root);
     * (and code generation after it), so that the fuzzer covers them too. ---- */

    if (c->diags.len)
        diag_print(c, &out);
    strbuf_free(&out);
    compiler_free(c);
    return 0;
}
