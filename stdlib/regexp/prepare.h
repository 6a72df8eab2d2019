/*
 * prepare.h — turning Go's regexp syntax into RE2's (prepare.c): pure functions over
 * bytes, no VM, so that unit tests can call them.
 */
#ifndef GALE_STDLIB_REGEXP_PREPARE_H
#define GALE_STDLIB_REGEXP_PREPARE_H

#include <stdbool.h>
#include <stddef.h>

#include "base/strbuf.h"

/* Prepared is a pattern rewritten for RE2: [out] (owned) and, for each byte of it, the
 * offset of the byte of the Go pattern it came from ([map], owned, out.len entries); the
 * names of the capture groups in order ([names], owned; NULL for an unnamed group). */
typedef struct Prepared {
    StrBuf out;
    size_t *map;
    char **names;
    int nnames;
} Prepared;

/* re_prepare rewrites the [n] bytes of Go pattern [pat] (Perl syntax unless [posix]). */
void re_prepare(Prepared *pr, const char *pat, size_t n, bool posix);
void re_prepared_free(Prepared *pr);
/* re_fragment maps the fragment [frag] of the rewritten pattern, as RE2 reported it, back
 * to the Go pattern [pat]: sets *[start] and *[end] to its offsets there; false when not
 * found. Of several places, it takes the first that RE2 saw unchanged, else the first. */
bool re_fragment(const Prepared *pr, const char *pat, const char *frag, size_t *start,
                 size_t *end);
/* re_too_deep reports whether Go's parser would reject the Go pattern [pat] as nesting
 * too deeply (its parse tree higher than 1000), estimated from the text; see prepare.c. */
bool re_too_deep(const char *pat, size_t n);
/* re_literal_prefix computes Go's LiteralPrefix for the Go pattern [pat] ([posix]: ^ and $
 * are line anchors, so no one-pass program):
 * writes the prefix's offsets-free bytes to [out] and returns whether the prefix is the
 * whole regexp. An approximation of Go's program walk; see prepare.c. */
bool re_literal_prefix(const char *pat, size_t n, bool posix, StrBuf *out);

#endif
