/*
 * natives.c — stdlib_resolve: finds a native function by its link name in the packages'
 * tables (stdlib/internal.h). Linking happens once per function per module, so a linear
 * search over the constant tables is enough; there is no mutable state.
 */
#include "stdlib/stdlib.h"

#include <string.h>

#include "stdlib/internal.h"

static const NativeDesc none[] = {{NULL, NULL}};

static const NativeDesc *const tables[] = {
    none,
};

NativeFn stdlib_resolve(const char *name)
{
    for (size_t t = 0; t < ARRAY_LEN(tables); t++)
        for (const NativeDesc *d = tables[t]; d->name; d++)
            if (strcmp(d->name, name) == 0)
                return d->fn;
    return NULL;
}
