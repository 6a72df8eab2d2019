/*
 * decode.c — Unmarshal's walker (Go's encoding/json/decode.go): stores JSON input, already
 * checked by the scanner (scan_check), into memory laid out by a TypeDesc.
 *
 * The parser is recursive descent over valid input, so it has no syntax errors to report.
 * At each value it does what Go's indirect does: follow (allocating) pointers, look into an
 * interface holding a non-nil pointer, and stop at a type with UnmarshalJSON (or, for
 * strings, UnmarshalText) in the method set of its pointer type; such values are recorded
 * (JsonCall: a pointer to the value and its input) for the Gale side to call afterwards
 * (json.h). Errors follow Go: type mismatches (UnmarshalTypeError with the field path from
 * the error context) and most others are saved (the first one wins) and decoding goes on;
 * a few stop it (d->fatal).
 *
 * Allocation: every new object (a pointee, a slice's backing array, a map, a box for an
 * interface) is stored into the value being built as soon as it is made, so it is reachable
 * from the target the native was given. Between allocations this file may hold heap pointers
 * in C locals: gc_alloc never collects (runtime/runtime.h), and this walker neither parks
 * nor enters a system call.
 *
 * A map value whose decoding recorded calls lives in a box of its own until the calls have
 * run (the map's table may move as it grows), then applyFixups stores it (JsonFixup).
 * json.RawMessage is copied here, without a call.
 *
 * Arrays are counted before they are decoded (a skim over valid input) so that a slice's
 * backing array is allocated once. Difference from Go: methods run after the whole walk
 * rather than during it.
 */
#include "stdlib/encoding/json/json.h"

#include "base/strbuf.h"
#include "stdlib/strconv/strconv.h"
#include "stdlib/unicode/unicode.h"

static void decode_value(JsonDecoder *d, const TypeDesc *t, uint8_t *mem);
static void skip_value(JsonDecoder *d);

static void store_ptr(uint8_t *m, void *p)
{
    memcpy(m, &p, sizeof p);
}

static void skip_ws(JsonDecoder *d)
{
    while (d->off < d->len) {
        uint8_t c = d->data[d->off];
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
            break;
        d->off++;
    }
}

/* ---- Errors ---- */

static char *dup_str(const char *s)
{
    size_t n = strlen(s);
    char *r = xmalloc(n + 1);
    memcpy(r, s, n + 1);
    return r;
}

static void type_error(JsonDecoder *d, const char *value, size_t vlen, const TypeDesc *t,
                       int64_t off)
{
    if (d->err)
        return;
    d->err = DERR_TYPE;
    d->err_value = xmalloc(vlen + 1);
    memcpy(d->err_value, value, vlen);
    d->err_value[vlen] = 0;
    d->err_type = dup_str(t->str);
    d->err_offset = off;
    if (d->ctx_struct || d->nctx > 0) {
        d->err_struct = dup_str(d->ctx_struct && d->ctx_struct->name ? d->ctx_struct->name : "");
        JBuf b = {0};
        for (int i = 0; i < d->nctx; i++) {
            if (i > 0)
                jbuf_putc(&b, '.');
            jbuf_put(&b, d->ctx_fields[i].name, d->ctx_fields[i].len);
        }
        jbuf_putc(&b, 0);
        d->err_field = (char *)b.data;
    }
}

static void message_error(JsonDecoder *d, bool fatal, const char *fmt, ...) PRINTF_LIKE(3, 4);
static void message_error(JsonDecoder *d, bool fatal, const char *fmt, ...)
{
    if (d->err && !fatal)
        return;
    if (d->err) {
        /* a returned error replaces a saved one */
        free(d->err_value);
        free(d->err_type);
        free(d->err_struct);
        free(d->err_field);
        free(d->err_msg);
        d->err_value = d->err_type = d->err_struct = d->err_field = d->err_msg = NULL;
    }
    StrBuf b = {0};
    va_list ap;
    va_start(ap, fmt);
    strbuf_vprintf(&b, fmt, ap);
    va_end(ap);
    d->err = DERR_MESSAGE;
    d->err_msg = dup_str(strbuf_cstr(&b));
    d->fatal = fatal;
    strbuf_free(&b);
}

/* quoted appends Go's %q of [s] to a fresh C string (owned). */
static char *quoted(const uint8_t *s, size_t n)
{
    StrBuf b = {0};
    quote_string(&b, s, n, '"', false, false);
    char *r = dup_str(strbuf_cstr(&b));
    strbuf_free(&b);
    return r;
}

/* ---- Skimming valid input ---- */

static void skip_string(JsonDecoder *d)
{
    d->off++; /* opening quote */
    while (d->off < d->len) {
        uint8_t c = d->data[d->off++];
        if (c == '"')
            return;
        if (c == '\\')
            d->off++;
    }
}

static void skip_value(JsonDecoder *d)
{
    skip_ws(d);
    if (d->off >= d->len)
        return;
    uint8_t c = d->data[d->off];
    if (c == '"') {
        skip_string(d);
        return;
    }
    if (c == '{' || c == '[') {
        int depth = 0;
        while (d->off < d->len) {
            c = d->data[d->off];
            if (c == '"') {
                skip_string(d);
                continue;
            }
            d->off++;
            if (c == '{' || c == '[')
                depth++;
            else if ((c == '}' || c == ']') && --depth == 0)
                return;
        }
        return;
    }
    while (d->off < d->len) {
        c = d->data[d->off];
        if (!((c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == 'e' ||
              c == 'E' || (c >= 'a' && c <= 'z')))
            break;
        d->off++;
    }
}

/* literal_end returns the end of the literal starting at d->off (valid input). */
static size_t literal_end(JsonDecoder *d)
{
    size_t save = d->off;
    skip_value(d);
    size_t end = d->off;
    d->off = save;
    return end;
}

/* ---- Strings ---- */

static int hex4(const uint8_t *s)
{
    int r = 0;
    for (int i = 0; i < 4; i++) {
        uint8_t c = s[i];
        int v = quote_unhex(c);
        if (v < 0)
            return -1;
        r = r * 16 + v;
    }
    return r;
}

/* unquote appends the value of the string literal [s] (quotes included) to [b], as Go's
 * unquoteBytes: invalid UTF-8 and lone surrogates become U+FFFD. False if not a valid
 * literal (only possible for ",string" contents). */
static bool unquote(JBuf *b, const uint8_t *s, size_t n)
{
    if (n < 2 || s[0] != '"' || s[n - 1] != '"')
        return false;
    s++;
    n -= 2;
    size_t i = 0;
    while (i < n) {
        uint8_t c = s[i];
        if (c == '\\') {
            if (i + 1 >= n)
                return false;
            uint8_t e = s[i + 1];
            i += 2;
            switch (e) {
            case '"': case '\\': case '/': case '\'': jbuf_putc(b, e); break;
            case 'b': jbuf_putc(b, '\b'); break;
            case 'f': jbuf_putc(b, '\f'); break;
            case 'n': jbuf_putc(b, '\n'); break;
            case 'r': jbuf_putc(b, '\r'); break;
            case 't': jbuf_putc(b, '\t'); break;
            case 'u': {
                if (i + 4 > n)
                    return false;
                int r = hex4(s + i);
                if (r < 0)
                    return false;
                i += 4;
                if (r >= 0xD800 && r < 0xE000) {
                    int r2 = -1;
                    if (r < 0xDC00 && i + 6 <= n && s[i] == '\\' && s[i + 1] == 'u')
                        r2 = hex4(s + i + 2);
                    if (r2 >= 0xDC00 && r2 < 0xE000) {
                        r = 0x10000 + ((r - 0xD800) << 10) + (r2 - 0xDC00);
                        i += 6;
                    } else {
                        r = 0xFFFD;
                    }
                }
                uint8_t u[4];
                jbuf_put(b, u, (size_t)runes_encode(u, r));
                break;
            }
            default: return false;
            }
            continue;
        }
        if (c == '"' || c < 0x20)
            return false;
        if (c < 0x80) {
            size_t j = i;
            while (j < n && s[j] < 0x80 && s[j] != '\\' && s[j] != '"' && s[j] >= 0x20)
                j++;
            jbuf_put(b, s + i, j - i);
            i = j;
            continue;
        }
        int32_t r;
        int size = runes_decode(s + i, n - i, &r);
        if (r == 0xFFFD && size == 1) {
            jbuf_put(b, "\xEF\xBF\xBD", 3);
            i++;
            continue;
        }
        jbuf_put(b, s + i, (size_t)size);
        i += (size_t)size;
    }
    return true;
}

bool json_unquote(JBuf *b, const uint8_t *s, size_t n)
{
    return unquote(b, s, n);
}

/* string_value makes a Gale string of the literal [s] (valid input). */
static StrObj *string_value(JsonDecoder *d, const uint8_t *s, size_t n)
{
    /* fast path: no escapes, ASCII or valid UTF-8 */
    bool plain = true;
    for (size_t i = 1; i + 1 < n; i++)
        if (s[i] == '\\' || s[i] >= 0x80) {
            plain = false;
            break;
        }
    if (plain || (runes_valid(s + 1, n - 2) && !memchr(s + 1, '\\', n - 2)))
        return gale_string(d->g, s + 1, n - 2);
    JBuf b = {0};
    unquote(&b, s, n);
    StrObj *r = gale_string(d->g, b.data, b.len);
    free(b.data);
    return r;
}

/* ---- Methods (indirect) ---- */

static void record(JsonDecoder *d, char kind, const TypeDesc *pt, uint8_t *mem, size_t start,
                   size_t end)
{
    if (d->calls.len == d->calls.cap) {
        d->calls.cap = d->calls.cap ? d->calls.cap * 2 : 8;
        d->calls.items = xrealloc(d->calls.items, (size_t)d->calls.cap * sizeof(JsonCall));
    }
    JsonCall c = {pt, mem, true, kind, (int64_t)start, (int64_t)end, NULL};
    d->calls.items[d->calls.len++] = c;
}

/* indirect follows pointers from (*tp, *mp) as Go's indirect does; returns 'J' or 'T' when
 * a method takes the value (*tp is then the pointer type, *mp the pointee), else 0. */
static int indirect(JsonDecoder *d, const TypeDesc **tp, uint8_t **mp, bool decoding_null)
{
    const TypeDesc *t = *tp;
    uint8_t *mem = *mp;
    if (t->kind != TK_POINTER && (t->flags & TF_NAMED) && t->ptrto && t->ptrto->nmethods) {
        const TypeDesc *pt = t->ptrto;
        if (json_has_method(pt, "UnmarshalJSON")) {
            *tp = pt;
            return 'J';
        }
        if (!decoding_null && json_has_method(pt, "UnmarshalText")) {
            *tp = pt;
            return 'T';
        }
    }
    bool settable = true;
    for (;;) {
        if (t->kind == TK_INTERFACE) {
            Box *b = mem_load_ptr(mem);
            if (b && b->type->kind == TK_POINTER && mem_load_ptr(b->data) &&
                (!decoding_null || b->type->elem->kind == TK_POINTER)) {
                t = b->type;
                mem = b->data;
                settable = false;
                continue;
            }
        }
        if (t->kind != TK_POINTER)
            break;
        if (decoding_null && settable)
            break;
        uint8_t *p = mem_load_ptr(mem);
        if (!p) {
            p = gale_new(d->g, t->elem);
            store_ptr(mem, p);
        }
        if (t->nmethods) {
            if (json_has_method(t, "UnmarshalJSON")) {
                *tp = t;
                *mp = p;
                return 'J';
            }
            if (!decoding_null && json_has_method(t, "UnmarshalText")) {
                *tp = t;
                *mp = p;
                return 'T';
            }
        }
        t = t->elem;
        mem = p;
        settable = true;
    }
    *tp = t;
    *mp = mem;
    return 0;
}

/* ---- Interfaces (any) ---- */

static void value_interface(JsonDecoder *d, uint8_t *slot);

static Box *box_ptr(JsonDecoder *d, const TypeDesc *t, void *p)
{
    Value v;
    v.p = p;
    return gale_box_value(d->g, t, v);
}

/* number_error saves an UnmarshalTypeError for number literal [item]. */
static void number_error(JsonDecoder *d, const uint8_t *item, size_t n, const TypeDesc *t,
                         int64_t off)
{
    JBuf b = {0};
    jbuf_puts(&b, "number ");
    jbuf_put(&b, item, n);
    type_error(d, (const char *)b.data, b.len, t, off);
    free(b.data);
}

static Box *number_interface(JsonDecoder *d, const uint8_t *s, size_t n)
{
    if (d->use_number)
        return box_ptr(d, d->t_number, gale_string(d->g, s, n));
    double f;
    if (atof_parse(s, n, 64, &f) != CONV_OK) {
        number_error(d, s, n, d->t_float64, (int64_t)d->off);
        return NULL;
    }
    Value v;
    v.f = f;
    return gale_box_value(d->g, d->t_float64, v);
}

static int64_t count_elems(JsonDecoder *d)
{
    size_t save = d->off;
    int64_t n = 0;
    d->off++; /* [ */
    skip_ws(d);
    if (d->data[d->off] != ']') {
        for (;;) {
            skip_value(d);
            n++;
            skip_ws(d);
            if (d->data[d->off] != ',')
                break;
            d->off++;
        }
    }
    d->off = save;
    return n;
}

/* array_interface decodes an array into a new []any stored at [slot] (an interface's
 * memory). */
static void array_interface(JsonDecoder *d, uint8_t *slot)
{
    int64_t n = count_elems(d);
    SliceObj *s = gale_slice(d->g, d->t_any, n, n);
    store_ptr(slot, box_ptr(d, d->t_any_slice, s));
    d->off++;
    for (int64_t i = 0; i < n; i++) {
        skip_ws(d);
        value_interface(d, s->data + i * 8);
        skip_ws(d);
        d->off++; /* , or ] */
    }
    if (n == 0) {
        skip_ws(d);
        d->off++;
    }
}

static void *map_slot(JsonDecoder *d, MapObj *m, const void *key)
{
    return gale_map_assign(d->g, m, key);
}

static void object_interface(JsonDecoder *d, uint8_t *slot)
{
    MapObj *m = gale_map_new(d->g, d->t_any_map, 0);
    store_ptr(slot, box_ptr(d, d->t_any_map, m));
    d->off++; /* { */
    for (;;) {
        skip_ws(d);
        if (d->data[d->off] == '}') {
            d->off++;
            return;
        }
        size_t ks = d->off;
        skip_string(d);
        StrObj *key = string_value(d, d->data + ks, d->off - ks);
        skip_ws(d);
        d->off++; /* : */
        skip_ws(d);
        uint8_t *vs = map_slot(d, m, &key);
        store_ptr(vs, NULL);
        /* decoding the value may grow other maps, never this one: vs stays valid */
        value_interface(d, vs);
        skip_ws(d);
        if (d->data[d->off] == ',')
            d->off++;
    }
}

/* value_interface decodes any value as an interface and stores it at [slot] (memory
 * inside a reachable object, which therefore holds each new object at once). */
static void value_interface(JsonDecoder *d, uint8_t *slot)
{
    skip_ws(d);
    uint8_t c = d->data[d->off];
    Value v;
    switch (c) {
    case '{': object_interface(d, slot); return;
    case '[': array_interface(d, slot); return;
    case '"': {
        size_t s = d->off;
        skip_string(d);
        store_ptr(slot, box_ptr(d, d->t_string, string_value(d, d->data + s, d->off - s)));
        return;
    }
    case 't':
    case 'f':
        d->off += c == 't' ? 4 : 5;
        v.i = c == 't';
        store_ptr(slot, gale_box_value(d->g, d->t_bool, v));
        return;
    case 'n':
        d->off += 4;
        store_ptr(slot, NULL);
        return;
    default: {
        size_t s = d->off;
        skip_value(d);
        store_ptr(slot, number_interface(d, d->data + s, d->off - s));
        return;
    }
    }
}

/* ---- Literals (literalStore) ---- */

static bool base64_decode(JsonDecoder *d, const uint8_t *s, size_t n, JBuf *out)
{
    uint32_t acc = 0;
    int bits = 0, pad = 0;
    size_t i;
    for (i = 0; i < n; i++) {
        uint8_t c = s[i];
        int v;
        if (c == '\r' || c == '\n')
            continue;
        if (c >= 'A' && c <= 'Z')
            v = c - 'A';
        else if (c >= 'a' && c <= 'z')
            v = c - 'a' + 26;
        else if (c >= '0' && c <= '9')
            v = c - '0' + 52;
        else if (c == '+')
            v = 62;
        else if (c == '/')
            v = 63;
        else if (c == '=') {
            pad++;
            continue;
        } else
            break;
        if (pad)
            break;
        acc = acc << 6 | (uint32_t)v;
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            jbuf_putc(out, (uint8_t)(acc >> bits));
        }
    }
    /* Go's StdEncoding wants padding to a multiple of 4 */
    size_t data = 0;
    for (size_t k = 0; k < n; k++)
        if (s[k] != '\r' && s[k] != '\n')
            data++;
    if (i < n || data % 4 != 0 || pad > 2 || (pad && bits == 0)) {
        size_t at = i < n ? i : n;
        if (i == n && data % 4 != 0)
            at = n - (n % 4 ? n % 4 : 0);
        message_error(d, false, "illegal base64 data at input byte %zu", at);
        return false;
    }
    return true;
}

static void set_int(uint8_t *mem, const TypeDesc *t, int64_t v)
{
    Value x;
    x.i = v;
    value_store(t, mem, x);
}

static bool int_fits(const TypeDesc *t, int64_t v)
{
    int bits = t->size * 8;
    if (bits >= 64)
        return true;
    int64_t lim = (int64_t)1 << (bits - 1);
    return v >= -lim && v < lim;
}

static bool uint_fits(const TypeDesc *t, uint64_t v)
{
    int bits = t->size * 8;
    return bits >= 64 || v < ((uint64_t)1 << bits);
}

/* literal_store stores literal [item] into (t, mem); [from_quoted]: the literal came from
 * inside a ",string" field's string. [orig] is the type before indirect, for errors. */
static void literal_store(JsonDecoder *d, const uint8_t *item, size_t n, const TypeDesc *t,
                          uint8_t *mem, bool from_quoted, size_t item_start)
{
    const TypeDesc *orig = t;
    int64_t roff = (int64_t)d->off;
    if (n == 0) {
        message_error(d, false,
                      "json: invalid use of ,string struct tag, trying to unmarshal \"\" into %s",
                      t->str);
        return;
    }
    bool is_null = item[0] == 'n';
    int m = indirect(d, &t, &mem, is_null);
    if (m == 'J') {
        record(d, 'J', t, mem, item_start, item_start + n);
        return;
    }
    if (m == 'T') {
        if (item[0] != '"') {
            if (from_quoted) {
                char *q = quoted(item, n);
                message_error(d, false,
                              "json: invalid use of ,string struct tag, trying to unmarshal %s "
                              "into %s", q, orig->str);
                free(q);
                return;
            }
            const char *val = item[0] == 'n' ? "null" : (item[0] == 't' || item[0] == 'f')
                                                            ? "bool" : "number";
            type_error(d, val, strlen(val), orig, roff);
            return;
        }
        record(d, 'T', t, mem, item_start, item_start + n);
        return;
    }
    char *q = NULL;
#define INVALID_USE(FATAL)                                                                  \
    do {                                                                                    \
        q = quoted(item, n);                                                                \
        message_error(d, FATAL,                                                             \
                      "json: invalid use of ,string struct tag, trying to unmarshal %s into " \
                      "%s", q, t->str);                                                      \
        free(q);                                                                            \
    } while (0)
    switch (item[0]) {
    case 'n':
        if (from_quoted && !(n == 4 && memcmp(item, "null", 4) == 0)) {
            INVALID_USE(false);
            return;
        }
        switch (t->kind) {
        case TK_INTERFACE:
        case TK_POINTER:
        case TK_MAP:
        case TK_SLICE: store_ptr(mem, NULL); break;
        default: break;
        }
        return;
    case 't':
    case 'f': {
        bool value = item[0] == 't';
        if (from_quoted && !(n == 4 && memcmp(item, "true", 4) == 0) &&
            !(n == 5 && memcmp(item, "false", 5) == 0)) {
            INVALID_USE(false);
            return;
        }
        if (t->kind == TK_BOOL) {
            *mem = value;
        } else if (t->kind == TK_INTERFACE && t->nmethods == 0) {
            Value v;
            v.i = value;
            store_ptr(mem, gale_box_value(d->g, d->t_bool, v));
        } else if (from_quoted) {
            INVALID_USE(false);
        } else {
            type_error(d, "bool", 4, t, roff);
        }
        return;
    }
    case '"': {
        if (from_quoted) {
            JBuf tmp = {0};
            bool ok = unquote(&tmp, item, n);
            free(tmp.data);
            if (!ok) {
                INVALID_USE(true);
                return;
            }
        }
        switch (t->kind) {
        case TK_SLICE: {
            if (t->elem->kind != TK_UINT8) {
                type_error(d, "string", 6, t, roff);
                return;
            }
            JBuf s = {0}, out = {0};
            unquote(&s, item, n);
            if (base64_decode(d, s.data, s.len, &out)) {
                SliceObj *sl = gale_slice(d->g, t->elem, (int64_t)out.len, (int64_t)out.len);
                if (out.len)
                    memcpy(sl->data, out.data, out.len);
                store_ptr(mem, sl);
            }
            free(s.data);
            free(out.data);
            return;
        }
        case TK_STRING: {
            StrObj *s = string_value(d, item, n);
            if (json_is_number(t)) {
                const uint8_t *p = str_data(s);
                size_t len = (size_t)str_len(s);
                /* isValidNumber via the scanner: a number is a valid document */
                JsonScanner sc = {0};
                bool ok = len > 0 && (p[0] == '-' || (p[0] >= '0' && p[0] <= '9')) &&
                          scan_check(&sc, p, len);
                scan_free(&sc);
                if (!ok) {
                    q = quoted(item, n);
                    message_error(d, true,
                                  "json: invalid number literal, trying to unmarshal %s into "
                                  "Number", q);
                    free(q);
                    return;
                }
            }
            store_ptr(mem, s);
            return;
        }
        case TK_INTERFACE:
            if (t->nmethods == 0) {
                StrObj *s = string_value(d, item, n);
                store_ptr(mem, box_ptr(d, d->t_string, s));
                return;
            }
            /* fall through */
        default: type_error(d, "string", 6, t, roff); return;
        }
    }
    default: {
        uint8_t c = item[0];
        if (c != '-' && (c < '0' || c > '9')) {
            INVALID_USE(true);
            return;
        }
        if (t->kind == TK_INTERFACE) {
            if (t->nmethods != 0) {
                /* Go converts first: a bad float is reported as such */
                type_error(d, "number", 6, t, roff);
                return;
            }
            Box *b = number_interface(d, item, n);
            if (b)
                store_ptr(mem, b);
            return;
        }
        if (kind_is_int(t->kind)) {
            int64_t v;
            if (atoi_parse_int(item, n, 10, 64, &v) != CONV_OK || !int_fits(t, v)) {
                number_error(d, item, n, t, roff);
                return;
            }
            set_int(mem, t, v);
            return;
        }
        if (kind_is_uint(t->kind)) {
            uint64_t v;
            if (atoi_parse_uint(item, n, 10, 64, &v) != CONV_OK || !uint_fits(t, v)) {
                number_error(d, item, n, t, roff);
                return;
            }
            Value x;
            x.u = v;
            value_store(t, mem, x);
            return;
        }
        if (t->kind == TK_FLOAT32 || t->kind == TK_FLOAT64) {
            double f;
            int bits = t->kind == TK_FLOAT32 ? 32 : 64;
            if (atof_parse(item, n, bits, &f) != CONV_OK) {
                number_error(d, item, n, t, roff);
                return;
            }
            if (bits == 32)
                *(float *)mem = (float)f;
            else
                *(double *)mem = f;
            return;
        }
        if (json_is_number(t)) {
            store_ptr(mem, gale_string(d->g, item, n));
            return;
        }
        if (from_quoted) {
            INVALID_USE(true);
            return;
        }
        type_error(d, "number", 6, t, roff);
        return;
    }
    }
#undef INVALID_USE
}

static void literal(JsonDecoder *d, const TypeDesc *t, uint8_t *mem)
{
    size_t start = d->off;
    size_t end = literal_end(d);
    d->off = end;
    if (!t)
        return;
    literal_store(d, d->data + start, end - start, t, mem, false, start);
}

/* ---- Arrays ---- */

/* composite_start opens an array or object (what names it) at d->off: it follows the
 * pointers to the target (indirect), records an Unmarshaler for later, rejects a
 * TextUnmarshaler, and decodes into an empty interface with into_iface. Returns true when
 * the value is done with; otherwise *tp and *mp are the target, for the caller to fill. */
static bool composite_start(JsonDecoder *d, const TypeDesc **tp, uint8_t **mp,
                            const char *what, void (*into_iface)(JsonDecoder *, uint8_t *))
{
    const TypeDesc *orig = *tp;
    size_t start = d->off;
    int m = indirect(d, tp, mp, false);
    if (m == 'J') {
        skip_value(d);
        record(d, 'J', *tp, *mp, start, d->off);
        return true;
    }
    if (m == 'T') {
        type_error(d, what, strlen(what), orig, (int64_t)start + 1);
        skip_value(d);
        return true;
    }
    if ((*tp)->kind == TK_INTERFACE && (*tp)->nmethods == 0) {
        into_iface(d, *mp);
        return true;
    }
    return false;
}

static void array(JsonDecoder *d, const TypeDesc *t, uint8_t *mem)
{
    size_t start = d->off;
    if (composite_start(d, &t, &mem, "array", array_interface))
        return;
    if (t->kind != TK_ARRAY && t->kind != TK_SLICE) {
        type_error(d, "array", 5, t, (int64_t)start + 1);
        skip_value(d);
        return;
    }
    const TypeDesc *et = t->elem;
    int64_t n = count_elems(d);
    uint8_t *data;
    int64_t len;
    if (t->kind == TK_SLICE) {
        SliceObj *old = mem_load_ptr(mem);
        if (n == 0) {
            store_ptr(mem, gale_slice(d->g, et, 0, 0));
            data = NULL;
            len = 0;
        } else if (old && old->cap >= n) {
            store_ptr(mem, gale_slice_view(d->g, old->data, n, old->cap));
            data = old->data;
            len = n;
        } else {
            SliceObj *s = gale_slice(d->g, et, n, n);
            if (old && old->len)
                memcpy(s->data, old->data, (size_t)old->len * et->size);
            store_ptr(mem, s);
            data = s->data;
            len = n;
        }
    } else {
        data = mem;
        len = t->len;
    }
    d->off++; /* [ */
    int64_t i = 0;
    for (;;) {
        skip_ws(d);
        if (d->data[d->off] == ']') {
            d->off++;
            break;
        }
        if (i < len)
            decode_value(d, et, data + (size_t)i * et->size);
        else
            skip_value(d);
        i++;
        if (d->fatal)
            return;
        skip_ws(d);
        if (d->data[d->off] == ',')
            d->off++;
    }
    if (t->kind == TK_ARRAY && i < len)
        memset(data + (size_t)i * et->size, 0, (size_t)(len - i) * et->size);
}

/* ---- Objects ---- */

/* defer_map_value handles a map value whose decoding recorded method calls (from call
 * [first] on) into its slot: the slot may move when the map grows before the methods run,
 * so the value moves to a box of its own, the calls are redirected there, and a fixup
 * copies it back into the map once the methods have run (json.go: applyFixups). */
static void defer_map_value(JsonDecoder *d, MapObj *map, const TypeDesc *mt, const void *key,
                            uint8_t *slot, int64_t first)
{
    const TypeDesc *vt = mt->elem;
    Box *tmp = gale_box(d->g, vt, slot);
    for (int64_t i = first; i < d->calls.len; i++) {
        JsonCall *c = &d->calls.items[i];
        if (c->mem >= slot && c->mem < slot + vt->size)
            c->mem = tmp->data + (c->mem - slot);
    }
    if (d->fixups.len == d->fixups.cap) {
        d->fixups.cap = d->fixups.cap ? d->fixups.cap * 2 : 4;
        d->fixups.items = xrealloc(d->fixups.items, (size_t)d->fixups.cap * sizeof(JsonFixup));
    }
    JsonFixup f = {map, mt, {0}, NULL, tmp};
    memcpy(f.key, key, mt->key->size);
    d->fixups.items[d->fixups.len++] = f;
}

static int32_t fold_rune(int32_t r)
{
    if (r < 0x80)
        return r >= 'a' && r <= 'z' ? r - 32 : r;
    return chars_to_upper(chars_to_lower(r));
}

static bool fold_equal(const uint8_t *a, size_t an, const uint8_t *b, size_t bn)
{
    size_t i = 0, j = 0;
    while (i < an && j < bn) {
        int32_t ra, rb;
        if (a[i] < 0x80) {
            ra = a[i++];
        } else {
            i += (size_t)runes_decode(a + i, an - i, &ra);
        }
        if (b[j] < 0x80) {
            rb = b[j++];
        } else {
            j += (size_t)runes_decode(b + j, bn - j, &rb);
        }
        if (ra != rb && fold_rune(ra) != fold_rune(rb))
            return false;
    }
    return i == an && j == bn;
}

static const JsonField *find_field(const JsonStruct *js, const uint8_t *k, size_t n)
{
    for (int i = 0; i < js->nfields; i++)
        if (js->fields[i].namelen == n && memcmp(js->fields[i].name, k, n) == 0)
            return &js->fields[i];
    for (int i = 0; i < js->nfields; i++)
        if (fold_equal((const uint8_t *)js->fields[i].name, js->fields[i].namelen, k, n))
            return &js->fields[i];
    return NULL;
}

/* text_key_entry decodes an entry of a map whose key type has UnmarshalText: the value goes
 * into a box, the key into another, UnmarshalText is called on the key with the literal at
 * [ks, ke) (after the value's own calls, as Go orders them), and a fixup stores the pair. */
static void text_key_entry(JsonDecoder *d, MapObj *map, const TypeDesc *mt, size_t ks,
                           size_t ke)
{
    const TypeDesc *vt = mt->elem, *kt = mt->key;
    void *zero = xcalloc(1, vt->size > kt->size ? vt->size : kt->size);
    Box *val = gale_box(d->g, vt, zero);
    decode_value(d, vt, val->data);
    Box *key = gale_box(d->g, kt, zero);
    free(zero);
    record(d, 'T', kt->ptrto, key->data, ks, ke);
    if (d->fixups.len == d->fixups.cap) {
        d->fixups.cap = d->fixups.cap ? d->fixups.cap * 2 : 4;
        d->fixups.items = xrealloc(d->fixups.items, (size_t)d->fixups.cap * sizeof(JsonFixup));
    }
    JsonFixup f = {map, mt, {0}, key, val};
    d->fixups.items[d->fixups.len++] = f;
}

/* value_quoted decodes a ",string" field's value (valueQuoted + literalStore). */
static void value_quoted(JsonDecoder *d, const TypeDesc *t, uint8_t *mem)
{
    skip_ws(d);
    uint8_t c = d->data[d->off];
    size_t start = d->off;
    skip_value(d);
    if (c == 'n') {
        literal_store(d, (const uint8_t *)"null", 4, t, mem, false, start);
        return;
    }
    if (c == '"') {
        JBuf b = {0};
        unquote(&b, d->data + start, d->off - start);
        literal_store(d, b.data ? b.data : (const uint8_t *)"", b.len, t, mem, true, start);
        free(b.data);
        return;
    }
    message_error(d, false,
                  "json: invalid use of ,string struct tag, trying to unmarshal unquoted value "
                  "into %s", t->str);
}

static void object(JsonDecoder *d, const TypeDesc *t, uint8_t *mem)
{
    size_t start = d->off;
    if (composite_start(d, &t, &mem, "object", object_interface))
        return;
    const JsonStruct *js = NULL;
    MapObj *map = NULL;
    bool text_keys = false;
    if (t->kind == TK_MAP) {
        const TypeDesc *kt = t->key;
        text_keys = kt->ptrto && json_has_method(kt->ptrto, "UnmarshalText");
        if (kt->kind != TK_STRING && !kind_is_int(kt->kind) && !kind_is_uint(kt->kind) &&
            !text_keys) {
            type_error(d, "object", 6, t, (int64_t)start + 1);
            skip_value(d);
            return;
        }
        map = mem_load_ptr(mem);
        if (!map) {
            map = gale_map_new(d->g, t, 0);
            store_ptr(mem, map);
        }
    } else if (t->kind == TK_STRUCT) {
        js = json_struct_fields(&d->cache, t);
    } else {
        type_error(d, "object", 6, t, (int64_t)start + 1);
        skip_value(d);
        return;
    }
    const TypeDesc *save_struct = d->ctx_struct;
    int save_n = d->nctx;
    JBuf kb = {0};
    d->off++; /* { */
    for (;;) {
        skip_ws(d);
        if (d->data[d->off] == '}') {
            d->off++;
            break;
        }
        size_t ks = d->off;
        skip_string(d);
        size_t ke = d->off;
        kb.len = 0;
        unquote(&kb, d->data + ks, ke - ks);
        skip_ws(d);
        d->off++; /* : */
        skip_ws(d);
        if (map && text_keys) {
            text_key_entry(d, map, t, ks, ke);
        } else if (map) {
            const TypeDesc *kt = t->key;
            uint64_t kbuf[1] = {0};
            if (kt->kind == TK_STRING) {
                StrObj *k = gale_string(d->g, kb.data, kb.len);
                store_ptr((uint8_t *)kbuf, k);
            } else {
                bool ok;
                Value x;
                if (kind_is_int(kt->kind)) {
                    ok = atoi_parse_int(kb.data ? kb.data : (const uint8_t *)"", kb.len, 10, 64,
                                        &x.i) == CONV_OK &&
                         int_fits(kt, x.i);
                } else {
                    ok = atoi_parse_uint(kb.data ? kb.data : (const uint8_t *)"", kb.len, 10,
                                         64, &x.u) == CONV_OK &&
                         uint_fits(kt, x.u);
                }
                if (!ok) {
                    uint8_t *tmp = gale_new(d->g, t->elem);
                    decode_value(d, t->elem, tmp);
                    number_error(d, kb.data, kb.len, kt, (int64_t)ks + 1);
                    goto next;
                }
                value_store(kt, kbuf, x);
            }
            uint8_t *slot = gale_map_assign(d->g, map, kbuf);
            memset(slot, 0, t->elem->size);
            int64_t ncalls = d->calls.len;
            decode_value(d, t->elem, slot);
            if (d->calls.len > ncalls)
                defer_map_value(d, map, t, kbuf, slot, ncalls);
        } else {
            const JsonField *f = find_field(js, kb.data ? kb.data : (const uint8_t *)"", kb.len);
            if (!f) {
                if (d->disallow_unknown) {
                    char *q = quoted(kb.data, kb.len);
                    message_error(d, false, "json: unknown field %s", q);
                    free(q);
                }
                skip_value(d);
                goto next;
            }
            const TypeDesc *ct = t;
            uint8_t *fm = mem;
            bool ok = true;
            for (int k = 0; k <= f->depth; k++) {
                if (ct->kind == TK_POINTER) {
                    uint8_t *p = mem_load_ptr(fm);
                    if (!p) {
                        p = gale_new(d->g, ct->elem);
                        store_ptr(fm, p);
                    }
                    fm = p;
                    ct = ct->elem;
                }
                const FieldDesc *fd = &ct->fields[f->path[k]];
                if (k < f->depth && fd->type->kind == TK_POINTER && !fd->exported &&
                    mem_load_ptr(fm + fd->offset) == NULL) {
                    message_error(d, false,
                                  "json: cannot set embedded pointer to unexported struct: %s",
                                  fd->type->elem->str);
                    ok = false;
                    break;
                }
                fm += fd->offset;
                ct = fd->type;
            }
            if (!ok) {
                skip_value(d);
                goto next;
            }
            if (d->nctx < (int)ARRAY_LEN(d->ctx_fields)) {
                d->ctx_fields[d->nctx].name = f->name;
                d->ctx_fields[d->nctx].len = f->namelen;
                d->nctx++;
            }
            d->ctx_struct = t;
            if (f->quoted)
                value_quoted(d, ct, fm);
            else
                decode_value(d, ct, fm);
        }
    next:
        if (d->fatal)
            break;
        d->nctx = save_n;
        d->ctx_struct = save_struct;
        skip_ws(d);
        if (d->data[d->off] == ',')
            d->off++;
    }
    free(kb.data);
    if (!d->fatal) {
        d->nctx = save_n;
        d->ctx_struct = save_struct;
    }
}

/* raw_store is (*RawMessage).UnmarshalJSON without the call: a copy of the input. */
static void raw_store(JsonDecoder *d, const TypeDesc *t, uint8_t *mem)
{
    size_t start = d->off;
    skip_value(d);
    size_t n = d->off - start;
    SliceObj *old = mem_load_ptr(mem);
    SliceObj *s;
    if (old && old->cap >= (int64_t)n)
        s = gale_slice_view(d->g, old->data, (int64_t)n, old->cap);
    else
        s = gale_slice(d->g, t->elem, (int64_t)n, (int64_t)n);
    memcpy(s->data, d->data + start, n);
    store_ptr(mem, s);
}

static void decode_value(JsonDecoder *d, const TypeDesc *t, uint8_t *mem)
{
    skip_ws(d);
    if (!t) {
        skip_value(d);
        return;
    }
    if (json_is_raw(t)) {
        raw_store(d, t, mem);
        return;
    }
    switch (d->data[d->off]) {
    case '{': object(d, t, mem); return;
    case '[': array(d, t, mem); return;
    default: literal(d, t, mem); return;
    }
}

void json_decode(JsonDecoder *d, const TypeDesc *t, uint8_t *mem)
{
    decode_value(d, t, mem);
}

void json_decoder_free(JsonDecoder *d)
{
    json_cache_free(&d->cache);
    free(d->calls.items);
    free(d->fixups.items);
    free(d->err_value);
    free(d->err_type);
    free(d->err_struct);
    free(d->err_field);
    free(d->err_msg);
}
