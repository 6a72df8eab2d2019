/*
 * constant.h — exact values of Go constants (GMP): booleans, strings, integers of any size and
 * rationals for untyped floats, with Go's representability rules.
 *
 * Untyped constant arithmetic is exact (Go spec "Constant expressions"); a value is rounded
 * only when it is converted to a typed float (const_round_float). Integer constants are limited
 * to CONST_MAX_BITS bits, floats to a decimal exponent magnitude of CONST_MAX_EXP (Go's
 * implementation limit is similar); beyond that the operation reports overflow so that no
 * input can make the compiler hang or exhaust memory.
 */
#ifndef GALE_CONSTANT_H
#define GALE_CONSTANT_H

#include <gmp.h>

#include "base/arena.h"
#include "base/strbuf.h"

#define CONST_MAX_BITS 512
#define CONST_MAX_EXP 10000

typedef enum { CV_BOOL, CV_STRING, CV_INT, CV_FLOAT } ConstKind;

struct ConstVal {
    ConstKind kind;
    bool b;           /* CV_BOOL */
    const char *s;    /* CV_STRING: bytes (arena), may contain NULs */
    size_t slen;
    mpz_t i;          /* CV_INT */
    mpq_t f;          /* CV_FLOAT (canonical rational) */
};
typedef struct ConstVal ConstVal;

/* Constructors: all values live in [a] (their GMP limbs are freed by const_arena_free). */
typedef struct ConstArena {
    Arena *arena;
    VEC(ConstVal *) all; /* owned list, for clearing GMP memory */
} ConstArena;

ConstVal *const_bool(ConstArena *a, bool b);
ConstVal *const_string(ConstArena *a, const char *s, size_t n);
ConstVal *const_int64(ConstArena *a, int64_t v);
ConstVal *const_uint64(ConstArena *a, uint64_t v);
ConstVal *const_float64(ConstArena *a, double v);
ConstVal *const_copy(ConstArena *a, const ConstVal *v);
void const_arena_free(ConstArena *a);

/* const_parse_int parses a Go integer literal (any base, underscores); false if malformed. */
bool const_parse_int(ConstArena *a, const char *lit, int len, ConstVal **out);
/* const_parse_float parses a decimal or hexadecimal float literal; false on malformed input or
 * an exponent beyond CONST_MAX_EXP. */
bool const_parse_float(ConstArena *a, const char *lit, int len, ConstVal **out);

/* const_to_int converts an integer-valued float to CV_INT; returns NULL if not integral. */
ConstVal *const_to_int(ConstArena *a, const ConstVal *v);
/* const_to_float converts an int to CV_FLOAT (exact). */
ConstVal *const_to_float(ConstArena *a, const ConstVal *v);

/* const_binary computes x op y (op a TOK_* arithmetic or bitwise token, or TOK_LAND/TOK_LOR
 * for bools, TOK_ADD for strings). Two CV_INT operands use integer arithmetic (truncated
 * division); otherwise the operands are converted to rationals. Returns NULL and sets *err to
 * Go's message on division by zero or overflow. */
ConstVal *const_binary(ConstArena *a, int op, const ConstVal *x, const ConstVal *y,
                       const char **err);
/* const_shift computes x << s or x >> s for CV_INT x. */
ConstVal *const_shift(ConstArena *a, int op, const ConstVal *x, uint64_t s, const char **err);
ConstVal *const_unary(ConstArena *a, int op, const ConstVal *x, int unsigned_bits,
                      const char **err);
/* const_compare returns the bool result of x op y (op a comparison token). */
bool const_compare(int op, const ConstVal *x, const ConstVal *y);

/* const_fits_int says whether integer v fits in a [bits]-bit signed or unsigned integer. */
bool const_fits_int(const ConstVal *v, int bits, bool is_unsigned);
/* const_round_float rounds v (INT or FLOAT) to the nearest float64 (or float32 when
 * [is32]); *overflow is set when the result would be infinite. */
double const_round_float(const ConstVal *v, bool is32, bool *overflow);
/* const_int64 / const_uint64 of an integer constant that fits (else the low 64 bits). */
int64_t const_get_int64(const ConstVal *v);
uint64_t const_get_uint64(const ConstVal *v);
/* const_sign returns -1, 0 or 1. */
int const_sign(const ConstVal *v);
/* const_is_int says whether v is CV_INT or an integral CV_FLOAT. */
bool const_is_integral(const ConstVal *v);

/* const_format writes v as Go's type checker prints constants in messages ("300", "1.5",
 * "\"abc\"", "true"). */
void const_format(StrBuf *out, const ConstVal *v);

#endif
