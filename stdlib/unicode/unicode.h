/*
 * unicode.h — UTF-8 coding (runes.c) and character properties (chars.c) for the C side of the
 * standard library (fmt, strconv, strings, unicode, unicode/utf8). The functions
 * follow Go's unicode/utf8 and unicode packages exactly: an invalid or truncated encoding
 * decodes as (RuneError, 1); surrogates and runes above MaxRune encode as RuneError.
 * The property tables are generated from Go's unicode package
 * (tests/unit/stdlib/gen/tables), so classification matches the Go release used as oracle.
 * Nothing here allocates or touches the VM.
 */
#ifndef GALE_STDLIB_UNICODE_H
#define GALE_STDLIB_UNICODE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define UTF8_RUNE_ERROR 0xFFFD
#define UTF8_MAX_RUNE   0x10FFFF
#define UTF8_RUNE_SELF  0x80
#define UTF8_MAX        4

/* runes_decode decodes the first rune of the [n] bytes at [s] into *[r] and returns its size
 * in bytes: 0 (with RuneError) for n == 0, 1 (with RuneError) for an invalid encoding. */
int runes_decode(const uint8_t *s, size_t n, int32_t *r);
/* runes_decode_last is runes_decode for the last rune of [s]. */
int runes_decode_last(const uint8_t *s, size_t n, int32_t *r);
/* runes_encode writes the UTF-8 encoding of [r] (RuneError if invalid) to [buf], which has
 * room for UTF8_MAX bytes, and returns the number of bytes written. */
int runes_encode(uint8_t *buf, int32_t r);
/* runes_rune_len returns the encoded size of [r], or -1 if it is not a valid rune. */
int runes_rune_len(int32_t r);
/* runes_count returns the number of runes in [s] (each invalid byte counts as one). */
int64_t runes_count(const uint8_t *s, size_t n);
/* runes_valid reports whether [s] is entirely valid UTF-8. */
bool runes_valid(const uint8_t *s, size_t n);
/* runes_full reports whether [s] begins with a full (possibly invalid) encoding. */
bool runes_full(const uint8_t *s, size_t n);

/* Character classes of Go's unicode package (unicode.IsLetter ...). */
typedef enum UnicodeClass {
    UC_LETTER,
    UC_UPPER,
    UC_LOWER,
    UC_TITLE,
    UC_DIGIT,
    UC_NUMBER,
    UC_PUNCT,
    UC_SYMBOL,
    UC_MARK,
    UC_SPACE,
    UC_GRAPHIC,
    UC_PRINT,
    UC_CONTROL,
} UnicodeClass;

/* chars_is reports whether [r] belongs to [cls], as unicode.Is<Class>(r) does. */
bool chars_is(UnicodeClass cls, int32_t r);
/* chars_to_upper/lower/title map [r] as unicode.ToUpper/ToLower/ToTitle. */
int32_t chars_to_upper(int32_t r);
int32_t chars_to_lower(int32_t r);
int32_t chars_to_title(int32_t r);
/* chars_simple_fold returns unicode.SimpleFold([r]). */
int32_t chars_simple_fold(int32_t r);
/* chars_case_ranges points *[tab] at Go's CaseRanges, {Lo, Hi, delta upper, delta lower,
 * delta title} each (UpperLower deltas as Go writes them), and returns their number. */
size_t chars_case_ranges(const int32_t (**tab)[5]);

#endif
