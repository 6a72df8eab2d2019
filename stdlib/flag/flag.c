/*
 * flag.c — the natives of package flag: the three places where Go's flag package uses
 * reflection, done from the type descriptors of interface values.
 *   zeroOf(v)        a fresh zero value of v's dynamic type (a new zero element behind a
 *                    pointer type), whose String() PrintDefaults compares with the default;
 *   typeName(v)      that zero value's type as reflect.Type prints it;
 *   assignDefault    TextVar's check that the variable is a pointer to the default's type,
 *                    and the copy of the default into it.
 */
#include <stdlib.h>
#include <string.h>

#include "stdlib/internal.h"

/* flag.zeroOf(v Value) Value */
static int flag_zero_of(G *g, Value *args)
{
    Box *b = args[0].p;
    if (!b)
        return 0;
    const TypeDesc *t = b->type;
    if (t->kind == TK_POINTER) {
        void *p = gale_new(g, t->elem);
        args[0].p = p; /* reachable while the box is allocated */
        args[0].p = gale_box(g, t, &args[0].p);
        return 0;
    }
    static const uint8_t zeros[256];
    void *z = t->size <= sizeof zeros ? (void *)zeros : xcalloc(1, t->size);
    args[0].p = gale_box(g, t, z);
    if (z != zeros)
        free(z);
    return 0;
}

/* flag.typeName(v Value) string */
static int flag_type_name(G *g, Value *args)
{
    Box *b = args[0].p;
    const char *s = "<nil>";
    if (b)
        s = b->type->kind == TK_POINTER ? b->type->elem->str : b->type->str;
    args[0] = native_string(g, s, strlen(s));
    return 0;
}

static bool same_type(const TypeDesc *a, const TypeDesc *b)
{
    return a == b || (a->hash == b->hash && strcmp(a->str, b->str) == 0);
}

/* flag.assignDefault(p encoding.TextUnmarshaler, val encoding.TextMarshaler) string */
static int flag_assign_default(G *g, Value *args)
{
    Box *p = args[0].p, *val = args[1].p;
    if (!p || p->type->kind != TK_POINTER)
        return gale_panic_str(g, "variable value type must be a pointer");
    /* A nil default, or a nil pointer, is a zero reflect.Value in Go: asking its Type
     * panics with a *reflect.ValueError, here its message as a string. */
    static const char zero_value[] = "reflect: call of reflect.Value.Type on zero Value";
    if (!val)
        return gale_panic_str(g, zero_value);
    const TypeDesc *dt = val->type;
    const void *src = val->data;
    if (dt->kind == TK_POINTER) {
        src = mem_load_ptr(val->data);
        dt = dt->elem;
        if (!src)
            return gale_panic_str(g, zero_value);
    }
    const TypeDesc *et = p->type->elem;
    if (!same_type(dt, et)) {
        StrBuf sb = {0};
        strbuf_printf(&sb, "default type does not match variable type: %s != %s", dt->str,
                      et->str);
        int r = gale_panic_str(g, strbuf_cstr(&sb));
        strbuf_free(&sb);
        return r;
    }
    void *dst = mem_load_ptr(p->data);
    if (!dst)
        return gale_panic_runtime(g, "invalid memory address or nil pointer dereference");
    value_store(et, dst, value_load(et, src));
    args[0] = native_string(g, "", 0);
    return 0;
}

const NativeDesc flag_natives[] = {
    {"flag.zeroOf", flag_zero_of},
    {"flag.typeName", flag_type_name},
    {"flag.assignDefault", flag_assign_default},
    {NULL, NULL},
};
