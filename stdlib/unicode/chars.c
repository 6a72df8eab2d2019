/*
 * chars.c — Unicode character classes and case mapping (see unicode.h). The tables in
 * tables.inc are generated from Go's unicode package: each class is a sorted list of
 * disjoint [lo, hi] runs searched by bisection; case mapping uses Go's CaseRanges
 * (with the UpperLower convention for alternating runs) and the fold orbits that
 * SimpleFold consults before its ToLower/ToUpper fallback.
 */
#include "stdlib/unicode/unicode.h"

#include "base/base.h"

#include "stdlib/unicode/tables.inc"

#define UPPER_LOWER (UTF8_MAX_RUNE + 1)

static bool in_ranges(const uint32_t (*tab)[2], size_t n, int32_t r)
{
    if (r < 0)
        return false;
    uint32_t u = (uint32_t)r;
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t m = (lo + hi) / 2;
        if (u < tab[m][0])
            hi = m;
        else if (u > tab[m][1])
            lo = m + 1;
        else
            return true;
    }
    return false;
}

#define IN(tab, r) in_ranges(tab, ARRAY_LEN(tab), r)

bool chars_is(UnicodeClass cls, int32_t r)
{
    switch (cls) {
    case UC_LETTER:
        if (r < 0x80)
            return (r | 0x20) >= 'a' && (r | 0x20) <= 'z';
        return IN(tab_letter, r);
    case UC_UPPER:
        if (r < 0x80)
            return r >= 'A' && r <= 'Z';
        return IN(tab_upper, r);
    case UC_LOWER:
        if (r < 0x80)
            return r >= 'a' && r <= 'z';
        return IN(tab_lower, r);
    case UC_TITLE: return IN(tab_title, r);
    case UC_DIGIT:
        if (r < 0x80)
            return r >= '0' && r <= '9';
        return IN(tab_digit, r);
    case UC_NUMBER: return IN(tab_number, r);
    case UC_PUNCT: return IN(tab_punct, r);
    case UC_SYMBOL: return IN(tab_symbol, r);
    case UC_MARK: return IN(tab_mark, r);
    case UC_SPACE:
        if (r < 0x100)
            return r == '\t' || r == '\n' || r == '\v' || r == '\f' || r == '\r' || r == ' ' ||
                   r == 0x85 || r == 0xA0;
        return IN(tab_space, r);
    case UC_GRAPHIC: return IN(tab_graphic, r);
    case UC_PRINT: return IN(tab_print, r);
    case UC_CONTROL: return (r >= 0 && r < 0x20) || (r >= 0x7F && r < 0xA0);
    }
    return false;
}

/* to maps [r] with column [which] (0 upper, 1 lower, 2 title) of the case ranges. */
static int32_t to(int which, int32_t r)
{
    size_t lo = 0, hi = ARRAY_LEN(tab_case);
    while (lo < hi) {
        size_t m = (lo + hi) / 2;
        const int32_t *cr = tab_case[m];
        if (cr[0] <= r && r <= cr[1]) {
            int32_t delta = cr[2 + which];
            if (delta > UTF8_MAX_RUNE) {
                /* alternating Upper/Lower run: even offsets are upper case */
                return cr[0] + (((r - cr[0]) & ~1) | (which & 1));
            }
            return r + delta;
        }
        if (r < cr[0])
            hi = m;
        else
            lo = m + 1;
    }
    return r;
}

int32_t chars_to_upper(int32_t r)
{
    if (r < 0x80)
        return r >= 'a' && r <= 'z' ? r - ('a' - 'A') : r;
    return to(0, r);
}

int32_t chars_to_lower(int32_t r)
{
    if (r < 0x80)
        return r >= 'A' && r <= 'Z' ? r + ('a' - 'A') : r;
    return to(1, r);
}

int32_t chars_to_title(int32_t r)
{
    if (r < 0x80)
        return r >= 'a' && r <= 'z' ? r - ('a' - 'A') : r;
    return to(2, r);
}

int32_t chars_simple_fold(int32_t r)
{
    if (r < 0 || r > UTF8_MAX_RUNE)
        return r;
    size_t lo = 0, hi = ARRAY_LEN(tab_fold);
    while (lo < hi) {
        size_t m = (lo + hi) / 2;
        if ((int32_t)tab_fold[m][0] < r)
            lo = m + 1;
        else
            hi = m;
    }
    if (lo < ARRAY_LEN(tab_fold) && (int32_t)tab_fold[lo][0] == r)
        return (int32_t)tab_fold[lo][1];
    int32_t l = chars_to_lower(r);
    if (l != r)
        return l;
    return chars_to_upper(r);
}

size_t chars_case_ranges(const int32_t (**tab)[5])
{
    *tab = tab_case;
    return ARRAY_LEN(tab_case);
}
