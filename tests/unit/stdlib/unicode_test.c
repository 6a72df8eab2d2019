/*
 * unicode_test.c — the UTF-8 codec (stdlib/unicode/runes.c) and the character classes and
 * case mapping (chars.c), on cases whose answers come from Go 1.23's unicode/utf8 and
 * unicode packages.
 */
#include <criterion/criterion.h>
#include <criterion/new/assert.h>
#include <string.h>

#include "stdlib/unicode/unicode.h"

static void decodes(const char *s, int32_t want_r, int want_n)
{
    int32_t r;
    int n = runes_decode((const uint8_t *)s, strlen(s), &r);
    cr_expect(eq(i32, r, want_r), "decode %s", s);
    cr_expect(eq(int, n, want_n), "decode %s", s);
}

Test(unicode, decode_follows_go)
{
    decodes("a", 'a', 1);
    decodes("\xc3\xa9", 0xE9, 2);
    decodes("\xe4\xb8\x96x", 0x4E16, 3);
    decodes("\xf0\x9f\x98\x80", 0x1F600, 4);
    decodes("\xff", UTF8_RUNE_ERROR, 1);
    decodes("\xc0\x80", UTF8_RUNE_ERROR, 1);     /* overlong */
    decodes("\xed\xa0\x80", UTF8_RUNE_ERROR, 1); /* surrogate */
    decodes("\xf4\x90\x80\x80", UTF8_RUNE_ERROR, 1); /* above U+10FFFF */
    decodes("\xf0\x9f\x98", UTF8_RUNE_ERROR, 1);     /* truncated */
    decodes("", UTF8_RUNE_ERROR, 0);
    int32_t r;
    cr_expect(eq(int, runes_decode_last((const uint8_t *)"a\xe4\xb8\x96", 4, &r), 3));
    cr_expect(eq(i32, r, 0x4E16));
    cr_expect(eq(int, runes_decode_last((const uint8_t *)"a\x96", 2, &r), 1));
    cr_expect(eq(i32, r, UTF8_RUNE_ERROR));
}

Test(unicode, encode_count_valid)
{
    uint8_t buf[4];
    cr_expect(eq(int, runes_encode(buf, 0x20AC), 3));
    cr_expect(eq(int, memcmp(buf, "\xe2\x82\xac", 3), 0));
    cr_expect(eq(int, runes_encode(buf, 0xD800), 3));
    cr_expect(eq(int, memcmp(buf, "\xef\xbf\xbd", 3), 0));
    cr_expect(eq(int, runes_encode(buf, -1), 3));
    cr_expect(eq(int, runes_rune_len(0x10FFFF), 4));
    cr_expect(eq(int, runes_rune_len(0xDFFF), -1));
    cr_expect(eq(i64, runes_count((const uint8_t *)"h\xc3\xa9llo, \xe4\xb8\x96\xe7\x95\x8c", 14), 9));
    cr_expect(eq(i64, runes_count((const uint8_t *)"a\xff\xfe", 3), 3));
    cr_expect(runes_valid((const uint8_t *)"h\xc3\xa9", 3));
    cr_expect(not(runes_valid((const uint8_t *)"a\xff" "b", 3)));
    cr_expect(runes_full((const uint8_t *)"\xe4\xb8\x96", 3));
    cr_expect(not(runes_full((const uint8_t *)"\xe4\xb8", 2)));
    cr_expect(runes_full((const uint8_t *)"\xff", 1));
}

Test(unicode, classes_and_case)
{
    cr_expect(chars_is(UC_LETTER, 0xE9));
    cr_expect(chars_is(UC_DIGIT, 0x663));
    cr_expect(not(chars_is(UC_LETTER, '1')));
    cr_expect(chars_is(UC_SPACE, 0x85));
    cr_expect(chars_is(UC_SPACE, 0x3000));
    cr_expect(not(chars_is(UC_SPACE, 0x200B)));
    cr_expect(chars_is(UC_UPPER, 0xC4));
    cr_expect(chars_is(UC_PUNCT, '!'));
    cr_expect(chars_is(UC_CONTROL, 0x9F));
    cr_expect(not(chars_is(UC_PRINT, 0xAD)));
    cr_expect(eq(i32, chars_to_lower(0xC4), 0xE4));
    cr_expect(eq(i32, chars_to_upper(0xDF), 0xDF));
    cr_expect(eq(i32, chars_to_lower(0x130), 'i'));
    cr_expect(eq(i32, chars_to_upper(0x1C6), 0x1C4));
    cr_expect(eq(i32, chars_to_title(0x1C6), 0x1C5));
    cr_expect(eq(i32, chars_simple_fold('K'), 'k'));
    cr_expect(eq(i32, chars_simple_fold('k'), 0x212A));
    cr_expect(eq(i32, chars_simple_fold(0x212A), 'K'));
    cr_expect(eq(i32, chars_simple_fold('1'), '1'));
}
