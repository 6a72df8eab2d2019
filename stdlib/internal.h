/*
 * internal.h — what the standard library's C files share: each package's table of natives
 * (one NativeDesc table per package, terminated by {NULL, NULL}; natives.c searches them
 * all) and small helpers for reading native arguments.
 *
 * Natives follow vm/api.h: `int fn(G *g, Value *args)`, arguments in args[0..], results
 * written back to args[0..] after every argument has been read. They allocate the final
 * result last, so that no freshly allocated object is held only in a C local while the
 * collector may run. Engines that tests call directly (formatting, conversions, UTF-8) live
 * in files that do not touch the VM; see stdlib/fmt/fmt.h, stdlib/strconv/strconv.h and
 * stdlib/unicode/unicode.h.
 */
#ifndef GALE_STDLIB_INTERNAL_H
#define GALE_STDLIB_INTERNAL_H

#include "vm/api.h"

extern const NativeDesc errors_natives[];
extern const NativeDesc fmt_natives[];
extern const NativeDesc math_natives[];
extern const NativeDesc os_natives[];
extern const NativeDesc sort_natives[];
extern const NativeDesc strconv_natives[];
extern const NativeDesc strings_natives[];
extern const NativeDesc unicode_natives[];
extern const NativeDesc utf8_natives[];
extern const NativeDesc sync_natives[];
extern const NativeDesc atomic_natives[];
extern const NativeDesc time_natives[];
extern const NativeDesc syscall_natives[];
extern const NativeDesc debug_natives[];
extern const NativeDesc bytes_natives[];
extern const NativeDesc json_natives[];
extern const NativeDesc bits_natives[];
extern const NativeDesc hex_natives[];
extern const NativeDesc base64_natives[];
extern const NativeDesc fnv_natives[];
extern const NativeDesc nettlehash_natives[];
extern const NativeDesc rand_natives[];
extern const NativeDesc randv2_natives[];
extern const NativeDesc crc32_natives[];
extern const NativeDesc adler32_natives[];
extern const NativeDesc regexp_natives[];
extern const NativeDesc flag_natives[];
extern const NativeDesc binary_natives[];
extern const NativeDesc cryptorand_natives[];

/* native_nil_deref raises Go's nil dereference panic (a runtime.Error, printed with the
 * "[signal SIGSEGV ...]" line when not recovered), for a native handed a nil pointer (a
 * nil receiver: (*rand.PCG)(nil).Uint64()) that it would otherwise follow. */
static inline int native_nil_deref(G *g)
{
    return gale_panic_runtime(g, "invalid memory address or nil pointer dereference");
}

/* native_string returns a new Gale string holding the [len] bytes at [s] ("" is NULL). */
static inline Value native_string(G *g, const void *s, size_t len)
{
    Value v;
    v.p = gale_string(g, s, len);
    return v;
}

static inline Value native_int(int64_t i)
{
    Value v;
    v.i = i;
    return v;
}

static inline Value native_float(double f)
{
    Value v;
    v.f = f;
    return v;
}

static inline Value native_bool(bool b)
{
    Value v;
    v.i = b;
    return v;
}

#endif
