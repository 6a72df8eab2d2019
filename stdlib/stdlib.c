/*
 * stdlib.c — lookup of the embedded package sources (see stdlib.h).
 */
#include "stdlib/stdlib.h"

#include <string.h>

const StdlibSource *stdlib_find(const char *path)
{
    for (const StdlibSource *s = stdlib_sources; s->path; s++)
        if (strcmp(s->path, path) == 0)
            return s;
    return NULL;
}
