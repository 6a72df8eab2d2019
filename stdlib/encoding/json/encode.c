/*
 * encode.c — Marshal's walker (Go's encoding/json/encode.go): appends the JSON of a value
 * read through its TypeDesc.
 *
 * Each value is (type, memory, addressable). Addressable values (reached through a pointer,
 * a slice, or fields and elements of those) may use methods of *T, as Go's condAddrEncoder.
 * Before looking at the kind, the walker looks for MarshalJSON, then MarshalText (json.h
 * explains how those calls reach Gale code); json.RawMessage is copied (compacted) without a
 * call. Then by kind: bool, numbers (floats as Go's floatEncoder: 'f' or 'e' by magnitude),
 * strings (escaped, HTML-safe unless turned off, invalid UTF-8 as \ufffd), structs (the
 * fields of fields.c, omitempty, ",string"), maps (keys: strings, integers, or MarshalText;
 * sorted), slices ([]byte as base64), arrays, pointers, interfaces.
 *
 * Errors stop the walk (e->err): unsupported types (chan, func, complex), NaN and
 * infinities, cycles (checked past 1000 nested pointers, maps and slices, as Go does),
 * MarshalJSON output that is not JSON.
 */
#include "stdlib/encoding/json/json.h"

#include "base/strbuf.h"
#include "stdlib/strconv/strconv.h"

static void encode_value(JsonEncoder *e, const TypeDesc *t, const uint8_t *mem, bool addr,
                         bool quoted);

static void put_uint(JBuf *b, uint64_t u, bool neg)
{
    char tmp[24];
    int i = sizeof tmp;
    do {
        tmp[--i] = (char)('0' + u % 10);
        u /= 10;
    } while (u);
    if (neg)
        tmp[--i] = '-';
    jbuf_put(b, tmp + i, sizeof tmp - (size_t)i);
}

static void fail(JsonEncoder *e, int kind, const char *fmt, const char *arg)
{
    if (e->err)
        return;
    e->err = kind;
    snprintf(e->errmsg, sizeof e->errmsg, fmt, arg);
}

/* ---- Methods ---- */

/* call_method handles a value whose method the Gale side calls ('J' or 'T'); [t] is the
 * value's type, [addr] says to call it through a pointer to [mem]. */
static void call_method(JsonEncoder *e, char kind, const TypeDesc *t, const uint8_t *mem,
                        bool addr)
{
    if (e->collecting || e->next >= e->nresults) {
        e->collecting = true;
        if (e->calls.len == e->calls.cap) {
            e->calls.cap = e->calls.cap ? e->calls.cap * 2 : 8;
            e->calls.items = xrealloc(e->calls.items, (size_t)e->calls.cap * sizeof(JsonCall));
        }
        JsonCall c = {addr ? t->ptrto : t, mem, addr, kind, 0, 0, t->str};
        e->calls.items[e->calls.len++] = c;
        return;
    }
    SliceObj *r = e->results[e->next++];
    if (kind == 'J') {
        size_t before = e->out.len;
        if (!scan_compact(&e->scan, &e->out, r ? r->data : NULL, (size_t)slice_len(r),
                          e->escape_html)) {
            e->out.len = before;
            fail(e, JERR_MARSHALER_SYNTAX, "%s", e->scan.msg);
            e->err_offset = e->scan.err_offset;
            e->err_type = t->str;
        }
    } else {
        json_append_string(&e->out, r ? r->data : NULL, (size_t)slice_len(r), e->escape_html);
    }
}

/* try_methods encodes the value through its methods if it has any; false if none. */
static bool try_methods(JsonEncoder *e, const TypeDesc *t, const uint8_t *mem, bool addr)
{
    if (t->kind == TK_INTERFACE)
        return false;
    const TypeDesc *pt = addr && t->kind != TK_POINTER ? t->ptrto : NULL;
    if (pt && pt->nmethods && json_has_method(pt, "MarshalJSON") &&
        !json_has_method(t, "MarshalJSON")) {
        call_method(e, 'J', t, mem, true);
        return true;
    }
    bool nilptr = t->kind == TK_POINTER && mem_load_ptr(mem) == NULL;
    if (t->nmethods && json_has_method(t, "MarshalJSON")) {
        if (nilptr)
            jbuf_put(&e->out, "null", 4);
        else
            call_method(e, 'J', t, mem, false);
        return true;
    }
    if (pt && pt->nmethods && json_has_method(pt, "MarshalText") &&
        !json_has_method(t, "MarshalText")) {
        call_method(e, 'T', t, mem, true);
        return true;
    }
    if (t->nmethods && json_has_method(t, "MarshalText")) {
        if (nilptr)
            jbuf_put(&e->out, "null", 4);
        else
            call_method(e, 'T', t, mem, false);
        return true;
    }
    return false;
}

/* ---- Cycles ---- */

static bool enter(JsonEncoder *e, const void *p, const TypeDesc *t)
{
    if (e->depth++ > 1000) {
        for (int i = 0; i < e->nseen; i++)
            if (e->seen[i] == p) {
                fail(e, JERR_UNSUPPORTED_VALUE, "encountered a cycle via %s", t->str);
                return false;
            }
    }
    if (e->nseen == e->capseen) {
        e->capseen = e->capseen ? e->capseen * 2 : 64;
        e->seen = xrealloc(e->seen, (size_t)e->capseen * sizeof(void *));
    }
    e->seen[e->nseen++] = p;
    return true;
}

static void leave(JsonEncoder *e)
{
    e->depth--;
    e->nseen--;
}

/* ---- Kinds ---- */

static void encode_float(JsonEncoder *e, double f, int bits, bool quoted)
{
    if (f != f || f > 1.7976931348623157e308 || f < -1.7976931348623157e308) {
        StrBuf b = {0};
        ftoa_format(&b, f, 'g', -1, bits);
        fail(e, JERR_UNSUPPORTED_VALUE, "%s", strbuf_cstr(&b));
        strbuf_free(&b);
        return;
    }
    double a = f < 0 ? -f : f;
    int fmt = 'f';
    if (a != 0) {
        if (bits == 64 && (a < 1e-6 || a >= 1e21))
            fmt = 'e';
        if (bits == 32 && ((float)a < 1e-6f || (float)a >= 1e21f))
            fmt = 'e';
    }
    StrBuf b = {0};
    ftoa_format(&b, f, fmt, -1, bits);
    char *s = b.data;
    size_t n = b.len;
    if (fmt == 'e' && n >= 4 && s[n - 4] == 'e' && s[n - 3] == '-' && s[n - 2] == '0') {
        s[n - 2] = s[n - 1];
        n--;
    }
    if (quoted)
        jbuf_putc(&e->out, '"');
    jbuf_put(&e->out, s, n);
    if (quoted)
        jbuf_putc(&e->out, '"');
    strbuf_free(&b);
}

/* valid_number reports whether [s] is a JSON number (isValidNumber). */
static bool valid_number(const uint8_t *s, size_t n)
{
    size_t i = 0;
    if (n == 0)
        return false;
    if (s[0] == '-') {
        i++;
        if (i == n)
            return false;
    }
    if (s[i] == '0') {
        i++;
    } else if (s[i] >= '1' && s[i] <= '9') {
        while (i < n && s[i] >= '0' && s[i] <= '9')
            i++;
    } else {
        return false;
    }
    if (i + 1 < n && s[i] == '.' && s[i + 1] >= '0' && s[i + 1] <= '9') {
        i += 2;
        while (i < n && s[i] >= '0' && s[i] <= '9')
            i++;
    }
    if (i + 1 < n && (s[i] == 'e' || s[i] == 'E')) {
        i++;
        if (s[i] == '+' || s[i] == '-') {
            i++;
            if (i == n)
                return false;
        }
        while (i < n && s[i] >= '0' && s[i] <= '9')
            i++;
    }
    return i == n;
}

static void encode_string(JsonEncoder *e, const TypeDesc *t, const uint8_t *mem, bool quoted)
{
    StrObj *s = mem_load_ptr(mem);
    if (json_is_number(t)) {
        const uint8_t *p = str_data(s);
        size_t n = (size_t)str_len(s);
        if (n == 0) {
            p = (const uint8_t *)"0";
            n = 1;
        }
        if (!valid_number(p, n)) {
            StrBuf q = {0};
            quote_string(&q, p, n, '"', false, false);
            fail(e, JERR_MESSAGE, "json: invalid number literal %s", strbuf_cstr(&q));
            strbuf_free(&q);
            return;
        }
        if (quoted)
            jbuf_putc(&e->out, '"');
        jbuf_put(&e->out, p, n);
        if (quoted)
            jbuf_putc(&e->out, '"');
        return;
    }
    if (quoted) {
        JBuf tmp = {0};
        json_append_string(&tmp, str_data(s), (size_t)str_len(s), e->escape_html);
        json_append_string(&e->out, tmp.data, tmp.len, false);
        free(tmp.data);
        return;
    }
    json_append_string(&e->out, str_data(s), (size_t)str_len(s), e->escape_html);
}

static bool is_empty(const TypeDesc *t, const uint8_t *mem)
{
    switch (t->kind) {
    case TK_ARRAY: return t->len == 0;
    case TK_MAP: return gale_map_len(mem_load_ptr(mem)) == 0;
    case TK_SLICE: return slice_len(mem_load_ptr(mem)) == 0;
    case TK_STRING: return str_len(mem_load_ptr(mem)) == 0;
    case TK_BOOL: return *mem == 0;
    case TK_INTERFACE:
    case TK_POINTER: return mem_load_ptr(mem) == NULL;
    case TK_FLOAT32: return *(const float *)mem == 0;
    case TK_FLOAT64: return *(const double *)mem == 0;
    default:
        if (kind_is_int(t->kind))
            return value_load(t, mem).i == 0;
        if (kind_is_uint(t->kind))
            return value_load(t, mem).u == 0;
        return false;
    }
}

static void encode_struct(JsonEncoder *e, const TypeDesc *t, const uint8_t *mem, bool addr)
{
    const JsonStruct *js = json_struct_fields(&e->cache, t);
    uint8_t next = '{';
    for (int i = 0; i < js->nfields && !e->err; i++) {
        const JsonField *f = &js->fields[i];
        const TypeDesc *ct = t;
        const uint8_t *fm = mem;
        bool fa = addr;
        bool skip = false;
        for (int k = 0; k <= f->depth; k++) {
            if (ct->kind == TK_POINTER) {
                fm = mem_load_ptr(fm);
                if (!fm) {
                    skip = true;
                    break;
                }
                ct = ct->elem;
                fa = true;
            }
            const FieldDesc *fd = &ct->fields[f->path[k]];
            fm += fd->offset;
            ct = fd->type;
        }
        if (skip || (f->omitempty && is_empty(ct, fm)))
            continue;
        jbuf_putc(&e->out, next);
        next = ',';
        if (e->escape_html)
            jbuf_put(&e->out, f->enc_name + f->enc_len, f->enc_html_len);
        else
            jbuf_put(&e->out, f->enc_name, f->enc_len);
        encode_value(e, ct, fm, fa, f->quoted);
    }
    if (next == '{')
        jbuf_put(&e->out, "{}", 2);
    else
        jbuf_putc(&e->out, '}');
}

typedef struct KeyEntry {
    const uint8_t *k, *v;
    uint8_t *s; /* owned when [own] */
    size_t n;
    bool own;
} KeyEntry;

static int cmp_keys(const void *x, const void *y)
{
    const KeyEntry *a = x, *b = y;
    size_t n = a->n < b->n ? a->n : b->n;
    int c = n ? memcmp(a->s, b->s, n) : 0;
    if (c)
        return c;
    return a->n < b->n ? -1 : a->n > b->n;
}

static void encode_map(JsonEncoder *e, const TypeDesc *t, const uint8_t *mem)
{
    const TypeDesc *kt = t->key;
    bool text = false;
    if (kt->kind != TK_STRING && !kind_is_int(kt->kind) && !kind_is_uint(kt->kind)) {
        if (!json_has_method(kt, "MarshalText")) {
            fail(e, JERR_UNSUPPORTED_TYPE, "%s", t->str);
            return;
        }
    }
    if (kt->kind != TK_STRING && json_has_method(kt, "MarshalText"))
        text = true;
    MapObj *m = mem_load_ptr(mem);
    if (!m) {
        jbuf_put(&e->out, "null", 4);
        return;
    }
    if (!enter(e, m, t))
        return;
    void **keys, **vals;
    int64_t n = gale_map_entries(m, &keys, &vals);
    KeyEntry *ents = xmalloc((size_t)(n ? n : 1) * sizeof(KeyEntry));
    bool stop = false;
    for (int64_t i = 0; i < n; i++) {
        KeyEntry *ke = &ents[i];
        ke->k = keys[i];
        ke->v = vals[i];
        ke->own = false;
        if (kt->kind == TK_STRING) {
            StrObj *s = mem_load_ptr(ke->k);
            ke->s = (uint8_t *)str_data(s);
            ke->n = (size_t)str_len(s);
        } else if (text) {
            bool nilptr = kt->kind == TK_POINTER && mem_load_ptr(ke->k) == NULL;
            if (nilptr) {
                ke->s = NULL;
                ke->n = 0;
            } else if (e->collecting || e->next >= e->nresults) {
                call_method(e, 'K', kt, ke->k, false);
                e->calls.items[e->calls.len - 1].tname = t->str;
                stop = true; /* the order of what follows depends on the keys */
                ke->s = NULL;
                ke->n = 0;
            } else {
                SliceObj *r = e->results[e->next++];
                ke->s = r ? r->data : NULL;
                ke->n = (size_t)slice_len(r);
            }
        } else {
            JBuf b = {0};
            if (kind_is_int(kt->kind)) {
                int64_t v = value_load(kt, ke->k).i;
                put_uint(&b, v < 0 ? -(uint64_t)v : (uint64_t)v, v < 0);
            } else {
                put_uint(&b, value_load(kt, ke->k).u, false);
            }
            ke->s = b.data;
            ke->n = b.len;
            ke->own = true;
        }
    }
    free(keys);
    free(vals);
    if (!stop) {
        qsort(ents, (size_t)n, sizeof(KeyEntry), cmp_keys);
        jbuf_putc(&e->out, '{');
        for (int64_t i = 0; i < n && !e->err; i++) {
            if (i > 0)
                jbuf_putc(&e->out, ',');
            json_append_string(&e->out, ents[i].s, ents[i].n, e->escape_html);
            jbuf_putc(&e->out, ':');
            encode_value(e, t->elem, ents[i].v, false, false);
        }
        jbuf_putc(&e->out, '}');
    } else {
        e->err = e->err ? e->err : -1; /* stop the collecting walk here */
    }
    for (int64_t i = 0; i < n; i++)
        if (ents[i].own)
            free(ents[i].s);
    free(ents);
    leave(e);
}

static void encode_base64(JBuf *b, const uint8_t *s, size_t n)
{
    static const char enc[] =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    jbuf_putc(b, '"');
    size_t i = 0;
    for (; i + 3 <= n; i += 3) {
        uint32_t v = (uint32_t)s[i] << 16 | (uint32_t)s[i + 1] << 8 | s[i + 2];
        char o[4] = {enc[v >> 18 & 63], enc[v >> 12 & 63], enc[v >> 6 & 63], enc[v & 63]};
        jbuf_put(b, o, 4);
    }
    if (n - i == 1) {
        uint32_t v = (uint32_t)s[i] << 16;
        char o[4] = {enc[v >> 18 & 63], enc[v >> 12 & 63], '=', '='};
        jbuf_put(b, o, 4);
    } else if (n - i == 2) {
        uint32_t v = (uint32_t)s[i] << 16 | (uint32_t)s[i + 1] << 8;
        char o[4] = {enc[v >> 18 & 63], enc[v >> 12 & 63], enc[v >> 6 & 63], '='};
        jbuf_put(b, o, 4);
    }
    jbuf_putc(b, '"');
}

static void encode_list(JsonEncoder *e, const TypeDesc *et, const uint8_t *data, int64_t n,
                        bool addr)
{
    jbuf_putc(&e->out, '[');
    for (int64_t i = 0; i < n && !e->err; i++) {
        if (i > 0)
            jbuf_putc(&e->out, ',');
        encode_value(e, et, data + (size_t)i * et->size, addr, false);
    }
    jbuf_putc(&e->out, ']');
}

static void encode_value(JsonEncoder *e, const TypeDesc *t, const uint8_t *mem, bool addr,
                         bool quoted)
{
    if (e->err)
        return;
    if (json_is_raw(t)) {
        SliceObj *s = mem_load_ptr(mem);
        if (!s) {
            jbuf_put(&e->out, "null", 4);
            return;
        }
        size_t before = e->out.len;
        if (!scan_compact(&e->scan, &e->out, s->data, (size_t)s->len, e->escape_html)) {
            e->out.len = before;
            fail(e, JERR_MARSHALER_SYNTAX, "%s", e->scan.msg);
            e->err_offset = e->scan.err_offset;
            e->err_type = t->str;
        }
        return;
    }
    if ((t->nmethods || (addr && t->ptrto && t->ptrto->nmethods)) &&
        try_methods(e, t, mem, addr))
        return;
    switch (t->kind) {
    case TK_BOOL:
        if (quoted)
            jbuf_putc(&e->out, '"');
        if (*mem)
            jbuf_put(&e->out, "true", 4);
        else
            jbuf_put(&e->out, "false", 5);
        if (quoted)
            jbuf_putc(&e->out, '"');
        return;
    case TK_INT:
    case TK_INT8:
    case TK_INT16:
    case TK_INT32:
    case TK_INT64: {
        int64_t v = value_load(t, mem).i;
        if (quoted)
            jbuf_putc(&e->out, '"');
        put_uint(&e->out, v < 0 ? -(uint64_t)v : (uint64_t)v, v < 0);
        if (quoted)
            jbuf_putc(&e->out, '"');
        return;
    }
    case TK_UINT:
    case TK_UINT8:
    case TK_UINT16:
    case TK_UINT32:
    case TK_UINT64:
    case TK_UINTPTR:
        if (quoted)
            jbuf_putc(&e->out, '"');
        put_uint(&e->out, value_load(t, mem).u, false);
        if (quoted)
            jbuf_putc(&e->out, '"');
        return;
    case TK_FLOAT32: encode_float(e, *(const float *)mem, 32, quoted); return;
    case TK_FLOAT64: encode_float(e, *(const double *)mem, 64, quoted); return;
    case TK_STRING: encode_string(e, t, mem, quoted); return;
    case TK_STRUCT: encode_struct(e, t, mem, addr); return;
    case TK_MAP: encode_map(e, t, mem); return;
    case TK_ARRAY: encode_list(e, t->elem, mem, t->len, addr); return;
    case TK_SLICE: {
        SliceObj *s = mem_load_ptr(mem);
        const TypeDesc *et = t->elem;
        if (et->kind == TK_UINT8) {
            const TypeDesc *pe = et->ptrto;
            bool methods = json_has_method(et, "MarshalJSON") ||
                           json_has_method(et, "MarshalText") ||
                           (pe && (json_has_method(pe, "MarshalJSON") ||
                                   json_has_method(pe, "MarshalText")));
            if (!methods) {
                if (!s)
                    jbuf_put(&e->out, "null", 4);
                else
                    encode_base64(&e->out, s->data, (size_t)s->len);
                return;
            }
        }
        if (!s) {
            jbuf_put(&e->out, "null", 4);
            return;
        }
        if (!enter(e, s->data, t))
            return;
        encode_list(e, et, s->data, s->len, true);
        leave(e);
        return;
    }
    case TK_POINTER: {
        const uint8_t *p = mem_load_ptr(mem);
        if (!p) {
            jbuf_put(&e->out, "null", 4);
            return;
        }
        if (!enter(e, p, t))
            return;
        encode_value(e, t->elem, p, true, quoted);
        leave(e);
        return;
    }
    case TK_INTERFACE: {
        Box *b = mem_load_ptr(mem);
        if (!b) {
            jbuf_put(&e->out, "null", 4);
            return;
        }
        encode_value(e, b->type, b->data, false, false);
        return;
    }
    default: fail(e, JERR_UNSUPPORTED_TYPE, "%s", t->str); return;
    }
}

void json_encode(JsonEncoder *e, const TypeDesc *t, const uint8_t *mem)
{
    if (!t) {
        jbuf_put(&e->out, "null", 4);
        return;
    }
    encode_value(e, t, mem, false, false);
}

void json_encoder_free(JsonEncoder *e)
{
    free(e->out.data);
    free(e->calls.items);
    free(e->seen);
    json_cache_free(&e->cache);
    scan_free(&e->scan);
}
