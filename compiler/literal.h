/*
 * literal.h — values of Go string and rune literals, from their raw source text.
 *
 * The lexer has already reported malformed literals with Go's messages; these functions only
 * answer "what is the value", returning false (and no message) when the text is not a valid
 * literal, so callers can skip it without a second error. Pure functions, any thread.
 */
#ifndef GALE_COMPILER_LITERAL_H
#define GALE_COMPILER_LITERAL_H

#include "base/strbuf.h"

/* lit_unquote_string appends to [out] the bytes of the interpreted ("...") or raw (`...`)
 * string literal [raw] ([len] bytes, quotes included). Escapes are decoded (\xhh and \ooo
 * give single bytes, \u and \U UTF-8); raw strings drop carriage returns, as the spec says.
 * Returns false for text that is not a valid literal; [out] may then hold a prefix. */
bool lit_unquote_string(const char *raw, int len, StrBuf *out);
/* lit_unquote_rune stores in *[out] the value of the rune literal [raw] ('x', '\n', '\377',
 * '\u00e9'); returns false if [raw] is not exactly one valid character or escape. */
bool lit_unquote_rune(const char *raw, int len, int32_t *out);

#endif
