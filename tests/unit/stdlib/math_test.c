/*
 * math_test.c — the math natives (stdlib/math/math.c) against Go 1.23's math on amd64,
 * bit for bit (any NaN matches any NaN). math_cases.inc comes from
 * tests/unit/stdlib/gen/mathcases. The natives are called through the package's table
 * with no goroutine: math natives never use it.
 */
#include <criterion/criterion.h>
#include <criterion/new/assert.h>
#include <math.h>
#include <string.h>

#include "stdlib/internal.h"

#include "math_cases.inc"

static NativeFn find(const char *name)
{
    for (const NativeDesc *d = math_natives; d->name; d++)
        if (strcmp(d->name, name) == 0)
            return d->fn;
    cr_fatal("no native %s", name);
    return NULL;
}

/* skip_on_this_cpu reports whether [fn]'s expected results depend on Go's Exp, whose amd64 code
 * takes an FMA path on CPUs with AVX and FMA (as the generating machine had). */
static bool skip_on_this_cpu(const char *fn)
{
    if (__builtin_cpu_supports("avx") && __builtin_cpu_supports("fma"))
        return false;
    return strcmp(fn, "math.Exp") == 0 || strcmp(fn, "math.Pow") == 0 ||
           strcmp(fn, "math.Sinh") == 0 || strcmp(fn, "math.Cosh") == 0 ||
           strcmp(fn, "math.Tanh") == 0;
}

static bool same(uint64_t a, uint64_t b)
{
    double x, y;
    memcpy(&x, &a, 8);
    memcpy(&y, &b, 8);
    return a == b || (x != x && y != y);
}

Test(math, unary_functions_match_go)
{
    int bad = 0;
    for (size_t i = 0; i < sizeof math1_cases / sizeof math1_cases[0]; i++) {
        Value args[2];
        if (skip_on_this_cpu(math1_cases[i].fn))
            continue;
        args[0].u = math1_cases[i].x;
        find(math1_cases[i].fn)(NULL, args);
        if (!same(args[0].u, math1_cases[i].want) && bad++ < 30)
            cr_log_error("%s(%016llx) = %016llx (%.17g), want %016llx", math1_cases[i].fn,
                         (unsigned long long)math1_cases[i].x, (unsigned long long)args[0].u,
                         args[0].f, (unsigned long long)math1_cases[i].want);
    }
    cr_assert(eq(int, bad, 0));
}

Test(math, binary_functions_match_go)
{
    int bad = 0;
    for (size_t i = 0; i < sizeof math2_cases / sizeof math2_cases[0]; i++) {
        Value args[2];
        if (skip_on_this_cpu(math2_cases[i].fn))
            continue;
        args[0].u = math2_cases[i].x;
        args[1].u = math2_cases[i].y;
        find(math2_cases[i].fn)(NULL, args);
        if (!same(args[0].u, math2_cases[i].want) && bad++ < 30)
            cr_log_error("%s(%016llx, %016llx) = %016llx, want %016llx", math2_cases[i].fn,
                         (unsigned long long)math2_cases[i].x, (unsigned long long)math2_cases[i].y,
                         (unsigned long long)args[0].u, (unsigned long long)math2_cases[i].want);
    }
    cr_assert(eq(int, bad, 0));
}

Test(math, modf_frexp_bits)
{
    Value a[2];
    a[0].f = -3.5;
    find("math.Modf")(NULL, a);
    cr_expect(eq(dbl, a[0].f, -3.0));
    cr_expect(eq(dbl, a[1].f, -0.5));
    a[0].f = 8;
    find("math.Frexp")(NULL, a);
    cr_expect(eq(dbl, a[0].f, 0.5));
    cr_expect(eq(i64, a[1].i, 4));
    a[0].f = 1.5;
    find("math.Float64bits")(NULL, a);
    cr_expect(eq(u64, a[0].u, 0x3FF8000000000000ULL));
}
