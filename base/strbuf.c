/*
 * strbuf.c — growable byte buffer (see strbuf.h). Capacity doubles; the byte after the
 * contents is kept 0 so strbuf_cstr is free. strbuf_putc is inline in strbuf.h (the formatting
 * engines append a byte at a time).
 */
#include "base/strbuf.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void strbuf_init_with(StrBuf *b, char *mem, size_t cap)
{
    ASSERT(cap > 0, "strbuf_init_with needs room for the terminating NUL");
    b->data = mem;
    b->data[0] = 0;
    b->len = 0;
    b->cap = cap;
    b->borrowed = true;
}

void strbuf_grow(StrBuf *b, size_t extra)
{
    if (b->len + extra + 1 <= b->cap)
        return;
    size_t cap = b->cap ? b->cap * 2 : 64;
    while (cap < b->len + extra + 1)
        cap *= 2;
    if (b->borrowed) {
        char *data = xmalloc(cap);
        memcpy(data, b->data, b->len + 1);
        b->data = data;
        b->borrowed = false;
    } else {
        b->data = xrealloc(b->data, cap);
    }
    b->cap = cap;
}

void strbuf_append(StrBuf *b, const char *s, size_t n)
{
    if (b->len + n + 1 > b->cap)
        strbuf_grow(b, n);
    memcpy(b->data + b->len, s, n);
    b->len += n;
    b->data[b->len] = 0;
}

void strbuf_puts(StrBuf *b, const char *s)
{
    strbuf_append(b, s, strlen(s));
}

void strbuf_vprintf(StrBuf *b, const char *fmt, va_list ap)
{
    va_list ap2;
    va_copy(ap2, ap);
    int n = vsnprintf(NULL, 0, fmt, ap);
    strbuf_grow(b, (size_t)n);
    vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap2);
    va_end(ap2);
    b->len += (size_t)n;
}

void strbuf_printf(StrBuf *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    strbuf_vprintf(b, fmt, ap);
    va_end(ap);
}

const char *strbuf_cstr(StrBuf *b)
{
    return b->data ? b->data : "";
}

void strbuf_reset(StrBuf *b)
{
    b->len = 0;
    if (b->data)
        b->data[0] = 0;
}

void strbuf_free(StrBuf *b)
{
    if (!b->borrowed)
        free(b->data);
    b->borrowed = false;
    b->data = NULL;
    b->len = b->cap = 0;
}
