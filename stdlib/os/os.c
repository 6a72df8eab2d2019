/*
 * os.c — the natives of package os: the system calls behind files, directories, os.Args
 * and os.Exit (the environment is package syscall's). stdlib/os/os.go builds Go's API on
 * top of them.
 *
 * Conventions:
 *  1. Every native returns an errno value (0 on success) beside its result; os.go turns it
 *     into a syscall.Errno wrapped in *fs.PathError, so messages and errors.Is behave as in
 *     Go.
 *  2. A call that may block the thread (open, read, write, stat, getdents on a slow disk or a
 *     pipe) runs between gale_entersyscall and gale_exitsyscall, so that the other
 *     goroutines keep running. Paths are first copied into C strings (NUL-terminated, owned
 *     here); buffers passed in by Gale code stay reachable through args.
 *  3. Results that need allocating (a directory listing, the working directory) are
 *     gathered in C memory and turned into one Gale string last.
 * Writes to fds 1 and 2 go through gale_write, which keeps stdout and stderr ordered.
 */
#define _GNU_SOURCE
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "base/strbuf.h"
#include "stdlib/internal.h"


/* The FileMode bits of io/fs (the top bits of a uint32). */
enum {
    MODE_DIR = 1u << 31,
    MODE_SYMLINK = 1u << 27,
    MODE_DEVICE = 1u << 26,
    MODE_NAMED_PIPE = 1u << 25,
    MODE_SOCKET = 1u << 24,
    MODE_SETUID = 1u << 23,
    MODE_SETGID = 1u << 22,
    MODE_CHAR_DEVICE = 1u << 21,
    MODE_STICKY = 1u << 20,
};

/* os.runtimeArgs() []string */
static int os_runtime_args(G *g, Value *args)
{
    args[0].p = gale_args(g);
    return 0;
}

/* cpath copies the Gale string [s] into a new C string (owned by the caller), or returns
 * NULL when it holds a NUL byte (Go's EINVAL for such paths). */
static char *cpath(StrObj *s)
{
    size_t n = (size_t)str_len(s);
    if (memchr(str_data(s), 0, n))
        return NULL;
    char *c = xmalloc(n + 1);
    memcpy(c, str_data(s), n);
    c[n] = 0;
    return c;
}

static int64_t result_of(int64_t r)
{
    return r < 0 ? -(int64_t)errno : r;
}

/* set_result writes (n, errno) from [r], a count or -errno. */
static void set_result(Value *args, int64_t r)
{
    args[0] = native_int(r < 0 ? 0 : r);
    args[1] = native_int(r < 0 ? -r : 0);
}

/* ---- Reading and writing ---- */

/* write_syscall writes [n] bytes at [data] as a system call that may block (a full pipe, a
 * slow terminal): the other goroutines keep running meanwhile. */
static int write_syscall(G *g, Value *args, const void *data, int64_t n)
{
    int fd = (int)args[0].i;
    if (n == 0) {
        set_result(args, 0);
        return NATIVE_OK;
    }
    gale_entersyscall(g);
    int64_t r = gale_write(g, fd, data, (size_t)n);
    int rc = gale_exitsyscall(g);
    set_result(args, r);
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
    int64_t res = result_of(r);
    int rc = gale_exitsyscall(g);
    set_result(args, res);
    return rc;
}

/* os.pread(fd int, b []byte, off int64) (n int, errno int) */
static int os_pread(G *g, Value *args)
{
    SliceObj *b = args[1].p;
    int fd = (int)args[0].i;
    off_t off = (off_t)args[2].i;
    void *data = b ? b->data : NULL;
    size_t len = (size_t)slice_len(b);
    ssize_t r;
    gale_entersyscall(g);
    do
        r = pread(fd, data, len, off);
    while (r < 0 && errno == EINTR);
    int64_t res = result_of(r);
    int rc = gale_exitsyscall(g);
    set_result(args, res);
    return rc;
}

/* os.pwrite(fd int, b []byte, off int64) (n int, errno int) */
static int os_pwrite(G *g, Value *args)
{
    SliceObj *b = args[1].p;
    int fd = (int)args[0].i;
    off_t off = (off_t)args[2].i;
    const char *data = b ? (const char *)b->data : NULL;
    size_t len = (size_t)slice_len(b), done = 0;
    int64_t res = 0;
    gale_entersyscall(g);
    while (done < len) {
        ssize_t w = pwrite(fd, data + done, len - done, off + (off_t)done);
        if (w < 0 && errno == EINTR)
            continue;
        if (w <= 0) {
            res = w < 0 ? -(int64_t)errno : (int64_t)done;
            break;
        }
        done += (size_t)w;
        res = (int64_t)done;
    }
    int rc = gale_exitsyscall(g);
    /* a failed write after some bytes reports both: the count is kept in args[0] */
    args[0] = native_int((int64_t)done);
    args[1] = native_int(res < 0 ? -res : 0);
    return rc;
}

/* os.seek(fd int, off int64, whence int) (pos int64, errno int) */
static int os_seek(G *g, Value *args)
{
    (void)g;
    off_t r = lseek((int)args[0].i, (off_t)args[1].i, (int)args[2].i);
    set_result(args, result_of(r));
    return NATIVE_OK;
}

/* ---- Opening and closing ---- */

/* os.open(name string, flag int, perm uint32) (fd int, errno int) */
static int os_open(G *g, Value *args)
{
    char *path = cpath(args[0].p);
    if (!path) {
        set_result(args, -EINVAL);
        return NATIVE_OK;
    }
    int flag = (int)args[1].i | O_CLOEXEC;
    mode_t perm = (mode_t)args[2].i;
    int r;
    gale_entersyscall(g);
    do
        r = open(path, flag, perm);
    while (r < 0 && errno == EINTR);
    int64_t res = result_of(r);
    int rc = gale_exitsyscall(g);
    free(path);
    set_result(args, res);
    return rc;
}

/* os.closeFd(fd int) (errno int) */
static int os_close_fd(G *g, Value *args)
{
    (void)g;
    int r = close((int)args[0].i);
    /* Linux closes the descriptor even when close reports EINTR */
    args[0] = native_int(r < 0 && errno != EINTR ? errno : 0);
    return NATIVE_OK;
}

/* os.fsync(fd int) (errno int) */
static int os_fsync(G *g, Value *args)
{
    int fd = (int)args[0].i;
    gale_entersyscall(g);
    int r = fsync(fd);
    int err = r < 0 ? errno : 0;
    int rc = gale_exitsyscall(g);
    args[0] = native_int(err);
    return rc;
}

/* os.ftruncate(fd int, size int64) (errno int) */
static int os_ftruncate(G *g, Value *args)
{
    (void)g;
    int r = ftruncate((int)args[0].i, (off_t)args[1].i);
    args[0] = native_int(r < 0 ? errno : 0);
    return NATIVE_OK;
}

/* ---- File information ---- */

/* file_mode converts a st_mode to Go's FileMode. */
static uint32_t file_mode(mode_t m)
{
    uint32_t mode = m & 0777;
    switch (m & S_IFMT) {
    case S_IFBLK:
        mode |= MODE_DEVICE;
        break;
    case S_IFCHR:
        mode |= MODE_DEVICE | MODE_CHAR_DEVICE;
        break;
    case S_IFDIR:
        mode |= MODE_DIR;
        break;
    case S_IFIFO:
        mode |= MODE_NAMED_PIPE;
        break;
    case S_IFLNK:
        mode |= MODE_SYMLINK;
        break;
    case S_IFSOCK:
        mode |= MODE_SOCKET;
        break;
    }
    if (m & S_ISGID)
        mode |= MODE_SETGID;
    if (m & S_ISUID)
        mode |= MODE_SETUID;
    if (m & S_ISVTX)
        mode |= MODE_STICKY;
    return mode;
}

/* fill_stat stores mode, size, mtime seconds and nanoseconds, device and inode into the
 * []int64 [out]. */
static void fill_stat(SliceObj *out, const struct stat *st)
{
    if (slice_len(out) < 6)
        return;
    int64_t *v = (int64_t *)out->data;
    v[0] = file_mode(st->st_mode);
    v[1] = st->st_size;
    v[2] = st->st_mtim.tv_sec;
    v[3] = st->st_mtim.tv_nsec;
    v[4] = (int64_t)st->st_dev;
    v[5] = (int64_t)st->st_ino;
}

/* os.stat(name string, out []int64, follow bool) (errno int): stat, or lstat when !follow */
static int os_stat(G *g, Value *args)
{
    char *path = cpath(args[0].p);
    if (!path) {
        args[0] = native_int(EINVAL);
        return NATIVE_OK;
    }
    bool follow = args[2].i != 0;
    struct stat st;
    gale_entersyscall(g);
    int r = follow ? stat(path, &st) : lstat(path, &st);
    int err = r < 0 ? errno : 0;
    int rc = gale_exitsyscall(g);
    free(path);
    if (!err) /* plain numbers, no allocation: fine even without a P */
        fill_stat(args[1].p, &st);
    args[0] = native_int(err);
    return rc;
}

/* os.fstat(fd int, out []int64) (errno int) */
static int os_fstat(G *g, Value *args)
{
    (void)g;
    struct stat st;
    int r = fstat((int)args[0].i, &st);
    if (r == 0)
        fill_stat(args[1].p, &st);
    args[0] = native_int(r < 0 ? errno : 0);
    return NATIVE_OK;
}

/* dirent_type maps a d_type to the letter os.go decodes ('?': unknown, ask lstat). */
static char dirent_type(unsigned char t)
{
    switch (t) {
    case DT_DIR:
        return 'd';
    case DT_REG:
        return '-';
    case DT_LNK:
        return 'L';
    case DT_FIFO:
        return 'p';
    case DT_SOCK:
        return 'S';
    case DT_BLK:
        return 'D';
    case DT_CHR:
        return 'c';
    default:
        return '?';
    }
}

/* os.dirents(fd int, buf []byte) (n int, errno int): reads the next entries of the open
 * directory [fd] into [buf] with getdents64, then rewrites them in place as, for each entry
 * but "." and "..", a type letter, the name and a NUL byte (never longer than the record it
 * came from); n is the length of that text, 0 at the end of the directory. It may be 0
 * before the end too, when a batch held only "." and ".."; os.go then reads again, until
 * getdents64 itself returns nothing (errno -1 says "at the end"). */
static int os_dirents(G *g, Value *args)
{
    int fd = (int)args[0].i;
    SliceObj *b = args[1].p;
    char *buf = b ? (char *)b->data : NULL;
    size_t cap = (size_t)slice_len(b);
    long n;
    gale_entersyscall(g);
    do
        n = syscall(SYS_getdents64, fd, buf, cap);
    while (n < 0 && errno == EINTR);
    int err = n < 0 ? errno : 0;
    size_t w = 0;
    for (long off = 0; off < n;) {
        struct dirent64 *d = (struct dirent64 *)(buf + off);
        off += d->d_reclen;
        char type = dirent_type(d->d_type);
        const char *name = d->d_name;
        size_t len = strlen(name);
        if (d->d_ino == 0 || strcmp(name, ".") == 0 || strcmp(name, "..") == 0)
            continue;
        buf[w] = type;
        memmove(buf + w + 1, name, len + 1);
        w += len + 2;
    }
    int rc = gale_exitsyscall(g);
    args[0] = native_int((int64_t)w);
    args[1] = native_int(err ? err : n == 0 ? -1 : 0);
    return rc;
}

/* ---- Changing the file system ---- */

/* path_call runs [fn] on the C copy of the path in args[0] (and of args[1] if [two]) as a
 * system call, and writes its errno to args[0]. */
static int path_call(G *g, Value *args, bool two, int (*fn)(const char *, const char *, int64_t),
                     int64_t arg)
{
    char *a = cpath(args[0].p);
    char *b = two ? cpath(args[1].p) : NULL;
    if (!a || (two && !b)) {
        free(a);
        free(b);
        args[0] = native_int(EINVAL);
        return NATIVE_OK;
    }
    gale_entersyscall(g);
    int err = fn(a, b, arg);
    int rc = gale_exitsyscall(g);
    free(a);
    free(b);
    args[0] = native_int(err);
    return rc;
}

static int do_mkdir(const char *a, const char *b, int64_t perm)
{
    (void)b;
    return mkdir(a, (mode_t)perm) < 0 ? errno : 0;
}

/* Remove: unlink, then rmdir; when both fail, rmdir's error unless it is ENOTDIR (the path
 * named a file, so unlink's error is the real one), as Go's os.Remove decides. */
static int do_remove(const char *a, const char *b, int64_t arg)
{
    (void)b, (void)arg;
    if (unlink(a) == 0)
        return 0;
    int e = errno;
    if (rmdir(a) == 0)
        return 0;
    return errno != ENOTDIR ? errno : e;
}

static int do_rename(const char *a, const char *b, int64_t arg)
{
    (void)arg;
    return rename(a, b) < 0 ? errno : 0;
}

static int do_chmod(const char *a, const char *b, int64_t mode)
{
    (void)b;
    return chmod(a, (mode_t)mode) < 0 ? errno : 0;
}

static int do_symlink(const char *a, const char *b, int64_t arg)
{
    (void)arg;
    return symlink(a, b) < 0 ? errno : 0;
}

static int do_link(const char *a, const char *b, int64_t arg)
{
    (void)arg;
    return link(a, b) < 0 ? errno : 0;
}

static int do_truncate(const char *a, const char *b, int64_t size)
{
    (void)b;
    return truncate(a, (off_t)size) < 0 ? errno : 0;
}

static int do_chdir(const char *a, const char *b, int64_t arg)
{
    (void)b, (void)arg;
    return chdir(a) < 0 ? errno : 0;
}

/* os.mkdir(name string, perm uint32) (errno int) */
static int os_mkdir(G *g, Value *args)
{
    return path_call(g, args, false, do_mkdir, args[1].i);
}

/* os.remove(name string) (errno int) */
static int os_remove(G *g, Value *args)
{
    return path_call(g, args, false, do_remove, 0);
}

/* os.rename(from, to string) (errno int) */
static int os_rename(G *g, Value *args)
{
    return path_call(g, args, true, do_rename, 0);
}

/* os.chmod(name string, mode uint32) (errno int) */
static int os_chmod(G *g, Value *args)
{
    return path_call(g, args, false, do_chmod, args[1].i);
}

/* os.symlink(oldname, newname string) (errno int) */
static int os_symlink(G *g, Value *args)
{
    return path_call(g, args, true, do_symlink, 0);
}

/* os.link(oldname, newname string) (errno int) */
static int os_link(G *g, Value *args)
{
    return path_call(g, args, true, do_link, 0);
}

/* os.truncate(name string, size int64) (errno int) */
static int os_truncate(G *g, Value *args)
{
    return path_call(g, args, false, do_truncate, args[1].i);
}

/* os.chdir(name string) (errno int) */
static int os_chdir(G *g, Value *args)
{
    return path_call(g, args, false, do_chdir, 0);
}

/* os.utimes(name string, atime int64, mtime int64, omit int) (errno int): times in
 * nanoseconds since 1970; bit 0 of [omit] leaves the access time, bit 1 the modification
 * time unchanged. */
static int os_utimes(G *g, Value *args)
{
    char *path = cpath(args[0].p);
    if (!path) {
        args[0] = native_int(EINVAL);
        return NATIVE_OK;
    }
    struct timespec ts[2];
    for (int i = 0; i < 2; i++) {
        int64_t ns = args[1 + i].i;
        int64_t sec = ns / 1000000000, nsec = ns % 1000000000;
        if (nsec < 0) {
            nsec += 1000000000;
            sec--;
        }
        ts[i].tv_sec = (time_t)sec;
        ts[i].tv_nsec = (args[3].i >> i) & 1 ? UTIME_OMIT : (long)nsec;
    }
    gale_entersyscall(g);
    int r = utimensat(AT_FDCWD, path, ts, 0);
    int err = r < 0 ? errno : 0;
    int rc = gale_exitsyscall(g);
    free(path);
    args[0] = native_int(err);
    return rc;
}

/* os.fchmod(fd int, mode uint32) (errno int), os.fchdir(fd int) (errno int) */
static int os_fchmod(G *g, Value *args)
{
    (void)g;
    args[0] = native_int(fchmod((int)args[0].i, (mode_t)args[1].i) < 0 ? errno : 0);
    return NATIVE_OK;
}

static int os_fchdir(G *g, Value *args)
{
    (void)g;
    args[0] = native_int(fchdir((int)args[0].i) < 0 ? errno : 0);
    return NATIVE_OK;
}

/* os.readlink(name string, buf []byte) (n int, errno int): n == len(buf) means the target
 * may be longer; os.go retries with a larger buffer. */
static int os_readlink(G *g, Value *args)
{
    char *path = cpath(args[0].p);
    SliceObj *b = args[1].p;
    if (!path) {
        set_result(args, -EINVAL);
        return NATIVE_OK;
    }
    char *buf = b ? (char *)b->data : NULL;
    size_t cap = (size_t)slice_len(b);
    gale_entersyscall(g);
    ssize_t n = readlink(path, buf, cap);
    int64_t res = result_of(n);
    int rc = gale_exitsyscall(g);
    free(path);
    set_result(args, res);
    return rc;
}

/* os.pipe() (r int, w int, errno int) */
static int os_pipe(G *g, Value *args)
{
    (void)g;
    int fds[2];
    int r = pipe2(fds, O_CLOEXEC);
    args[0] = native_int(r < 0 ? -1 : fds[0]);
    args[1] = native_int(r < 0 ? -1 : fds[1]);
    args[2] = native_int(r < 0 ? errno : 0);
    return NATIVE_OK;
}

/* os.Getpagesize() int */
static int os_getpagesize(G *g, Value *args)
{
    (void)g;
    args[0] = native_int(sysconf(_SC_PAGESIZE));
    return NATIVE_OK;
}

/* os.getwd() (dir string, errno int) */
static int os_getwd(G *g, Value *args)
{
    char *dir = getcwd(NULL, 0);
    args[1] = native_int(dir ? 0 : errno);
    args[0] = native_string(g, dir ? dir : "", dir ? strlen(dir) : 0);
    free(dir);
    return NATIVE_OK;
}

/* os.hostname() (name string, errno int) */
static int os_hostname(G *g, Value *args)
{
    char buf[256];
    int r = gethostname(buf, sizeof buf);
    buf[sizeof buf - 1] = 0;
    args[1] = native_int(r < 0 ? errno : 0);
    args[0] = native_string(g, buf, r < 0 ? 0 : strlen(buf));
    return NATIVE_OK;
}

/* os.random() uint32: a random number for the names of temporary files */
static int os_random(G *g, Value *args)
{
    (void)g;
    uint32_t v = 0;
    if (getrandom(&v, sizeof v, 0) != (ssize_t)sizeof v)
        v = (uint32_t)getpid() * 2654435761u ^ (uint32_t)(uintptr_t)&v;
    args[0] = native_int(v);
    return NATIVE_OK;
}

/* ---- Processes and the environment ---- */

/* os.Exit(code int) */
static int os_exit(G *g, Value *args)
{
    return gale_exit(g, (int)args[0].i);
}

/* os.Getpid() int */
static int os_getpid(G *g, Value *args)
{
    (void)g;
    args[0] = native_int(getpid());
    return 0;
}

/* os.Getppid() int */
static int os_getppid(G *g, Value *args)
{
    (void)g;
    args[0] = native_int(getppid());
    return 0;
}

/* os.Getuid() int, os.Getgid() int */
static int os_getuid(G *g, Value *args)
{
    (void)g;
    args[0] = native_int(getuid());
    return 0;
}

static int os_getgid(G *g, Value *args)
{
    (void)g;
    args[0] = native_int(getgid());
    return 0;
}

/* os.Geteuid() int, os.Getegid() int */
static int os_geteuid(G *g, Value *args)
{
    (void)g;
    args[0] = native_int(geteuid());
    return 0;
}

static int os_getegid(G *g, Value *args)
{
    (void)g;
    args[0] = native_int(getegid());
    return 0;
}

const NativeDesc os_natives[] = {
    {"os.runtimeArgs", os_runtime_args},
    {"os.write", os_write},
    {"os.writeString", os_write_string},
    {"os.read", os_read},
    {"os.pread", os_pread},
    {"os.pwrite", os_pwrite},
    {"os.seek", os_seek},
    {"os.open", os_open},
    {"os.closeFd", os_close_fd},
    {"os.fsync", os_fsync},
    {"os.ftruncate", os_ftruncate},
    {"os.stat", os_stat},
    {"os.fstat", os_fstat},
    {"os.dirents", os_dirents},
    {"os.mkdir", os_mkdir},
    {"os.remove", os_remove},
    {"os.rename", os_rename},
    {"os.chmod", os_chmod},
    {"os.symlink", os_symlink},
    {"os.link", os_link},
    {"os.truncate", os_truncate},
    {"os.chdir", os_chdir},
    {"os.readlink", os_readlink},
    {"os.utimes", os_utimes},
    {"os.fchmod", os_fchmod},
    {"os.fchdir", os_fchdir},
    {"os.getwd", os_getwd},
    {"os.hostname", os_hostname},
    {"os.random", os_random},
    {"os.Exit", os_exit},
    {"os.Getpid", os_getpid},
    {"os.Getppid", os_getppid},
    {"os.Getuid", os_getuid},
    {"os.Getgid", os_getgid},
    {"os.Geteuid", os_geteuid},
    {"os.Getegid", os_getegid},
    {"os.Getpagesize", os_getpagesize},
    {"os.pipe", os_pipe},
    {NULL, NULL},
};
