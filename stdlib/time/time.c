/*
 * time.c (stdlib) — the natives of package time: the clocks, Sleep and the runtime timers
 * (vm/time.c does the work through api.h), and the system call that zones need: reading a
 * TZif file into a buffer that the Gale code provides (it parses the file); $TZ and
 * $ZONEINFO come from syscall.Getenv. No libc zone state (tzset, localtime_r) is used.
 */
#include "stdlib/internal.h"
#include "stdlib/time/format.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

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

/* startTimer(c chan Time, f func(), loc *Location, d, period int64) uintptr */
static int time_start_timer(G *g, Value *args)
{
    args[0].i = gale_timer_start(g, args[0].p, args[1].p, args[2].p, args[3].i, args[4].i);
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

/* readFile(path string, buf []byte) int: reads the whole file into buf with the P released;
 * the length, or -errno (-EFBIG when the file does not fit). */
static int time_read_file(G *g, Value *args)
{
    StrObj *s = args[0].p;
    SliceObj *buf = args[1].p;
    char path[4096];
    size_t n = (size_t)str_len(s);
    if (n == 0 || n >= sizeof path || memchr(str_data(s), 0, n)) {
        args[0].i = -ENOENT;
        return NATIVE_OK;
    }
    memcpy(path, str_data(s), n);
    path[n] = 0;
    uint8_t *data = buf ? buf->data : NULL;
    size_t cap = (size_t)slice_len(buf);
    int64_t total = 0;
    gale_entersyscall(g);
    int fd;
    do
        fd = open(path, O_RDONLY | O_CLOEXEC);
    while (fd < 0 && errno == EINTR);
    if (fd < 0)
        total = -errno;
    else {
        for (;;) {
            if ((size_t)total == cap) { /* full: too big unless at the end */
                char c;
                if (read(fd, &c, 1) != 0)
                    total = -EFBIG;
                break;
            }
            ssize_t r = read(fd, data + total, cap - (size_t)total);
            if (r < 0 && errno == EINTR)
                continue;
            if (r < 0) {
                total = -errno; /* EISDIR for a directory */
                break;
            }
            if (r == 0)
                break;
            total += r;
        }
        close(fd);
    }
    int rc = gale_exitsyscall(g);
    args[0].i = total;
    return rc;
}

/* civil(abs int64) (year int, month Month, day, yday int, secOfDay int64) */
static int time_civil_native(G *g, Value *args)
{
    (void)g;
    TimeCivil c = time_civil(args[0].i);
    args[0].i = c.year;
    args[1].i = c.month;
    args[2].i = c.day;
    args[3].i = c.yday;
    args[4].i = c.sec_of_day;
    return NATIVE_OK;
}

/* format(layout string, abs, nsec int64, name string, offset int) string */
static int time_format_native(G *g, Value *args)
{
    StrObj *layout = args[0].p, *name = args[3].p;
    StrBuf b = {0};
    time_format(&b, (const char *)str_data(layout), (size_t)str_len(layout), args[1].i,
                args[2].i, (const char *)str_data(name), (size_t)str_len(name), args[4].i);
    args[0] = native_string(g, b.data, b.len);
    strbuf_free(&b);
    return NATIVE_OK;
}

/* parseFields(st *parsed, layout, value string): parse.c's reading of value into *st. */
static int time_parse_fields(G *g, Value *args)
{
    (void)g;
    StrObj *layout = args[1].p, *value = args[2].p;
    time_parse(args[0].p, (const char *)str_data(layout), (size_t)str_len(layout),
               (const char *)str_data(value), (size_t)str_len(value));
    return NATIVE_OK;
}

const NativeDesc time_natives[] = {
    {"time.parseFields", time_parse_fields},
    {"time.civil", time_civil_native},
    {"time.format", time_format_native},
    {"time.readFile", time_read_file},
    {"time.now", time_now},
    {"time.Sleep", time_sleep},
    {"time.startTimer", time_start_timer},
    {"time.stopTimer", time_stop_timer},
    {"time.resetTimer", time_reset_timer},
    {NULL, NULL},
};
