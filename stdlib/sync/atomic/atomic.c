/*
 * atomic.c (stdlib) — the natives of package sync/atomic: the GCC/Clang __atomic builtins,
 * sequentially consistent, on the memory a Gale pointer addresses. Results go back to the
 * registers normalized as value.h says: 32-bit signed values sign-extended, unsigned ones
 * zero-extended. A nil address panics as Go's nil dereference does.
 */
#include "stdlib/internal.h"

#define SC __ATOMIC_SEQ_CST

static int add_Int32(G *g, Value *a)
{
    if (!a[0].p)
        return native_nil_deref(g);
    a[0].i = __atomic_add_fetch((int32_t *)a[0].p, (int32_t)a[1].i, SC);
    return NATIVE_OK;
}

static int load_Int32(G *g, Value *a)
{
    if (!a[0].p)
        return native_nil_deref(g);
    a[0].i = __atomic_load_n((int32_t *)a[0].p, SC);
    return NATIVE_OK;
}

static int store_Int32(G *g, Value *a)
{
    if (!a[0].p)
        return native_nil_deref(g);
    __atomic_store_n((int32_t *)a[0].p, (int32_t)a[1].i, SC);
    return NATIVE_OK;
}

static int swap_Int32(G *g, Value *a)
{
    if (!a[0].p)
        return native_nil_deref(g);
    a[0].i = __atomic_exchange_n((int32_t *)a[0].p, (int32_t)a[1].i, SC);
    return NATIVE_OK;
}

static int cas_Int32(G *g, Value *a)
{
    if (!a[0].p)
        return native_nil_deref(g);
    int32_t old = (int32_t)a[1].i;
    bool ok = __atomic_compare_exchange_n((int32_t *)a[0].p, &old, (int32_t)a[2].i, false, SC, SC);
    a[0] = native_bool(ok);
    return NATIVE_OK;
}

static int and_Int32(G *g, Value *a)
{
    if (!a[0].p)
        return native_nil_deref(g);
    a[0].i = __atomic_fetch_and((int32_t *)a[0].p, (int32_t)a[1].i, SC);
    return NATIVE_OK;
}

static int or_Int32(G *g, Value *a)
{
    if (!a[0].p)
        return native_nil_deref(g);
    a[0].i = __atomic_fetch_or((int32_t *)a[0].p, (int32_t)a[1].i, SC);
    return NATIVE_OK;
}

static int add_Int64(G *g, Value *a)
{
    if (!a[0].p)
        return native_nil_deref(g);
    a[0].i = __atomic_add_fetch((int64_t *)a[0].p, (int64_t)a[1].i, SC);
    return NATIVE_OK;
}

static int load_Int64(G *g, Value *a)
{
    if (!a[0].p)
        return native_nil_deref(g);
    a[0].i = __atomic_load_n((int64_t *)a[0].p, SC);
    return NATIVE_OK;
}

static int store_Int64(G *g, Value *a)
{
    if (!a[0].p)
        return native_nil_deref(g);
    __atomic_store_n((int64_t *)a[0].p, (int64_t)a[1].i, SC);
    return NATIVE_OK;
}

static int swap_Int64(G *g, Value *a)
{
    if (!a[0].p)
        return native_nil_deref(g);
    a[0].i = __atomic_exchange_n((int64_t *)a[0].p, (int64_t)a[1].i, SC);
    return NATIVE_OK;
}

static int cas_Int64(G *g, Value *a)
{
    if (!a[0].p)
        return native_nil_deref(g);
    int64_t old = (int64_t)a[1].i;
    bool ok = __atomic_compare_exchange_n((int64_t *)a[0].p, &old, (int64_t)a[2].i, false, SC, SC);
    a[0] = native_bool(ok);
    return NATIVE_OK;
}

static int and_Int64(G *g, Value *a)
{
    if (!a[0].p)
        return native_nil_deref(g);
    a[0].i = __atomic_fetch_and((int64_t *)a[0].p, (int64_t)a[1].i, SC);
    return NATIVE_OK;
}

static int or_Int64(G *g, Value *a)
{
    if (!a[0].p)
        return native_nil_deref(g);
    a[0].i = __atomic_fetch_or((int64_t *)a[0].p, (int64_t)a[1].i, SC);
    return NATIVE_OK;
}

static int add_Uint32(G *g, Value *a)
{
    if (!a[0].p)
        return native_nil_deref(g);
    a[0].u = __atomic_add_fetch((uint32_t *)a[0].p, (uint32_t)a[1].u, SC);
    return NATIVE_OK;
}

static int load_Uint32(G *g, Value *a)
{
    if (!a[0].p)
        return native_nil_deref(g);
    a[0].u = __atomic_load_n((uint32_t *)a[0].p, SC);
    return NATIVE_OK;
}

static int store_Uint32(G *g, Value *a)
{
    if (!a[0].p)
        return native_nil_deref(g);
    __atomic_store_n((uint32_t *)a[0].p, (uint32_t)a[1].u, SC);
    return NATIVE_OK;
}

static int swap_Uint32(G *g, Value *a)
{
    if (!a[0].p)
        return native_nil_deref(g);
    a[0].u = __atomic_exchange_n((uint32_t *)a[0].p, (uint32_t)a[1].u, SC);
    return NATIVE_OK;
}

static int cas_Uint32(G *g, Value *a)
{
    if (!a[0].p)
        return native_nil_deref(g);
    uint32_t old = (uint32_t)a[1].u;
    bool ok = __atomic_compare_exchange_n((uint32_t *)a[0].p, &old, (uint32_t)a[2].u, false, SC, SC);
    a[0] = native_bool(ok);
    return NATIVE_OK;
}

static int and_Uint32(G *g, Value *a)
{
    if (!a[0].p)
        return native_nil_deref(g);
    a[0].u = __atomic_fetch_and((uint32_t *)a[0].p, (uint32_t)a[1].u, SC);
    return NATIVE_OK;
}

static int or_Uint32(G *g, Value *a)
{
    if (!a[0].p)
        return native_nil_deref(g);
    a[0].u = __atomic_fetch_or((uint32_t *)a[0].p, (uint32_t)a[1].u, SC);
    return NATIVE_OK;
}

static int add_Uint64(G *g, Value *a)
{
    if (!a[0].p)
        return native_nil_deref(g);
    a[0].u = __atomic_add_fetch((uint64_t *)a[0].p, (uint64_t)a[1].u, SC);
    return NATIVE_OK;
}

static int load_Uint64(G *g, Value *a)
{
    if (!a[0].p)
        return native_nil_deref(g);
    a[0].u = __atomic_load_n((uint64_t *)a[0].p, SC);
    return NATIVE_OK;
}

static int store_Uint64(G *g, Value *a)
{
    if (!a[0].p)
        return native_nil_deref(g);
    __atomic_store_n((uint64_t *)a[0].p, (uint64_t)a[1].u, SC);
    return NATIVE_OK;
}

static int swap_Uint64(G *g, Value *a)
{
    if (!a[0].p)
        return native_nil_deref(g);
    a[0].u = __atomic_exchange_n((uint64_t *)a[0].p, (uint64_t)a[1].u, SC);
    return NATIVE_OK;
}

static int cas_Uint64(G *g, Value *a)
{
    if (!a[0].p)
        return native_nil_deref(g);
    uint64_t old = (uint64_t)a[1].u;
    bool ok = __atomic_compare_exchange_n((uint64_t *)a[0].p, &old, (uint64_t)a[2].u, false, SC, SC);
    a[0] = native_bool(ok);
    return NATIVE_OK;
}

static int and_Uint64(G *g, Value *a)
{
    if (!a[0].p)
        return native_nil_deref(g);
    a[0].u = __atomic_fetch_and((uint64_t *)a[0].p, (uint64_t)a[1].u, SC);
    return NATIVE_OK;
}

static int or_Uint64(G *g, Value *a)
{
    if (!a[0].p)
        return native_nil_deref(g);
    a[0].u = __atomic_fetch_or((uint64_t *)a[0].p, (uint64_t)a[1].u, SC);
    return NATIVE_OK;
}

static int add_Uintptr(G *g, Value *a)
{
    if (!a[0].p)
        return native_nil_deref(g);
    a[0].u = __atomic_add_fetch((uint64_t *)a[0].p, (uint64_t)a[1].u, SC);
    return NATIVE_OK;
}

static int load_Uintptr(G *g, Value *a)
{
    if (!a[0].p)
        return native_nil_deref(g);
    a[0].u = __atomic_load_n((uint64_t *)a[0].p, SC);
    return NATIVE_OK;
}

static int store_Uintptr(G *g, Value *a)
{
    if (!a[0].p)
        return native_nil_deref(g);
    __atomic_store_n((uint64_t *)a[0].p, (uint64_t)a[1].u, SC);
    return NATIVE_OK;
}

static int swap_Uintptr(G *g, Value *a)
{
    if (!a[0].p)
        return native_nil_deref(g);
    a[0].u = __atomic_exchange_n((uint64_t *)a[0].p, (uint64_t)a[1].u, SC);
    return NATIVE_OK;
}

static int cas_Uintptr(G *g, Value *a)
{
    if (!a[0].p)
        return native_nil_deref(g);
    uint64_t old = (uint64_t)a[1].u;
    bool ok = __atomic_compare_exchange_n((uint64_t *)a[0].p, &old, (uint64_t)a[2].u, false, SC, SC);
    a[0] = native_bool(ok);
    return NATIVE_OK;
}

static int and_Uintptr(G *g, Value *a)
{
    if (!a[0].p)
        return native_nil_deref(g);
    a[0].u = __atomic_fetch_and((uint64_t *)a[0].p, (uint64_t)a[1].u, SC);
    return NATIVE_OK;
}

static int or_Uintptr(G *g, Value *a)
{
    if (!a[0].p)
        return native_nil_deref(g);
    a[0].u = __atomic_fetch_or((uint64_t *)a[0].p, (uint64_t)a[1].u, SC);
    return NATIVE_OK;
}

static int load_any(G *g, Value *a)
{
    if (!a[0].p)
        return native_nil_deref(g);
    a[0].p = __atomic_load_n((void **)a[0].p, SC);
    return NATIVE_OK;
}

static int store_any(G *g, Value *a)
{
    if (!a[0].p)
        return native_nil_deref(g);
    __atomic_store_n((void **)a[0].p, a[1].p, SC);
    return NATIVE_OK;
}

static int swap_any(G *g, Value *a)
{
    if (!a[0].p)
        return native_nil_deref(g);
    a[0].p = __atomic_exchange_n((void **)a[0].p, a[1].p, SC);
    return NATIVE_OK;
}

static int cas_any(G *g, Value *a)
{
    if (!a[0].p)
        return native_nil_deref(g);
    void *old = a[1].p;
    bool ok = __atomic_compare_exchange_n((void **)a[0].p, &old, a[2].p, false, SC, SC);
    a[0] = native_bool(ok);
    return NATIVE_OK;
}

/* sameType(a, b any): interface values are Box pointers; both are non-nil here */
static int same_type(G *g, Value *a)
{
    const Box *x = a[0].p, *y = a[1].p;
    a[0] = native_bool(x && y && x->type == y->type);
    return NATIVE_OK;
}

const NativeDesc atomic_natives[] = {
    {"sync/atomic.AddInt32", add_Int32},
    {"sync/atomic.LoadInt32", load_Int32},
    {"sync/atomic.StoreInt32", store_Int32},
    {"sync/atomic.SwapInt32", swap_Int32},
    {"sync/atomic.CompareAndSwapInt32", cas_Int32},
    {"sync/atomic.AndInt32", and_Int32},
    {"sync/atomic.OrInt32", or_Int32},
    {"sync/atomic.AddInt64", add_Int64},
    {"sync/atomic.LoadInt64", load_Int64},
    {"sync/atomic.StoreInt64", store_Int64},
    {"sync/atomic.SwapInt64", swap_Int64},
    {"sync/atomic.CompareAndSwapInt64", cas_Int64},
    {"sync/atomic.AndInt64", and_Int64},
    {"sync/atomic.OrInt64", or_Int64},
    {"sync/atomic.AddUint32", add_Uint32},
    {"sync/atomic.LoadUint32", load_Uint32},
    {"sync/atomic.StoreUint32", store_Uint32},
    {"sync/atomic.SwapUint32", swap_Uint32},
    {"sync/atomic.CompareAndSwapUint32", cas_Uint32},
    {"sync/atomic.AndUint32", and_Uint32},
    {"sync/atomic.OrUint32", or_Uint32},
    {"sync/atomic.AddUint64", add_Uint64},
    {"sync/atomic.LoadUint64", load_Uint64},
    {"sync/atomic.StoreUint64", store_Uint64},
    {"sync/atomic.SwapUint64", swap_Uint64},
    {"sync/atomic.CompareAndSwapUint64", cas_Uint64},
    {"sync/atomic.AndUint64", and_Uint64},
    {"sync/atomic.OrUint64", or_Uint64},
    {"sync/atomic.AddUintptr", add_Uintptr},
    {"sync/atomic.LoadUintptr", load_Uintptr},
    {"sync/atomic.StoreUintptr", store_Uintptr},
    {"sync/atomic.SwapUintptr", swap_Uintptr},
    {"sync/atomic.CompareAndSwapUintptr", cas_Uintptr},
    {"sync/atomic.AndUintptr", and_Uintptr},
    {"sync/atomic.OrUintptr", or_Uintptr},
    {"sync/atomic.loadAny", load_any},
    {"sync/atomic.storeAny", store_any},
    {"sync/atomic.swapAny", swap_any},
    {"sync/atomic.casAny", cas_any},
    {"sync/atomic.sameType", same_type},
    {NULL, NULL},
};
