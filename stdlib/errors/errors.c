/*
 * errors.c — the natives of package errors: the type questions that Go answers with
 * reflection (comparability for Is; assignability and storing through a pointer for As).
 * Interface satisfaction is the VM's own check (gale_implements, as type assertions do);
 * any other target type must be identical to the error's dynamic type (descriptors are
 * unique per identical type, so pointers compare).
 */
#include <string.h>

#include "stdlib/internal.h"

/* errors.comparable(v any) bool */
static int errors_comparable(G *g, Value *args)
{
    Box *b = args[0].p;
    args[0] = native_bool(b && (b->type->flags & TF_COMPARABLE));
    return 0;
}

/* errors.asTarget(target any) int: 0 ok, 1 not a non-nil pointer, 2 bad element type */
static int errors_as_target(G *g, Value *args)
{
    Box *b = args[0].p;
    int code = 0;
    void *ptr = NULL;
    if (b && b->type->kind == TK_POINTER)
        memcpy(&ptr, b->data, sizeof ptr);
    if (!ptr)
        code = 1;
    else if (b->type->elem->kind != TK_INTERFACE && !(b->type->elem->flags & TF_ERROR_TYPE))
        code = 2;
    args[0] = native_int(code);
    return 0;
}

/* errors.assignTo(err error, target any) bool: *target = err if err's type fits */
static int errors_assign_to(G *g, Value *args)
{
    Box *err = args[0].p, *target = args[1].p;
    void *ptr;
    memcpy(&ptr, target->data, sizeof ptr);
    const TypeDesc *et = target->type->elem;
    bool ok = false;
    if (et->kind == TK_INTERFACE) {
        if (gale_implements(err->type, et)) {
            memcpy(ptr, &err, sizeof err); /* interface values are Box pointers */
            ok = true;
        }
    } else if (err->type == et) {
        memcpy(ptr, err->data, et->size);
        ok = true;
    }
    args[0] = native_bool(ok);
    return 0;
}

const NativeDesc errors_natives[] = {
    {"errors.comparable", errors_comparable},
    {"errors.asTarget", errors_as_target},
    {"errors.assignTo", errors_assign_to},
    {NULL, NULL},
};
