/*
 * natives.c — stdlib_resolve: finds a native function by its link name in the packages'
 * tables (stdlib/internal.h). Linking happens once per function per module, so a linear
 * search over the constant tables is enough; there is no mutable state.
 */
#include "stdlib/stdlib.h"

#include <string.h>

#include "stdlib/internal.h"

static const NativeDesc *const tables[] = {
    errors_natives,  fmt_natives,     math_natives,    os_natives,   sort_natives,
    strconv_natives, strings_natives, unicode_natives, utf8_natives,
};

NativeFn stdlib_resolve(const char *name)
{
    for (size_t t = 0; t < ARRAY_LEN(tables); t++)
        for (const NativeDesc *d = tables[t]; d->name; d++)
            if (strcmp(d->name, name) == 0)
                return d->fn;
    return NULL;
}
