/*
 * print.c — the print and println builtins, in Go's own format (runtime/print.go): integers
 * in decimal, floats as +1.500000e+000, pointers and maps as 0x addresses, slices as
 * [len/cap]0xaddr, interfaces as (0xtype,0xdata). A call's operands are gathered in the
 * goroutine's print_buf and written to stderr in one write at the last one (so concurrent
 * calls do not interleave, as Go's print lock ensures), unbuffered beyond that, so output
 * interleaves with stdout in program order; the write is a system call that hands the P
 * off if it blocks (entersyscall).
 */
#include "vm/vm.h"

#include <unistd.h>

void vm_format_float_print(StrBuf *b, double v);

int vm_print_value(G *g, int kind, Value v, int flags)
{
    StrBuf *b = &g->print_buf;
    if (flags & PRINTF_SPACE)
        strbuf_putc(b, ' ');
    switch (kind) {
    case PRINT_NONE:
        break;
    case PRINT_INT:
        strbuf_printf(b, "%lld", (long long)v.i);
        break;
    case PRINT_UINT:
        strbuf_printf(b, "%llu", (unsigned long long)v.u);
        break;
    case PRINT_FLOAT:
        vm_format_float_print(b, v.f);
        break;
    case PRINT_BOOL:
        strbuf_puts(b, v.u ? "true" : "false");
        break;
    case PRINT_STRING: {
        const StrObj *s = v.p;
        strbuf_append(b, (const char *)str_data(s), (size_t)str_len(s));
        break;
    }
    case PRINT_POINTER:
        strbuf_printf(b, "0x%llx", (unsigned long long)(uintptr_t)v.p);
        break;
    case PRINT_SLICE: {
        const SliceObj *s = v.p;
        strbuf_printf(b, "[%lld/%lld]0x%llx", (long long)slice_len(s),
                      (long long)(s ? s->cap : 0),
                      (unsigned long long)(uintptr_t)(s ? s->data : NULL));
        break;
    }
    case PRINT_EFACE: {
        const Box *bx = v.p;
        strbuf_printf(b, "(0x%llx,0x%llx)", (unsigned long long)(uintptr_t)(bx ? bx->type : NULL),
                      (unsigned long long)(uintptr_t)(bx ? bx->data : NULL));
        break;
    }
    case PRINT_NIL:
        strbuf_puts(b, "nil");
        break;
    }
    if (flags & PRINTF_NEWLINE)
        strbuf_putc(b, '\n');
    if (!(flags & PRINTF_LAST))
        return NATIVE_OK;
    fflush(stdout);
    /* a write to a terminal or pipe may block: the other goroutines keep running */
    gale_entersyscall(g);
    gale_write(g, 2, strbuf_cstr(b), b->len);
    int rc = gale_exitsyscall(g);
    b->len = 0;
    return rc;
}
