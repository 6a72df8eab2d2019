/*
 * base.h — the few things every C file in Gale uses: fixed-width ints, assertions, fatal
 * errors and checked allocation.
 *
 * ASSERT is compiled in only with -DDEBUG; fatal() is always on and never returns. Allocation
 * failure of unmanaged memory (xmalloc) is fatal: the runtime cannot continue without it, and
 * the garbage-collected heap has its own out-of-memory path in runtime/.
 */
#ifndef GALE_BASE_H
#define GALE_BASE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

#define LIKELY(x)   __builtin_expect(!!(x), 1)
#define UNLIKELY(x) __builtin_expect(!!(x), 0)
#define ARRAY_LEN(a) (sizeof(a) / sizeof((a)[0]))
#define MAX(a, b)    ((a) > (b) ? (a) : (b))
#define MIN(a, b)    ((a) < (b) ? (a) : (b))
#define NORETURN     __attribute__((noreturn))
#define PRINTF_LIKE(f, a) __attribute__((format(printf, f, a)))

/* fatal prints "fatal error: <msg>" to stderr and aborts; it never allocates. */
NORETURN void fatal(const char *fmt, ...) PRINTF_LIKE(1, 2);
/* assert_fail reports a failed ASSERT at [file]:[line] in [func] and aborts. */
NORETURN void assert_fail(const char *cond, const char *msg, const char *file, int line,
                          const char *func);

#ifdef DEBUG
#define ASSERT(cond, msg)                                                                    \
    do {                                                                                     \
        if (UNLIKELY(!(cond)))                                                               \
            assert_fail(#cond, msg, __FILE__, __LINE__, __func__);                           \
    } while (0)
#define UNREACHABLE() assert_fail("unreachable", "", __FILE__, __LINE__, __func__)
#else
#define ASSERT(cond, msg) ((void)0)
#define UNREACHABLE()     __builtin_unreachable()
#endif

/* xmalloc, xcalloc and xrealloc return owned memory or call fatal on exhaustion. */
void *xmalloc(size_t n);
void *xcalloc(size_t count, size_t size);
void *xrealloc(void *p, size_t n);
/* xstrdup returns an owned copy of [s]; xstrndup of its first [n] bytes, NUL-terminated. */
char *xstrdup(const char *s);
char *xstrndup(const char *s, size_t n);

/* copy_bytes is memcpy that accepts n == 0 with NULL pointers (empty vectors). */
static inline void copy_bytes(void *dst, const void *src, size_t n)
{
    if (n)
        __builtin_memcpy(dst, src, n);
}

/* Growable array of T: `VEC(int) v = {0}; VEC_PUSH(v, 3);` items are owned (free with
 * VEC_FREE). */
#define VEC(T)                                                                               \
    struct {                                                                                 \
        T *items;                                                                            \
        int len, cap;                                                                        \
    }
#define VEC_PUSH(v, x)                                                                       \
    do {                                                                                     \
        if ((v).len == (v).cap) {                                                            \
            (v).cap = (v).cap ? (v).cap * 2 : 8;                                             \
            (v).items = xrealloc((v).items, (size_t)(v).cap * sizeof(*(v).items));           \
        }                                                                                    \
        (v).items[(v).len++] = (x);                                                          \
    } while (0)
/* IntVec is the vector of ints passed between functions (jump lists). */
typedef VEC(int) IntVec;

#define VEC_FREE(v)                                                                          \
    do {                                                                                     \
        free((v).items);                                                                     \
        (v).items = NULL;                                                                    \
        (v).len = (v).cap = 0;                                                               \
    } while (0)

#endif
