/*
 * stdlib.h — the standard library as the rest of Gale sees it: the Gale sources of each
 * package (embedded at build time by scripts/embed_stdlib.sh) and the registration of the
 * packages' native functions with a VM.
 */
#ifndef GALE_STDLIB_H
#define GALE_STDLIB_H

#include <stddef.h>

#include "vm/api.h"

typedef struct StdlibSource {
    const char *path;   /* import path: "fmt", "unicode/utf8" */
    const char *file;   /* source file name for messages: "stdlib/fmt/fmt.go" */
    const char *src;
    size_t len;
} StdlibSource;

/* stdlib_sources lists every package, terminated by an entry with path NULL. */
extern const StdlibSource stdlib_sources[];

/* stdlib_find returns the source of package [path], or NULL. */
const StdlibSource *stdlib_find(const char *path);

/* stdlib_resolve returns the C function of the native named [name] ("strconv.Itoa",
 * "os.(*File).Write"), or NULL when no package defines it. The tables are constant, so
 * any number of VMs may share them. */
NativeFn stdlib_resolve(const char *name);

#endif
