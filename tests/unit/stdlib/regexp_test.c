/*
 * regexp_test.c — the pure parts of package regexp: preparing Go's syntax for RE2
 * (stdlib/regexp/prepare.c: named groups, \C, POSIX negated classes, the offset map),
 * the nesting-depth estimate, the literal prefix, and the RE2 shim's matching.
 */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "stdlib/regexp/prepare.h"
#include "stdlib/regexp/re2_shim.h"

static char *prepared(const char *pat, bool posix)
{
    static char buf[256];
    Prepared pr;
    re_prepare(&pr, pat, strlen(pat), posix);
    snprintf(buf, sizeof buf, "%s", pr.out.data);
    re_prepared_free(&pr);
    return buf;
}

Test(prepare, renames_valid_names_and_keeps_invalid_ones_for_re2)
{
    cr_assert_str_eq(prepared("(?P<a>x)(?<b>y)(z)", false), "(?P<g1>x)(?P<g2>y)(z)");
    cr_assert_str_eq(prepared("(?P<a>x)(?P<a>?\?)", false), "(?P<g1>x)(?P<g2>?\?)");
    cr_assert_str_eq(prepared("(?<a-b>x)", false), "(?P<a-b>x)");
    cr_assert_str_eq(prepared("[(?<a>]\\(?<b>x)", false), "[(?<a>]\\(?<b>x)");
    cr_assert_str_eq(prepared("\\Q(?<a>\\E", false), "\\Q(?<a>\\E");
}

Test(prepare, records_names_in_group_order)
{
    Prepared pr;
    const char *p = "(a)(?P<x>b)(?:c)(?<y>d)";
    re_prepare(&pr, p, strlen(p), false);
    cr_assert_eq(pr.nnames, 3);
    cr_assert(pr.names[0] == NULL);
    cr_assert_str_eq(pr.names[1], "x");
    cr_assert_str_eq(pr.names[2], "y");
    re_prepared_free(&pr);
}

Test(prepare, c_escape_and_posix_negated_classes)
{
    cr_assert_str_eq(prepared("a\\Cb", false), "a\\8b");
    cr_assert_str_eq(prepared("[^a]", true), "[^a\n]");
    cr_assert_str_eq(prepared("[^a-]", true), "[^a\n-]");
    cr_assert_str_eq(prepared("[^-x]", true), "[^-\nx]");
    cr_assert_str_eq(prepared("[^a]", false), "[^a]");
}

Test(prepare, fragment_maps_back_to_the_go_pattern)
{
    Prepared pr;
    const char *p = "(?<n>a)\\C";
    re_prepare(&pr, p, strlen(p), false);
    size_t s, e;
    cr_assert(re_fragment(&pr, p, "\\8", &s, &e));
    cr_assert_eq(s, 7);
    cr_assert_eq(e, 9);
    cr_assert(re_fragment(&pr, p, "(?P<g1>a)", &s, &e));
    cr_assert_eq(s, 0);
    cr_assert_eq(e, 7);
    re_prepared_free(&pr);
}

static bool deep(const char *open, int n, const char *close)
{
    char buf[16384] = "";
    for (int i = 0; i < n; i++)
        strcat(buf, open);
    strcat(buf, "x");
    for (int i = 0; i < n; i++)
        strcat(buf, close);
    return re_too_deep(buf, strlen(buf));
}

Test(prepare, nesting_depth_follows_go_limit)
{
    cr_assert(!deep("(", 999, ")"));
    cr_assert(deep("(", 1001, ")"));
    cr_assert(!deep("(?:", 2000, ")"));
    cr_assert(deep("(?:", 1001, ")*"));
}

static const char *prefix(const char *pat, bool *complete)
{
    static StrBuf b;
    strbuf_reset(&b);
    *complete = re_literal_prefix(pat, strlen(pat), false, &b);
    return strbuf_cstr(&b);
}

Test(prepare, literal_prefix)
{
    bool c;
    cr_assert_str_eq(prefix("abc", &c), "abc");
    cr_assert(c);
    cr_assert_str_eq(prefix("abc+", &c), "abc");
    cr_assert(!c);
    cr_assert_str_eq(prefix("a{2}b", &c), "aab");
    cr_assert(c);
    cr_assert_str_eq(prefix("abc|abd", &c), "ab");
    cr_assert(!c);
    cr_assert_str_eq(prefix("(?i)abc", &c), "");
    cr_assert(!c);
    cr_assert_str_eq(prefix("^abc$", &c), "abc");
    cr_assert(c);
}

Test(shim, matches_with_context_before_pos)
{
    int code;
    char *arg;
    ReProg *p = re2shim_compile("\\bb(x)?", 7, 0, &code, &arg);
    cr_assert(p != NULL);
    int64_t cap[4];
    cr_assert(!re2shim_match(p, "ab", 2, 1, cap, 2)); /* no word boundary at 1 */
    cr_assert(re2shim_match(p, "a b", 3, 1, cap, 2));
    cr_assert_eq(cap[0], 2);
    cr_assert_eq(cap[1], 3);
    cr_assert_eq(cap[2], -1);
    re2shim_free(p);
    cr_assert(re2shim_compile("a**", 3, 0, &code, &arg) == NULL);
    cr_assert_str_eq(arg, "**");
    free(arg);
}
