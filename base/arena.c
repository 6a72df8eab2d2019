/*
 * arena.c — block-chained bump allocator (see arena.h).
 *
 * Blocks grow geometrically up to 1 MiB; a request larger than a block gets a block of its
 * own so that huge strings do not waste the rest of a normal block.
 */
#include "base/arena.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct ArenaBlock {
    ArenaBlock *next;
    size_t size;
    _Alignas(16) char data[];
};

void *arena_alloc(Arena *a, size_t n)
{
    n = (n + 15) & ~(size_t)15;
    if ((size_t)(a->end - a->cur) < n) {
        size_t size = a->head ? a->head->size * 2 : 16384;
        if (size > (1u << 20))
            size = 1u << 20;
        if (size < n)
            size = n;
        /* calloc: large blocks come zeroed from mmap, so allocations need no memset */
        ArenaBlock *b = xcalloc(1, sizeof(ArenaBlock) + size);
        b->size = size;
        b->next = a->head;
        a->head = b;
        a->cur = b->data;
        a->end = b->data + size;
    }
    void *p = a->cur;
    a->cur += n;
    a->total += n;
    return p; /* blocks are zeroed when allocated and never reused */
}

char *arena_strndup(Arena *a, const char *s, size_t n)
{
    char *p = arena_alloc(a, n + 1);
    memcpy(p, s, n);
    return p;
}

char *arena_sprintf(Arena *a, const char *fmt, ...)
{
    /* one formatting pass when the result fits the stack buffer (nearly always) */
    char buf[256];
    va_list ap, ap2;
    va_start(ap, fmt);
    va_copy(ap2, ap);
    int n = vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    char *p = arena_alloc(a, (size_t)n + 1);
    if ((size_t)n < sizeof buf)
        memcpy(p, buf, (size_t)n + 1);
    else
        vsnprintf(p, (size_t)n + 1, fmt, ap2);
    va_end(ap2);
    return p;
}

char *arena_concat(Arena *a, ...)
{
    va_list ap;
    size_t n = 0;
    va_start(ap, a);
    for (const char *s; (s = va_arg(ap, const char *));)
        n += strlen(s);
    va_end(ap);
    char *p = arena_alloc(a, n + 1), *q = p;
    va_start(ap, a);
    for (const char *s; (s = va_arg(ap, const char *));) {
        size_t len = strlen(s);
        memcpy(q, s, len);
        q += len;
    }
    va_end(ap);
    *q = 0;
    return p;
}

void arena_free(Arena *a)
{
    ArenaBlock *b = a->head;
    while (b) {
        ArenaBlock *next = b->next;
        free(b);
        b = next;
    }
    a->head = NULL;
    a->cur = a->end = NULL;
    a->total = 0;
}
