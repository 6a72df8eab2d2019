/*
 * strconv.h — the conversion engines behind the strconv package, shared with fmt: number
 * formatting and parsing and Go-syntax quoting. Each is a port of the Go 1.23 code it is
 * named after, so that results are byte-for-byte Go's:
 *   ftoa.c   FormatFloat: Ryū shortest digits (strconv/ftoaryu.go), correctly rounded fixed
 *            digits (C's exact printf conversion), Go's %e/%f/%g/%b/%x layouts;
 *   atoi.c   ParseInt/ParseUint (base prefixes, underscores, range clamping), FormatInt;
 *   atof.c   ParseFloat: Go's syntax check (readFloat, special) then the C library's
 *            correctly rounded strtod/strtof;
 *   quote.c  Quote/QuoteRune (ASCII-only and graphic-only variants), CanBackquote,
 *            IsPrint/IsGraphic, Unquote.
 * They append to a StrBuf (owned by the caller) and never allocate Gale objects.
 */
#ifndef GALE_STDLIB_STRCONV_H
#define GALE_STDLIB_STRCONV_H

#include <stdbool.h>
#include <stdint.h>

#include "base/strbuf.h"

/* Result codes of the parsers; the Gale side turns them into *strconv.NumError. */
typedef enum ConvStatus {
    CONV_OK = 0,
    CONV_SYNTAX = 1,  /* ErrSyntax */
    CONV_RANGE = 2,   /* ErrRange (the value is clamped as Go does) */
    CONV_BASE = 3,    /* invalid base */
    CONV_BITSIZE = 4, /* invalid bit size */
} ConvStatus;

/* ftoa_format appends [v] formatted as strconv.FormatFloat(v, fmt, prec, bitsize) does;
 * [bitsize] must be 32 or 64. An unknown [fmt] appends "%" and fmt, as Go does. */
void ftoa_format(StrBuf *b, double v, int fmt, int64_t prec, int bitsize);
/* ftoa_format_split is ftoa_format for precisions too large to build in C: it appends the
 * result less a run of '0's, sets *[zeros] to that run's length (0 for most calls) and
 * returns the offset in [b] where the run belongs. */
size_t ftoa_format_split(StrBuf *b, double v, int fmt, int64_t prec, int bitsize,
                         uint64_t *zeros);

/* atoi_format appends [u] in [base] (2..36), preceded by '-' when [neg]. */
void atoi_format(StrBuf *b, uint64_t u, int base, bool neg);
/* atoi_parse_uint and atoi_parse_int parse the [n] bytes at [s] as ParseUint/ParseInt with
 * [base] (0 or 2..36) and [bitsize] (0..64); *[out] receives the value Go returns (0 on
 * syntax errors, the clamped bound on range errors). */
ConvStatus atoi_parse_uint(const uint8_t *s, size_t n, int base, int bitsize, uint64_t *out);
ConvStatus atoi_parse_int(const uint8_t *s, size_t n, int base, int bitsize, int64_t *out);

/* atof_parse parses [s] as ParseFloat(s, bitsize) (bitsize 32 rounds to float32). */
ConvStatus atof_parse(const uint8_t *s, size_t n, int bitsize, double *out);
/* atof_parse_prefix parses the longest float at the start of [s] as Go's parseFloatPrefix
 * (what ParseComplex will need): sets *[used] to its length (0 on a syntax error). */
ConvStatus atof_parse_prefix(const uint8_t *s, size_t n, int bitsize, double *out, size_t *used);

/* quote_unhex returns the value of hex digit [c], or -1 (Unquote's \x, \u, \U; also
 * encoding/hex, encoding/json's \u and regexp's \x). */
static inline int quote_unhex(uint8_t c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

/* quote_string appends [s] quoted with [quote] ('"' or '`' never; '"' or '\'' only),
 * escaping non-printable runes, or every non-ASCII rune when [ascii_only], keeping
 * graphic (not just printable) runes when [graphic_only]. */
void quote_string(StrBuf *b, const uint8_t *s, size_t n, char quote, bool ascii_only,
                  bool graphic_only);
/* quote_rune appends the single-quoted Go literal of [r] (RuneError if invalid). */
void quote_rune(StrBuf *b, int32_t r, bool ascii_only, bool graphic_only);
/* quote_can_backquote reports strconv.CanBackquote([s]). */
bool quote_can_backquote(const uint8_t *s, size_t n);
/* quote_is_print and quote_is_graphic are strconv.IsPrint and strconv.IsGraphic. */
bool quote_is_print(int32_t r);
bool quote_is_graphic(int32_t r);
/* quote_unquote_char decodes the character or escape at the start of [s] as
 * strconv.UnquoteChar(s, quote): sets *[value], *[multibyte] and *[used] (bytes read);
 * false on ErrSyntax. */
bool quote_unquote_char(const uint8_t *s, size_t n, uint8_t quote, int32_t *value,
                        bool *multibyte, size_t *used);
/* quote_unquote appends the value of the Go literal [s] (quoted with ", ' or `) as
 * strconv.Unquote; returns false (ErrSyntax) when [s] is not a valid literal. */
bool quote_unquote(StrBuf *b, const uint8_t *s, size_t n);

#endif
