/*
 * arena.h — bump allocation for data that dies all at once (a compilation's AST, types and
 * scopes; a module's constants). Memory is zeroed; nothing is freed until arena_free.
 */
#ifndef GALE_ARENA_H
#define GALE_ARENA_H

#include "base/base.h"

typedef struct ArenaBlock ArenaBlock;
typedef struct Arena {
    ArenaBlock *head; /* owned chain of blocks, newest first */
    char *cur, *end;  /* free space in head */
    size_t total;     /* bytes handed out, for statistics */
} Arena;

/* arena_alloc returns [n] zeroed bytes aligned to 16, valid until arena_free. */
void *arena_alloc(Arena *a, size_t n);
/* arena_strndup copies [n] bytes of [s] into the arena and NUL-terminates them. */
char *arena_strndup(Arena *a, const char *s, size_t n);
/* arena_sprintf formats into arena memory. */
char *arena_sprintf(Arena *a, const char *fmt, ...) PRINTF_LIKE(2, 3);
/* arena_concat joins the NUL-terminated strings before the terminating NULL; it is the
 * cheap way to build the qualified names every function gets ("pkg.T.m"). */
char *arena_concat(Arena *a, ...) __attribute__((sentinel));
/* arena_free releases every block; the arena may be reused afterwards. */
void arena_free(Arena *a);

#define ARENA_NEW(a, T)       ((T *)arena_alloc((a), sizeof(T)))
#define ARENA_ARRAY(a, T, n)  ((T *)arena_alloc((a), sizeof(T) * (size_t)(n)))

#endif
