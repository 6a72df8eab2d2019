/*
 * re2_shim.h — the C face of re2_shim.cc, the only C++ in Gale: compiles a pattern with
 * RE2 and matches it. regexp.c prepares Go's syntax for RE2 first and builds Go's errors.
 *
 * Ownership: re2shim_compile returns an owned ReProg (free it with re2shim_free) or NULL
 * and an owned, malloc'd error fragment. A ReProg is immutable and may be matched from
 * several threads at once (RE2 locks its lazily built DFA itself).
 */
#ifndef GALE_STDLIB_REGEXP_RE2_SHIM_H
#define GALE_STDLIB_REGEXP_RE2_SHIM_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct ReProg ReProg;

/* Compile modes (bit set). */
enum {
    RE2SHIM_POSIX = 1,   /* Go's CompilePOSIX: POSIX ERE syntax, leftmost-longest */
    RE2SHIM_LONGEST = 2, /* leftmost-longest (Go's Longest) */
};

/* re2shim_compile compiles the [len] bytes of [pat] in [mode]. On failure returns NULL,
 * sets *[code] to RE2's error code (RE2::ErrorCode) and *[arg] to the offending fragment
 * (owned, malloc'd; NULL when out of memory). */
ReProg *re2shim_compile(const char *pat, size_t len, int mode, int *code, char **arg);
void re2shim_free(ReProg *p);
/* re2shim_ncap returns the number of capturing groups. */
int re2shim_ncap(const ReProg *p);
/* re2shim_match searches text[pos:len] (the bytes before pos are context for \b and ^) for
 * the leftmost match and writes [npairs] start/end offsets to [cap] (-1 for a group that
 * did not take part; npairs 0 only answers whether there is a match). */
int re2shim_match(const ReProg *p, const char *text, size_t len, size_t pos, int64_t *cap,
                  int npairs);

#ifdef __cplusplus
}
#endif

#endif
