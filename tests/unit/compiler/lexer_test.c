/*
 * lexer_test.c — the lexer (compiler/lexer.re) and literal decoding (compiler/literal.c).
 *
 * Tokens are rendered as text, one token per word: identifiers, literals and operators as
 * written, an explicit semicolon as ";", an automatic one as "\n" (newline) or "$" (EOF).
 * Errors are compared in Go's "file:line:col: msg" form. Expected messages and positions
 * were taken from `go tool compile` (Go 1.23).
 */
#include "compiler/internal.h"
#include "compiler/lexer.h"
#include "compiler/literal.h"
#include "grammar.h"

#include <criterion/criterion.h>
#include <criterion/new/assert.h>
#include <string.h>

static Compiler *c;
static StrBuf out;

static void setup(void)
{
    c = compiler_new();
    out = (StrBuf){0};
}

static void teardown(void)
{
    strbuf_free(&out);
    compiler_free(c);
}

TestSuite(lexer, .init = setup, .fini = teardown);

/* EXPECT_STR compares strings; a macro so that failures report the test's line. */
#define EXPECT_STR(got, want) cr_assert(eq(str, (char *)(got), (char *)(want)))

/* lex renders the tokens of [src] (see the top comment). */
static const char *lex(const char *src)
{
    int file = compiler_add_file(c, "f.go", src, strlen(src));
    Lexer lx;
    lex_init(&lx, c, file);
    Token t;
    strbuf_reset(&out);
    for (int n = 0; lex_next(&lx, &t) != TOK_EOF && n < 1000; n++) {
        if (out.len)
            strbuf_putc(&out, ' ');
        if (t.kind == TOK_SEMICOLON && t.text[0] != ';')
            strbuf_puts(&out, t.len == 3 ? "$" : "\\n");
        else
            strbuf_append(&out, t.text, (size_t)t.len);
    }
    return strbuf_cstr(&out);
}

/* kinds renders the kinds of the tokens of [src]: lex_token_string, except literals. */
static const char *kinds(const char *src)
{
    int file = compiler_add_file(c, "f.go", src, strlen(src));
    Lexer lx;
    lex_init(&lx, c, file);
    Token t;
    strbuf_reset(&out);
    while (lex_next(&lx, &t) != TOK_EOF) {
        if (t.kind == TOK_SEMICOLON)
            continue;
        if (out.len)
            strbuf_putc(&out, ' ');
        switch (t.kind) {
        case TOK_INT: strbuf_puts(&out, "INT"); break;
        case TOK_FLOAT: strbuf_puts(&out, "FLOAT"); break;
        case TOK_IMAG: strbuf_puts(&out, "IMAG"); break;
        case TOK_CHAR: strbuf_puts(&out, "CHAR"); break;
        case TOK_STRING: strbuf_puts(&out, "STRING"); break;
        default: strbuf_puts(&out, lex_token_string(t.kind)); break;
        }
    }
    return strbuf_cstr(&out);
}

/* positions renders "line:col" of each token of [src]. */
static const char *positions(const char *src)
{
    int file = compiler_add_file(c, "f.go", src, strlen(src));
    Lexer lx;
    lex_init(&lx, c, file);
    Token t;
    strbuf_reset(&out);
    while (lex_next(&lx, &t) != TOK_EOF)
        strbuf_printf(&out, "%s%d:%d", out.len ? " " : "", t.pos.line, t.pos.col);
    return strbuf_cstr(&out);
}

/* errors lexes [src] and returns the diagnostics as diag_print writes them. */
static const char *errors(const char *src)
{
    lex(src);
    strbuf_reset(&out);
    diag_print(c, &out);
    return strbuf_cstr(&out);
}

/* ---- Tokens ---- */

Test(lexer, identifiers_and_keywords)
{
    EXPECT_STR(kinds("break case chan const continue default defer else fallthrough"),
                 "break case chan const continue default defer else fallthrough");
    EXPECT_STR(kinds("for func go goto if import interface map package range"),
                 "for func go goto if import interface map package range");
    EXPECT_STR(kinds("return select struct switch type var"),
                 "return select struct switch type var");
    EXPECT_STR(kinds("x _y breakx iff _ Type"), "name name name name name name");
}

Test(lexer, unicode_identifiers)
{
    EXPECT_STR(lex("π 日本 Ünïcödé x٣ aé"), "π 日本 Ünïcödé x٣ aé $");
    EXPECT_STR(kinds("typeé"), "name");
    cr_assert(eq(int, c->nerrors, 0));
}

Test(lexer, operators)
{
    EXPECT_STR(lex("+ - * / % & | ^ << >> &^ += -= *= /= %= &= |= ^= <<= >>= &^="),
                 "+ - * / % & | ^ << >> &^ += -= *= /= %= &= |= ^= <<= >>= &^=");
    EXPECT_STR(lex("&& || <- ++ -- == < > = ! ~ != <= >= := ... . , ; : ( [ {"),
                 "&& || <- ++ -- == < > = ! ~ != <= >= := ... . , ; : ( [ {");
    EXPECT_STR(kinds(".. ... ...."), ". . ... ... .");
    EXPECT_STR(kinds("a&^=b&^c"), "name &^= name &^ name");
}

Test(lexer, int_literals)
{
    const char *src = "0 42 1_000_000 0x0 0xff 0XFF 0xDead_Beef 0x_1F 0755 0o755 0O17 0o_7 00 "
                      "0_600 0b0 0B1111_0000 0b_1";
    EXPECT_STR(lex(src),
                 "0 42 1_000_000 0x0 0xff 0XFF 0xDead_Beef 0x_1F 0755 0o755 0O17 0o_7 00 "
                 "0_600 0b0 0B1111_0000 0b_1 $");
    EXPECT_STR(kinds("0 42 0x1F 0755 0o7 0b1"), "INT INT INT INT INT INT");
    cr_assert(eq(int, c->nerrors, 0));
}

Test(lexer, float_literals)
{
    const char *src = "0. 1. .5 3.14 1e3 1E3 1e-3 6.02e23 1_000.000_1 089.0 1e+2 0x1p0 0x1p-2 "
                      "0x1.8p1 0X.8p0 0x_1p4 0x1P+10 0x1.fffffffffffffp1023";
    EXPECT_STR(kinds(src), "FLOAT FLOAT FLOAT FLOAT FLOAT FLOAT FLOAT FLOAT "
                                          "FLOAT FLOAT FLOAT FLOAT FLOAT FLOAT FLOAT FLOAT "
                                          "FLOAT FLOAT");
    cr_assert(eq(int, c->nerrors, 0));
}

Test(lexer, imaginary_literals)
{
    EXPECT_STR(kinds("0i 1i 0x1p2i 1.5i 1e3i 012i 0b1i"),
                 "IMAG IMAG IMAG IMAG IMAG IMAG IMAG");
    cr_assert(eq(int, c->nerrors, 0));
}

Test(lexer, hex_digit_e_is_not_an_exponent)
{
    EXPECT_STR(lex("0x7E+1 1e+1 0x1p+1"), "0x7E + 1 1e+1 0x1p+1 $");
}

Test(lexer, rune_literals)
{
    const char *src = "'a' 'ä' '本' '\\a' '\\b' '\\f' '\\n' '\\r' '\\t' '\\v' '\\\\' '\\'' '\"' "
                      "'\\000' '\\377' '\\x41' '\\u00e9' '\\U0001F600'";
    EXPECT_STR(kinds(src), "CHAR CHAR CHAR CHAR CHAR CHAR CHAR CHAR CHAR CHAR "
                                          "CHAR CHAR CHAR CHAR CHAR CHAR CHAR CHAR");
    cr_assert(eq(int, c->nerrors, 0));
}

Test(lexer, string_literals)
{
    EXPECT_STR(lex("\"\" \"a b\" \"\\\"q\\\"\" \"\\x41\\101\\u00e9\\U0001F600\""),
                 "\"\" \"a b\" \"\\\"q\\\"\" \"\\x41\\101\\u00e9\\U0001F600\" $");
    cr_assert(eq(int, c->nerrors, 0));
}

Test(lexer, raw_strings_span_lines)
{
    EXPECT_STR(lex("x = `a\nb\\n` y"), "x = `a\nb\\n` y $");
    EXPECT_STR(positions("x = `a\nb` y"), "1:1 1:3 1:5 2:4 2:5");
}

Test(lexer, positions_count_bytes)
{
    EXPECT_STR(positions("a  bc\n\tπ x"), "1:1 1:4 1:6 2:2 2:5 2:6");
}

/* ---- Automatic semicolons ---- */

Test(lexer, semicolon_after_line_final_tokens)
{
    EXPECT_STR(lex("x\n1\n1.5\n2i\n'c'\n\"s\"\nbreak\ncontinue\nfallthrough\n"
                                  "return\nx++\nx--\n)\n]\n}\n"),
                 "x \\n 1 \\n 1.5 \\n 2i \\n 'c' \\n \"s\" \\n break \\n continue \\n "
                 "fallthrough \\n return \\n x ++ \\n x -- \\n ) \\n ] \\n } \\n");
}

Test(lexer, no_semicolon_after_other_tokens)
{
    EXPECT_STR(lex("if\nx +\ny,\nz(\n{\nfunc\n"), "if x + y , z ( { func");
}

Test(lexer, semicolon_at_eof)
{
    EXPECT_STR(lex("x"), "x $");
    EXPECT_STR(lex("x // c"), "x $");
    EXPECT_STR(lex("x +"), "x +");
    int file = compiler_add_file(c, "g.go", "x", 1);
    Lexer lx;
    lex_init(&lx, c, file);
    Token t;
    cr_assert(eq(int, lex_next(&lx, &t), TOK_IDENT));
    cr_assert(eq(int, lex_next(&lx, &t), TOK_SEMICOLON));
    EXPECT_STR(t.text, "EOF");
    cr_assert(eq(int, lex_next(&lx, &t), TOK_EOF));
    cr_assert(eq(int, lex_next(&lx, &t), TOK_EOF));
}

Test(lexer, comments)
{
    EXPECT_STR(lex("a // line\nb /* one line */ c /* two\nlines */ d"),
                 "a \\n b c \\n d $");
    EXPECT_STR(lex("a /* x */\nb"), "a \\n b $");
    EXPECT_STR(lex("+ /* two\nlines */ d"), "+ d $");
}

Test(lexer, semicolon_positions)
{
    /* a newline's semicolon sits on the newline; a comment's at the comment's start */
    EXPECT_STR(positions("ab  \nc /* x\n*/"), "1:1 1:5 2:1 2:3");
    EXPECT_STR(positions("x\n"), "1:1 1:2");
    EXPECT_STR(positions("x"), "1:1 1:2");
}

Test(lexer, explicit_semicolon_text)
{
    int file = compiler_add_file(c, "g.go", "a;b\n", 4);
    Lexer lx;
    lex_init(&lx, c, file);
    Token t;
    lex_next(&lx, &t);
    cr_assert(eq(int, lex_next(&lx, &t), TOK_SEMICOLON));
    cr_assert(eq(int, t.len, 1));
    cr_assert(eq(int, t.text[0], ';'));
    lex_next(&lx, &t);
    cr_assert(eq(int, lex_next(&lx, &t), TOK_SEMICOLON));
    EXPECT_STR(t.text, "newline");
}

Test(lexer, shebang_and_bom_are_skipped)
{
    EXPECT_STR(lex("#!/usr/bin/env gale\nx"), "x $");
    EXPECT_STR(lex("\xEF\xBB\xBFx"), "x $");
    cr_assert(eq(int, c->nerrors, 0));
    EXPECT_STR(errors("x #!y"), "f.go:1:3: invalid character U+0023 '#'\n");
}

/* ---- Errors (wording and positions from go tool compile) ---- */

Test(lexer, error_invalid_characters)
{
    EXPECT_STR(errors("x = @"), "f.go:1:5: invalid character U+0040 '@'\n");
    compiler_free(c);
    c = compiler_new();
    EXPECT_STR(errors("x = \x01"), "f.go:1:5: invalid character U+0001\n");
    compiler_free(c);
    c = compiler_new();
    EXPECT_STR(errors("1 \xc2\xa7 2"),
                 "f.go:1:3: invalid character U+00A7 '§' in identifier\n");
}

Test(lexer, error_nul_and_utf8)
{
    int file = compiler_add_file(c, "n.go", "a\0b", 3);
    Lexer lx;
    lex_init(&lx, c, file);
    Token t;
    cr_assert(eq(int, lex_next(&lx, &t), TOK_IDENT));
    cr_assert(eq(int, lex_next(&lx, &t), TOK_IDENT));
    cr_assert(eq(int, t.len, 1));
    cr_assert(eq(int, c->nerrors, 1));
    EXPECT_STR(c->diags.items[0].msg, "invalid NUL character");
    cr_assert(eq(int, c->diags.items[0].pos.col, 2));
}

Test(lexer, error_invalid_utf8)
{
    EXPECT_STR(errors("a\xff" "b \"s\xfe\" // \xfd\n"),
                 "f.go:1:2: invalid UTF-8 encoding\n"
                 "f.go:1:7: invalid UTF-8 encoding\n"
                 "f.go:1:13: invalid UTF-8 encoding\n");
}

Test(lexer, error_digit_starts_identifier)
{
    EXPECT_STR(errors("\xd9\xa0x"),
                 "f.go:1:1: identifier cannot begin with digit U+0660 '٠'\n");
}

Test(lexer, error_strings)
{
    EXPECT_STR(errors("x = \"abc\ny"), "f.go:1:9: newline in string\n");
    compiler_free(c);
    c = compiler_new();
    EXPECT_STR(errors("x = \"abc"), "f.go:1:5: string not terminated\n");
    compiler_free(c);
    c = compiler_new();
    EXPECT_STR(errors("x\ny = `abc\n\n"), "f.go:2:5: string not terminated\n");
}

Test(lexer, error_escapes)
{
    EXPECT_STR(errors("\"\\q\" \"\\400\" \"\\uD800\" \"\\x4\" '\\\"'"),
                 "f.go:1:3: unknown escape\n"
                 "f.go:1:11: octal escape value 256 > 255\n"
                 "f.go:1:20: escape is invalid Unicode code point U+D800\n"
                 "f.go:1:26: invalid character '\"' in hexadecimal escape\n"
                 "f.go:1:30: unknown escape\n");
}

Test(lexer, error_runes)
{
    EXPECT_STR(errors("'ab' ''"),
                 "f.go:1:1: more than one character in rune literal\n"
                 "f.go:1:7: empty rune literal or unescaped '\n");
    compiler_free(c);
    c = compiler_new();
    EXPECT_STR(errors("x 'a\n"), "f.go:1:5: newline in rune literal\n");
    compiler_free(c);
    c = compiler_new();
    EXPECT_STR(errors("x 'a"), "f.go:1:3: rune literal not terminated\n");
}

Test(lexer, error_numbers)
{
    EXPECT_STR(errors("0x\n1_\n09\n0x1.5\n0b12\n1e\n0o1.5\n1p5\n0b1e5\n"),
                 "f.go:1:3: hexadecimal literal has no digits\n"
                 "f.go:2:2: '_' must separate successive digits\n"
                 "f.go:3:2: invalid digit '9' in octal literal\n"
                 "f.go:4:6: hexadecimal mantissa requires a 'p' exponent\n"
                 "f.go:5:4: invalid digit '2' in binary literal\n"
                 "f.go:6:3: exponent has no digits\n"
                 "f.go:7:4: invalid radix point in octal literal\n"
                 "f.go:8:2: 'p' exponent requires hexadecimal mantissa\n"
                 "f.go:9:4: 'e' exponent requires decimal mantissa\n");
    compiler_free(c);
    c = compiler_new();
    EXPECT_STR(errors("1__2\n0_x\n0b"), "f.go:1:3: '_' must separate successive digits\n"
                                        "f.go:2:2: '_' must separate successive digits\n"
                                        "f.go:3:3: binary literal has no digits\n");
}

Test(lexer, error_comment_not_terminated)
{
    EXPECT_STR(errors("x\n  /* abc\n\ndef"), "f.go:2:3: comment not terminated\n");
}

Test(lexer, error_count_is_bounded)
{
    char src[4000];
    memset(src, '@', sizeof src - 1);
    src[sizeof src - 1] = 0;
    lex(src);
    cr_assert(eq(int, c->diags.len, LEX_MAX_ERRORS));
}

Test(lexer, token_strings)
{
    EXPECT_STR(lex_token_string(TOK_AND_NOT_ASSIGN), "&^=");
    EXPECT_STR(lex_token_string(TOK_IDENT), "name");
    EXPECT_STR(lex_token_string(TOK_STRING), "literal");
    EXPECT_STR(lex_token_string(TOK_FALLTHROUGH), "fallthrough");
    EXPECT_STR(lex_token_string(TOK_EOF), "EOF");
}

/* ---- literal.c ---- */

static const char *unquote(const char *raw)
{
    strbuf_reset(&out);
    if (!lit_unquote_string(raw, (int)strlen(raw), &out))
        return "<invalid>";
    return strbuf_cstr(&out);
}

Test(lexer, unquote_strings)
{
    EXPECT_STR(unquote("\"a\\tb\\n\""), "a\tb\n");
    EXPECT_STR(unquote("\"\\x41\\102\\u00e9\\U0001F600\\\\\\\"\""),
                 "AB\xc3\xa9\xf0\x9f\x98\x80\\\"");
    EXPECT_STR(unquote("`a\\n\r\nb`"), "a\\n\nb");
    EXPECT_STR(unquote("\"\""), "");
    strbuf_reset(&out);
    cr_assert(eq(int, lit_unquote_string("\"\\xff\\x00\"", 10, &out), 1));
    cr_assert(eq(int, (int)out.len, 2));
    cr_assert(eq(int, (uint8_t)out.data[0], 0xff));
}

Test(lexer, unquote_invalid_strings)
{
    EXPECT_STR(unquote("\"\\q\""), "<invalid>");
    EXPECT_STR(unquote("\"\\400\""), "<invalid>");
    EXPECT_STR(unquote("\"\\uD800\""), "<invalid>");
    EXPECT_STR(unquote("\"abc"), "<invalid>");
    EXPECT_STR(unquote("\"\\'\""), "<invalid>");
    EXPECT_STR(unquote("`a"), "<invalid>");
    EXPECT_STR(unquote("\""), "<invalid>");
}

Test(lexer, unquote_runes)
{
    static const struct {
        const char *raw;
        int32_t value;
    } cases[] = {
        {"'a'", 'a'},         {"'\\n'", '\n'},       {"'\\''", '\''},
        {"'\\377'", 255},     {"'\\x41'", 0x41},     {"'\\u00e9'", 0xe9},
        {"'本'", 0x672c},     {"'\\U0010FFFF'", 0x10FFFF},
    };
    for (size_t i = 0; i < ARRAY_LEN(cases); i++) {
        int32_t v = -1;
        cr_assert(eq(int, lit_unquote_rune(cases[i].raw, (int)strlen(cases[i].raw), &v), 1),
                  "%s", cases[i].raw);
        cr_assert(eq(int, v, cases[i].value));
    }
    static const char *const bad[] = {"''", "'ab'", "'\\\"'", "'\\400'", "'\\uD800'", "'a",
                                      "'\\U00110000'", "'\xff'"};
    for (size_t i = 0; i < ARRAY_LEN(bad); i++) {
        int32_t v;
        cr_assert(eq(int, lit_unquote_rune(bad[i], (int)strlen(bad[i]), &v), 0), "%s", bad[i]);
    }
}
