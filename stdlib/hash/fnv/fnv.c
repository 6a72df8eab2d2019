/*
 * fnv.c — the natives of package hash/fnv: the FNV-1 and FNV-1a loops over a byte slice,
 * for 32, 64 and 128 bits (128-bit arithmetic with unsigned __int128; the 128-bit prime
 * is 2^88 + 0x13b). The running hash lives in the Gale value, so these only fold bytes in.
 */
#include "stdlib/internal.h"

typedef unsigned __int128 u128;

#define PRIME32 16777619u
#define PRIME64 1099511628211ull

/* fnv.update32(h uint32, p []byte, a bool) uint32 */
static int fnv_update32(G *g, Value *args)
{
    uint32_t h = (uint32_t)args[0].u;
    SliceObj *p = args[1].p;
    int64_t n = slice_len(p);
    if (args[2].i) {
        for (int64_t i = 0; i < n; i++)
            h = (h ^ p->data[i]) * PRIME32;
    } else {
        for (int64_t i = 0; i < n; i++)
            h = (h * PRIME32) ^ p->data[i];
    }
    args[0].u = h;
    return NATIVE_OK;
}

/* fnv.update64(h uint64, p []byte, a bool) uint64 */
static int fnv_update64(G *g, Value *args)
{
    uint64_t h = args[0].u;
    SliceObj *p = args[1].p;
    int64_t n = slice_len(p);
    if (args[2].i) {
        for (int64_t i = 0; i < n; i++)
            h = (h ^ p->data[i]) * PRIME64;
    } else {
        for (int64_t i = 0; i < n; i++)
            h = (h * PRIME64) ^ p->data[i];
    }
    args[0].u = h;
    return NATIVE_OK;
}

/* fnv.update128(s *[2]uint64, p []byte, a bool): s[0] is the high half. */
static int fnv_update128(G *g, Value *args)
{
    uint64_t *s = args[0].p;
    SliceObj *p = args[1].p;
    int64_t n = slice_len(p);
    const u128 prime = ((u128)1 << 88) + 0x13b;
    u128 h = (u128)s[0] << 64 | s[1];
    if (args[2].i) {
        for (int64_t i = 0; i < n; i++)
            h = (h ^ p->data[i]) * prime;
    } else {
        for (int64_t i = 0; i < n; i++)
            h = (h * prime) ^ p->data[i];
    }
    s[0] = (uint64_t)(h >> 64);
    s[1] = (uint64_t)h;
    return NATIVE_OK;
}

const NativeDesc fnv_natives[] = {
    {"hash/fnv.update32", fnv_update32},
    {"hash/fnv.update64", fnv_update64},
    {"hash/fnv.update128", fnv_update128},
    {NULL, NULL},
};
