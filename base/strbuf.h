/*
 * strbuf.h — a growable byte buffer for building text (messages, disassembly, type strings).
 * The buffer is always NUL-terminated; its memory is owned by the StrBuf.
 */
#ifndef GALE_STRBUF_H
#define GALE_STRBUF_H

#include "base/base.h"

#include <stdarg.h>

typedef struct StrBuf {
    char *data; /* owned unless [borrowed]; NUL-terminated when len > 0 or after any append */
    size_t len, cap;
    bool borrowed; /* data is the caller's memory (strbuf_init_with): never freed here */
} StrBuf;

/* strbuf_init_with starts [b] on the caller's [cap] bytes at [mem] (a stack array), so that
 * short texts need no allocation; growing past them moves the text to the heap. */
void strbuf_init_with(StrBuf *b, char *mem, size_t cap);
void strbuf_grow(StrBuf *b, size_t extra);

void strbuf_append(StrBuf *b, const char *s, size_t n);

static inline void strbuf_putc(StrBuf *b, char c)
{
    if (UNLIKELY(b->len + 2 > b->cap))
        strbuf_grow(b, 1);
    b->data[b->len++] = c;
    b->data[b->len] = 0;
}

void strbuf_puts(StrBuf *b, const char *s);
void strbuf_printf(StrBuf *b, const char *fmt, ...) PRINTF_LIKE(2, 3);
void strbuf_vprintf(StrBuf *b, const char *fmt, va_list ap) PRINTF_LIKE(2, 0);
/* strbuf_cstr returns the contents (never NULL); borrowed until the next append. */
const char *strbuf_cstr(StrBuf *b);
void strbuf_reset(StrBuf *b);
void strbuf_free(StrBuf *b);

#endif
