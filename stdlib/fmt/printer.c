/*
 * printer.c — the operand walker of package fmt, a port of Go 1.23's fmt/print.go and
 * internal/fmtsort (see fmt.h for the two-pass method protocol).
 *
 * Values are (type descriptor, memory) pairs, read according to vm/value.h's memory layout;
 * an interface slot holds a Box* whose data is the dynamic value. The walker mirrors Go's
 * pp: printArg handles nil, %T, %p and the unnamed basic types, then methods, then
 * printValue, which recurses with a depth (only depth 0 prints a pointer to a struct, array,
 * slice or map as &...). Methods are not used for values reached through unexported fields
 * (reflect's CanInterface), nor while printing a complaint (erroring).
 *
 * Map keys are sorted as internal/fmtsort does: numbers, strings and booleans by value (NaN
 * first), pointers and channels by address, structs and arrays field by field, interfaces
 * nil first, then by dynamic type (Go compares type addresses, which are not portable; we
 * compare the types' strings) and then by value. The sort is stable over the map's
 * iteration order.
 *
 * Rejected: formatting through reflection-like callbacks into Gale (natives never call Gale
 * code); a separate walker for collecting methods (it could disagree with this one).
 * Formatter: a Format method is called (through the same protocol, kind 'F') with the verb,
 * flags, width and precision; its output is copied unpadded, as Go does.
 */
#include "stdlib/fmt/fmt.h"

#include <stdlib.h>
#include <string.h>

#include "stdlib/unicode/unicode.h"

typedef struct PrintVal PV;

static void print_arg(Printer *p, PV arg, int verb);
static void print_value(Printer *p, PV value, int verb, int depth);

static const PV nil_pv = {NULL, NULL, NULL, false};

/* ---- Reading values ---- */

static PV box_pv(Box *b, bool ro)
{
    if (!b)
        return nil_pv;
    PV v = {b->type, b->data, b, ro};
    return v;
}

/* elem_of returns the dynamic value of an interface-kind value (nil_pv when nil). */
static PV elem_of(PV v)
{
    return box_pv(mem_load_ptr(v.mem), v.ro);
}

/* ---- Output helpers ---- */

static void put(Printer *p, const char *s)
{
    strbuf_puts(&p->buf, s);
}

static void put_byte(Printer *p, char c)
{
    strbuf_putc(&p->buf, c);
}

static void put_rune(Printer *p, int32_t r)
{
    uint8_t enc[UTF8_MAX];
    strbuf_append(&p->buf, (const char *)enc, (size_t)runes_encode(enc, r));
}

/* ---- Complaints ---- */

static void bad_verb(Printer *p, int verb)
{
    p->erroring = true;
    put(p, "%!");
    put_rune(p, verb);
    put_byte(p, '(');
    if (p->arg.t) {
        put(p, p->arg.t->str);
        put_byte(p, '=');
        print_arg(p, p->arg, 'v');
    } else if (p->has_value && p->value.t) {
        put(p, p->value.t->str);
        put_byte(p, '=');
        print_value(p, p->value, 'v', 0);
    } else {
        put(p, "<nil>");
    }
    put_byte(p, ')');
    p->erroring = false;
}

/* ---- Scalars ---- */

static void fmt_bool(Printer *p, bool v, int verb)
{
    if (verb == 't' || verb == 'v')
        format_boolean(&p->fmt, v);
    else
        bad_verb(p, verb);
}

static void fmt_0x64(Printer *p, uint64_t v, bool leading0x)
{
    bool sharp = p->fmt.fl.sharp;
    p->fmt.fl.sharp = leading0x;
    format_integer(&p->fmt, v, 16, false, 'v', format_ldigits);
    p->fmt.fl.sharp = sharp;
}

static void fmt_integer(Printer *p, uint64_t v, bool is_signed, int verb)
{
    Fmt *f = &p->fmt;
    switch (verb) {
    case 'v':
        if (f->fl.sharp_v && !is_signed)
            fmt_0x64(p, v, true);
        else
            format_integer(f, v, 10, is_signed, verb, format_ldigits);
        break;
    case 'd': format_integer(f, v, 10, is_signed, verb, format_ldigits); break;
    case 'b': format_integer(f, v, 2, is_signed, verb, format_ldigits); break;
    case 'o':
    case 'O': format_integer(f, v, 8, is_signed, verb, format_ldigits); break;
    case 'x': format_integer(f, v, 16, is_signed, verb, format_ldigits); break;
    case 'X': format_integer(f, v, 16, is_signed, verb, format_udigits); break;
    case 'c': format_c(f, v); break;
    case 'q': format_qc(f, v); break;
    case 'U': format_unicode(f, v); break;
    default: bad_verb(p, verb);
    }
}

static void fmt_float(Printer *p, double v, int size, int verb)
{
    switch (verb) {
    case 'v': format_float(&p->fmt, v, size, 'g', -1); break;
    case 'b':
    case 'g':
    case 'G':
    case 'x':
    case 'X': format_float(&p->fmt, v, size, verb, -1); break;
    case 'f':
    case 'e':
    case 'E': format_float(&p->fmt, v, size, verb, 6); break;
    case 'F': format_float(&p->fmt, v, size, 'f', 6); break;
    default: bad_verb(p, verb);
    }
}

static void fmt_complex(Printer *p, double re, double im, int size, int verb)
{
    switch (verb) {
    case 'v':
    case 'b':
    case 'g':
    case 'G':
    case 'x':
    case 'X':
    case 'f':
    case 'F':
    case 'e':
    case 'E': {
        bool old_plus = p->fmt.fl.plus;
        put_byte(p, '(');
        fmt_float(p, re, size / 2, verb);
        p->fmt.fl.plus = true; /* the imaginary part always has a sign */
        fmt_float(p, im, size / 2, verb);
        put(p, "i)");
        p->fmt.fl.plus = old_plus;
        break;
    }
    default: bad_verb(p, verb);
    }
}

static void fmt_string(Printer *p, const uint8_t *s, size_t n, int verb)
{
    Fmt *f = &p->fmt;
    switch (verb) {
    case 'v':
        if (f->fl.sharp_v)
            format_q(f, s, n);
        else
            format_s(f, s, n);
        break;
    case 's': format_s(f, s, n); break;
    case 'x': format_sbx(f, s, n, format_ldigits); break;
    case 'X': format_sbx(f, s, n, format_udigits); break;
    case 'q': format_q(f, s, n); break;
    default: bad_verb(p, verb);
    }
}

/* fmt_bytes formats a []byte or byte array; [value] is the whole operand, for verbs that
 * print it element by element. */
static void fmt_bytes(Printer *p, const uint8_t *v, int64_t n, bool is_nil, int verb,
                      const char *type_str, PV value)
{
    Fmt *f = &p->fmt;
    switch (verb) {
    case 'v':
    case 'd':
        if (f->fl.sharp_v) {
            put(p, type_str);
            if (is_nil) {
                put(p, "(nil)");
                return;
            }
            put_byte(p, '{');
            for (int64_t i = 0; i < n; i++) {
                if (i > 0)
                    put(p, ", ");
                fmt_0x64(p, v[i], true);
            }
            put_byte(p, '}');
        } else {
            put_byte(p, '[');
            for (int64_t i = 0; i < n; i++) {
                if (i > 0)
                    put_byte(p, ' ');
                format_integer(f, v[i], 10, false, verb, format_ldigits);
            }
            put_byte(p, ']');
        }
        break;
    case 's': format_s(f, v, (size_t)n); break;
    case 'x': format_sbx(f, v, (size_t)n, format_ldigits); break;
    case 'X': format_sbx(f, v, (size_t)n, format_udigits); break;
    case 'q': format_q(f, v, (size_t)n); break;
    default: print_value(p, value, verb, 0);
    }
}

static void fmt_pointer(Printer *p, PV value, int verb)
{
    uint64_t u;
    switch (value.t->kind) {
    case TK_CHAN:
    case TK_FUNC:
    case TK_MAP:
    case TK_POINTER:
    case TK_UNSAFEPOINTER: u = (uint64_t)(uintptr_t)mem_load_ptr(value.mem); break;
    case TK_SLICE: {
        SliceObj *s = mem_load_ptr(value.mem);
        u = s ? (uint64_t)(uintptr_t)s->data : 0;
        break;
    }
    default: bad_verb(p, verb); return;
    }
    switch (verb) {
    case 'v':
        if (p->fmt.fl.sharp_v) {
            put_byte(p, '(');
            put(p, value.t->str);
            put(p, ")(");
            if (u == 0)
                put(p, "nil");
            else
                fmt_0x64(p, u, true);
            put_byte(p, ')');
        } else if (u == 0) {
            format_pad_str(&p->fmt, "<nil>");
        } else {
            fmt_0x64(p, u, !p->fmt.fl.sharp);
        }
        break;
    case 'p': fmt_0x64(p, u, !p->fmt.fl.sharp); break;
    case 'b':
    case 'o':
    case 'd':
    case 'x':
    case 'X': fmt_integer(p, u, false, verb); break;
    default: bad_verb(p, verb);
    }
}

/* ---- Methods (two-pass protocol, see fmt.h) ---- */

static bool has_go_string(const TypeDesc *t)
{
    for (int32_t i = 0; i < t->nmethods; i++) {
        const MethodDesc *m = &t->methods[i];
        if (strcmp(m->name, "GoString") == 0 && m->sig && m->sig->nin == 0 &&
            m->sig->nout == 1 && m->sig->out[0]->kind == TK_STRING)
            return true;
    }
    return false;
}

/* has_format reports whether t's method set has Format(fmt.State, rune) (fmt.Formatter). */
static bool has_format(const TypeDesc *t)
{
    for (int32_t i = 0; i < t->nmethods; i++) {
        const MethodDesc *m = &t->methods[i];
        if (strcmp(m->name, "Format") == 0 && m->sig && m->sig->nin == 2 &&
            m->sig->nout == 0 && strcmp(m->sig->in[0]->str, "fmt.State") == 0 &&
            m->sig->in[1]->kind == TK_INT32)
            return true;
    }
    return false;
}

static const char *method_name(char kind)
{
    switch (kind) {
    case 'E': return "Error";
    case 'S': return "String";
    case 'F': return "Format";
    }
    return "GoString";
}

/* format_flags returns the FMT_FLAG_* bits fmt.State.Flag reports for the current verb. */
static int format_flags(const FmtFlags *fl)
{
    return (fl->sharp || fl->sharp_v ? FMT_FLAG_SHARP : 0) |
           (fl->plus || fl->plus_v ? FMT_FLAG_PLUS : 0) | (fl->minus ? FMT_FLAG_MINUS : 0) |
           (fl->space ? FMT_FLAG_SPACE : 0) | (fl->zero ? FMT_FLAG_ZERO : 0);
}

/* call_method handles operand [arg] whose method [kind] the formatter uses. */
static void call_method(Printer *p, PV arg, char kind, int verb)
{
    if (p->mode == PRINT_TRY)
        p->mode = PRINT_COLLECT; /* first call: nothing was collected before */
    if (p->mode == PRINT_COLLECT) {
        MethodCall c = {arg.t, arg.mem, arg.box, kind, verb, 0, -1, -1};
        if (kind == 'F') {
            c.flags = format_flags(&p->fmt.fl);
            if (p->fmt.fl.wid_present)
                c.wid = p->fmt.wid;
            if (p->fmt.fl.prec_present)
                c.prec = p->fmt.prec;
        }
        VEC_PUSH(p->calls, c);
        return;
    }
    if (p->next_text >= p->ntexts)
        fatal("fmt: method results out of step with the operands");
    int64_t i = p->next_text++;
    StrObj *s = p->texts[i];
    if (p->panicked && p->panicked[i]) {
        /* what a Format method wrote before it panicked stays */
        size_t partial = (size_t)(p->panicked[i] - 1);
        if (partial > (size_t)str_len(s))
            partial = (size_t)str_len(s);
        strbuf_append(&p->buf, (const char *)str_data(s), partial);
        StrObj rest = {str_data(s) + partial, str_len(s) - (int64_t)partial};
        s = &rest;
        /* catchPanic: a nil pointer receiver prints <nil>; else a concise message */
        if (arg.t->kind == TK_POINTER && mem_load_ptr(arg.mem) == NULL) {
            put(p, "<nil>");
            return;
        }
        FmtFlags old = p->fmt.fl;
        format_clear(&p->fmt);
        put(p, "%!");
        put_rune(p, verb);
        put(p, "(PANIC=");
        put(p, method_name(kind));
        put(p, " method: ");
        strbuf_append(&p->buf, (const char *)str_data(s), (size_t)str_len(s));
        put_byte(p, ')');
        p->fmt.fl = old;
        return;
    }
    if (kind == 'F')
        strbuf_append(&p->buf, (const char *)str_data(s), (size_t)str_len(s));
    else if (kind == 'G')
        format_s(&p->fmt, str_data(s), (size_t)str_len(s));
    else
        fmt_string(p, str_data(s), (size_t)str_len(s), verb);
}

static bool handle_methods(Printer *p, int verb)
{
    if (p->erroring)
        return false;
    PV arg = p->arg;
    if (verb == 'w') {
        /* %w is valid only in Errorf, with an error operand */
        if (!arg.t || !(arg.t->flags & TF_ERROR_TYPE) || !p->wrap_errs) {
            bad_verb(p, verb);
            return true;
        }
        verb = 'v';
    }
    if (!arg.t)
        return false;
    if (has_format(arg.t)) {
        call_method(p, arg, 'F', verb);
        return true;
    }
    if (p->fmt.fl.sharp_v) {
        if (has_go_string(arg.t)) {
            call_method(p, arg, 'G', verb);
            return true;
        }
        return false;
    }
    switch (verb) {
    case 'v':
    case 's':
    case 'x':
    case 'X':
    case 'q':
        if (arg.t->flags & TF_ERROR_TYPE) {
            call_method(p, arg, 'E', verb);
            return true;
        }
        if (arg.t->flags & TF_STRINGER) {
            call_method(p, arg, 'S', verb);
            return true;
        }
    }
    return false;
}

/* ---- Map ordering (internal/fmtsort) ---- */

static int cmp_num(double a, double b)
{
    bool an = a != a, bn = b != b;
    if (an)
        return bn ? 0 : -1;
    if (bn)
        return 1;
    return a < b ? -1 : a > b ? 1 : 0;
}

static int compare(const TypeDesc *t, const uint8_t *a, const uint8_t *b)
{
    int k = t->kind;
    if (kind_is_int(k)) {
        int64_t x = value_load(t, a).i, y = value_load(t, b).i;
        return x < y ? -1 : x > y ? 1 : 0;
    }
    if (kind_is_uint(k)) {
        uint64_t x = value_load(t, a).u, y = value_load(t, b).u;
        return x < y ? -1 : x > y ? 1 : 0;
    }
    switch (k) {
    case TK_STRING: {
        StrObj *x = mem_load_ptr(a), *y = mem_load_ptr(b);
        int64_t nx = str_len(x), ny = str_len(y);
        int c = memcmp(str_data(x), str_data(y), (size_t)(nx < ny ? nx : ny));
        if (c)
            return c < 0 ? -1 : 1;
        return nx < ny ? -1 : nx > ny ? 1 : 0;
    }
    case TK_FLOAT32:
    case TK_FLOAT64: return cmp_num(value_load(t, a).f, value_load(t, b).f);
    case TK_COMPLEX64: {
        const float *x = (const float *)a, *y = (const float *)b;
        int c = cmp_num(x[0], y[0]);
        return c ? c : cmp_num(x[1], y[1]);
    }
    case TK_COMPLEX128: {
        const double *x = (const double *)a, *y = (const double *)b;
        int c = cmp_num(x[0], y[0]);
        return c ? c : cmp_num(x[1], y[1]);
    }
    case TK_BOOL: return (int)(*a != 0) - (int)(*b != 0);
    case TK_POINTER:
    case TK_UNSAFEPOINTER:
    case TK_CHAN: {
        uintptr_t x = (uintptr_t)mem_load_ptr(a), y = (uintptr_t)mem_load_ptr(b);
        return x < y ? -1 : x > y ? 1 : 0;
    }
    case TK_STRUCT:
        for (int32_t i = 0; i < t->nfields; i++) {
            const FieldDesc *fd = &t->fields[i];
            int c = compare(fd->type, a + fd->offset, b + fd->offset);
            if (c)
                return c;
        }
        return 0;
    case TK_ARRAY:
        for (int64_t i = 0; i < t->len; i++) {
            size_t off = (size_t)i * t->elem->size;
            int c = compare(t->elem, a + off, b + off);
            if (c)
                return c;
        }
        return 0;
    case TK_INTERFACE: {
        Box *x = mem_load_ptr(a), *y = mem_load_ptr(b);
        if (!x || !y)
            return !x ? (!y ? 0 : -1) : 1;
        if (x->type != y->type) {
            int c = strcmp(x->type->str, y->type->str);
            if (c)
                return c < 0 ? -1 : 1;
            return (uintptr_t)x->type < (uintptr_t)y->type ? -1 : 1;
        }
        return compare(x->type, x->data, y->data);
    }
    }
    return 0;
}

typedef struct Entry {
    const uint8_t *key, *val;
} Entry;

/* sort_entries sorts [e] stably by key (merge sort; [tmp] has room for n entries). */
static void sort_entries(const TypeDesc *kt, Entry *e, Entry *tmp, int64_t n)
{
    if (n < 2)
        return;
    if (n <= 12) {
        for (int64_t i = 1; i < n; i++)
            for (int64_t j = i; j > 0 && compare(kt, e[j].key, e[j - 1].key) < 0; j--) {
                Entry x = e[j];
                e[j] = e[j - 1];
                e[j - 1] = x;
            }
        return;
    }
    int64_t h = n / 2;
    sort_entries(kt, e, tmp, h);
    sort_entries(kt, e + h, tmp, n - h);
    int64_t i = 0, j = h, k = 0;
    while (i < h && j < n)
        tmp[k++] = compare(kt, e[j].key, e[i].key) < 0 ? e[j++] : e[i++];
    while (i < h)
        tmp[k++] = e[i++];
    while (j < n)
        tmp[k++] = e[j++];
    memcpy(e, tmp, (size_t)n * sizeof *e);
}

/* ---- printValue ---- */

static void print_map(Printer *p, PV f, int verb, int depth)
{
    MapObj *m = mem_load_ptr(f.mem);
    bool sharp_v = p->fmt.fl.sharp_v;
    if (sharp_v) {
        put(p, f.t->str);
        if (!m) {
            put(p, "(nil)");
            return;
        }
        put_byte(p, '{');
    } else {
        put(p, "map[");
    }
    void **keys = NULL, **vals = NULL;
    int64_t n = m ? p->map_entries(m, &keys, &vals) : 0;
    Entry *e = n ? xmalloc((size_t)n * 2 * sizeof *e) : NULL;
    for (int64_t i = 0; i < n; i++) {
        e[i].key = keys[i];
        e[i].val = vals[i];
    }
    free(keys);
    free(vals);
    sort_entries(f.t->key, e, e + n, n);
    for (int64_t i = 0; i < n; i++) {
        if (i > 0) {
            if (sharp_v)
                put(p, ", ");
            else
                put_byte(p, ' ');
        }
        PV k = {f.t->key, e[i].key, NULL, f.ro};
        PV v = {f.t->elem, e[i].val, NULL, f.ro};
        print_value(p, k, verb, depth + 1);
        put_byte(p, ':');
        print_value(p, v, verb, depth + 1);
    }
    free(e);
    put_byte(p, sharp_v ? '}' : ']');
}

static void print_struct(Printer *p, PV f, int verb, int depth)
{
    bool sharp_v = p->fmt.fl.sharp_v;
    if (sharp_v)
        put(p, f.t->str);
    put_byte(p, '{');
    for (int32_t i = 0; i < f.t->nfields; i++) {
        const FieldDesc *fd = &f.t->fields[i];
        if (i > 0) {
            if (sharp_v)
                put(p, ", ");
            else
                put_byte(p, ' ');
        }
        if ((p->fmt.fl.plus_v || sharp_v) && fd->name && fd->name[0]) {
            put(p, fd->name);
            put_byte(p, ':');
        }
        PV v = {fd->type, f.mem + fd->offset, NULL, f.ro || !fd->exported};
        if (fd->type->kind == TK_INTERFACE && mem_load_ptr(v.mem))
            v = elem_of(v); /* getField: a non-nil interface field prints its content */
        print_value(p, v, verb, depth + 1);
    }
    put_byte(p, '}');
}

static void print_list(Printer *p, PV f, int verb, int depth)
{
    const TypeDesc *t = f.t;
    const uint8_t *data;
    int64_t n;
    bool is_nil = false;
    if (t->kind == TK_SLICE) {
        SliceObj *s = mem_load_ptr(f.mem);
        is_nil = s == NULL;
        data = s ? s->data : NULL;
        n = slice_len(s);
    } else {
        data = f.mem;
        n = t->len;
    }
    if ((verb == 's' || verb == 'q' || verb == 'x' || verb == 'X') && t->elem->kind == TK_UINT8) {
        fmt_bytes(p, data, n, is_nil, verb, t->str, f);
        return;
    }
    size_t es = t->elem->size;
    if (p->fmt.fl.sharp_v) {
        put(p, t->str);
        if (is_nil) {
            put(p, "(nil)");
            return;
        }
        put_byte(p, '{');
        for (int64_t i = 0; i < n; i++) {
            if (i > 0)
                put(p, ", ");
            PV v = {t->elem, data + (size_t)i * es, NULL, f.ro};
            print_value(p, v, verb, depth + 1);
        }
        put_byte(p, '}');
    } else {
        put_byte(p, '[');
        for (int64_t i = 0; i < n; i++) {
            if (i > 0)
                put_byte(p, ' ');
            PV v = {t->elem, data + (size_t)i * es, NULL, f.ro};
            print_value(p, v, verb, depth + 1);
        }
        put_byte(p, ']');
    }
}

static void print_value(Printer *p, PV value, int verb, int depth)
{
    /* values with methods, if not already handled by print_arg (depth 0) */
    if (depth > 0 && value.t && !value.ro) {
        p->arg = value.t->kind == TK_INTERFACE ? elem_of(value) : value;
        if (handle_methods(p, verb))
            return;
    }
    p->arg = nil_pv;
    p->value = value;
    p->has_value = true;

    const TypeDesc *t = value.t;
    if (!t) {
        if (depth == 0)
            put(p, "<invalid reflect.Value>");
        else if (verb == 'v')
            put(p, "<nil>");
        else
            bad_verb(p, verb);
        return;
    }
    const uint8_t *m = value.mem;
    int k = t->kind;
    if (kind_is_int(k)) {
        fmt_integer(p, (uint64_t)value_load(t, m).i, true, verb);
        return;
    }
    if (kind_is_uint(k)) {
        fmt_integer(p, value_load(t, m).u, false, verb);
        return;
    }
    switch (k) {
    case TK_BOOL: fmt_bool(p, *m != 0, verb); return;
    case TK_FLOAT32: fmt_float(p, value_load(t, m).f, 32, verb); return;
    case TK_FLOAT64: fmt_float(p, value_load(t, m).f, 64, verb); return;
    case TK_COMPLEX64: {
        const float *c = (const float *)m;
        fmt_complex(p, c[0], c[1], 64, verb);
        return;
    }
    case TK_COMPLEX128: {
        const double *c = (const double *)m;
        fmt_complex(p, c[0], c[1], 128, verb);
        return;
    }
    case TK_STRING: {
        StrObj *s = mem_load_ptr(m);
        fmt_string(p, str_data(s), (size_t)str_len(s), verb);
        return;
    }
    case TK_MAP: print_map(p, value, verb, depth); return;
    case TK_STRUCT: print_struct(p, value, verb, depth); return;
    case TK_INTERFACE: {
        PV e = elem_of(value);
        if (!e.t) {
            if (p->fmt.fl.sharp_v) {
                put(p, t->str);
                put(p, "(nil)");
            } else {
                put(p, "<nil>");
            }
        } else {
            print_value(p, e, verb, depth + 1);
        }
        return;
    }
    case TK_ARRAY:
    case TK_SLICE: print_list(p, value, verb, depth); return;
    case TK_POINTER: {
        /* pointer to array, slice, struct or map: &... at the top level only */
        void *ptr = mem_load_ptr(m);
        if (depth == 0 && ptr) {
            int ek = t->elem->kind;
            if (ek == TK_ARRAY || ek == TK_SLICE || ek == TK_STRUCT || ek == TK_MAP) {
                put_byte(p, '&');
                PV e = {t->elem, ptr, NULL, value.ro};
                print_value(p, e, verb, depth + 1);
                return;
            }
        }
        fmt_pointer(p, value, verb);
        return;
    }
    case TK_CHAN:
    case TK_FUNC:
    case TK_UNSAFEPOINTER: fmt_pointer(p, value, verb); return;
    }
    put_byte(p, '?');
    put(p, t->str);
    put_byte(p, '?');
}

/* ---- printArg ---- */

static bool is_byte_slice(const TypeDesc *t)
{
    return t->kind == TK_SLICE && !(t->flags & TF_NAMED) && t->elem->kind == TK_UINT8 &&
           !(t->elem->flags & TF_NAMED);
}

static void print_arg(Printer *p, PV arg, int verb)
{
    p->arg = arg;
    p->has_value = false;
    p->value = nil_pv;
    if (!arg.t) {
        if (verb == 'T' || verb == 'v')
            format_pad_str(&p->fmt, "<nil>");
        else
            bad_verb(p, verb);
        return;
    }
    const TypeDesc *t = arg.t;
    if (verb == 'T') {
        format_s(&p->fmt, (const uint8_t *)t->str, strlen(t->str));
        return;
    }
    if (verb == 'p') {
        fmt_pointer(p, arg, 'p');
        return;
    }
    /* the unnamed basic types and []byte are formatted directly: they have no methods */
    if (!(t->flags & TF_NAMED)) {
        const uint8_t *m = arg.mem;
        int k = t->kind;
        if (kind_is_int(k)) {
            fmt_integer(p, (uint64_t)value_load(t, m).i, true, verb);
            return;
        }
        if (kind_is_uint(k)) {
            fmt_integer(p, value_load(t, m).u, false, verb);
            return;
        }
        switch (k) {
        case TK_BOOL: fmt_bool(p, *m != 0, verb); return;
        case TK_FLOAT32: fmt_float(p, value_load(t, m).f, 32, verb); return;
        case TK_FLOAT64: fmt_float(p, value_load(t, m).f, 64, verb); return;
        case TK_COMPLEX64: {
            const float *c = (const float *)m;
            fmt_complex(p, c[0], c[1], 64, verb);
            return;
        }
        case TK_COMPLEX128: {
            const double *c = (const double *)m;
            fmt_complex(p, c[0], c[1], 128, verb);
            return;
        }
        case TK_STRING: {
            StrObj *s = mem_load_ptr(m);
            fmt_string(p, str_data(s), (size_t)str_len(s), verb);
            return;
        }
        }
        if (is_byte_slice(t)) {
            SliceObj *s = mem_load_ptr(m);
            fmt_bytes(p, s ? s->data : NULL, slice_len(s), s == NULL, verb, "[]byte", arg);
            return;
        }
    }
    if (!handle_methods(p, verb))
        print_value(p, arg, verb, 0);
}

/* ---- doPrintf ---- */

static bool too_large(int64_t x)
{
    return x > 1000000 || x < -1000000;
}

/* parse_num reads a decimal number at format[*i..end); Go's parsenum. */
static bool parse_num(const uint8_t *s, size_t *i, size_t end, int *num)
{
    int n = 0;
    bool isnum = false;
    size_t j = *i;
    if (j >= end) {
        *num = 0;
        return false;
    }
    for (; j < end && s[j] >= '0' && s[j] <= '9'; j++) {
        if (too_large(n)) {
            *num = 0;
            *i = end;
            return false;
        }
        n = n * 10 + (s[j] - '0');
        isnum = true;
    }
    *num = n;
    *i = j;
    return isnum;
}

/* int_from_arg reads a '*' width or precision from args[*argnum]. */
static bool int_from_arg(Box *const *args, int64_t nargs, int64_t *argnum, int *num)
{
    *num = 0;
    if (*argnum >= nargs)
        return false;
    Box *b = args[*argnum];
    bool ok = false;
    int64_t n = 0;
    if (b && kind_is_int(b->type->kind)) {
        n = value_load(b->type, b->data).i;
        ok = true;
    } else if (b && kind_is_uint(b->type->kind)) {
        uint64_t u = value_load(b->type, b->data).u;
        if ((int64_t)u >= 0) {
            n = (int64_t)u;
            ok = true;
        }
    }
    (*argnum)++;
    if (too_large(n)) {
        n = 0;
        ok = false;
    }
    *num = (int)n;
    return ok;
}

/* arg_number handles an explicit [n] index at format[*i]; Go's argNumber. */
static bool arg_number(Printer *p, int64_t *argnum, const uint8_t *s, size_t *i, size_t end,
                       int64_t nargs)
{
    if (*i >= end || s[*i] != '[')
        return false;
    p->reordered = true;
    /* parseArgNumber: there must be at least 3 bytes: [n] */
    size_t rest = end - *i;
    if (rest >= 3) {
        for (size_t j = 1; j < rest; j++) {
            if (s[*i + j] == ']') {
                size_t k = *i + 1;
                int width;
                bool ok = parse_num(s, &k, *i + j, &width);
                if (!ok || k != *i + j) {
                    *i += j + 1;
                    p->good_arg_num = false;
                    return false;
                }
                int64_t index = width - 1;
                *i += j + 1;
                if (index >= 0 && index < nargs) {
                    *argnum = index;
                    return true;
                }
                p->good_arg_num = false;
                return true;
            }
        }
    }
    *i += 1;
    p->good_arg_num = false;
    return false;
}

static PV arg_pv(Box *b)
{
    return box_pv(b, false);
}

static void do_printf(Printer *p, const uint8_t *s, size_t end, Box *const *args, int64_t nargs)
{
    int64_t argnum = 0;
    bool after_index = false;
    p->reordered = false;
    size_t i = 0;
    while (i < end) {
        p->good_arg_num = true;
        size_t lasti = i;
        while (i < end && s[i] != '%')
            i++;
        if (i > lasti)
            strbuf_append(&p->buf, (const char *)s + lasti, i - lasti);
        if (i >= end)
            break;
        i++; /* skip % */
        format_clear(&p->fmt);
        FmtFlags *fl = &p->fmt.fl;
        bool simple_done = false;
        for (; i < end; i++) {
            uint8_t c = s[i];
            if (c == '#') {
                fl->sharp = true;
            } else if (c == '0') {
                fl->zero = true;
            } else if (c == '+') {
                fl->plus = true;
            } else if (c == '-') {
                fl->minus = true;
            } else if (c == ' ') {
                fl->space = true;
            } else {
                /* fast path: flags and a lower-case ASCII verb */
                if (c >= 'a' && c <= 'z' && argnum < nargs) {
                    if (c == 'w' || c == 'v') {
                        if (c == 'w')
                            VEC_PUSH(p->wrapped, (int)argnum);
                        fl->sharp_v = fl->sharp;
                        fl->sharp = false;
                        fl->plus_v = fl->plus;
                        fl->plus = false;
                    }
                    print_arg(p, arg_pv(args[argnum]), c);
                    argnum++;
                    i++;
                    simple_done = true;
                }
                break;
            }
        }
        if (simple_done)
            continue;

        after_index = arg_number(p, &argnum, s, &i, end, nargs);

        if (i < end && s[i] == '*') {
            i++;
            fl->wid_present = int_from_arg(args, nargs, &argnum, &p->fmt.wid);
            if (!fl->wid_present)
                put(p, "%!(BADWIDTH)");
            if (p->fmt.wid < 0) {
                p->fmt.wid = -p->fmt.wid;
                fl->minus = true;
                fl->zero = false;
            }
            after_index = false;
        } else {
            fl->wid_present = parse_num(s, &i, end, &p->fmt.wid);
            if (after_index && fl->wid_present)
                p->good_arg_num = false;
        }

        if (i + 1 < end && s[i] == '.') {
            i++;
            if (after_index)
                p->good_arg_num = false;
            after_index = arg_number(p, &argnum, s, &i, end, nargs);
            if (i < end && s[i] == '*') {
                i++;
                fl->prec_present = int_from_arg(args, nargs, &argnum, &p->fmt.prec);
                if (p->fmt.prec < 0) {
                    p->fmt.prec = 0;
                    fl->prec_present = false;
                }
                if (!fl->prec_present)
                    put(p, "%!(BADPREC)");
                after_index = false;
            } else {
                fl->prec_present = parse_num(s, &i, end, &p->fmt.prec);
                if (!fl->prec_present) {
                    p->fmt.prec = 0;
                    fl->prec_present = true;
                }
            }
        }

        if (!after_index)
            after_index = arg_number(p, &argnum, s, &i, end, nargs);

        if (i >= end) {
            put(p, "%!(NOVERB)");
            break;
        }

        int32_t verb = s[i];
        int size = 1;
        if (verb >= UTF8_RUNE_SELF)
            size = runes_decode(s + i, end - i, &verb);
        i += (size_t)size;

        if (verb == '%') {
            put_byte(p, '%'); /* absorbs no operand; ignores width and precision */
        } else if (!p->good_arg_num) {
            put(p, "%!");
            put_rune(p, verb);
            put(p, "(BADINDEX)");
        } else if (argnum >= nargs) {
            put(p, "%!");
            put_rune(p, verb);
            put(p, "(MISSING)");
        } else {
            if (verb == 'w')
                VEC_PUSH(p->wrapped, (int)argnum);
            if (verb == 'w' || verb == 'v') {
                fl->sharp_v = fl->sharp;
                fl->sharp = false;
                fl->plus_v = fl->plus;
                fl->plus = false;
            }
            print_arg(p, arg_pv(args[argnum]), verb);
            argnum++;
        }
    }

    /* extra operands, unless the call used explicit indexes */
    if (!p->reordered && argnum < nargs) {
        format_clear(&p->fmt);
        put(p, "%!(EXTRA ");
        for (int64_t k = argnum; k < nargs; k++) {
            if (k > argnum)
                put(p, ", ");
            if (!args[k]) {
                put(p, "<nil>");
            } else {
                put(p, args[k]->type->str);
                put_byte(p, '=');
                print_arg(p, arg_pv(args[k]), 'v');
            }
        }
        put_byte(p, ')');
    }
}

static int cmp_int(const void *a, const void *b)
{
    int x = *(const int *)a, y = *(const int *)b;
    return x < y ? -1 : x > y;
}

/* ---- Entry points ---- */

void printer_init(Printer *p, PrintMode mode)
{
    memset(p, 0, sizeof *p);
    p->mode = mode;
    p->fmt.buf = &p->buf;
}

void printer_free(Printer *p)
{
    strbuf_free(&p->buf);
    VEC_FREE(p->calls);
    VEC_FREE(p->wrapped);
}

void printer_run(Printer *p, PrintKind kind, const uint8_t *format, size_t flen, Box *const *args,
               int64_t nargs)
{
    p->fmt.buf = &p->buf;
    switch (kind) {
    case PRINT_SPRINT: {
        bool prev_string = false;
        for (int64_t i = 0; i < nargs; i++) {
            bool is_string = args[i] && args[i]->type->kind == TK_STRING;
            if (i > 0 && !is_string && !prev_string)
                put_byte(p, ' ');
            format_clear(&p->fmt);
            print_arg(p, arg_pv(args[i]), 'v');
            prev_string = is_string;
        }
        break;
    }
    case PRINT_SPRINTLN:
        for (int64_t i = 0; i < nargs; i++) {
            if (i > 0)
                put_byte(p, ' ');
            format_clear(&p->fmt);
            print_arg(p, arg_pv(args[i]), 'v');
        }
        put_byte(p, '\n');
        break;
    case PRINT_ERRORF:
        p->wrap_errs = true;
        /* fallthrough */
    case PRINT_SPRINTF:
        do_printf(p, format, flen, args, nargs);
        if (p->reordered && p->wrapped.len > 1)
            qsort(p->wrapped.items, (size_t)p->wrapped.len, sizeof(int), cmp_int);
        break;
    }
}
