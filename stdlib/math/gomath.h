/*
 * gomath.h — what the two C files of package math share (private to stdlib/math): the
 * bit-level helpers, and Go's versions of the elementary functions that the special
 * functions (special.c) call, so that they compose exactly as Go's code does.
 */
#ifndef GALE_STDLIB_GOMATH_H
#define GALE_STDLIB_GOMATH_H

#include <stdbool.h>
#include <stdint.h>
#include <string.h>

static inline uint64_t bits_of(double f)
{
    uint64_t u;
    memcpy(&u, &f, sizeof u);
    return u;
}

static inline double from_bits(uint64_t u)
{
    double f;
    memcpy(&f, &u, sizeof f);
    return f;
}

/* go_nan returns Go's NaN() (bits 0x7FF8000000000001). */
static inline double go_nan(void)
{
    return from_bits(0x7FF8000000000001ULL);
}

/* is_inf is Go's IsInf: sign > 0 +Inf, sign < 0 -Inf, 0 either. */
static inline bool is_inf(double f, int sign)
{
    return (sign >= 0 && f > 0x1.fffffffffffffp+1023) || (sign <= 0 && f < -0x1.fffffffffffffp+1023);
}

/* Go's Exp, Log (amd64 assembly), Pow, Sin, Cos, Log1p, Mod and Ldexp (math.c). */
double go_exp(double x);
double go_log(double x);
double go_pow(double x, double y);
double go_sin(double x);
double go_cos(double x);
double go_log1p(double x);
double go_mod(double x, double y);
double go_ldexp(double frac, int64_t exp);

/* The special functions of special.c: Go's pure-Go algorithms. */
double go_expm1(double x);
double go_asinh(double x);
double go_acosh(double x);
double go_atanh(double x);
double go_gamma(double x);
double go_lgamma(double x, int *sign);
double go_erf(double x);
double go_erfc(double x);
double go_erfinv(double x);
double go_erfcinv(double x);
double go_j0(double x);
double go_j1(double x);
double go_jn(int64_t n, double x);
double go_y0(double x);
double go_y1(double x);
double go_yn(int64_t n, double x);
int64_t go_ilogb(double x);
double go_logb(double x);

#endif
