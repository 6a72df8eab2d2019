/*
 * syscall.c (stdlib) — the natives of package syscall: process and thread ids, kill(2), and
 * the text of an errno value (also os's, through syscall.Errno).
 */
#define _GNU_SOURCE
#include <ctype.h>
#include <errno.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "stdlib/internal.h"

static int syscall_getpid(G *g, Value *args)
{
    (void)g;
    args[0] = native_int(getpid());
    return NATIVE_OK;
}

static int syscall_getppid(G *g, Value *args)
{
    (void)g;
    args[0] = native_int(getppid());
    return NATIVE_OK;
}

static int syscall_gettid(G *g, Value *args)
{
    (void)g;
    args[0] = native_int((int64_t)syscall(SYS_gettid));
    return NATIVE_OK;
}

/* kill(pid, sig int) (errno int) */
static int syscall_kill(G *g, Value *args)
{
    (void)g;
    int r = kill((pid_t)args[0].i, (int)args[1].i);
    args[0] = native_int(r < 0 ? errno : 0);
    return NATIVE_OK;
}

/* errnoText(errno int) string: Go's spelling of strerror (lower-case first letter) */
static int syscall_errno_text(G *g, Value *args)
{
    char buf[256];
    const char *msg = strerror_r((int)args[0].i, buf, sizeof buf);
    size_t n = strlen(msg);
    if (n >= sizeof buf)
        n = sizeof buf - 1;
    memmove(buf, msg, n);
    buf[n] = 0;
    if (n > 1 && isupper((unsigned char)buf[0]) && !isupper((unsigned char)buf[1]))
        buf[0] = (char)tolower((unsigned char)buf[0]);
    args[0] = native_string(g, buf, n);
    return NATIVE_OK;
}

const NativeDesc syscall_natives[] = {
    {"syscall.Getpid", syscall_getpid},
    {"syscall.Getppid", syscall_getppid},
    {"syscall.Gettid", syscall_gettid},
    {"syscall.kill", syscall_kill},
    {"syscall.errnoText", syscall_errno_text},
    {NULL, NULL},
};
