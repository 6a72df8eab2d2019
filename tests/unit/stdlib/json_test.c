/*
 * json_test.c — the C engine of encoding/json that needs no VM: the scanner
 * (stdlib/encoding/json/scan.c: checkValid's messages and offsets, Compact, Indent, the end
 * of a stream's value) and string escaping (fields.c), on cases whose answers come from Go
 * 1.23's encoding/json.
 */
#include <criterion/criterion.h>
#include <criterion/new/assert.h>
#include <string.h>

#include "stdlib/encoding/json/json.h"

static void invalid(const char *in, const char *msg, int64_t off)
{
    JsonScanner s = {0};
    cr_expect(not(scan_check(&s, (const uint8_t *)in, strlen(in))), "%s", in);
    cr_expect(eq(str, s.msg, (char *)msg), "%s", in);
    cr_expect(eq(i64, s.err_offset, off), "%s", in);
    scan_free(&s);
}

static void valid(const char *in)
{
    JsonScanner s = {0};
    cr_expect(scan_check(&s, (const uint8_t *)in, strlen(in)), "%s: %s", in, s.msg);
    scan_free(&s);
}

Test(json, check_valid_messages_and_offsets)
{
    valid("{}");
    valid(" [1, -0.5e+3, \"\\u00e9\", true, false, null, {\"a\": []}] ");
    valid("0");
    invalid("", "unexpected end of JSON input", 0);
    invalid("{", "unexpected end of JSON input", 1);
    invalid("x", "invalid character 'x' looking for beginning of value", 1);
    invalid("[1,]", "invalid character ']' looking for beginning of value", 4);
    invalid("{\"a\" 1}", "invalid character '1' after object key", 6);
    invalid("{\"a\":1 2}", "invalid character '2' after object key:value pair", 8);
    invalid("[1 2]", "invalid character '2' after array element", 4);
    invalid("{1:2}", "invalid character '1' looking for beginning of object key string", 2);
    invalid("01", "invalid character '1' after top-level value", 2);
    /* at the end, a space is stepped: a literal cut short complains about it */
    invalid("-", "invalid character ' ' in numeric literal", 1);
    invalid("-x", "invalid character 'x' in numeric literal", 2);
    invalid("1.x", "invalid character 'x' after decimal point in numeric literal", 3);
    invalid("1ex", "invalid character 'x' in exponent of numeric literal", 3);
    invalid("tru", "invalid character ' ' in literal true (expecting 'e')", 3);
    invalid("trUe", "invalid character 'U' in literal true (expecting 'u')", 3);
    invalid("nul!", "invalid character '!' in literal null (expecting 'l')", 4);
    invalid("\"\x01\"", "invalid character '\\x01' in string literal", 2);
    invalid("\"\\x\"", "invalid character 'x' in string escape code", 3);
    invalid("\"\\u12g4\"", "invalid character 'g' in \\u hexadecimal character escape", 6);
    invalid("'", "invalid character '\\'' looking for beginning of value", 1);
    invalid("\xc3", "invalid character 'Ã' looking for beginning of value", 1);
    invalid("\x80", "invalid character '\\u0080' looking for beginning of value", 1);
    invalid("{} x", "invalid character 'x' after top-level value", 4);
}

Test(json, depth_limit)
{
    char *in = malloc(10002);
    memset(in, '[', 10001);
    in[10001] = 0;
    invalid(in, "invalid character '[' exceeded max depth", 10001);
    free(in);
}

static void compacts(const char *in, bool escape, const char *want)
{
    JsonScanner s = {0};
    JBuf b = {0};
    cr_expect(scan_compact(&s, &b, (const uint8_t *)in, strlen(in), escape), "%s", in);
    jbuf_putc(&b, 0);
    cr_expect(eq(str, (char *)b.data, (char *)want), "%s", in);
    free(b.data);
    scan_free(&s);
}

Test(json, compact)
{
    compacts(" { \"a\" : [ 1 , 2 ] , \"b\" : \"x y\" } ", false, "{\"a\":[1,2],\"b\":\"x y\"}");
    compacts("[\"<&>\"]", true, "[\"\\u003c\\u0026\\u003e\"]");
    compacts("\"\xe2\x80\xa8\"", true, "\"\\u2028\"");
    compacts("\"\xe2\x80\xa8\"", false, "\"\xe2\x80\xa8\"");
    JsonScanner s = {0};
    JBuf b = {0};
    cr_expect(not(scan_compact(&s, &b, (const uint8_t *)"[1,", 3, false)));
    cr_expect(eq(sz, b.len, 0));
    free(b.data);
    scan_free(&s);
}

Test(json, indent)
{
    const char *in = " {\"a\":[1,2],\"b\":{},\"c\":[]}\n";
    JsonScanner s = {0};
    JBuf b = {0};
    cr_expect(scan_indent(&s, &b, (const uint8_t *)in, strlen(in), (const uint8_t *)">", 1,
                          (const uint8_t *)"  ", 2));
    jbuf_putc(&b, 0);
    cr_expect(eq(str, (char *)b.data,
                 (char *)"{\n>  \"a\": [\n>    1,\n>    2\n>  ],\n>  \"b\": {},\n>  \"c\": []\n>}\n"));
    free(b.data);
    scan_free(&s);
}

static void ends(const char *in, bool eof, int64_t want)
{
    JsonScanner s = {0};
    bool empty;
    int64_t n = scan_value_end(&s, (const uint8_t *)in, strlen(in), eof, &empty);
    if (n == 0 && empty)
        n = -3;
    cr_expect(eq(i64, n, want), "%s eof=%d", in, eof);
    scan_free(&s);
}

Test(json, value_end)
{
    ends("{\"a\":1} {", false, 7);
    ends("  [1,2]", false, 7);
    ends("123", false, 0); /* the number may go on */
    ends("123", true, 3);
    ends("123 ", false, 3);
    ends("\"ab\"x", false, 4);
    ends("[1,", true, -2);
    ends("   ", true, -3);
    ends("[1,}", false, -1);
}

static void quotes(const char *in, bool html, const char *want)
{
    JBuf b = {0};
    json_append_string(&b, (const uint8_t *)in, strlen(in), html);
    jbuf_putc(&b, 0);
    cr_expect(eq(str, (char *)b.data, (char *)want), "%s", in);
    free(b.data);
}

Test(json, strings)
{
    quotes("plain", true, "\"plain\"");
    quotes("q\"b\\\n\r\t\b\f\x01", false, "\"q\\\"b\\\\\\n\\r\\t\\b\\f\\u0001\"");
    quotes("<&>", true, "\"\\u003c\\u0026\\u003e\"");
    quotes("<&>", false, "\"<&>\"");
    quotes("\xff\xc3\xa9\xe2\x80\xa9", false, "\"\\ufffd\xc3\xa9\\u2029\"");
}
