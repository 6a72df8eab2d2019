/*
 * search.h — the byte engines that packages strings and bytes share (search.c): substring
 * search, counting, rune search, any-of search, case-insensitive comparison, trimming,
 * rune mapping and replacing. They take (pointer, length) pairs, so the natives of strings
 * (strings.c) and of bytes (stdlib/bytes/bytes.c) run the same code on strings and on
 * []byte. Nothing here allocates Gale memory or touches the VM.
 *
 * UTF-8 rules are Go's: wherever a function works on runes, an invalid byte decodes as
 * RuneError of width 1 and compares equal to U+FFFD (so a cutset or a set of chars holding
 * an invalid byte matches every invalid byte of the subject, as in Go).
 */
#ifndef GALE_STDLIB_STRINGS_SEARCH_H
#define GALE_STDLIB_STRINGS_SEARCH_H

#include <stdbool.h>
#include <stdint.h>

#include "base/strbuf.h"

/* search_index returns the offset of the first [sub] in [s], 0 for an empty [sub], or -1. */
int64_t search_index(const uint8_t *s, int64_t n, const uint8_t *sub, int64_t m);
/* search_last_index returns the offset of the last [sub] in [s] ([n] for an empty [sub]). */
int64_t search_last_index(const uint8_t *s, int64_t n, const uint8_t *sub, int64_t m);
/* search_count counts non-overlapping [sub] in [s] (runes + 1 for an empty [sub]). */
int64_t search_count(const uint8_t *s, int64_t n, const uint8_t *sub, int64_t m);
int64_t search_index_byte(const uint8_t *s, int64_t n, uint8_t c);
int64_t search_last_index_byte(const uint8_t *s, int64_t n, uint8_t c);
/* search_index_rune is strings.IndexRune: RuneError finds the first invalid byte or
 * U+FFFD; an invalid rune finds nothing. */
int64_t search_index_rune(const uint8_t *s, int64_t n, int64_t r);
/* search_index_any and search_last_index_any are strings.IndexAny/LastIndexAny. */
int64_t search_index_any(const uint8_t *s, int64_t n, const uint8_t *chars, int64_t nc);
int64_t search_last_index_any(const uint8_t *s, int64_t n, const uint8_t *chars, int64_t nc);
/* search_equal_fold is strings.EqualFold (simple Unicode case folding). */
bool search_equal_fold(const uint8_t *s, int64_t ns, const uint8_t *t, int64_t nt);

/* What search_trim removes. */
enum {
    TRIM_LEFT = 1,
    TRIM_RIGHT = 2,
    TRIM_SPACE = 4, /* white space instead of a cutset */
};
/* search_trim finds the part [*i, *j) of [s] that trimming keeps, cutting the runes of
 * [cut] (or white space with TRIM_SPACE) from the sides that [how] names. */
void search_trim(const uint8_t *s, int64_t n, const uint8_t *cut, int64_t ncut, int how,
                 int64_t *i, int64_t *j);

/* The rune mappings of search_map. */
typedef enum CaseMap {
    CASE_UPPER,
    CASE_LOWER,
    CASE_TITLE, /* unicode.ToTitle of every rune */
    CASE_WORDS, /* strings.Title: ToTitle of each rune that starts a word */
} CaseMap;
/* search_map appends to [b] the mapping [how] of [s], as strings.Map does it (an invalid
 * byte becomes U+FFFD). Returns false, appending nothing, when the result would equal
 * [s] byte for byte. */
bool search_map(StrBuf *b, const uint8_t *s, int64_t n, CaseMap how);
/* search_to_valid appends [s] to [b] with each run of invalid bytes replaced by [rep];
 * false (nothing appended) when [s] is valid UTF-8. */
bool search_to_valid(StrBuf *b, const uint8_t *s, int64_t n, const uint8_t *rep, int64_t nrep);
/* search_replace appends to [b] strings.Replace(s, old, new, n); false (nothing appended)
 * when nothing is replaced. */
bool search_replace(StrBuf *b, const uint8_t *s, int64_t slen, const uint8_t *old,
                    int64_t oldlen, const uint8_t *nw, int64_t newlen, int64_t n);

#endif
