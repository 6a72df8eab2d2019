/*
 * syscall.c (stdlib) — the natives of package syscall: process and thread ids, kill(2), the
 * text of an errno value (also os's, through syscall.Errno), and the changes of the process
 * environment, made under base/env.h's process-wide lock.
 */
#define _GNU_SOURCE
#include <ctype.h>
#include <errno.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "base/env.h"
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

/* cstring copies the Gale string [s] into a new C string (owned by the caller), or returns
 * NULL when it holds a NUL byte (which syscall.go has ruled out). */
static char *cstring(StrObj *s)
{
    size_t n = (size_t)str_len(s);
    if (memchr(str_data(s), 0, n))
        return NULL;
    char *c = xmalloc(n + 1);
    memcpy(c, str_data(s), n);
    c[n] = 0;
    return c;
}

/* syscall.setenv(key, value string) (errno int) */
static int syscall_setenv(G *g, Value *args)
{
    (void)g;
    char *k = cstring(args[0].p), *v = cstring(args[1].p);
    int err = !k || !v ? EINVAL : env_set(k, v);
    free(k);
    free(v);
    args[0] = native_int(err);
    return NATIVE_OK;
}

/* syscall.unsetenv(key string) (errno int) */
static int syscall_unsetenv(G *g, Value *args)
{
    (void)g;
    char *k = cstring(args[0].p);
    int err = !k ? EINVAL : env_unset(k);
    free(k);
    args[0] = native_int(err);
    return NATIVE_OK;
}

/* syscall.environ() string: the "key=value" strings, each followed by a NUL byte */
static int syscall_environ(G *g, Value *args)
{
    size_t n;
    char *all = env_list(&n);
    args[0] = native_string(g, all, n);
    free(all);
    return NATIVE_OK;
}

/* syscall.clearenv() */
static int syscall_clearenv(G *g, Value *args)
{
    (void)g, (void)args;
    env_clear();
    return NATIVE_OK;
}

const NativeDesc syscall_natives[] = {
    {"syscall.setenv", syscall_setenv},
    {"syscall.unsetenv", syscall_unsetenv},
    {"syscall.environ", syscall_environ},
    {"syscall.clearenv", syscall_clearenv},
    {"syscall.Getpid", syscall_getpid},
    {"syscall.Getppid", syscall_getppid},
    {"syscall.Gettid", syscall_gettid},
    {"syscall.kill", syscall_kill},
    {"syscall.errnoText", syscall_errno_text},
    {NULL, NULL},
};
