/*
 * compile_fuzz.c — libFuzzer entry point for the whole compiler (`make fuzz`).
 *
 * Each input is one source file, compiled as `gale run` would compile it: lexed, parsed,
 * type-checked (with the small standard packages it imports: see load) and turned into
 * bytecode, then freed.
 * Nothing may crash, hang, read out of bounds or leak; the input may be any bytes (NULs,
 * invalid UTF-8, no final newline). Programs are not run (they may loop forever). The seed
 * corpus lives in tests/fuzz/corpus; new inputs go to tests/fuzz/corpus-new (ignored by
 * git), and inputs that found bugs are copied back into the corpus as regression seeds
 * (corpus/crash-*.go).
 */
#include <stdint.h>
#include <string.h>

#include "base/strbuf.h"
#include "compiler/compiler.h"
#include "stdlib/stdlib.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Only the small packages are offered: compiling fmt for every input would make the fuzzer
 * a hundred times slower, and the golden tests compile the whole library anyway. */
static const char *load(void *ctx, const char *path, size_t *len, const char **file)
{
    (void)ctx;
    if (strcmp(path, "runtime") != 0 && strcmp(path, "errors") != 0 &&
        strcmp(path, "unicode/utf8") != 0)
        return NULL;
    const StdlibSource *s = stdlib_find(path);
    if (!s)
        return NULL;
    *len = s->len;
    *file = s->file;
    return s->src;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Compiler *c = compiler_new();
    CompileOptions opts = {.load_package = load};
    Module *m = compile_program(c, "fuzz.go", (const char *)data, size, &opts);
    StrBuf out = {0};
    compiler_errors(c, &out);
    strbuf_free(&out);
    module_free(m);
    compiler_free(c);
    return 0;
}
