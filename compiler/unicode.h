/*
 * unicode.h — the little Unicode the front end needs: UTF-8 decoding and encoding, and Go's
 * letter, digit and printable classes (unicode.IsLetter, IsDigit, IsPrint).
 *
 * The class tables are generated from Go's own unicode package (scripts/gen_unicode.go), so the
 * lexer accepts exactly Go's identifiers. All functions are pure; no state, any thread.
 */
#ifndef GALE_COMPILER_UNICODE_H
#define GALE_COMPILER_UNICODE_H

#include "base/base.h"

#define UNICODE_MAX  0x10FFFF
#define UNICODE_BOM  0xFEFF
#define UNICODE_ERROR 0xFFFD

/* utf8_decode decodes the code point at [s] (at most [n] bytes available) into *[cp] and
 * returns its length (1-4). On an invalid or truncated sequence (including surrogates and
 * overlong forms) it stores UNICODE_ERROR and returns 0; the caller skips one byte. */
int utf8_decode(const char *s, size_t n, int32_t *cp);
/* utf8_encode writes [cp] as UTF-8 into [out] (room for 4 bytes) and returns the length;
 * invalid code points (surrogates, > UNICODE_MAX) are written as U+FFFD, as Go does. */
int utf8_encode(int32_t cp, char out[4]);

/* unicode_is_letter, unicode_is_digit and unicode_is_print answer Go's unicode.IsLetter,
 * IsDigit and IsPrint for [cp] (any value; ASCII included). */
bool unicode_is_letter(int32_t cp);
bool unicode_is_digit(int32_t cp);
bool unicode_is_print(int32_t cp);

#endif
