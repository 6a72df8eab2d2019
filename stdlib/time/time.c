/*
 * time.c (stdlib) — the natives of package time: the clocks, Sleep and the runtime timers
 * (vm/time.c does the work through api.h).
 */
#include "stdlib/internal.h"

/* now() (sec, nsec, mono int64) */
static int time_now(G *g, Value *args)
{
    int64_t sec, nsec, mono;
    gale_now(&sec, &nsec, &mono);
    args[0].i = sec;
    args[1].i = nsec;
    args[2].i = mono;
    return NATIVE_OK;
}

/* Sleep(d Duration) */
static int time_sleep(G *g, Value *args)
{
    return gale_sleep(g, args[0].i);
}

/* startTimer(c chan Time, f func(), d, period int64) uintptr */
static int time_start_timer(G *g, Value *args)
{
    args[0].i = gale_timer_start(g, args[0].p, args[1].p, args[2].i, args[3].i);
    return NATIVE_OK;
}

/* stopTimer(h uintptr) bool */
static int time_stop_timer(G *g, Value *args)
{
    args[0] = native_bool(gale_timer_stop(g, args[0].i));
    return NATIVE_OK;
}

/* resetTimer(h uintptr, d, period int64) bool */
static int time_reset_timer(G *g, Value *args)
{
    args[0] = native_bool(gale_timer_reset(g, args[0].i, args[1].i, args[2].i));
    return NATIVE_OK;
}

const NativeDesc time_natives[] = {
    {"time.now", time_now},
    {"time.Sleep", time_sleep},
    {"time.startTimer", time_start_timer},
    {"time.stopTimer", time_stop_timer},
    {"time.resetTimer", time_reset_timer},
    {NULL, NULL},
};
