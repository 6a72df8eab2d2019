/*
 * search_test.c — the byte engines shared by strings and bytes (stdlib/strings/search.c),
 * on cases whose answers come from Go 1.23's strings package.
 */
#include <criterion/criterion.h>
#include <criterion/new/assert.h>
#include <string.h>

#include "stdlib/strings/search.h"

#define P(s) (const uint8_t *)(s), (int64_t)strlen(s)

Test(search, index_count_last)
{
    cr_expect(eq(i64, search_index(P("chicken"), P("ken")), 4));
    cr_expect(eq(i64, search_index(P("chicken"), P("dmr")), -1));
    cr_expect(eq(i64, search_index(P("abc"), P("")), 0));
    cr_expect(eq(i64, search_index(P(""), P("a")), -1));
    cr_expect(eq(i64, search_last_index(P("go gopher"), P("go")), 3));
    cr_expect(eq(i64, search_last_index(P("abc"), P("")), 3));
    cr_expect(eq(i64, search_count(P("cheese"), P("e")), 3));
    cr_expect(eq(i64, search_count(P("five"), P("")), 5));
    cr_expect(eq(i64, search_count(P("a\xff\xfe"), P("")), 4)); /* each bad byte is a rune */
    cr_expect(eq(i64, search_count(P("aaaa"), P("aa")), 2));
    cr_expect(eq(i64, search_index_rune(P("chicken"), 'k'), 4));
    cr_expect(eq(i64, search_index_rune(P("a\xff" "b"), 0xFFFD), 1));
    cr_expect(eq(i64, search_index_rune(P("a\xed\xa0\x80"), 0xD800), -1)); /* surrogate */
    cr_expect(eq(i64, search_index_any(P("golang"), P("y\xe4\xb8\x96n")), 4));
    cr_expect(eq(i64, search_index_any(P("a\xff" "b"), P("\xfe")), 1));
    cr_expect(eq(i64, search_last_index_any(P("go gopher"), P("ordent")), 8));
    cr_expect(eq(i64, search_last_index_any(P("abc"), P("")), -1));
}

Test(search, equal_fold)
{
    cr_expect(search_equal_fold(P("Go"), P("GO")));
    cr_expect(search_equal_fold(P("\xce\xa3"), P("\xcf\x82")));     /* Σ ς */
    cr_expect(search_equal_fold(P("k"), P("\xe2\x84\xaa")));        /* k, Kelvin sign */
    cr_expect(search_equal_fold(P("\xff"), P("\xef\xbf\xbd")));     /* bad byte is U+FFFD */
    cr_expect(not(search_equal_fold(P("a"), P("ab"))));
    cr_expect(not(search_equal_fold(P("\xc3\x9f"), P("SS"))));      /* ß: no full folding */
}

Test(search, trim)
{
    int64_t i, j;
    search_trim(P("  \t x y \n"), NULL, 0, TRIM_LEFT | TRIM_RIGHT | TRIM_SPACE, &i, &j);
    cr_expect(eq(i64, i, 4));
    cr_expect(eq(i64, j, 7));
    search_trim(P("xxhixx"), P("x"), TRIM_LEFT, &i, &j);
    cr_expect(eq(i64, i, 2));
    cr_expect(eq(i64, j, 6));
    search_trim(P("\xff\xfe" "ab\xff"), P("\xc0"), TRIM_LEFT | TRIM_RIGHT, &i, &j);
    cr_expect(eq(i64, i, 2));
    cr_expect(eq(i64, j, 4));
    search_trim(P("aaa"), P("a"), TRIM_LEFT | TRIM_RIGHT, &i, &j);
    cr_expect(eq(i64, i, j));
}

static void maps(const char *s, CaseMap how, bool changed, const char *want)
{
    StrBuf b = {0};
    cr_expect(eq(int, search_map(&b, P(s), how), changed), "map %s", s);
    cr_expect(eq(str, (char *)strbuf_cstr(&b), (char *)want), "map %s", s);
    strbuf_free(&b);
}

Test(search, map_and_replace)
{
    maps("abc", CASE_UPPER, true, "ABC");
    maps("ABC", CASE_UPPER, false, "");
    maps("\xc7\x86", CASE_TITLE, true, "\xc7\x85");               /* ǆ -> ǅ */
    maps("a\xff", CASE_LOWER, true, "a\xef\xbf\xbd");            /* bad byte -> U+FFFD */
    maps("hello wORLD a_b-c", CASE_WORDS, true, "Hello WORLD A_b-C");
    StrBuf b = {0};
    cr_expect(search_replace(&b, P("oink oink oink"), P("oink"), P("moo"), -1));
    cr_expect(eq(str, (char *)strbuf_cstr(&b), (char *)"moo moo moo"));
    strbuf_reset(&b);
    cr_expect(search_replace(&b, P("h\xc3\xa9y"), P(""), P("-"), 3));
    cr_expect(eq(str, (char *)strbuf_cstr(&b), (char *)"-h-\xc3\xa9-y"));
    strbuf_reset(&b);
    cr_expect(not(search_replace(&b, P("abc"), P("x"), P("y"), -1)));
    cr_expect(search_to_valid(&b, P("a\xff\xfe" "b"), P("?")));
    cr_expect(eq(str, (char *)strbuf_cstr(&b), (char *)"a?b"));
    strbuf_free(&b);
}
