/*
 * sync.c (stdlib) — the natives of package sync: the runtime semaphores its primitives wait
 * on (vm/sema.c) and fatal errors. The primitives themselves are Gale code (sync.go).
 */
#include "stdlib/internal.h"

#include <stdio.h>

/* Go's wait reasons, in the order of sync.go's reason constants. */
static const char *const reasons[] = {
    "sync.Mutex.Lock", "sync.RWMutex.RLock", "sync.RWMutex.Lock",
    "semacquire", /* WaitGroup.Wait: Go 1.23 has no reason of its own for it */
    "sync.Cond.Wait",
};

/* semacquire(addr *uint32, reason int) */
static int sync_semacquire(G *g, Value *args)
{
    int64_t r = args[1].i;
    const char *reason = r >= 0 && r < (int64_t)ARRAY_LEN(reasons) ? reasons[r] : "semacquire";
    return gale_sema_acquire(g, args[0].p, reason, false);
}

/* semacquireMutex(addr *uint32, lifo bool) */
static int sync_semacquire_mutex(G *g, Value *args)
{
    return gale_sema_acquire(g, args[0].p, "sync.Mutex.Lock", args[1].i != 0);
}

/* canSpin(iter int) bool */
static int sync_can_spin(G *g, Value *args)
{
    args[0] = native_bool(gale_can_spin(g, (int)args[0].i));
    return NATIVE_OK;
}

/* doSpin(): Go's procyield(30) */
static int sync_do_spin(G *g, Value *args)
{
    (void)g, (void)args;
    for (int i = 0; i < 30; i++) {
#if defined(__x86_64__) || defined(__i386__)
        __builtin_ia32_pause();
#elif defined(__aarch64__)
        __asm__ volatile("yield");
#else
        __asm__ volatile("" ::: "memory");
#endif
    }
    return NATIVE_OK;
}

/* nanotime() int64 */
static int sync_nanotime(G *g, Value *args)
{
    (void)g;
    int64_t sec, nsec, mono;
    gale_now(&sec, &nsec, &mono);
    args[0] = native_int(mono);
    return NATIVE_OK;
}

/* semrelease(addr *uint32) */
static int sync_semrelease(G *g, Value *args)
{
    gale_sema_release(g, args[0].p);
    return NATIVE_OK;
}

/* fatal(msg string) */
static int sync_fatal(G *g, Value *args)
{
    const StrObj *s = args[0].p;
    char msg[256];
    snprintf(msg, sizeof msg, "%.*s", (int)str_len(s), (const char *)str_data(s));
    gale_fatal(g, msg);
}

const NativeDesc sync_natives[] = {
    {"sync.semacquire", sync_semacquire},
    {"sync.semrelease", sync_semrelease},
    {"sync.semacquireMutex", sync_semacquire_mutex},
    {"sync.canSpin", sync_can_spin},
    {"sync.doSpin", sync_do_spin},
    {"sync.nanotime", sync_nanotime},
    {"sync.fatal", sync_fatal},
    {NULL, NULL},
};
