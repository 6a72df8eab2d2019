/*
 * adler32.c — the native of package hash/adler32: Go's update loop, reducing modulo 65521
 * after every 5552 bytes (the most that cannot overflow), so that even unusual states
 * restored by UnmarshalBinary give Go's results.
 */
#include "stdlib/internal.h"

enum { MOD = 65521, NMAX = 5552 };

/* adler32.update(d uint32, p []byte) uint32 */
static int adler32_update(G *g, Value *args)
{
    uint32_t d = (uint32_t)args[0].u, s1 = d & 0xffff, s2 = d >> 16;
    SliceObj *p = args[1].p;
    int64_t n = slice_len(p);
    const uint8_t *b = n ? p->data : NULL;
    while (n > 0) {
        int64_t k = n > NMAX ? NMAX : n;
        for (int64_t i = 0; i < k; i++) {
            s1 += b[i];
            s2 += s1;
        }
        s1 %= MOD;
        s2 %= MOD;
        b += k;
        n -= k;
    }
    args[0].u = s2 << 16 | s1;
    return NATIVE_OK;
}

const NativeDesc adler32_natives[] = {
    {"hash/adler32.update", adler32_update},
    {NULL, NULL},
};
