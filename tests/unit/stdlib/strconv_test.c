/*
 * strconv_test.c — the C conversion engines of stdlib/strconv against Go 1.23's strconv:
 * every expected string and value in strconv_cases.inc comes from running Go's functions on
 * the same inputs (tests/unit/stdlib/gen/strconvcases regenerates it).
 */
#include <criterion/criterion.h>
#include <criterion/new/assert.h>
#include <locale.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "stdlib/strconv/strconv.h"

#include "strconv_cases.inc"

#define STR_EQ(a, b, ...) cr_expect(eq(str, (char *)(a), (char *)(b)), ##__VA_ARGS__)

static double from_bits(uint64_t u)
{
    double f;
    memcpy(&f, &u, sizeof f);
    return f;
}

static uint64_t to_bits(double f)
{
    uint64_t u;
    memcpy(&u, &f, sizeof u);
    return u;
}

Test(strconv, format_float_matches_go)
{
    StrBuf b = {0};
    int bad = 0;
    for (size_t i = 0; i < sizeof ftoa_cases / sizeof ftoa_cases[0]; i++) {
        strbuf_reset(&b);
        ftoa_format(&b, from_bits(ftoa_cases[i].bits), ftoa_cases[i].fmt, ftoa_cases[i].prec,
                    ftoa_cases[i].bitsize);
        if (strcmp(strbuf_cstr(&b), ftoa_cases[i].want) != 0 && bad++ < 20)
            cr_log_error("FormatFloat(%016llx, '%c', %d, %d) = %s, want %s",
                         (unsigned long long)ftoa_cases[i].bits, ftoa_cases[i].fmt,
                         ftoa_cases[i].prec, ftoa_cases[i].bitsize, strbuf_cstr(&b),
                         ftoa_cases[i].want);
    }
    strbuf_free(&b);
    cr_assert(eq(int, bad, 0));
}

/* 'f' with a precision has an exact integer fast path (ftoa.c, fixed_f_exact); the C
 * library's %.*f is the exact decimal value rounded half to even, as Go's, so the two must
 * agree on every input, including ties (x.125 at %.2f) and values near the path's limits. */
Test(strconv, fixed_f_matches_exact_rounding)
{
    StrBuf b = {0};
    char want[400];
    uint64_t x = 88172645463325252ull;
    int bad = 0;
    for (int i = 0; i < 200000; i++) {
        x ^= x << 13, x ^= x >> 7, x ^= x << 17;
        double v;
        switch (i % 4) {
        case 0: v = (double)(x % 100000000) / 1000.0; break;     /* ordinary decimals */
        case 1: v = (double)(x % 4096) / 1024.0; break;          /* exact binary ties */
        case 2: v = from_bits(x & 0x7fffffffffffffffull); break; /* any finite or not */
        default: v = ldexp((double)(int64_t)x, -(int)(x % 60)); break;
        }
        if (v != v || v - v != 0)
            continue;
        int prec = (int)(x >> 59) % 21;
        strbuf_reset(&b);
        ftoa_format(&b, v, 'f', prec, 64);
        snprintf(want, sizeof want, "%.*f", prec, v);
        if (strcmp(strbuf_cstr(&b), want) != 0 && bad++ < 20)
            cr_log_error("FormatFloat(%.17g, 'f', %d) = %s, want %s", v, prec, strbuf_cstr(&b),
                         want);
    }
    strbuf_free(&b);
    cr_assert(eq(int, bad, 0));
}

Test(strconv, shortest_tricky_doubles)
{
    static const struct {
        double v;
        const char *want;
    } cases[] = {
        {0.1, "0.1"},           {1e21, "1e+21"},       {1e20, "1e+20"},
        {5e-324, "5e-324"},     {1.7976931348623157e308, "1.7976931348623157e+308"},
        {123456789, "1.23456789e+08"}, {1e6, "1e+06"}, {100000, "100000"},
        {-0.0, "-0"},           {0.1 + 0.2, "0.30000000000000004"},
    };
    StrBuf b = {0};
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        strbuf_reset(&b);
        ftoa_format(&b, cases[i].v, 'g', -1, 64);
        STR_EQ((char *)strbuf_cstr(&b), (char *)cases[i].want);
    }
    strbuf_free(&b);
}

Test(strconv, parse_float_matches_go)
{
    int bad = 0;
    for (size_t i = 0; i < sizeof atof_cases / sizeof atof_cases[0]; i++) {
        double f;
        const char *in = atof_cases[i].in;
        ConvStatus st = atof_parse((const uint8_t *)in, strlen(in), atof_cases[i].bitsize, &f);
        uint64_t bits = f != f ? 0x7FF8000000000001ULL : to_bits(f);
        if ((bits != atof_cases[i].bits || (int)st != atof_cases[i].code) && bad++ < 20)
            cr_log_error("ParseFloat(%s, %d) = %016llx/%d, want %016llx/%d", in,
                         atof_cases[i].bitsize, (unsigned long long)bits, st,
                         (unsigned long long)atof_cases[i].bits, atof_cases[i].code);
    }
    cr_assert(eq(int, bad, 0));
}

Test(strconv, parse_int_matches_go)
{
    int bad = 0;
    for (size_t i = 0; i < sizeof atoi_cases / sizeof atoi_cases[0]; i++) {
        const char *in = atoi_cases[i].in;
        int64_t v;
        uint64_t u;
        ConvStatus si = atoi_parse_int((const uint8_t *)in, strlen(in), atoi_cases[i].base,
                                       atoi_cases[i].bitsize, &v);
        ConvStatus su = atoi_parse_uint((const uint8_t *)in, strlen(in), atoi_cases[i].base,
                                        atoi_cases[i].bitsize, &u);
        if ((v != atoi_cases[i].i || (int)si != atoi_cases[i].icode || u != atoi_cases[i].u ||
             (int)su != atoi_cases[i].ucode) &&
            bad++ < 20)
            cr_log_error("Parse(%s, %d, %d) = %lld/%d %llu/%d, want %lld/%d %llu/%d", in,
                         atoi_cases[i].base, atoi_cases[i].bitsize, (long long)v, si,
                         (unsigned long long)u, su, (long long)atoi_cases[i].i,
                         atoi_cases[i].icode, (unsigned long long)atoi_cases[i].u,
                         atoi_cases[i].ucode);
    }
    cr_assert(eq(int, bad, 0));
}

Test(strconv, format_int_bases)
{
    StrBuf b = {0};
    atoi_format(&b, 255, 16, false);
    STR_EQ((char *)strbuf_cstr(&b), "ff");
    strbuf_reset(&b);
    atoi_format(&b, (uint64_t)INT64_MAX + 1, 10, true);
    STR_EQ((char *)strbuf_cstr(&b), "-9223372036854775808");
    strbuf_reset(&b);
    atoi_format(&b, 35, 36, false);
    STR_EQ((char *)strbuf_cstr(&b), "z");
    strbuf_reset(&b);
    atoi_format(&b, 0, 2, false);
    STR_EQ((char *)strbuf_cstr(&b), "0");
    strbuf_free(&b);
}

Test(strconv, quote_matches_go)
{
    StrBuf b = {0};
    for (size_t i = 0; i < sizeof quote_cases / sizeof quote_cases[0]; i++) {
        const uint8_t *s = (const uint8_t *)quote_cases[i].in;
        size_t n = quote_cases[i].len;
        strbuf_reset(&b);
        quote_string(&b, s, n, '"', false, false);
        STR_EQ((char *)strbuf_cstr(&b), (char *)quote_cases[i].q);
        strbuf_reset(&b);
        quote_string(&b, s, n, '"', true, false);
        STR_EQ((char *)strbuf_cstr(&b), (char *)quote_cases[i].qa);
        strbuf_reset(&b);
        quote_string(&b, s, n, '"', false, true);
        STR_EQ((char *)strbuf_cstr(&b), (char *)quote_cases[i].qg);
        cr_expect(eq(int, quote_can_backquote(s, n), quote_cases[i].backq));
    }
    for (size_t i = 0; i < sizeof qrune_cases / sizeof qrune_cases[0]; i++) {
        strbuf_reset(&b);
        quote_rune(&b, qrune_cases[i].r, false, false);
        STR_EQ((char *)strbuf_cstr(&b), (char *)qrune_cases[i].q);
        strbuf_reset(&b);
        quote_rune(&b, qrune_cases[i].r, true, false);
        STR_EQ((char *)strbuf_cstr(&b), (char *)qrune_cases[i].qa);
        strbuf_reset(&b);
        quote_rune(&b, qrune_cases[i].r, false, true);
        STR_EQ((char *)strbuf_cstr(&b), (char *)qrune_cases[i].qg);
    }
    strbuf_free(&b);
}

Test(strconv, unquote_matches_go)
{
    StrBuf b = {0};
    for (size_t i = 0; i < sizeof unquote_cases / sizeof unquote_cases[0]; i++) {
        const char *in = unquote_cases[i].in;
        strbuf_reset(&b);
        bool ok = quote_unquote(&b, (const uint8_t *)in, strlen(in));
        cr_expect(eq(int, ok, unquote_cases[i].ok), "Unquote(%s)", in);
        if (ok && unquote_cases[i].ok)
            STR_EQ((char *)strbuf_cstr(&b), (char *)unquote_cases[i].out, "Unquote(%s)",
                      in);
    }
    strbuf_free(&b);
}

/* The engines under a locale whose radix point is ',' (a host embedding Gale may call
 * setlocale): every Go case again, formatting and parsing. Skipped where no such locale is
 * installed (localedef -i de_DE -f UTF-8 DIR/de_DE.UTF-8 and LOCPATH=DIR provide one). */
Test(strconv, comma_locale_changes_nothing)
{
    static const char *const names[] = {"de_DE.UTF-8", "de_DE.utf8", "de_DE", "fr_FR.UTF-8",
                                        "fr_FR.utf8", "fr_FR", "ru_RU.UTF-8", "nl_NL.UTF-8"};
    const char *got = NULL;
    for (size_t i = 0; i < sizeof names / sizeof names[0] && !got; i++)
        got = setlocale(LC_NUMERIC, names[i]);
    if (!got || strcmp(localeconv()->decimal_point, ".") == 0)
        cr_skip_test("no locale with a ',' radix point is installed");
    char probe[16];
    snprintf(probe, sizeof probe, "%.1f", 1.5);
    cr_assert(eq(str, probe, (char *)"1,5"), "the locale is not in effect");

    StrBuf b = {0};
    int bad = 0;
    for (size_t i = 0; i < sizeof ftoa_cases / sizeof ftoa_cases[0]; i++) {
        strbuf_reset(&b);
        ftoa_format(&b, from_bits(ftoa_cases[i].bits), ftoa_cases[i].fmt, ftoa_cases[i].prec,
                    ftoa_cases[i].bitsize);
        if (strcmp(strbuf_cstr(&b), ftoa_cases[i].want) != 0 && bad++ < 20)
            cr_log_error("FormatFloat(%016llx, %c, %d, %d) = %s, want %s",
                         (unsigned long long)ftoa_cases[i].bits, ftoa_cases[i].fmt,
                         ftoa_cases[i].prec, ftoa_cases[i].bitsize, strbuf_cstr(&b),
                         ftoa_cases[i].want);
    }
    for (size_t i = 0; i < sizeof atof_cases / sizeof atof_cases[0]; i++) {
        double f;
        const char *in = atof_cases[i].in;
        ConvStatus st = atof_parse((const uint8_t *)in, strlen(in), atof_cases[i].bitsize, &f);
        uint64_t bits = f != f ? 0x7FF8000000000001ULL : to_bits(f);
        if ((bits != atof_cases[i].bits || (int)st != atof_cases[i].code) && bad++ < 20)
            cr_log_error("ParseFloat(%s, %d) = %016llx/%d, want %016llx/%d", in,
                         atof_cases[i].bitsize, (unsigned long long)bits, st,
                         (unsigned long long)atof_cases[i].bits, atof_cases[i].code);
    }
    /* a few by hand: fractions, hex fractions, huge exponents, %f with many digits */
    static const struct {
        const char *in;
        double want;
    } more[] = {{"12.5e3", 12500}, {"0x1.8p3", 12}, {"-.5", -0.5}, {"5.", 5},
                {"0x.8p1", 1}, {"1_000.000_1", 1000.0001}, {"1e-400", 0},
                {"0.000000000000000000001e99999999999999999999999", INFINITY}};
    for (size_t i = 0; i < sizeof more / sizeof more[0]; i++) {
        double f;
        atof_parse((const uint8_t *)more[i].in, strlen(more[i].in), 64, &f);
        if (f != more[i].want && bad++ < 20)
            cr_log_error("ParseFloat(%s) = %g", more[i].in, f);
    }
    strbuf_reset(&b);
    ftoa_format(&b, 0.1, 'f', 30, 64);
    if (strcmp(strbuf_cstr(&b), "0.100000000000000005551115123126") != 0 && bad++ < 20)
        cr_log_error("FormatFloat(0.1, f, 30) = %s", strbuf_cstr(&b));
    strbuf_free(&b);
    setlocale(LC_NUMERIC, "C");
    cr_assert(eq(int, bad, 0));
}
