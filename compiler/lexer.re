/*
 * lexer.re — Go's tokens, by re2c. Edit this file, not the generated build/<mode>/gen/lexer.c.
 *
 * How it works:
 *  1. lex_next remembers whether the previous token may end a statement (nlsemi, Go's rule:
 *     identifiers, basic literals, break continue fallthrough return ++ -- ) ] }), then calls
 *     scan until scan produces a token; whitespace and comments make scan return LEX_SKIP.
 *  2. scan is one re2c DFA (rule table below). Operators, keywords and ASCII identifiers are
 *     recognised entirely by the DFA. Literals are recognised by their first byte(s) and
 *     finished by small hand-written scanners (scan_string, scan_rune, number...)
 *     that mirror cmd/compile's scanner.go, so that malformed input gets Go's exact messages
 *     and positions; valid literals cost one pass either way. The number pattern is
 *     cmd/compile's greedy scan (digits of the prefix's base, a fraction, an exponent, `i`);
 *     `e` is a hex digit, so 0x7E+1 is 0x7E + 1, and number() validates it.
 *  3. A newline (or a block comment spanning lines, or EOF) while nlsemi is set becomes a
 *     TOK_SEMICOLON whose text is "newline" or "EOF".
 *  4. Non-ASCII bytes go to the identifier scanner, which decodes UTF-8 and consults Go's
 *     letter/digit tables (unicode.c). As in Go, an invalid UTF-8 byte is reported and then
 *     ignored wherever it appears; any other non-ASCII character outside a literal or comment
 *     becomes part of an identifier (reported if it is not a letter or digit).
 * Invariants: lx->cur never passes lx->end (the NUL sentinel): every scanner stops at a NUL
 * and compares its address with lx->end, reporting embedded NULs ("invalid NUL character").
 * line/line_start always describe the line containing lx->cur.
 * Rejected: re2c's utf-8 mode with re2c's bundled Unicode classes — they are older than Go's
 * Unicode 15 tables, and a DFA over all letters is large for the rare non-ASCII identifier.
 */
#include "compiler/lexer.h"

#include "compiler/unicode.h"
#include "grammar.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#define LEX_SKIP (-1)

/* ---- Positions and errors ---- */

static Pos pos_at(const Lexer *lx, const char *p)
{
    return (Pos){lx->file, lx->line, (int32_t)(p - lx->line_start) + 1};
}

static void report(Lexer *lx, Pos pos, const char *fmt, va_list ap)
{
    if (lx->nerrors++ >= LEX_MAX_ERRORS)
        return;
    char msg[160];
    vsnprintf(msg, sizeof msg, fmt, ap);
    diag_error(lx->c, pos, "%s", msg);
}

/* lex_error reports an error at [p], which must be on the current line. */
static void lex_error(Lexer *lx, const char *p, const char *fmt, ...) PRINTF_LIKE(3, 4);

static void lex_error(Lexer *lx, const char *p, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    report(lx, pos_at(lx, p), fmt, ap);
    va_end(ap);
}

/* lex_error_at reports an error at [pos] (for tokens that span lines). */
static void lex_error_at(Lexer *lx, Pos pos, const char *fmt, ...) PRINTF_LIKE(3, 4);

static void lex_error_at(Lexer *lx, Pos pos, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    report(lx, pos, fmt, ap);
    va_end(ap);
}

/* format_rune writes [cp] as Go's %#U does ("U+0040 '@'") into [buf]. */
static const char *format_rune(int32_t cp, char buf[32])
{
    int n = snprintf(buf, 32, "U+%04X", (unsigned)cp);
    if (unicode_is_print(cp)) {
        char u[4];
        int len = utf8_encode(cp, u);
        snprintf(buf + n, (size_t)(32 - n), " '%.*s'", len, u);
    }
    return buf;
}

/* format_quoted writes [cp] as Go's %q does for a rune ('a', '\n', '\x00') into [buf]. */
static const char *format_quoted(int32_t cp, char buf[32])
{
    static const char esc[] = "\a\b\f\n\r\t\v";
    const char *e = cp > 0 && cp < 0x80 ? strchr(esc, (int)cp) : NULL;
    if (e)
        snprintf(buf, 32, "'\\%c'", "abfnrtv"[e - esc]);
    else if (cp == '\'' || cp == '\\')
        snprintf(buf, 32, "'\\%c'", (char)cp);
    else if (unicode_is_print(cp)) {
        char u[4];
        int len = utf8_encode(cp, u);
        snprintf(buf, 32, "'%.*s'", len, u);
    } else if (cp < 0x80)
        snprintf(buf, 32, "'\\x%02x'", (unsigned)cp);
    else if (cp < 0x10000)
        snprintf(buf, 32, "'\\u%04x'", (unsigned)cp);
    else
        snprintf(buf, 32, "'\\U%08x'", (unsigned)cp);
    return buf;
}

/* ---- Token construction ---- */

static bool ends_statement(int kind)
{
    switch (kind) {
    case TOK_IDENT: case TOK_INT: case TOK_FLOAT: case TOK_IMAG: case TOK_CHAR:
    case TOK_STRING: case TOK_BREAK: case TOK_CONTINUE: case TOK_FALLTHROUGH:
    case TOK_RETURN: case TOK_INC: case TOK_DEC: case TOK_RPAREN: case TOK_RBRACK:
    case TOK_RBRACE:
        return true;
    default:
        return false;
    }
}

/* emit makes the bytes [s, e) token [kind] and moves the cursor to [e]. */
static int emit(Lexer *lx, Token *t, const char *s, const char *e, int kind)
{
    t->kind = kind;
    t->pos = pos_at(lx, s);
    t->text = s;
    t->len = (int)(e - s);
    lx->cur = e;
    lx->nlsemi = ends_statement(kind);
    return kind;
}

static int auto_semicolon(Token *t, Pos pos, const char *word)
{
    t->kind = TOK_SEMICOLON;
    t->pos = pos;
    t->text = word;
    t->len = (int)strlen(word);
    return TOK_SEMICOLON;
}

static void next_line(Lexer *lx, const char *nl)
{
    lx->line++;
    lx->line_start = nl + 1;
}

static int newline(Lexer *lx, Token *t, const char *s, bool nlsemi)
{
    Pos pos = pos_at(lx, s);
    lx->cur = s + 1;
    next_line(lx, s);
    return nlsemi ? auto_semicolon(t, pos, "newline") : LEX_SKIP;
}

/* nul handles a NUL byte: the sentinel ends the input, any other is an error. */
static int nul(Lexer *lx, Token *t, const char *s, bool nlsemi)
{
    if (s < lx->end) {
        lex_error(lx, s, "invalid NUL character");
        lx->cur = s + 1;
        return LEX_SKIP;
    }
    lx->cur = lx->end;
    if (nlsemi)
        return auto_semicolon(t, pos_at(lx, s), "EOF");
    t->kind = TOK_EOF;
    t->pos = pos_at(lx, s);
    t->text = "EOF";
    t->len = 0;
    return TOK_EOF;
}

static int invalid_char(Lexer *lx, const char *s)
{
    char buf[32];
    lex_error(lx, s, "invalid character %s", format_rune((uint8_t)*s, buf));
    lx->cur = s + 1;
    return LEX_SKIP;
}

/* ---- Source characters: UTF-8, NUL and BOM checks shared by literals and comments ---- */

/* source_char checks the (non-ASCII or NUL) character at [p] as Go's source reader does and
 * returns its length; an invalid byte is reported and counts as one byte. */
static int source_char(Lexer *lx, const char *p)
{
    if (*p == 0) {
        lex_error(lx, p, "invalid NUL character");
        return 1;
    }
    int32_t cp;
    int n = utf8_decode(p, (size_t)(lx->end - p), &cp);
    if (n == 0) {
        lex_error(lx, p, "invalid UTF-8 encoding");
        return 1;
    }
    if (cp == UNICODE_BOM)
        lex_error(lx, p, "invalid BOM in the middle of the file");
    return n;
}

/* ---- Identifiers (the non-ASCII path; ASCII ones never leave the DFA) ---- */

static bool ascii_ident_char(uint8_t b)
{
    return (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9') ||
           b == '_';
}

/* ident finishes an identifier that started at [s] and whose scan has reached [p]: it
 * absorbs further letters, digits and (with an error) other non-ASCII characters, as Go's
 * scanner.ident does. */
static int ident(Lexer *lx, Token *t, const char *s, const char *p)
{
    char buf[32];
    for (;;) {
        uint8_t b = (uint8_t)*p;
        if (b < 0x80) {
            if (!ascii_ident_char(b))
                break;
            p++;
            continue;
        }
        int32_t cp;
        int n = utf8_decode(p, (size_t)(lx->end - p), &cp);
        if (n == 0) {
            lex_error(lx, p, "invalid UTF-8 encoding");
            p++;
            continue;
        }
        if (cp == UNICODE_BOM)
            lex_error(lx, p, "invalid BOM in the middle of the file");
        else if (!unicode_is_letter(cp) && !unicode_is_digit(cp))
            lex_error(lx, p, "invalid character %s in identifier", format_rune(cp, buf));
        p += n;
    }
    return emit(lx, t, s, p, TOK_IDENT);
}

/* keyword returns [kind] unless the keyword's letters continue into a non-ASCII identifier
 * ("typeé"); the DFA only sees ASCII. */
static int keyword(Lexer *lx, Token *t, const char *s, const char *e, int kind)
{
    if ((uint8_t)*e >= 0x80)
        return ident(lx, t, s, e);
    return emit(lx, t, s, e, kind);
}

/* unicode_start handles a token starting with a non-ASCII byte. */
static int unicode_start(Lexer *lx, Token *t, const char *s)
{
    char buf[32];
    int32_t cp;
    int n = utf8_decode(s, (size_t)(lx->end - s), &cp);
    if (n == 0) {
        lex_error(lx, s, "invalid UTF-8 encoding");
        lx->cur = s + 1;
        return LEX_SKIP;
    }
    if (cp == UNICODE_BOM) {
        lex_error(lx, s, "invalid BOM in the middle of the file");
        lx->cur = s + n;
        return LEX_SKIP;
    }
    if (unicode_is_digit(cp))
        lex_error(lx, s, "identifier cannot begin with digit %s", format_rune(cp, buf));
    else if (!unicode_is_letter(cp))
        lex_error(lx, s, "invalid character %s in identifier", format_rune(cp, buf));
    return ident(lx, t, s, s + n);
}

/* ---- Numbers: the DFA finds Go's greedy extent, check_number validates it ---- */

static const char *base_name(int base)
{
    switch (base) {
    case 2: return "binary";
    case 8: return "octal";
    case 10: return "decimal";
    default: return "hexadecimal";
    }
}

static int lower(int ch)
{
    return ch | ('a' - 'A');
}

static bool is_hex(int ch)
{
    return (ch >= '0' && ch <= '9') || (lower(ch) >= 'a' && lower(ch) <= 'f');
}

/* digits scans digits and '_' of [base] from x[*i] (Go's scanner.digits); for base <= 10 it
 * records in *[invalid] the index of the first digit too large for the base. Returns bit 0
 * set if a digit was seen, bit 1 if a '_' was. */
static int digits(const char *x, int n, int *i, int base, int *invalid)
{
    int digsep = 0;
    for (; *i < n; (*i)++) {
        int ch = (uint8_t)x[*i];
        if (ch == '_') {
            digsep |= 2;
        } else if (base <= 10 ? (ch >= '0' && ch <= '9') : is_hex(ch)) {
            digsep |= 1;
            if (base <= 10 && ch >= '0' + base && invalid && *invalid < 0)
                *invalid = *i;
        } else {
            break;
        }
    }
    return digsep;
}

/* invalid_sep returns the index of the first misplaced '_' in literal [x], or -1. */
static int invalid_sep(const char *x, int n)
{
    int x1 = ' ', d = '.', i = 0;
    if (n >= 2 && x[0] == '0') {
        x1 = lower((uint8_t)x[1]);
        if (x1 == 'x' || x1 == 'o' || x1 == 'b') {
            d = '0';
            i = 2;
        }
    }
    for (; i < n; i++) {
        int p = d;
        d = (uint8_t)x[i];
        if (d == '_') {
            if (p != '0')
                return i;
        } else if ((d >= '0' && d <= '9') || (x1 == 'x' && is_hex(d))) {
            d = '0';
        } else {
            if (p == '_')
                return i - 1;
            d = '.';
        }
    }
    return d == '_' ? n - 1 : -1;
}

/* number validates the numeric literal [s, e) exactly as cmd/compile's scanner.number does
 * and returns it as TOK_INT, TOK_FLOAT or TOK_IMAG. */
static int number(Lexer *lx, Token *t, const char *s, const char *e)
{
    const char *x = s;
    int n = (int)(e - s), i = 0;
    bool ok = true;
    int kind = TOK_INT, base = 10, prefix = 0, digsep = 0, invalid = -1;
    char buf[32];

    if (x[0] != '.') {
        if (x[0] == '0') {
            i = 1;
            int c1 = n > 1 ? lower((uint8_t)x[1]) : 0;
            if (c1 == 'x' || c1 == 'o' || c1 == 'b') {
                base = c1 == 'x' ? 16 : c1 == 'o' ? 8 : 2;
                prefix = c1;
                i = 2;
            } else {
                base = 8, prefix = '0', digsep = 1;
            }
        }
        digsep |= digits(x, n, &i, base, &invalid);
        if (i < n && x[i] == '.') {
            if (prefix == 'o' || prefix == 'b') {
                lex_error(lx, s + i, "invalid radix point in %s literal", base_name(base));
                ok = false;
            }
            i++;
            kind = TOK_FLOAT;
        }
    } else {
        i = 1;
        kind = TOK_FLOAT;
    }
    if (kind == TOK_FLOAT)
        digsep |= digits(x, n, &i, base, &invalid);
    if (!(digsep & 1) && ok) {
        lex_error(lx, s + i, "%s literal has no digits", base_name(base));
        ok = false;
    }
    int ech = i < n ? lower((uint8_t)x[i]) : 0;
    if (ech == 'e' || ech == 'p') {
        if (ok && ech == 'e' && prefix != 0 && prefix != '0') {
            lex_error(lx, s + i, "%s exponent requires decimal mantissa",
                      format_quoted((uint8_t)x[i], buf));
            ok = false;
        } else if (ok && ech == 'p' && prefix != 'x') {
            lex_error(lx, s + i, "%s exponent requires hexadecimal mantissa",
                      format_quoted((uint8_t)x[i], buf));
            ok = false;
        }
        i++;
        kind = TOK_FLOAT;
        if (i < n && (x[i] == '+' || x[i] == '-'))
            i++;
        digsep = digits(x, n, &i, 10, NULL) | (digsep & 2);
        if (!(digsep & 1) && ok) {
            lex_error(lx, s + i, "exponent has no digits");
            ok = false;
        }
    } else if (prefix == 'x' && kind == TOK_FLOAT && ok) {
        lex_error(lx, s + i, "hexadecimal mantissa requires a 'p' exponent");
        ok = false;
    }
    if (i < n && x[i] == 'i') {
        kind = TOK_IMAG;
        i++;
    }
    ASSERT(i == n, "number extent disagrees with the DFA");
    if (kind == TOK_INT && invalid >= 0 && ok) {
        lex_error(lx, s + invalid, "invalid digit %s in %s literal",
                  format_quoted((uint8_t)x[invalid], buf), base_name(base));
        ok = false;
    }
    if ((digsep & 2) && ok) {
        int j = invalid_sep(x, n);
        if (j >= 0)
            lex_error(lx, s + j, "'_' must separate successive digits");
    }
    return emit(lx, t, s, e, kind);
}

/* ---- Strings, runes and comments ---- */

static int hex_value(int ch)
{
    if (ch >= '0' && ch <= '9')
        return ch - '0';
    if (lower(ch) >= 'a' && lower(ch) <= 'f')
        return lower(ch) - 'a' + 10;
    return 16;
}

/* escape checks the escape sequence after a backslash at *[pp] in a literal quoted by
 * [quote], advancing *[pp] past what Go's scanner consumes. Returns false after reporting an
 * error; returns true at the end of input (the caller reports the unterminated literal). */
static bool escape(Lexer *lx, const char **pp, char quote)
{
    const char *p = *pp;
    int n, base;
    uint32_t max;
    char buf[32];
    switch (*p) {
    case 'a': case 'b': case 'f': case 'n': case 'r': case 't': case 'v': case '\\':
        *pp = p + 1;
        return true;
    case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7':
        n = 3, base = 8, max = 255;
        break;
    case 'x':
        p++, n = 2, base = 16, max = 255;
        break;
    case 'u':
        p++, n = 4, base = 16, max = UNICODE_MAX;
        break;
    case 'U':
        p++, n = 8, base = 16, max = UNICODE_MAX;
        break;
    default:
        if (*p == quote) {
            *pp = p + 1;
            return true;
        }
        if (p == lx->end)
            return true;
        lex_error(lx, p, "unknown escape");
        *pp = p;
        return false;
    }
    uint32_t x = 0;
    for (; n > 0; n--, p++) {
        if (p == lx->end) {
            *pp = p;
            return true;
        }
        int d = hex_value((uint8_t)*p);
        if (d >= base) {
            int32_t cp = (uint8_t)*p;
            if (cp >= 0x80 && utf8_decode(p, (size_t)(lx->end - p), &cp) == 0)
                cp = UNICODE_ERROR;
            lex_error(lx, p, "invalid character %s in %s escape", format_quoted(cp, buf),
                      base_name(base));
            *pp = p;
            return false;
        }
        x = x * (uint32_t)base + (uint32_t)d;
    }
    *pp = p;
    if (x > max && base == 8) {
        lex_error(lx, p, "octal escape value %u > 255", x);
        return false;
    }
    if (x > max || (x >= 0xD800 && x < 0xE000)) {
        lex_error(lx, p, "escape is invalid Unicode code point %s", format_rune((int32_t)x, buf));
        return false;
    }
    return true;
}

/* scan_string finishes an interpreted string literal that starts at [s]. */
static int scan_string(Lexer *lx, Token *t, const char *s)
{
    const char *p = s + 1;
    for (;;) {
        uint8_t b = (uint8_t)*p;
        if (b == '"') {
            p++;
            break;
        }
        if (b == '\\') {
            p++;
            escape(lx, &p, '"');
            continue;
        }
        if (b == '\n') {
            lex_error(lx, p, "newline in string");
            break;
        }
        if (p == lx->end) {
            lex_error(lx, s, "string not terminated");
            break;
        }
        p += b >= 0x80 || b == 0 ? source_char(lx, p) : 1;
    }
    return emit(lx, t, s, p, TOK_STRING);
}

/* scan_raw_string finishes a raw string literal that starts at [s]; it may span lines. */
static int scan_raw_string(Lexer *lx, Token *t, const char *s)
{
    Pos pos = pos_at(lx, s);
    const char *p = s + 1;
    for (;;) {
        uint8_t b = (uint8_t)*p;
        if (b == '`') {
            p++;
            break;
        }
        if (p == lx->end) {
            lex_error_at(lx, pos, "string not terminated");
            break;
        }
        if (b == '\n')
            next_line(lx, p);
        p += b >= 0x80 || b == 0 ? source_char(lx, p) : 1;
    }
    emit(lx, t, s, p, TOK_STRING);
    t->pos = pos;
    return TOK_STRING;
}

/* scan_rune finishes a rune literal that starts at [s]. */
static int scan_rune(Lexer *lx, Token *t, const char *s)
{
    const char *p = s + 1;
    bool ok = true;
    for (int n = 0;; n++) {
        uint8_t b = (uint8_t)*p;
        if (b == '\'') {
            if (ok && n == 0)
                lex_error(lx, p, "empty rune literal or unescaped '");
            else if (ok && n != 1)
                lex_error(lx, s, "more than one character in rune literal");
            p++;
            break;
        }
        if (b == '\\') {
            p++;
            if (!escape(lx, &p, '\''))
                ok = false;
            continue;
        }
        if (b == '\n') {
            if (ok)
                lex_error(lx, p, "newline in rune literal");
            break;
        }
        if (p == lx->end) {
            if (ok)
                lex_error(lx, s, "rune literal not terminated");
            break;
        }
        if (b >= 0x80 || b == 0) {
            int32_t cp;
            if (b >= 0x80 && utf8_decode(p, (size_t)(lx->end - p), &cp) == 0)
                n--; /* Go's source reader drops an invalid byte: it is no character */
            p += source_char(lx, p);
        } else {
            p++;
        }
    }
    return emit(lx, t, s, p, TOK_CHAR);
}

/* line_comment skips a // comment up to (not including) its newline. */
static int line_comment(Lexer *lx, const char *s)
{
    const char *p = s + 2;
    for (;;) {
        uint8_t b = (uint8_t)*p;
        if (b == '\n' || p == lx->end)
            break;
        p += b >= 0x80 || b == 0 ? source_char(lx, p) : 1;
    }
    lx->cur = p;
    return LEX_SKIP;
}

/* block_comment skips a comment; one spanning lines acts as a newline (Go spec). */
static int block_comment(Lexer *lx, Token *t, const char *s, bool nlsemi)
{
    Pos pos = pos_at(lx, s);
    const char *p = s + 2;
    bool multiline = false;
    for (;;) {
        uint8_t b = (uint8_t)*p;
        if (b == '*' && p[1] == '/') {
            p += 2;
            break;
        }
        if (p == lx->end) {
            lex_error_at(lx, pos, "comment not terminated");
            break;
        }
        if (b == '\n') {
            next_line(lx, p);
            multiline = true;
        }
        p += b >= 0x80 || b == 0 ? source_char(lx, p) : 1;
    }
    lx->cur = p;
    return multiline && nlsemi ? auto_semicolon(t, pos, "newline") : LEX_SKIP;
}

/* ---- The DFA ---- */

static int scan(Lexer *lx, Token *t, bool nlsemi)
{
    const char *s = lx->cur;
    const char *YYCURSOR = s, *YYMARKER = s;
    /*!re2c
    re2c:yyfill:enable = 0;
    re2c:define:YYCTYPE = "unsigned char";
    re2c:indent:string = "    ";

    ident_ascii = [a-zA-Z_] [a-zA-Z_0-9]*;
    exponent    = [+-]? [0-9_]*;
    number      = ( "0" [xX] [0-9a-fA-F_]* ("." [0-9a-fA-F_]*)? ([pP] exponent)?
                  | ( "0" [oObB] [0-9_]* ("." [0-9_]*)?
                    | [0-9] [0-9_]* ("." [0-9_]*)?
                    | "." [0-9] [0-9_]* ) ([eEpP] exponent)?
                  ) "i"?;

    "\x00"          { return nul(lx, t, s, nlsemi); }
    [ \t\r]+        { lx->cur = YYCURSOR; return LEX_SKIP; }
    "\n"            { return newline(lx, t, s, nlsemi); }
    "//"            { return line_comment(lx, s); }
    "/*"            { return block_comment(lx, t, s, nlsemi); }

    "break"         { return keyword(lx, t, s, YYCURSOR, TOK_BREAK); }
    "case"          { return keyword(lx, t, s, YYCURSOR, TOK_CASE); }
    "chan"          { return keyword(lx, t, s, YYCURSOR, TOK_CHAN); }
    "const"         { return keyword(lx, t, s, YYCURSOR, TOK_CONST); }
    "continue"      { return keyword(lx, t, s, YYCURSOR, TOK_CONTINUE); }
    "default"       { return keyword(lx, t, s, YYCURSOR, TOK_DEFAULT); }
    "defer"         { return keyword(lx, t, s, YYCURSOR, TOK_DEFER); }
    "else"          { return keyword(lx, t, s, YYCURSOR, TOK_ELSE); }
    "fallthrough"   { return keyword(lx, t, s, YYCURSOR, TOK_FALLTHROUGH); }
    "for"           { return keyword(lx, t, s, YYCURSOR, TOK_FOR); }
    "func"          { return keyword(lx, t, s, YYCURSOR, TOK_FUNC); }
    "go"            { return keyword(lx, t, s, YYCURSOR, TOK_GO); }
    "goto"          { return keyword(lx, t, s, YYCURSOR, TOK_GOTO); }
    "if"            { return keyword(lx, t, s, YYCURSOR, TOK_IF); }
    "import"        { return keyword(lx, t, s, YYCURSOR, TOK_IMPORT); }
    "interface"     { return keyword(lx, t, s, YYCURSOR, TOK_INTERFACE); }
    "map"           { return keyword(lx, t, s, YYCURSOR, TOK_MAP); }
    "package"       { return keyword(lx, t, s, YYCURSOR, TOK_PACKAGE); }
    "range"         { return keyword(lx, t, s, YYCURSOR, TOK_RANGE); }
    "return"        { return keyword(lx, t, s, YYCURSOR, TOK_RETURN); }
    "select"        { return keyword(lx, t, s, YYCURSOR, TOK_SELECT); }
    "struct"        { return keyword(lx, t, s, YYCURSOR, TOK_STRUCT); }
    "switch"        { return keyword(lx, t, s, YYCURSOR, TOK_SWITCH); }
    "type"          { return keyword(lx, t, s, YYCURSOR, TOK_TYPE); }
    "var"           { return keyword(lx, t, s, YYCURSOR, TOK_VAR); }
    ident_ascii     { return keyword(lx, t, s, YYCURSOR, TOK_IDENT); }
    [\x80-\xff]     { return unicode_start(lx, t, s); }

    number          { return number(lx, t, s, YYCURSOR); }
    ["]             { return scan_string(lx, t, s); }
    [`]             { return scan_raw_string(lx, t, s); }
    [']             { return scan_rune(lx, t, s); }

    "+"             { return emit(lx, t, s, YYCURSOR, TOK_ADD); }
    "-"             { return emit(lx, t, s, YYCURSOR, TOK_SUB); }
    "*"             { return emit(lx, t, s, YYCURSOR, TOK_MUL); }
    "/"             { return emit(lx, t, s, YYCURSOR, TOK_QUO); }
    "%"             { return emit(lx, t, s, YYCURSOR, TOK_REM); }
    "&"             { return emit(lx, t, s, YYCURSOR, TOK_AND); }
    "|"             { return emit(lx, t, s, YYCURSOR, TOK_OR); }
    "^"             { return emit(lx, t, s, YYCURSOR, TOK_XOR); }
    "<<"            { return emit(lx, t, s, YYCURSOR, TOK_SHL); }
    ">>"            { return emit(lx, t, s, YYCURSOR, TOK_SHR); }
    "&^"            { return emit(lx, t, s, YYCURSOR, TOK_AND_NOT); }
    "+="            { return emit(lx, t, s, YYCURSOR, TOK_ADD_ASSIGN); }
    "-="            { return emit(lx, t, s, YYCURSOR, TOK_SUB_ASSIGN); }
    "*="            { return emit(lx, t, s, YYCURSOR, TOK_MUL_ASSIGN); }
    "/="            { return emit(lx, t, s, YYCURSOR, TOK_QUO_ASSIGN); }
    "%="            { return emit(lx, t, s, YYCURSOR, TOK_REM_ASSIGN); }
    "&="            { return emit(lx, t, s, YYCURSOR, TOK_AND_ASSIGN); }
    "|="            { return emit(lx, t, s, YYCURSOR, TOK_OR_ASSIGN); }
    "^="            { return emit(lx, t, s, YYCURSOR, TOK_XOR_ASSIGN); }
    "<<="           { return emit(lx, t, s, YYCURSOR, TOK_SHL_ASSIGN); }
    ">>="           { return emit(lx, t, s, YYCURSOR, TOK_SHR_ASSIGN); }
    "&^="           { return emit(lx, t, s, YYCURSOR, TOK_AND_NOT_ASSIGN); }
    "&&"            { return emit(lx, t, s, YYCURSOR, TOK_LAND); }
    "||"            { return emit(lx, t, s, YYCURSOR, TOK_LOR); }
    "<-"            { return emit(lx, t, s, YYCURSOR, TOK_ARROW); }
    "++"            { return emit(lx, t, s, YYCURSOR, TOK_INC); }
    "--"            { return emit(lx, t, s, YYCURSOR, TOK_DEC); }
    "=="            { return emit(lx, t, s, YYCURSOR, TOK_EQL); }
    "<"             { return emit(lx, t, s, YYCURSOR, TOK_LSS); }
    ">"             { return emit(lx, t, s, YYCURSOR, TOK_GTR); }
    "="             { return emit(lx, t, s, YYCURSOR, TOK_ASSIGN); }
    "!"             { return emit(lx, t, s, YYCURSOR, TOK_NOT); }
    "!="            { return emit(lx, t, s, YYCURSOR, TOK_NEQ); }
    "<="            { return emit(lx, t, s, YYCURSOR, TOK_LEQ); }
    ">="            { return emit(lx, t, s, YYCURSOR, TOK_GEQ); }
    ":="            { return emit(lx, t, s, YYCURSOR, TOK_DEFINE); }
    "..."           { return emit(lx, t, s, YYCURSOR, TOK_ELLIPSIS); }
    "("             { return emit(lx, t, s, YYCURSOR, TOK_LPAREN); }
    "["             { return emit(lx, t, s, YYCURSOR, TOK_LBRACK); }
    "{"             { return emit(lx, t, s, YYCURSOR, TOK_LBRACE); }
    ","             { return emit(lx, t, s, YYCURSOR, TOK_COMMA); }
    "."             { return emit(lx, t, s, YYCURSOR, TOK_PERIOD); }
    ")"             { return emit(lx, t, s, YYCURSOR, TOK_RPAREN); }
    "]"             { return emit(lx, t, s, YYCURSOR, TOK_RBRACK); }
    "}"             { return emit(lx, t, s, YYCURSOR, TOK_RBRACE); }
    ";"             { return emit(lx, t, s, YYCURSOR, TOK_SEMICOLON); }
    ":"             { return emit(lx, t, s, YYCURSOR, TOK_COLON); }
    "~"             { return emit(lx, t, s, YYCURSOR, TOK_TILDE); }

    *               { return invalid_char(lx, s); }
    */
}

/* ---- Entry points ---- */

void lex_init(Lexer *lx, Compiler *c, int file)
{
    const SourceFile *f = &c->files.items[file];
    memset(lx, 0, sizeof *lx);
    lx->c = c;
    lx->file = file;
    lx->cur = f->src;
    lx->end = f->src + f->len;
    lx->line_start = f->src;
    lx->line = 1;
    if (f->len >= 3 && memcmp(f->src, "\xEF\xBB\xBF", 3) == 0)
        lx->cur += 3;
    if (lx->end - lx->cur >= 2 && lx->cur[0] == '#' && lx->cur[1] == '!') {
        while (lx->cur < lx->end && *lx->cur != '\n')
            lx->cur++;
    }
}

void lex_init_at(Lexer *lx, Compiler *c, int file, const char *at, Pos pos)
{
    const SourceFile *f = &c->files.items[file];
    memset(lx, 0, sizeof *lx);
    lx->c = c;
    lx->file = file;
    lx->cur = at;
    lx->end = f->src + f->len;
    lx->line_start = at - (pos.col - 1);
    lx->line = pos.line;
}

int lex_next(Lexer *lx, Token *tok)
{
    bool nlsemi = lx->nlsemi;
    lx->nlsemi = false;
    int kind;
    do {
        kind = scan(lx, tok, nlsemi);
    } while (kind == LEX_SKIP);
    return kind;
}

const char *lex_token_string(int kind)
{
    switch (kind) {
    case TOK_EOF: return "EOF";
    case TOK_IDENT: return "name";
    case TOK_INT: case TOK_FLOAT: case TOK_IMAG: case TOK_CHAR: case TOK_STRING:
        return "literal";
    case TOK_ADD: return "+";
    case TOK_SUB: return "-";
    case TOK_MUL: return "*";
    case TOK_QUO: return "/";
    case TOK_REM: return "%";
    case TOK_AND: return "&";
    case TOK_OR: return "|";
    case TOK_XOR: return "^";
    case TOK_SHL: return "<<";
    case TOK_SHR: return ">>";
    case TOK_AND_NOT: return "&^";
    case TOK_ADD_ASSIGN: return "+=";
    case TOK_SUB_ASSIGN: return "-=";
    case TOK_MUL_ASSIGN: return "*=";
    case TOK_QUO_ASSIGN: return "/=";
    case TOK_REM_ASSIGN: return "%=";
    case TOK_AND_ASSIGN: return "&=";
    case TOK_OR_ASSIGN: return "|=";
    case TOK_XOR_ASSIGN: return "^=";
    case TOK_SHL_ASSIGN: return "<<=";
    case TOK_SHR_ASSIGN: return ">>=";
    case TOK_AND_NOT_ASSIGN: return "&^=";
    case TOK_LAND: return "&&";
    case TOK_LOR: return "||";
    case TOK_ARROW: return "<-";
    case TOK_INC: return "++";
    case TOK_DEC: return "--";
    case TOK_EQL: return "==";
    case TOK_LSS: return "<";
    case TOK_GTR: return ">";
    case TOK_ASSIGN: return "=";
    case TOK_NOT: return "!";
    case TOK_NEQ: return "!=";
    case TOK_LEQ: return "<=";
    case TOK_GEQ: return ">=";
    case TOK_DEFINE: return ":=";
    case TOK_ELLIPSIS: return "...";
    case TOK_LPAREN: return "(";
    case TOK_LBRACK: return "[";
    case TOK_LBRACE: case TOK_LBODY: return "{";
    case TOK_COMMA: return ",";
    case TOK_PERIOD: return ".";
    case TOK_RPAREN: return ")";
    case TOK_RBRACK: return "]";
    case TOK_RBRACE: return "}";
    case TOK_SEMICOLON: return ";";
    case TOK_COLON: return ":";
    case TOK_TILDE: return "~";
    case TOK_BREAK: return "break";
    case TOK_CASE: return "case";
    case TOK_CHAN: return "chan";
    case TOK_CONST: return "const";
    case TOK_CONTINUE: return "continue";
    case TOK_DEFAULT: return "default";
    case TOK_DEFER: return "defer";
    case TOK_ELSE: return "else";
    case TOK_FALLTHROUGH: return "fallthrough";
    case TOK_FOR: return "for";
    case TOK_FUNC: return "func";
    case TOK_GO: return "go";
    case TOK_GOTO: return "goto";
    case TOK_IF: return "if";
    case TOK_IMPORT: return "import";
    case TOK_INTERFACE: return "interface";
    case TOK_MAP: return "map";
    case TOK_PACKAGE: return "package";
    case TOK_RANGE: return "range";
    case TOK_RETURN: return "return";
    case TOK_SELECT: return "select";
    case TOK_STRUCT: return "struct";
    case TOK_SWITCH: return "switch";
    case TOK_TYPE: return "type";
    case TOK_VAR: return "var";
    default: return "?";
    }
}
