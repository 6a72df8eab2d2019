/*
 * json.c — the natives of package encoding/json: entries to the C engine (json.h) for the
 * Gale side (stdlib/encoding/json/json.go), which makes the errors and calls methods.
 *
 *   encodeValue(v any, escapeHTML bool, results [][]byte)
 *       (out []byte, pending []any, kinds string, tnames []string, errKind int,
 *        errMsg string, errType string, errOff int)
 *     Marshal. [results] are the outputs of the methods asked for so far; when more are
 *     needed, pending holds the values (boxed; a pointer for pointer receivers) and kinds
 *     one byte each ('J' MarshalJSON, 'T' MarshalText, 'K' MarshalText of a map key), and
 *     out is nil. errKind: 0 none, 1 UnsupportedTypeError (errMsg = the type), 2
 *     UnsupportedValueError (errMsg), 3 MarshalerError with a SyntaxError (errMsg, errOff,
 *     errType), 4 a plain error (errMsg).
 *   decodeValue(data []byte, v any, flags int, types []any) (pending []any, kinds string,
 *       inputs [][]byte, errKind int, errOff int, errs []string, fixups []any)
 *     Unmarshal of checked input; flags: 1 UseNumber, 2 DisallowUnknownFields; types: values
 *     whose dynamic types are those decode.c builds (json.go: decodedTypes). pending and
 *     kinds ('J', 'T') are the UnmarshalJSON/UnmarshalText calls to make with inputs;
 *     fixups, for applyFixups afterwards, the map values those calls fill.
 *     errKind: 0 none, 1 UnmarshalTypeError (errs: value, type, struct, field), 2 a plain
 *     error (errs[0]), 3 InvalidUnmarshalError (errs[0]: the type, "" for nil).
 *   checkValid, compact, indent, htmlEscape, valueEnd: the scanner's services.
 *
 * Every native reads its arguments first and allocates its results last.
 */
#include "stdlib/encoding/json/json.h"

#include "stdlib/internal.h"
#include "stdlib/unicode/unicode.h"

static SliceObj *byte_slice(G *g, const void *p, size_t n)
{
    SliceObj *s = gale_slice(g, gale_types(g)->byte_type, (int64_t)n, (int64_t)n);
    if (n)
        memcpy(s->data, p, n);
    return s;
}

static const TypeDesc *any_type(G *g)
{
    const TypeDesc *t = gale_type_by_name(g, "interface {}");
    return t ? t : gale_types(g)->error_iface; /* same layout: one word */
}

/* make_pending builds the []any of method receivers for [calls] into args[slot], and the
 * string of their kinds (one byte a call) into args[slot + 1]. */
static void make_pending(G *g, Value *args, int slot, const JsonCall *calls, int64_t n)
{
    SliceObj *p = gale_slice(g, any_type(g), n, n);
    args[slot].p = p;
    for (int64_t i = 0; i < n; i++) {
        const JsonCall *c = &calls[i];
        Box *b;
        if (c->addr) {
            Value v;
            v.p = (void *)c->mem;
            b = gale_box_value(g, c->type, v);
        } else {
            b = gale_box(g, c->type, c->mem);
        }
        ((Box **)p->data)[i] = b;
    }
    char *kinds = xmalloc((size_t)n + 1);
    for (int64_t i = 0; i < n; i++)
        kinds[i] = calls[i].kind;
    args[slot + 1].p = gale_string(g, kinds, (size_t)n);
    free(kinds);
}

static int json_encode_value(G *g, Value *args)
{
    Box *v = args[0].p;
    bool escape = args[1].i != 0;
    SliceObj *results = args[2].p;

    JsonEncoder e = {0};
    e.escape_html = escape;
    e.results = results ? (SliceObj *const *)results->data : NULL;
    e.nresults = slice_len(results);
    json_encode(&e, v ? v->type : NULL, v ? v->data : NULL);

    for (int i = 0; i < 8; i++)
        args[i].p = NULL;
    if (e.collecting) {
        int64_t n = e.calls.len;
        make_pending(g, args, 1, e.calls.items, n);
        const TypeDesc *st = gale_types(g)->string_slice;
        SliceObj *names = gale_slice(g, st->elem, n, n);
        args[3].p = names;
        for (int64_t i = 0; i < n; i++)
            ((StrObj **)names->data)[i] = gale_cstring(g, e.calls.items[i].tname);
        json_encoder_free(&e);
        return NATIVE_OK;
    }
    if (e.err > 0) {
        args[4].i = e.err;
        args[7].i = e.err_offset;
        args[5].p = gale_cstring(g, e.errmsg);
        args[6].p = e.err_type ? gale_cstring(g, e.err_type) : NULL;
        json_encoder_free(&e);
        return NATIVE_OK;
    }
    args[0].p = byte_slice(g, e.out.data, e.out.len);
    json_encoder_free(&e);
    return NATIVE_OK;
}

static void trimmed(const uint8_t *data, size_t n, size_t *s, size_t *e)
{
    size_t a = 0, b = n;
    while (a < b && (data[a] == ' ' || data[a] == '\t' || data[a] == '\n' || data[a] == '\r'))
        a++;
    while (b > a &&
           (data[b - 1] == ' ' || data[b - 1] == '\t' || data[b - 1] == '\n' || data[b - 1] == '\r'))
        b--;
    *s = a;
    *e = b;
}

static void decode_top(JsonDecoder *d, const TypeDesc *pt, uint8_t *p)
{
    size_t s, e;
    trimmed(d->data, d->len, &s, &e);
    if (pt->nmethods && json_has_method(pt, "UnmarshalJSON")) {
        JsonCall c = {pt, p, true, 'J', (int64_t)s, (int64_t)e, NULL};
        d->calls.items = xmalloc(sizeof c);
        d->calls.items[0] = c;
        d->calls.len = d->calls.cap = 1;
        return;
    }
    if (pt->nmethods && json_has_method(pt, "UnmarshalText") && s < e && d->data[s] == '"') {
        JsonCall c = {pt, p, true, 'T', (int64_t)s, (int64_t)e, NULL};
        d->calls.items = xmalloc(sizeof c);
        d->calls.items[0] = c;
        d->calls.len = d->calls.cap = 1;
        return;
    }
    json_decode(d, pt->elem, p);
}

/* unquote_text appends the value of the string literal [s] (a 'T' input). */
static void unquote_text(JBuf *b, const uint8_t *s, size_t n)
{
    if (memchr(s, '\\', n) || !runes_valid(s, n)) {
        json_unquote(b, s, n);
        return;
    }
    if (n >= 2)
        jbuf_put(b, s + 1, n - 2);
}

static int json_decode_value(G *g, Value *args)
{
    SliceObj *data = args[0].p;
    Box *v = args[1].p;
    int64_t flags = args[2].i;
    SliceObj *types = args[3].p;

    const char *invalid = NULL;
    if (!v)
        invalid = "";
    else if (v->type->kind != TK_POINTER || !*(void **)v->data)
        invalid = v->type->str;
    if (invalid) {
        const char *msg = invalid;
        for (int i = 0; i < 7; i++)
            args[i].p = NULL;
        args[3].i = 3;
        SliceObj *errs = gale_slice(g, gale_types(g)->string_slice->elem, 2, 2);
        args[5].p = errs;
        ((StrObj **)errs->data)[0] = gale_cstring(g, msg);
        ((StrObj **)errs->data)[1] = v && v->type->kind == TK_POINTER ? gale_cstring(g, "nil")
                                                                       : NULL;
        return NATIVE_OK;
    }

    JsonDecoder d = {0};
    d.g = g;
    d.data = data ? data->data : NULL;
    d.len = (size_t)slice_len(data);
    d.use_number = flags & 1;
    d.disallow_unknown = (flags & 2) != 0;
    if (slice_len(types) != 4)
        fatal("encoding/json: decodeValue without the decoded types");
    Box **tb = (Box **)types->data;
    d.t_any_map = tb[0]->type;
    d.t_any_slice = tb[1]->type;
    d.t_any = d.t_any_slice->elem;
    const TypeDesc *bytes_slices = tb[2]->type;
    d.t_number = tb[3]->type;
    d.t_float64 = gale_types(g)->float64_type;
    d.t_string = gale_types(g)->string_type;
    d.t_bool = gale_types(g)->bool_type;
    decode_top(&d, v->type, *(uint8_t **)v->data);

    for (int i = 0; i < 7; i++)
        args[i].p = NULL;
    int64_t n = d.calls.len;
    if (d.fixups.len > 0) {
        int64_t nf = d.fixups.len;
        SliceObj *fx = gale_slice(g, d.t_any, 3 * nf, 3 * nf);
        args[6].p = fx;
        Box **items = (Box **)fx->data;
        for (int64_t i = 0; i < nf; i++) {
            const JsonFixup *f = &d.fixups.items[i];
            Value m;
            m.p = f->map;
            items[3 * i] = gale_box_value(g, f->type, m);
            items[3 * i + 1] = f->keybox ? f->keybox : gale_box(g, f->type->key, f->key);
            items[3 * i + 2] = f->value;
        }
    }
    if (n > 0) {
        make_pending(g, args, 0, d.calls.items, n);
        SliceObj *inputs = gale_slice(g, bytes_slices->elem, n, n);
        args[2].p = inputs;
        for (int64_t i = 0; i < n; i++) {
            const JsonCall *c = &d.calls.items[i];
            const uint8_t *s = d.data + c->start;
            size_t len = (size_t)(c->end - c->start);
            SliceObj *in;
            if (c->kind == 'T') {
                JBuf b = {0};
                unquote_text(&b, s, len);
                in = byte_slice(g, b.data, b.len);
                free(b.data);
            } else {
                in = byte_slice(g, s, len);
            }
            ((SliceObj **)inputs->data)[i] = in;
        }
    }
    if (d.err) {
        args[3].i = d.err == DERR_TYPE ? 1 : 2;
        args[4].i = d.err_offset;
        SliceObj *errs = gale_slice(g, gale_types(g)->string_slice->elem, 4, 4);
        args[5].p = errs;
        StrObj **e = (StrObj **)errs->data;
        if (d.err == DERR_TYPE) {
            e[0] = gale_cstring(g, d.err_value);
            e[1] = gale_cstring(g, d.err_type);
            e[2] = d.err_struct ? gale_cstring(g, d.err_struct) : NULL;
            e[3] = d.err_field ? gale_cstring(g, d.err_field) : NULL;
        } else {
            e[0] = gale_cstring(g, d.err_msg);
        }
    }
    json_decoder_free(&d);
    return NATIVE_OK;
}

/* applyFixups(fix []any): stores each deferred map value (json.h: JsonFixup) as triples
 * (map, key, value). */
static int json_apply_fixups(G *g, Value *args)
{
    SliceObj *fx = args[0].p;
    Box **items = fx ? (Box **)fx->data : NULL;
    for (int64_t i = 0; i + 2 < slice_len(fx); i += 3) {
        MapObj *m = *(MapObj **)items[i]->data;
        const TypeDesc *vt = items[i]->type->elem;
        uint8_t *slot = gale_map_assign(g, m, items[i + 1]->data);
        memcpy(slot, items[i + 2]->data, vt->size);
    }
    return NATIVE_OK;
}

static int json_check_valid(G *g, Value *args)
{
    SliceObj *data = args[0].p;
    JsonScanner s = {0};
    bool ok = scan_check(&s, data ? data->data : NULL, (size_t)slice_len(data));
    args[1].i = s.err_offset;
    args[0].p = ok ? NULL : gale_cstring(g, s.msg);
    scan_free(&s);
    return NATIVE_OK;
}

/* scan_result returns what Compact and Indent return: the output bytes, or the scanner's
 * error message and offset; it frees the buffers. */
static int scan_result(G *g, Value *args, bool ok, JsonScanner *s, JBuf *b)
{
    args[2].i = s->err_offset;
    args[1].p = ok ? NULL : gale_cstring(g, s->msg);
    args[0].p = ok ? byte_slice(g, b->data, b->len) : NULL;
    free(b->data);
    scan_free(s);
    return NATIVE_OK;
}

static int json_compact(G *g, Value *args)
{
    SliceObj *src = args[0].p;
    bool escape = args[1].i != 0;
    JsonScanner s = {0};
    JBuf b = {0};
    bool ok = scan_compact(&s, &b, src ? src->data : NULL, (size_t)slice_len(src), escape);
    return scan_result(g, args, ok, &s, &b);
}

static int json_indent(G *g, Value *args)
{
    SliceObj *src = args[0].p;
    StrObj *prefix = args[1].p, *indent = args[2].p;
    JsonScanner s = {0};
    JBuf b = {0};
    bool ok = scan_indent(&s, &b, src ? src->data : NULL, (size_t)slice_len(src),
                          str_data(prefix), (size_t)str_len(prefix), str_data(indent),
                          (size_t)str_len(indent));
    return scan_result(g, args, ok, &s, &b);
}

static int json_html_escape(G *g, Value *args)
{
    SliceObj *src = args[0].p;
    JBuf b = {0};
    html_escape(&b, src ? src->data : NULL, (size_t)slice_len(src));
    args[0].p = byte_slice(g, b.data, b.len);
    free(b.data);
    return NATIVE_OK;
}

/* valueEnd(data []byte, eof bool) (n int, msg string, off int): n > 0 the length of the
 * first value; 0 more input needed; -1 syntax error; -2 unexpected EOF; -3 only space. */
static int json_value_end(G *g, Value *args)
{
    SliceObj *data = args[0].p;
    bool eof = args[1].i != 0;
    JsonScanner s = {0};
    bool empty;
    int64_t n = scan_value_end(&s, data ? data->data : NULL, (size_t)slice_len(data), eof, &empty);
    if (n == 0 && empty)
        n = -3;
    args[0].i = n;
    args[2].i = s.err_offset;
    args[1].p = n == -1 ? gale_cstring(g, s.msg) : NULL;
    scan_free(&s);
    return NATIVE_OK;
}

const NativeDesc json_natives[] = {
    {"encoding/json.encodeValue", json_encode_value},
    {"encoding/json.decodeValue", json_decode_value},
    {"encoding/json.applyFixups", json_apply_fixups},
    {"encoding/json.checkValid", json_check_valid},
    {"encoding/json.compact", json_compact},
    {"encoding/json.indent", json_indent},
    {"encoding/json.htmlEscape", json_html_escape},
    {"encoding/json.valueEnd", json_value_end},
    {NULL, NULL},
};
