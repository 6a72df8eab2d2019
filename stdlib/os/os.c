/*
 * os.c — the natives of package os: writes and reads on file descriptors (through the
 * VM's gale_write, which keeps stdout and stderr ordered), os.Args, os.Exit, the
 * environment and error texts. Errors come back as errno values; stdlib/os/os.go turns
 * them into *os.PathError.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "stdlib/internal.h"

/* os.runtimeArgs() []string */
static int os_runtime_args(G *g, Value *args)
{
    args[0].p = gale_args(g);
    return 0;
}

static void write_result(Value *args, int64_t r)
{
    args[0] = native_int(r < 0 ? 0 : r);
    args[1] = native_int(r < 0 ? -r : 0);
}

/* write_syscall writes [n] bytes at [data] as a system call that may block (a full pipe, a
 * slow terminal): the other goroutines keep running meanwhile. */
static int write_syscall(G *g, Value *args, const void *data, int64_t n)
{
    int fd = (int)args[0].i;
    if (n == 0) {
        write_result(args, 0);
        return NATIVE_OK;
    }
    gale_entersyscall(g);
    int64_t r = gale_write(g, fd, data, (size_t)n);
    int rc = gale_exitsyscall(g);
    write_result(args, r);
    return rc;
}

/* os.write(fd int, b []byte) (n int, errno int) */
static int os_write(G *g, Value *args)
{
    SliceObj *b = args[1].p;
    return write_syscall(g, args, b ? b->data : NULL, slice_len(b));
}

/* os.writeString(fd int, s string) (n int, errno int) */
static int os_write_string(G *g, Value *args)
{
    StrObj *s = args[1].p;
    return write_syscall(g, args, s ? s->data : NULL, str_len(s));
}

/* os.read(fd int, b []byte) (n int, errno int): a blocking system call (a terminal, a pipe),
 * run so that the other goroutines keep running while it waits. */
static int os_read(G *g, Value *args)
{
    SliceObj *b = args[1].p;
    int fd = (int)args[0].i;
    void *data = b ? b->data : NULL;
    size_t len = (size_t)slice_len(b);
    ssize_t r;
    gale_entersyscall(g);
    do
        r = read(fd, data, len);
    while (r < 0 && errno == EINTR);
    int err = errno;
    int rc = gale_exitsyscall(g);
    write_result(args, r < 0 ? -(int64_t)err : (int64_t)r);
    return rc;
}

/* os.Exit(code int) */
static int os_exit(G *g, Value *args)
{
    return gale_exit(g, (int)args[0].i);
}

static char *cstr(StrObj *s)
{
    size_t n = (size_t)str_len(s);
    char *c = xmalloc(n + 1);
    memcpy(c, str_data(s), n);
    c[n] = 0;
    return c;
}

static const char *lookup(StrObj *name)
{
    char *key = cstr(name);
    const char *v = strchr(key, '=') || !key[0] ? NULL : getenv(key);
    free(key);
    return v;
}

/* os.LookupEnv(key string) (string, bool) */
static int os_lookup_env(G *g, Value *args)
{
    const char *v = lookup(args[0].p);
    args[1] = native_bool(v != NULL);
    args[0] = native_string(g, v ? v : "", v ? strlen(v) : 0);
    return 0;
}

/* os.Getenv(key string) string */
static int os_getenv(G *g, Value *args)
{
    const char *v = lookup(args[0].p);
    args[0] = native_string(g, v ? v : "", v ? strlen(v) : 0);
    return 0;
}

/* os.Getpid() int */
static int os_getpid(G *g, Value *args)
{
    args[0] = native_int(getpid());
    return 0;
}

const NativeDesc os_natives[] = {
    {"os.runtimeArgs", os_runtime_args},
    {"os.write", os_write},
    {"os.writeString", os_write_string},
    {"os.read", os_read},
    {"os.Exit", os_exit},
    {"os.Getenv", os_getenv},
    {"os.LookupEnv", os_lookup_env},
    {"os.Getpid", os_getpid},
    {NULL, NULL},
};
