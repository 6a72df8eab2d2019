/*
 * rand.c — the native of package crypto/rand: filling a byte slice from the kernel's
 * random source with getrandom(2), which blocks only until the entropy pool is first
 * initialized; the call runs between gale_entersyscall and gale_exitsyscall all the same
 * so that such a wait does not hold up the other goroutines.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <sys/random.h>

#include "stdlib/internal.h"

/* crypto/rand.fill(b []byte) (errno int): fills all of b (getrandom returns at most
 * 32 MiB per call, and may be interrupted by a signal). */
static int rand_fill(G *g, Value *args)
{
    SliceObj *b = args[0].p;
    uint8_t *p = b ? b->data : NULL;
    int64_t n = slice_len(b);
    int err = 0;
    gale_entersyscall(g);
    while (n > 0) {
        ssize_t r = getrandom(p, (size_t)n, 0);
        if (r < 0) {
            if (errno == EINTR)
                continue;
            err = errno;
            break;
        }
        p += r;
        n -= r;
    }
    int rc = gale_exitsyscall(g);
    args[0] = native_int(err);
    return rc;
}

const NativeDesc cryptorand_natives[] = {
    {"crypto/rand.fill", rand_fill},
    {NULL, NULL},
};
