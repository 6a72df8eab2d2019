/*
 * check_test.c — unit tests of the type checker: types are hash-consed, constants are exact,
 * and snippets produce Go's diagnostics (file:line:col: message) or none.
 */
#include <criterion/criterion.h>
#include <stdio.h>
#include <string.h>

#include "compiler/check.h"
#include "compiler/compiler.h"
#include "stdlib/stdlib.h"

static const char *load(void *ctx, const char *path, size_t *len, const char **file)
{
    (void)ctx;
    const StdlibSource *s = stdlib_find(path);
    if (!s)
        return NULL;
    *len = s->len;
    *file = s->file;
    return s->src;
}

/* compile_messages compiles [src] with [opts] and returns the messages (static buffer). */
static const char *compile_messages(const char *src, const CompileOptions *opts)
{
    static char out[4096];
    Compiler *c = compiler_new();
    module_free(compile_program(c, "t.go", src, strlen(src), opts));
    StrBuf b = {0};
    compiler_errors(c, &b);
    snprintf(out, sizeof out, "%s", strbuf_cstr(&b));
    strbuf_free(&b);
    compiler_free(c);
    return out;
}

/* diagnose type-checks [src] and returns the messages. */
static const char *diagnose(const char *src)
{
    CompileOptions opts = {.load_package = load, .check_only = true};
    return compile_messages(src, &opts);
}

Test(check, valid_program_has_no_errors)
{
    cr_assert_str_eq(diagnose("package main\nfunc main() { x := 1; _ = x }\n"), "");
}

Test(check, undefined_name)
{
    cr_assert_str_eq(diagnose("package main\nfunc main() { _ = y }\n"),
                     "t.go:2:19: undefined: y\n");
}

Test(check, unused_variable_and_import)
{
    cr_assert_str_eq(diagnose("package main\nimport \"os\"\nfunc main() { x := 1 }\n"),
                     "t.go:2:8: \"os\" imported and not used\n"
                     "t.go:3:15: declared and not used: x\n");
}

Test(check, constant_overflow)
{
    cr_assert_str_eq(diagnose("package main\nfunc main() { var x int8 = 300; _ = x }\n"),
                     "t.go:2:28: cannot use 300 (untyped int constant) as int8 value in variable "
                     "declaration (overflows)\n");
}

Test(check, exact_untyped_constants)
{
    /* 1<<100>>98 is exactly 4; the float division is exact before rounding */
    cr_assert_str_eq(diagnose("package main\nconst big = 1 << 100\nconst f = 1.0 / 3 * 3\n"
                              "var _ [big >> 98]int\nvar _ [int(f)]int\nfunc main() {}\n"),
                     "");
}

Test(check, missing_return)
{
    cr_assert_str_eq(diagnose("package main\nfunc f() int { for { break } }\nfunc main() {}\n"),
                     "t.go:2:30: missing return\n");
}

Test(check, mismatched_types)
{
    cr_assert_str_eq(diagnose("package main\nfunc main() { a, b := 1, \"x\"; _ = a + b }\n"),
                     "t.go:2:35: invalid operation: a + b (mismatched types int and string)\n");
}

Test(check, interface_satisfaction_with_pointer_receiver)
{
    const char *src = "package main\ntype I interface{ M() }\ntype T struct{}\n"
                      "func (*T) M() {}\nfunc main() { var i I = T{}; _ = i }\n";
    cr_assert_str_eq(diagnose(src),
                     "t.go:5:25: cannot use T{} (value of type T) as I value in variable "
                     "declaration: T does not implement I (method M has pointer receiver)\n");
}

Test(check, generics_are_rejected_clearly)
{
    cr_assert_str_eq(diagnose("package main\nfunc F[T any](x T) T { return x }\nfunc main() {}\n"),
                     "t.go:2:7: generic functions are not supported in Gale yet\n");
}

Test(check, script_mode_implicit_imports)
{
    cr_assert_str_eq(diagnose("x := strings.ToUpper(\"a\")\nfmt.Println(x)\n"), "");
}

Test(check, at_most_ten_errors)
{
    char src[1024] = "package main\nfunc main() {\n";
    for (int i = 0; i < 12; i++) {
        char line[64];
        snprintf(line, sizeof line, "\t_ = u%d\n", i);
        strcat(src, line);
    }
    strcat(src, "}\n");
    const char *out = diagnose(src);
    cr_assert(strstr(out, "t.go:12:6: too many errors\n") != NULL, "%s", out);
    cr_assert(strstr(out, "u10") == NULL);
}

/* ---- types and constants directly ---- */

Test(types, identical_composites_are_pointer_equal)
{
    Compiler *c = compiler_new();
    types_init(c);
    Type *i = type_basic(c, TY_INT);
    cr_assert_eq(type_slice(c, i), type_slice(c, i));
    cr_assert_eq(type_map(c, type_basic(c, TY_STRING), i), type_map(c, type_basic(c, TY_STRING), i));
    /* []byte and []uint8 are the same type */
    cr_assert(type_identical(type_slice(c, type_byte(c)), type_slice(c, type_basic(c, TY_UINT8))));
    Type *params[] = {i, i};
    cr_assert_eq(type_func(c, params, 2, &i, 1, false), type_func(c, params, 2, &i, 1, false));
    cr_assert_neq(type_func(c, params, 2, &i, 1, false), type_func(c, params, 2, &i, 1, true));
    compiler_free(c);
}

Test(constant, rounds_rationals_to_nearest_even)
{
    Arena a = {0};
    ConstArena ca = {&a, {0}};
    ConstVal *v;
    cr_assert(const_parse_float(&ca, "0.1", 3, &v));
    bool ovf;
    cr_assert_eq(const_round_float(v, false, &ovf), 0.1);
    cr_assert(const_parse_float(&ca, "1e400", 5, &v));
    const_round_float(v, false, &ovf);
    cr_assert(ovf);
    cr_assert(const_parse_int(&ca, "0x_FF", 5, &v));
    cr_assert_eq(const_get_int64(v), 255);
    cr_assert(const_parse_int(&ca, "0o17", 4, &v));
    cr_assert_eq(const_get_int64(v), 15);
    cr_assert(!const_parse_int(&ca, "09", 2, &v));
    const_arena_free(&ca);
    arena_free(&a);
}

/* ---- Imported packages are checked lazily ---- */

/* A package whose Bad has an error in its body, on line 3. */
static const char lazy_pkg[] = "package lazy\n"
                               "func Good() int { return helper() }\n"
                               "func Bad() int {\n\tif true {\n\t\treturn \"x\"\n\t}\n\treturn 0\n}\n"
                               "func helper() int { return 1 }\n"
                               "type T struct{}\n"
                               "func (T) String() string { return 1 }\n";

static const char *load_lazy(void *ctx, const char *path, size_t *len, const char **file)
{
    if (strcmp(path, "lazy") != 0)
        return load(ctx, path, len, file);
    *len = sizeof lazy_pkg - 1;
    *file = "lazy.go";
    return lazy_pkg;
}

/* diagnose_with compiles [src] (code generation included) against the lazy package. */
static const char *diagnose_with(const char *src, bool eager)
{
    CompileOptions opts = {.load_package = load_lazy, .eager_imports = eager};
    return compile_messages(src, &opts);
}

Test(lazy, unreached_bodies_are_not_checked)
{
    const char *good = "package main\nimport \"lazy\"\nfunc main() { println(lazy.Good()) }\n";
    cr_assert_str_eq(diagnose_with(good, false), "");
    cr_assert_str_eq(diagnose_with(good, true),
                     "lazy.go:5:10: cannot use \"x\" (untyped string constant) as int value in "
                     "return statement\n"
                     "lazy.go:11:35: cannot use 1 (untyped int constant) as string value in "
                     "return statement\n");
}

Test(lazy, reached_bodies_are_parsed_in_place_with_positions)
{
    /* reached through a function value: the body is parsed on demand, at its own lines */
    const char *bad = "package main\nimport \"lazy\"\nfunc main() { f := lazy.Bad; println(f()) }\n";
    cr_assert_str_eq(diagnose_with(bad, false),
                     "lazy.go:5:10: cannot use \"x\" (untyped string constant) as int value in "
                     "return statement\n");
}

Test(lazy, every_standard_package_checks_eagerly)
{
    /* lazy checking would hide an error in a standard function no test calls */
    StrBuf src = {0};
    strbuf_puts(&src, "package main\n");
    for (const StdlibSource *s = stdlib_sources; s->path; s++)
        strbuf_printf(&src, "import _ \"%s\"\n", s->path);
    strbuf_puts(&src, "func main() {}\n");
    Compiler *c = compiler_new();
    CompileOptions opts = {.load_package = load, .eager_imports = true};
    Module *m = compile_program(c, "t.go", strbuf_cstr(&src), src.len, &opts);
    StrBuf b = {0};
    compiler_errors(c, &b);
    cr_assert_str_eq(strbuf_cstr(&b), "");
    cr_assert(m != NULL);
    module_free(m);
    strbuf_free(&b);
    strbuf_free(&src);
    compiler_free(c);
}

Test(lazy, methods_are_checked_when_a_method_set_needs_them)
{
    /* T.String is reached only through T's method set, built by the code generator */
    const char *src = "package main\nimport \"lazy\"\n"
                      "func main() { var s interface{ String() string } = lazy.T{}; "
                      "println(s.String()) }\n";
    cr_assert_str_eq(diagnose_with(src, false),
                     "lazy.go:11:35: cannot use 1 (untyped int constant) as string value in "
                     "return statement\n");
}
