/*
 * natives.c — stdlib_resolve: finds a native function by its link name in the packages'
 * tables (stdlib/internal.h). Linking happens once per function per module, so a linear
 * search over the constant tables is enough; there is no mutable state.
 */
#include "stdlib/stdlib.h"

#include <string.h>

#include "stdlib/internal.h"

/* Each table holds one package's natives, named "path.Func"; resolving first picks the
 * table by the package path, so a lookup scans one package, not all of them. */
static const struct {
    const char *path;
    const NativeDesc *natives;
} tables[] = {
    {"errors", errors_natives},   {"fmt", fmt_natives},         {"math", math_natives},
    {"os", os_natives},           {"sort", sort_natives},       {"strconv", strconv_natives},
    {"strings", strings_natives}, {"unicode", unicode_natives}, {"unicode/utf8", utf8_natives},
    {"sync", sync_natives},       {"sync/atomic", atomic_natives}, {"time", time_natives},
    {"syscall", syscall_natives}, {"runtime/debug", debug_natives},
    {"bytes", bytes_natives},
    {"encoding/json", json_natives},
    {"math/bits", bits_natives},
    {"encoding/hex", hex_natives}, {"encoding/base64", base64_natives},
    {"hash/fnv", fnv_natives},
    {"math/rand", rand_natives},    {"math/rand/v2", randv2_natives},
    {"hash/crc32", crc32_natives},  {"hash/adler32", adler32_natives},
    {"crypto/internal/nettlehash", nettlehash_natives},
    {"regexp", regexp_natives},
    {"flag", flag_natives},
    {"encoding/binary", binary_natives},
    {"crypto/rand", cryptorand_natives},
};

NativeFn stdlib_resolve(const char *name)
{
    const char *dot = strchr(name, '.');
    if (!dot)
        return NULL;
    size_t plen = (size_t)(dot - name);
    for (size_t t = 0; t < ARRAY_LEN(tables); t++) {
        if (strncmp(tables[t].path, name, plen) != 0 || tables[t].path[plen] != 0)
            continue;
        for (const NativeDesc *d = tables[t].natives; d->name; d++)
            if (strcmp(d->name, name) == 0)
                return d->fn;
        return NULL;
    }
    return NULL;
}
