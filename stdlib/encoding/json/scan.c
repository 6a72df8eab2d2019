/*
 * scan.c — Go's JSON scanner (encoding/json/scanner.go) and its users: checkValid, Compact,
 * Indent, HTMLEscape and the stream decoder's search for the end of a value.
 *
 * The scanner is a state machine fed one byte at a time. Each step returns what the byte
 * did (SCAN_BEGIN_OBJECT, SCAN_SKIP_SPACE, ...), so Compact and Indent can copy or drop it;
 * a stack of parse states (object key, object value, array value) tracks nesting, bounded
 * by Go's depth limit of 10000. The error messages and offsets are Go's: "invalid character
 * 'x' looking for beginning of value" at the offending byte (offset counts it), "unexpected
 * end of JSON input" at the end.
 */
#include "stdlib/encoding/json/json.h"

#include "base/strbuf.h"
#include "stdlib/strconv/strconv.h"
#include "stdlib/unicode/unicode.h"

void jbuf_grow(JBuf *b, size_t n)
{
    size_t cap = b->cap ? b->cap * 2 : 256;
    while (cap - b->len < n)
        cap *= 2;
    b->data = xrealloc(b->data, cap);
    b->cap = cap;
}

enum { PARSE_OBJECT_KEY, PARSE_OBJECT_VALUE, PARSE_ARRAY_VALUE };

enum {
    ST_BEGIN_VALUE,
    ST_BEGIN_VALUE_OR_EMPTY,
    ST_BEGIN_STRING_OR_EMPTY,
    ST_BEGIN_STRING,
    ST_END_VALUE,
    ST_END_TOP,
    ST_IN_STRING,
    ST_IN_STRING_ESC,
    ST_ESC_U,
    ST_ESC_U1,
    ST_ESC_U12,
    ST_ESC_U123,
    ST_NEG,
    ST_1,
    ST_0,
    ST_DOT,
    ST_DOT0,
    ST_E,
    ST_ESIGN,
    ST_E0,
    ST_T,
    ST_TR,
    ST_TRU,
    ST_F,
    ST_FA,
    ST_FAL,
    ST_FALS,
    ST_N,
    ST_NU,
    ST_NUL,
    ST_ERROR,
};

void scan_reset(JsonScanner *s)
{
    s->state = ST_BEGIN_VALUE;
    s->end_top = false;
    s->nparse = 0;
    s->bytes = 0;
    s->err = false;
    s->err_offset = 0;
    s->msg[0] = 0;
}

void scan_free(JsonScanner *s)
{
    free(s->parse);
    s->parse = NULL;
    s->capparse = 0;
}

static bool is_space(uint8_t c)
{
    return c <= ' ' && (c == ' ' || c == '\t' || c == '\r' || c == '\n');
}

/* quote_char writes Go's quoteChar(c) to [out]. */
static void quote_char(char *out, size_t cap, uint8_t c)
{
    if (c == '\'') {
        snprintf(out, cap, "'\\''");
        return;
    }
    if (c == '"') {
        snprintf(out, cap, "'\"'");
        return;
    }
    uint8_t u[4];
    int n = runes_encode(u, c);
    StrBuf b = {0};
    quote_string(&b, u, (size_t)n, '"', false, false);
    snprintf(out, cap, "'%.*s'", (int)b.len - 2, b.data + 1);
    strbuf_free(&b);
}

static int scan_error(JsonScanner *s, uint8_t c, const char *context)
{
    char q[24];
    s->state = ST_ERROR;
    s->err = true;
    s->err_offset = s->bytes;
    quote_char(q, sizeof q, c);
    snprintf(s->msg, sizeof s->msg, "invalid character %s %s", q, context);
    return SCAN_ERROR;
}

static int push_parse(JsonScanner *s, uint8_t c, int ps, int success)
{
    if (s->nparse == s->capparse) {
        s->capparse = s->capparse ? s->capparse * 2 : 32;
        s->parse = xrealloc(s->parse, (size_t)s->capparse);
    }
    s->parse[s->nparse++] = (uint8_t)ps;
    if (s->nparse <= JSON_MAX_DEPTH)
        return success;
    return scan_error(s, c, "exceeded max depth");
}

static void pop_parse(JsonScanner *s)
{
    s->nparse--;
    if (s->nparse == 0) {
        s->state = ST_END_TOP;
        s->end_top = true;
    } else {
        s->state = ST_END_VALUE;
    }
}

static bool is_hex(uint8_t c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

static int step(JsonScanner *s, uint8_t c);

static int end_value(JsonScanner *s, uint8_t c)
{
    int n = s->nparse;
    if (n == 0) {
        s->state = ST_END_TOP;
        s->end_top = true;
        return step(s, c);
    }
    if (is_space(c)) {
        s->state = ST_END_VALUE;
        return SCAN_SKIP_SPACE;
    }
    switch (s->parse[n - 1]) {
    case PARSE_OBJECT_KEY:
        if (c == ':') {
            s->parse[n - 1] = PARSE_OBJECT_VALUE;
            s->state = ST_BEGIN_VALUE;
            return SCAN_OBJECT_KEY;
        }
        return scan_error(s, c, "after object key");
    case PARSE_OBJECT_VALUE:
        if (c == ',') {
            s->parse[n - 1] = PARSE_OBJECT_KEY;
            s->state = ST_BEGIN_STRING;
            return SCAN_OBJECT_VALUE;
        }
        if (c == '}') {
            pop_parse(s);
            return SCAN_END_OBJECT;
        }
        return scan_error(s, c, "after object key:value pair");
    default:
        if (c == ',') {
            s->state = ST_BEGIN_VALUE;
            return SCAN_ARRAY_VALUE;
        }
        if (c == ']') {
            pop_parse(s);
            return SCAN_END_ARRAY;
        }
        return scan_error(s, c, "after array element");
    }
}

static int begin_value(JsonScanner *s, uint8_t c)
{
    if (is_space(c))
        return SCAN_SKIP_SPACE;
    switch (c) {
    case '{':
        s->state = ST_BEGIN_STRING_OR_EMPTY;
        return push_parse(s, c, PARSE_OBJECT_KEY, SCAN_BEGIN_OBJECT);
    case '[':
        s->state = ST_BEGIN_VALUE_OR_EMPTY;
        return push_parse(s, c, PARSE_ARRAY_VALUE, SCAN_BEGIN_ARRAY);
    case '"': s->state = ST_IN_STRING; return SCAN_BEGIN_LITERAL;
    case '-': s->state = ST_NEG; return SCAN_BEGIN_LITERAL;
    case '0': s->state = ST_0; return SCAN_BEGIN_LITERAL;
    case 't': s->state = ST_T; return SCAN_BEGIN_LITERAL;
    case 'f': s->state = ST_F; return SCAN_BEGIN_LITERAL;
    case 'n': s->state = ST_N; return SCAN_BEGIN_LITERAL;
    }
    if (c >= '1' && c <= '9') {
        s->state = ST_1;
        return SCAN_BEGIN_LITERAL;
    }
    return scan_error(s, c, "looking for beginning of value");
}

/* lit advances through a fixed literal ("true"...): [want] is the expected byte. */
static int lit(JsonScanner *s, uint8_t c, uint8_t want, int next, const char *ctx)
{
    if (c == want) {
        s->state = next;
        return SCAN_CONTINUE;
    }
    return scan_error(s, c, ctx);
}

static int step(JsonScanner *s, uint8_t c)
{
    switch (s->state) {
    case ST_BEGIN_VALUE: return begin_value(s, c);
    case ST_BEGIN_VALUE_OR_EMPTY:
        if (is_space(c))
            return SCAN_SKIP_SPACE;
        if (c == ']')
            return end_value(s, c);
        return begin_value(s, c);
    case ST_BEGIN_STRING_OR_EMPTY:
        if (is_space(c))
            return SCAN_SKIP_SPACE;
        if (c == '}') {
            s->parse[s->nparse - 1] = PARSE_OBJECT_VALUE;
            return end_value(s, c);
        }
        /* fall through */
    case ST_BEGIN_STRING:
        if (is_space(c))
            return SCAN_SKIP_SPACE;
        if (c == '"') {
            s->state = ST_IN_STRING;
            return SCAN_BEGIN_LITERAL;
        }
        return scan_error(s, c, "looking for beginning of object key string");
    case ST_END_VALUE: return end_value(s, c);
    case ST_END_TOP:
        if (!is_space(c))
            scan_error(s, c, "after top-level value");
        return SCAN_END;
    case ST_IN_STRING:
        if (c == '"') {
            s->state = ST_END_VALUE;
            return SCAN_CONTINUE;
        }
        if (c == '\\') {
            s->state = ST_IN_STRING_ESC;
            return SCAN_CONTINUE;
        }
        if (c < 0x20)
            return scan_error(s, c, "in string literal");
        return SCAN_CONTINUE;
    case ST_IN_STRING_ESC:
        switch (c) {
        case 'b': case 'f': case 'n': case 'r': case 't': case '\\': case '/': case '"':
            s->state = ST_IN_STRING;
            return SCAN_CONTINUE;
        case 'u':
            s->state = ST_ESC_U;
            return SCAN_CONTINUE;
        }
        return scan_error(s, c, "in string escape code");
    case ST_ESC_U:
    case ST_ESC_U1:
    case ST_ESC_U12:
    case ST_ESC_U123:
        if (is_hex(c)) {
            s->state = s->state == ST_ESC_U123 ? ST_IN_STRING : s->state + 1;
            return SCAN_CONTINUE;
        }
        return scan_error(s, c, "in \\u hexadecimal character escape");
    case ST_NEG:
        if (c == '0') {
            s->state = ST_0;
            return SCAN_CONTINUE;
        }
        if (c >= '1' && c <= '9') {
            s->state = ST_1;
            return SCAN_CONTINUE;
        }
        return scan_error(s, c, "in numeric literal");
    case ST_1:
        if (c >= '0' && c <= '9')
            return SCAN_CONTINUE;
        /* fall through */
    case ST_0:
        if (c == '.') {
            s->state = ST_DOT;
            return SCAN_CONTINUE;
        }
        if (c == 'e' || c == 'E') {
            s->state = ST_E;
            return SCAN_CONTINUE;
        }
        return end_value(s, c);
    case ST_DOT:
        if (c >= '0' && c <= '9') {
            s->state = ST_DOT0;
            return SCAN_CONTINUE;
        }
        return scan_error(s, c, "after decimal point in numeric literal");
    case ST_DOT0:
        if (c >= '0' && c <= '9')
            return SCAN_CONTINUE;
        if (c == 'e' || c == 'E') {
            s->state = ST_E;
            return SCAN_CONTINUE;
        }
        return end_value(s, c);
    case ST_E:
        if (c == '+' || c == '-') {
            s->state = ST_ESIGN;
            return SCAN_CONTINUE;
        }
        /* fall through */
    case ST_ESIGN:
        if (c >= '0' && c <= '9') {
            s->state = ST_E0;
            return SCAN_CONTINUE;
        }
        return scan_error(s, c, "in exponent of numeric literal");
    case ST_E0:
        if (c >= '0' && c <= '9')
            return SCAN_CONTINUE;
        return end_value(s, c);
    case ST_T: return lit(s, c, 'r', ST_TR, "in literal true (expecting 'r')");
    case ST_TR: return lit(s, c, 'u', ST_TRU, "in literal true (expecting 'u')");
    case ST_TRU: return lit(s, c, 'e', ST_END_VALUE, "in literal true (expecting 'e')");
    case ST_F: return lit(s, c, 'a', ST_FA, "in literal false (expecting 'a')");
    case ST_FA: return lit(s, c, 'l', ST_FAL, "in literal false (expecting 'l')");
    case ST_FAL: return lit(s, c, 's', ST_FALS, "in literal false (expecting 's')");
    case ST_FALS: return lit(s, c, 'e', ST_END_VALUE, "in literal false (expecting 'e')");
    case ST_N: return lit(s, c, 'u', ST_NU, "in literal null (expecting 'u')");
    case ST_NU: return lit(s, c, 'l', ST_NUL, "in literal null (expecting 'l')");
    case ST_NUL: return lit(s, c, 'l', ST_END_VALUE, "in literal null (expecting 'l')");
    default: return SCAN_ERROR;
    }
}

int scan_step(JsonScanner *s, uint8_t c)
{
    return step(s, c);
}

int scan_eof(JsonScanner *s)
{
    if (s->err)
        return SCAN_ERROR;
    if (s->end_top)
        return SCAN_END;
    step(s, ' ');
    if (s->end_top)
        return SCAN_END;
    if (!s->err) {
        s->err = true;
        s->err_offset = s->bytes;
        snprintf(s->msg, sizeof s->msg, "unexpected end of JSON input");
    }
    return SCAN_ERROR;
}

bool scan_check(JsonScanner *s, const uint8_t *data, size_t n)
{
    scan_reset(s);
    for (size_t i = 0; i < n; i++) {
        uint8_t c = data[i];
        s->bytes++;
        /* fast paths through the bytes of a string and the digits of a number */
        if (s->state == ST_IN_STRING && c >= 0x20 && c != '"' && c != '\\')
            continue;
        if (c >= '0' && c <= '9' && (s->state == ST_1 || s->state == ST_DOT0 || s->state == ST_E0))
            continue;
        if (step(s, c) == SCAN_ERROR)
            return false;
    }
    return scan_eof(s) != SCAN_ERROR;
}

bool scan_compact(JsonScanner *s, JBuf *dst, const uint8_t *src, size_t n, bool escape)
{
    static const char hex[] = "0123456789abcdef";
    size_t orig = dst->len, start = 0;
    scan_reset(s);
    for (size_t i = 0; i < n; i++) {
        uint8_t c = src[i];
        if (escape && (c == '<' || c == '>' || c == '&')) {
            jbuf_put(dst, src + start, i - start);
            char e[6] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 0xF]};
            jbuf_put(dst, e, 6);
            start = i + 1;
        }
        if (escape && c == 0xE2 && i + 2 < n && src[i + 1] == 0x80 && (src[i + 2] & ~1) == 0xA8) {
            jbuf_put(dst, src + start, i - start);
            char e[6] = {'\\', 'u', '2', '0', '2', hex[src[i + 2] & 0xF]};
            jbuf_put(dst, e, 6);
            start = i + 3;
        }
        int v = step(s, c);
        if (v >= SCAN_SKIP_SPACE) {
            if (v == SCAN_ERROR)
                break;
            if (start < i)
                jbuf_put(dst, src + start, i - start);
            start = i + 1;
        }
    }
    if (scan_eof(s) == SCAN_ERROR) {
        dst->len = orig;
        return false;
    }
    if (start < n)
        jbuf_put(dst, src + start, n - start);
    return true;
}

static void newline(JBuf *dst, const uint8_t *prefix, size_t np, const uint8_t *indent, size_t ni,
                    int depth)
{
    jbuf_putc(dst, '\n');
    jbuf_put(dst, prefix, np);
    for (int i = 0; i < depth; i++)
        jbuf_put(dst, indent, ni);
}

bool scan_indent(JsonScanner *s, JBuf *dst, const uint8_t *src, size_t n, const uint8_t *prefix,
                 size_t np, const uint8_t *indent, size_t ni)
{
    size_t orig = dst->len;
    bool need_indent = false;
    int depth = 0;
    scan_reset(s);
    for (size_t i = 0; i < n; i++) {
        uint8_t c = src[i];
        s->bytes++;
        int v = step(s, c);
        if (v == SCAN_SKIP_SPACE)
            continue;
        if (v == SCAN_ERROR)
            break;
        if (need_indent && v != SCAN_END_OBJECT && v != SCAN_END_ARRAY) {
            need_indent = false;
            depth++;
            newline(dst, prefix, np, indent, ni, depth);
        }
        if (v == SCAN_CONTINUE) {
            jbuf_putc(dst, c);
            continue;
        }
        switch (c) {
        case '{':
        case '[':
            need_indent = true;
            jbuf_putc(dst, c);
            break;
        case ',':
            jbuf_putc(dst, c);
            newline(dst, prefix, np, indent, ni, depth);
            break;
        case ':':
            jbuf_putc(dst, c);
            jbuf_putc(dst, ' ');
            break;
        case '}':
        case ']':
            if (need_indent) {
                need_indent = false;
            } else {
                depth--;
                newline(dst, prefix, np, indent, ni, depth);
            }
            jbuf_putc(dst, c);
            break;
        default:
            jbuf_putc(dst, c);
        }
    }
    if (scan_eof(s) == SCAN_ERROR) {
        dst->len = orig;
        return false;
    }
    return true;
}

int64_t scan_value_end(JsonScanner *s, const uint8_t *data, size_t n, bool eof, bool *empty)
{
    scan_reset(s);
    *empty = false;
    bool started = false;
    for (size_t i = 0; i < n; i++) {
        uint8_t c = data[i];
        s->bytes++;
        int v = step(s, c);
        if (v == SCAN_END) {
            /* the byte after a top-level number or a closing bracket ends the value */
            return (int64_t)i;
        }
        if (v == SCAN_ERROR)
            return -1;
        if (v != SCAN_SKIP_SPACE)
            started = true;
        if (started && s->end_top && s->state == ST_END_TOP)
            return (int64_t)i + 1;
    }
    if (!eof)
        return 0;
    if (!started) {
        *empty = true;
        return 0;
    }
    if (step(s, ' ') == SCAN_END)
        return (int64_t)n;
    return -2; /* io.ErrUnexpectedEOF */
}

void html_escape(JBuf *dst, const uint8_t *src, size_t n)
{
    static const char hex[] = "0123456789abcdef";
    size_t start = 0;
    for (size_t i = 0; i < n; i++) {
        uint8_t c = src[i];
        if (c == '<' || c == '>' || c == '&') {
            jbuf_put(dst, src + start, i - start);
            char e[6] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 0xF]};
            jbuf_put(dst, e, 6);
            start = i + 1;
        }
        if (c == 0xE2 && i + 2 < n && src[i + 1] == 0x80 && (src[i + 2] & ~1) == 0xA8) {
            jbuf_put(dst, src + start, i - start);
            char e[6] = {'\\', 'u', '2', '0', '2', hex[src[i + 2] & 0xF]};
            jbuf_put(dst, e, 6);
            start = i + 3;
        }
    }
    jbuf_put(dst, src + start, n - start);
}
