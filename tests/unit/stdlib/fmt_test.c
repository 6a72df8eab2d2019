/*
 * fmt_test.c — Gale's formatting engine (stdlib/fmt/printer.c, format.c) against Go 1.23's
 * fmt. fmt_cases.inc (tests/unit/stdlib/gen/fmtcases) holds Go's output for thousands of
 * format/operand combinations; here the same operands are built by hand as type
 * descriptors and memory, as the compiler and VM lay them out (vm/value.h, vm/chunk.h).
 *
 * Methods: the test plays the Gale side of the two-pass protocol (stdlib/fmt/fmt.go): it
 * runs the walker, answers the collected Error/String/GoString calls with what the Go
 * methods of the generator return (or a panic), and runs the walker again.
 */
#include <criterion/criterion.h>
#include <criterion/new/assert.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "stdlib/fmt/fmt.h"

/* ---- Fake maps (the engine reads maps only through Printer.map_entries) ---- */

struct MapObj {
    int64_t n;
    void **keys, **vals;
};

static int64_t fake_map_entries(MapObj *m, void ***keys, void ***vals)
{
    /* hand the entries out in reverse insertion order: the engine must sort them */
    *keys = malloc((size_t)m->n * sizeof(void *));
    *vals = malloc((size_t)m->n * sizeof(void *));
    for (int64_t i = 0; i < m->n; i++) {
        (*keys)[i] = m->keys[m->n - 1 - i];
        (*vals)[i] = m->vals[m->n - 1 - i];
    }
    return m->n;
}

/* ---- Type descriptors ---- */

#define BASIC(var, k, sz, s)                                                                  \
    static TypeDesc var = {.kind = k, .align = sz, .size = sz, .flags = TF_COMPARABLE,        \
                           .str = s, .name = s, .pkg = ""}

BASIC(t_int, TK_INT, 8, "int");
BASIC(t_int8, TK_INT8, 1, "int8");
BASIC(t_int32, TK_INT32, 4, "int32");
BASIC(t_uint8, TK_UINT8, 1, "uint8");
BASIC(t_uint64, TK_UINT64, 8, "uint64");
BASIC(t_uintptr, TK_UINTPTR, 8, "uintptr");
BASIC(t_float32, TK_FLOAT32, 4, "float32");
BASIC(t_float64, TK_FLOAT64, 8, "float64");
BASIC(t_bool, TK_BOOL, 1, "bool");
BASIC(t_string, TK_STRING, 8, "string");
BASIC(t_complex128, TK_COMPLEX128, 16, "complex128");

static TypeDesc t_any = {.kind = TK_INTERFACE, .size = 8, .align = 8, .str = "interface {}"};
static TypeDesc t_error = {.kind = TK_INTERFACE, .size = 8, .align = 8, .flags = TF_NAMED,
                           .str = "error", .name = "error"};

#define SLICE(var, e, s)                                                                      \
    static TypeDesc var = {.kind = TK_SLICE, .size = 8, .align = 8, .str = s, .elem = &e}

SLICE(t_ints, t_int, "[]int");
SLICE(t_bytes, t_uint8, "[]uint8");
SLICE(t_strings, t_string, "[]string");
SLICE(t_anys, t_any, "[]interface {}");
SLICE(t_bools, t_bool, "[]bool");
SLICE(t_intss, t_ints, "[][]int");

static TypeDesc t_named_bytes = {.kind = TK_SLICE, .size = 8, .align = 8, .flags = TF_NAMED,
                                 .str = "main.Bytes", .name = "Bytes", .pkg = "main",
                                 .elem = &t_uint8};
static TypeDesc t_arr3 = {.kind = TK_ARRAY, .size = 24, .align = 8, .str = "[3]int",
                          .elem = &t_int, .len = 3};
static TypeDesc t_barr = {.kind = TK_ARRAY, .size = 2, .align = 1, .str = "[2]uint8",
                          .elem = &t_uint8, .len = 2};

#define MAP(var, k, v, s)                                                                     \
    static TypeDesc var = {.kind = TK_MAP, .size = 8, .align = 8, .str = s, .key = &k,       \
                           .elem = &v}

MAP(t_map_si, t_string, t_int, "map[string]int");
MAP(t_map_is, t_int, t_string, "map[int]string");
MAP(t_map_fi, t_float64, t_int, "map[float64]int");
MAP(t_map_bi, t_bool, t_int, "map[bool]int");
MAP(t_map_sbs, t_string, t_bools, "map[string][]bool");

static TypeDesc t_temp = {.kind = TK_FLOAT64, .size = 8, .align = 8, .flags = TF_NAMED,
                          .str = "main.Temp", .name = "Temp", .pkg = "main"};
static TypeDesc t_mystr = {.kind = TK_STRING, .size = 8, .align = 8, .flags = TF_NAMED,
                           .str = "main.MyStr", .name = "MyStr", .pkg = "main"};

/* methods: only names and signatures matter to the engine */
static const TypeDesc *const out_string[] = {&t_string};
static TypeDesc t_sig_string = {.kind = TK_FUNC, .size = 8, .align = 8, .str = "func() string",
                                .nout = 1, .out = out_string};
static const MethodDesc m_string[] = {{.name = "String", .sig = &t_sig_string}};
static const MethodDesc m_error[] = {{.name = "Error", .sig = &t_sig_string}};
static const MethodDesc m_gostring[] = {{.name = "GoString", .sig = &t_sig_string}};

static TypeDesc t_code = {.kind = TK_INT, .size = 8, .align = 8,
                          .flags = TF_NAMED | TF_STRINGER, .str = "main.Code", .name = "Code",
                          .pkg = "main", .nmethods = 1, .methods = m_string};
static TypeDesc t_pcode = {.kind = TK_POINTER, .size = 8, .align = 8, .flags = TF_STRINGER,
                           .str = "*main.Code", .elem = &t_code, .nmethods = 1,
                           .methods = m_string};
SLICE(t_codes, t_code, "[]main.Code");
static TypeDesc t_bad = {.kind = TK_STRUCT, .size = 0, .align = 1,
                         .flags = TF_NAMED | TF_STRINGER, .str = "main.Bad", .name = "Bad",
                         .pkg = "main", .nmethods = 1, .methods = m_string};
static TypeDesc t_gs = {.kind = TK_STRUCT, .size = 0, .align = 1, .flags = TF_NAMED,
                        .str = "main.GS", .name = "GS", .pkg = "main", .nmethods = 1,
                        .methods = m_gostring};

static const FieldDesc f_errstr[] = {{.name = "s", .type = &t_string, .offset = 0}};
static TypeDesc t_errstr = {.kind = TK_STRUCT, .size = 8, .align = 8, .flags = TF_NAMED,
                            .str = "errors.errorString", .name = "errorString",
                            .pkg = "errors", .nfields = 1, .fields = f_errstr};
static TypeDesc t_perrstr = {.kind = TK_POINTER, .size = 8, .align = 8, .flags = TF_ERROR_TYPE,
                             .str = "*errors.errorString", .elem = &t_errstr, .nmethods = 1,
                             .methods = m_error};

static const FieldDesc f_point[] = {
    {.name = "X", .type = &t_int, .offset = 0, .exported = true},
    {.name = "Y", .type = &t_int, .offset = 8, .exported = true},
};
static TypeDesc t_point = {.kind = TK_STRUCT, .size = 16, .align = 8, .flags = TF_NAMED,
                           .str = "main.Point", .name = "Point", .pkg = "main", .nfields = 2,
                           .fields = f_point};
static TypeDesc t_ppoint = {.kind = TK_POINTER, .size = 8, .align = 8, .str = "*main.Point",
                            .elem = &t_point};

static const FieldDesc f_inner[] = {
    {.name = "N", .type = &t_int, .offset = 0, .exported = true},
    {.name = "Tags", .type = &t_strings, .offset = 8, .exported = true},
};
static TypeDesc t_inner = {.kind = TK_STRUCT, .size = 16, .align = 8, .flags = TF_NAMED,
                           .str = "main.Inner", .name = "Inner", .pkg = "main", .nfields = 2,
                           .fields = f_inner};

static const FieldDesc f_outer[] = {
    {.name = "Name", .type = &t_string, .offset = 0, .exported = true},
    {.name = "In", .type = &t_inner, .offset = 8, .exported = true},
    {.name = "P", .type = &t_ppoint, .offset = 24, .exported = true},
    {.name = "M", .type = &t_map_si, .offset = 32, .exported = true},
    {.name = "Any", .type = &t_any, .offset = 40, .exported = true},
    {.name = "Err", .type = &t_error, .offset = 48, .exported = true},
    {.name = "hidden", .type = &t_int, .offset = 56},
    {.name = "hid", .type = &t_code, .offset = 64},
};
static TypeDesc t_outer = {.kind = TK_STRUCT, .size = 72, .align = 8, .flags = TF_NAMED,
                           .str = "main.Outer", .name = "Outer", .pkg = "main", .nfields = 8,
                           .fields = f_outer};
static TypeDesc t_pouter = {.kind = TK_POINTER, .size = 8, .align = 8, .str = "*main.Outer",
                            .elem = &t_outer};

static const FieldDesc f_anon[] = {
    {.name = "A", .type = &t_int, .offset = 0, .exported = true},
    {.name = "B", .type = &t_string, .offset = 8, .exported = true},
};
static TypeDesc t_anon = {.kind = TK_STRUCT, .size = 16, .align = 8,
                          .str = "struct { A int; B string }", .nfields = 2, .fields = f_anon};

/* ---- Building values ---- */

/* Values live until the test process ends; keeping them reachable from here tells the
 * leak checker (make asan) so. */
static void *kept[1 << 16];
static size_t nkept;

static void *alloc(size_t n)
{
    void *p = calloc(1, n ? n : 1);
    if (nkept < sizeof kept / sizeof kept[0])
        kept[nkept++] = p;
    return p;
}

static void *dup(const void *p, size_t n)
{
    void *q = alloc(n);
    if (n)
        memcpy(q, p, n);
    return q;
}

static Box *box(const TypeDesc *t, const void *mem)
{
    Box *b = alloc(sizeof(Box) + t->size + 8);
    b->type = t;
    memcpy(b->data, mem, t->size);
    return b;
}

static StrObj *str(const char *s, size_t n)
{
    if (n == 0)
        return NULL;
    StrObj *o = alloc(sizeof *o);
    o->data = dup(s, n);
    o->len = (int64_t)n;
    return o;
}

static StrObj *cstr(const char *s)
{
    return str(s, strlen(s));
}

static SliceObj *slice(const void *data, size_t elem, int64_t n)
{
    SliceObj *s = alloc(sizeof *s);
    s->data = dup(data, elem * (size_t)n);
    s->len = s->cap = n;
    return s;
}

static MapObj *map(int64_t n, const TypeDesc *kt, const void *keys, const TypeDesc *vt,
                   const void *vals)
{
    MapObj *m = alloc(sizeof *m);
    m->n = n;
    m->keys = alloc((size_t)n * sizeof(void *));
    m->vals = alloc((size_t)n * sizeof(void *));
    for (int64_t i = 0; i < n; i++) {
        m->keys[i] = dup((const uint8_t *)keys + i * kt->size, kt->size);
        m->vals[i] = dup((const uint8_t *)vals + i * vt->size, vt->size);
    }
    return m;
}

#define BOXV(t, T, v)                                                                         \
    ({                                                                                       \
        T _v = (v);                                                                          \
        box(&(t), &_v);                                                                      \
    })
#define BOXP(t, p)                                                                            \
    ({                                                                                       \
        void *_p = (p);                                                                      \
        box(&(t), &_p);                                                                      \
    })

typedef struct Outer {
    StrObj *name;
    int64_t n;
    SliceObj *tags;
    void *p;
    MapObj *m;
    Box *any;
    Box *err;
    int64_t hidden, hid;
} Outer;

static Box *value(const char *name)
{
#define IS(s) (strcmp(name, s) == 0)
    if (IS("i0")) return BOXV(t_int, int64_t, 0);
    if (IS("i42")) return BOXV(t_int, int64_t, 42);
    if (IS("ineg")) return BOXV(t_int, int64_t, -7);
    if (IS("i255")) return BOXV(t_int, int64_t, 255);
    if (IS("imax")) return BOXV(t_int, int64_t, INT64_MAX);
    if (IS("imin")) return BOXV(t_int, int64_t, INT64_MIN);
    if (IS("i8")) return BOXV(t_int8, int8_t, -128);
    if (IS("u8")) return BOXV(t_uint8, uint8_t, 200);
    if (IS("r")) return BOXV(t_int32, int32_t, 0xE9);
    if (IS("u64max")) return BOXV(t_uint64, uint64_t, UINT64_MAX);
    if (IS("uptr")) return BOXV(t_uintptr, uint64_t, 0x1234);
    if (IS("f0")) return BOXV(t_float64, double, 0.0);
    if (IS("fpi")) return BOXV(t_float64, double, 3.14159265);
    if (IS("fneg")) return BOXV(t_float64, double, -1.5);
    if (IS("fbig")) return BOXV(t_float64, double, 1e21);
    if (IS("fsmall")) return BOXV(t_float64, double, 1e-7);
    if (IS("f1e6")) return BOXV(t_float64, double, 1e6);
    if (IS("f100k")) return BOXV(t_float64, double, 100000.0);
    if (IS("fnan")) return BOXV(t_float64, double, NAN);
    if (IS("finf")) return BOXV(t_float64, double, INFINITY);
    if (IS("fninf")) return BOXV(t_float64, double, -INFINITY);
    if (IS("fnz")) return BOXV(t_float64, double, -0.0);
    if (IS("f32")) return BOXV(t_float32, float, 0.1f);
    if (IS("fthird")) return BOXV(t_float64, double, 1.0 / 3);
    if (IS("btrue")) return BOXV(t_bool, uint8_t, 1);
    if (IS("bfalse")) return BOXV(t_bool, uint8_t, 0);
    if (IS("s")) return BOXP(t_string, cstr("hello"));
    if (IS("sempty")) return BOXP(t_string, NULL);
    if (IS("suni")) return BOXP(t_string, cstr("h\xc3\xa9llo, \xe4\xb8\x96\xe7\x95\x8c"));
    if (IS("sctl")) return BOXP(t_string, str("a\tb\n\0\xff", 6));
    if (IS("squote")) return BOXP(t_string, cstr("\"q\""));
    if (IS("c128")) {
        double c[2] = {1, -2};
        return box(&t_complex128, c);
    }
    if (IS("sl")) {
        int64_t v[] = {1, -2, 3};
        return BOXP(t_ints, slice(v, 8, 3));
    }
    if (IS("slnil")) return BOXP(t_ints, NULL);
    if (IS("slempty")) return BOXP(t_ints, slice(NULL, 8, 0));
    if (IS("bs")) return BOXP(t_bytes, slice("hi\x01", 1, 3));
    if (IS("bsnil")) return BOXP(t_bytes, NULL);
    if (IS("ss")) {
        StrObj *v[] = {cstr("a"), cstr("b c")};
        return BOXP(t_strings, slice(v, 8, 2));
    }
    if (IS("sany")) {
        Box *v[] = {value("i1x"), value("sa"), NULL, value("f25"), value("btrue")};
        return BOXP(t_anys, slice(v, 8, 5));
    }
    if (IS("i1x")) return BOXV(t_int, int64_t, 1);
    if (IS("sa")) return BOXP(t_string, cstr("a"));
    if (IS("f25")) return BOXV(t_float64, double, 2.5);
    if (IS("arr")) {
        int64_t v[] = {1, 2, 3};
        return box(&t_arr3, v);
    }
    if (IS("barr")) {
        uint8_t v[] = {0xab, 0xcd};
        return box(&t_barr, v);
    }
    if (IS("m")) {
        StrObj *k[] = {cstr("b"), cstr("a"), cstr("c")};
        int64_t v[] = {2, 1, 3};
        return BOXP(t_map_si, map(3, &t_string, k, &t_int, v));
    }
    if (IS("mnil")) return BOXP(t_map_si, NULL);
    if (IS("mint")) {
        int64_t k[] = {3, -1, 10};
        StrObj *v[] = {cstr("c"), cstr("z"), cstr("x")};
        return BOXP(t_map_is, map(3, &t_int, k, &t_string, v));
    }
    if (IS("mf")) {
        double k[] = {NAN, -1, 2.5, INFINITY};
        int64_t v[] = {1, 2, 3, 4};
        return BOXP(t_map_fi, map(4, &t_float64, k, &t_int, v));
    }
    if (IS("mb")) {
        uint8_t k[] = {1, 0};
        int64_t v[] = {1, 0};
        return BOXP(t_map_bi, map(2, &t_bool, k, &t_int, v));
    }
    if (IS("mslice")) {
        uint8_t t1[] = {1}, f2[] = {0, 0};
        StrObj *k[] = {cstr("t"), cstr("f")};
        SliceObj *v[] = {slice(t1, 1, 1), slice(f2, 1, 2)};
        return BOXP(t_map_sbs, map(2, &t_string, k, &t_bools, v));
    }
    if (IS("nested")) {
        int64_t a[] = {1, 2};
        SliceObj *v[] = {slice(a, 8, 2), slice(NULL, 8, 0), NULL};
        return BOXP(t_intss, slice(v, 8, 3));
    }
    if (IS("pt")) {
        int64_t v[] = {1, 2};
        return box(&t_point, v);
    }
    if (IS("ppt")) {
        int64_t v[] = {3, 4};
        return BOXP(t_ppoint, dup(v, 16));
    }
    if (IS("pnil")) return BOXP(t_ppoint, NULL);
    if (IS("outer")) {
        StrObj *tags[] = {cstr("a")};
        StrObj *k[] = {cstr("k")};
        int64_t v[] = {1};
        Outer o = {cstr("x"), 1, slice(tags, 8, 1), NULL, map(1, &t_string, k, &t_int, v),
                   value("f35"), NULL, 9, 5};
        return box(&t_outer, &o);
    }
    if (IS("f35")) return BOXV(t_float64, double, 3.5);
    if (IS("outere")) {
        Outer o = {cstr("y"), 0, NULL, NULL, NULL, BOXV(t_code, int64_t, 3), value("inner"), 0,
                   0};
        return box(&t_outer, &o);
    }
    if (IS("inner")) return BOXP(t_perrstr, dup((StrObj *[]){cstr("inner")}, 8));
    if (IS("pouter")) {
        Outer o = {cstr("p"), 0, NULL, NULL, NULL, NULL, NULL, 0, 0};
        return BOXP(t_pouter, dup(&o, sizeof o));
    }
    if (IS("anon")) {
        struct {
            int64_t a;
            StrObj *b;
        } v = {1, cstr("x")};
        return box(&t_anon, &v);
    }
    if (IS("nil")) return NULL;
    if (IS("temp")) return BOXV(t_temp, double, 36.6);
    if (IS("mystr")) return BOXP(t_mystr, cstr("named"));
    if (IS("mybytes")) return BOXP(t_named_bytes, slice("xyz", 1, 3));
    if (IS("code")) return BOXV(t_code, int64_t, 7);
    if (IS("extra")) return BOXV(t_code, int64_t, 8);
    if (IS("codes")) {
        int64_t v[] = {1, 2};
        return BOXP(t_codes, slice(v, 8, 2));
    }
    if (IS("errv")) return BOXP(t_perrstr, dup((StrObj *[]){cstr("boom")}, 8));
    if (IS("bad")) return box(&t_bad, "");
    if (IS("pnilcode")) return BOXP(t_pcode, NULL);
    if (IS("gs")) return box(&t_gs, "");
#undef IS
    cr_fatal("unknown value %s", name);
    return NULL;
}

/* ---- The Gale side of the method protocol ---- */

static void *ptr_at(const uint8_t *mem)
{
    void *p;
    memcpy(&p, mem, sizeof p);
    return p;
}

/* call answers one collected call as the Go methods of the generator do. */
static StrObj *call(const MethodCall *c, bool *panicked)
{
    char buf[64];
    *panicked = false;
    if (c->type == &t_code && c->kind == 'S') {
        snprintf(buf, sizeof buf, "code-%lld", (long long)*(const int64_t *)c->mem);
        return cstr(buf);
    }
    if (c->type == &t_pcode && c->kind == 'S') {
        const int64_t *p = ptr_at(c->mem);
        if (!p) {
            *panicked = true;
            return cstr("runtime error: invalid memory address or nil pointer dereference");
        }
        snprintf(buf, sizeof buf, "code-%lld", (long long)*p);
        return cstr(buf);
    }
    if (c->type == &t_perrstr && c->kind == 'E')
        return *(StrObj **)ptr_at(c->mem);
    if (c->type == &t_bad && c->kind == 'S') {
        *panicked = true;
        return cstr("oops");
    }
    if (c->type == &t_gs && c->kind == 'G')
        return cstr("GS!");
    cr_fatal("unexpected method call %c on %s", c->kind, c->type->str);
    return NULL;
}

/* run formats like Sprint/Sprintln/Sprintf, with the two passes; returns an owned string. */
static char *run(PrintKind kind, const char *format, Box **args, int64_t nargs)
{
    Printer p;
    printer_init(&p, PRINT_TRY);
    p.map_entries = fake_map_entries;
    printer_run(&p, kind, (const uint8_t *)format, strlen(format), args, nargs);
    if (p.mode == PRINT_COLLECT) {
        int64_t n = p.calls.len;
        StrObj **texts = calloc((size_t)n, sizeof *texts);
        int64_t *panicked = calloc((size_t)n, sizeof *panicked);
        for (int64_t i = 0; i < n; i++) {
            bool pan;
            texts[i] = call(&p.calls.items[i], &pan);
            panicked[i] = pan;
        }
        printer_free(&p);
        printer_init(&p, PRINT_FORMAT);
        p.map_entries = fake_map_entries;
        p.texts = texts;
        p.ntexts = n;
        p.panicked = panicked;
        printer_run(&p, kind, (const uint8_t *)format, strlen(format), args, nargs);
        cr_assert(eq(i64, p.next_text, n), "all method results consumed");
        free(texts);
        free(panicked);
    }
    char *out = malloc(p.buf.len + 1);
    memcpy(out, p.buf.data ? p.buf.data : "", p.buf.len);
    out[p.buf.len] = 0;
    printer_free(&p);
    return out;
}

#include "fmt_cases.inc"

Test(fmt, matches_go_for_generated_cases)
{
    int bad = 0, n = 0;
    for (size_t i = 0; i < sizeof fmt_cases / sizeof fmt_cases[0]; i++) {
        const struct FmtCase *c = &fmt_cases[i];
        Box *args[8];
        int64_t nargs = 0;
        while (c->args[nargs])
            args[nargs] = value(c->args[nargs]), nargs++;
        PrintKind kind = c->kind == 'f' ? PRINT_SPRINTF
                         : c->kind == 'p' ? PRINT_SPRINT
                                          : PRINT_SPRINTLN;
        char *got = run(kind, c->format, args, nargs);
        n++;
        if (strcmp(got, c->want) != 0 && bad++ < 40)
            cr_log_error("%c %s (%s%s%s): got [%s] want [%s]", c->kind, c->format, c->args[0],
                         nargs > 1 ? ", " : "", nargs > 1 ? c->args[1] : "", got, c->want);
        free(got);
    }
    cr_log_info("%d cases", n);
    cr_assert(eq(int, bad, 0));
}

Test(fmt, collect_lists_methods_in_walk_order)
{
    Box *args[] = {value("i42"), value("codes"), value("errv"), value("outere")};
    Printer p;
    printer_init(&p, PRINT_TRY);
    p.map_entries = fake_map_entries;
    printer_run(&p, PRINT_SPRINTLN, NULL, 0, args, 4);
    cr_assert(eq(int, p.mode, PRINT_COLLECT));
    cr_assert(eq(int, p.calls.len, 5));
    /* codes[0], codes[1] (String), errv (Error), outere.Any (String), outere.Err (Error);
     * outere.hid is unexported: no call */
    cr_expect(eq(int, p.calls.items[0].kind, 'S'));
    cr_expect(eq(ptr, (void *)p.calls.items[0].type, &t_code));
    cr_expect(eq(ptr, (void *)p.calls.items[0].box, NULL)); /* nested: must be boxed */
    cr_expect(eq(int, p.calls.items[2].kind, 'E'));
    cr_expect(eq(ptr, (void *)p.calls.items[2].box, args[2])); /* top level: reused */
    /* outere: Any (code-3, boxed already in the interface) then Err */
    cr_expect(eq(int, p.calls.items[3].kind, 'S'));
    cr_expect(eq(int, p.calls.items[4].kind, 'E'));
    printer_free(&p);
}

Test(fmt, errorf_records_wrapped_operands)
{
    Box *args[] = {value("errv"), value("i42"), value("errv")};
    Printer p;
    printer_init(&p, PRINT_TRY);
    p.map_entries = fake_map_entries;
    const char *f = "%[3]w %d %[1]w";
    printer_run(&p, PRINT_ERRORF, (const uint8_t *)f, strlen(f), args, 3);
    cr_assert(eq(int, p.wrapped.len, 2));
    cr_expect(eq(int, p.wrapped.items[0], 0)); /* reordered: sorted */
    cr_expect(eq(int, p.wrapped.items[1], 2));
    printer_free(&p);
}

Test(fmt, float_formats)
{
    static const struct {
        const char *f;
        double v;
        const char *want;
    } cases[] = {
        {"%5.2f", 3.14159, " 3.14"}, {"%v", 1e21, "1e+21"},     {"%v", 1e20, "1e+20"},
        {"%v", 5e-324, "5e-324"},    {"%.0f", 2.5, "2"},        {"%.1f", 0.25, "0.2"},
        {"%08.3f", -1.5, "-001.500"}, {"%+.3e", 12345.678, "+1.235e+04"},
        {"%#g", 1.0, "1.00000"},     {"%x", 1.0, "0x1p+00"},    {"%6.2f", INFINITY, "  +Inf"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        Box *a = BOXV(t_float64, double, cases[i].v);
        char *got = run(PRINT_SPRINTF, cases[i].f, &a, 1);
        cr_expect(eq(str, got, (char *)cases[i].want), "%s", cases[i].f);
        free(got);
    }
}
