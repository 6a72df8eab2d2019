/*
 * interp_test.c — unit tests of the interpreter through small compiled programs: results are
 * read back from the program's globals after vm_run_main, and the exit status is checked for
 * panics. Exercises calls, closures, defer/recover, maps, strings, slices and interfaces.
 */
#include <criterion/criterion.h>
#include <string.h>

#include "compiler/compiler.h"
#include "compiler/gen.h"
#include "stdlib/stdlib.h"
#include "vm/vm.h"

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

/* run compiles [src], runs it, and returns the int64 value of its first global variable
 * (declared first in the main package) through *result; returns the exit status. */
static int run(const char *src, int64_t *result)
{
    Compiler *c = compiler_new();
    CompileOptions opts = {.load_package = load};
    Module *m = compile_program(c, "t.go", src, strlen(src), &opts);
    if (!m) {
        StrBuf b = {0};
        compiler_errors(c, &b);
        cr_log_error("%s", strbuf_cstr(&b));
        strbuf_free(&b);
        compiler_free(c);
        return -1;
    }
    Vm *vm = vm_new(stdlib_resolve, 0, NULL);
    cr_assert(vm_link(vm, m));
    int rc = vm_run_main(vm);
    /* the main package's globals are the last block */
    if (result)
        *result = *(int64_t *)m->globals[m->nglobals - 1].data;
    vm_free(vm);
    module_free(m);
    compiler_free(c);
    return rc;
}

#define RESULT_OF(src, want)                                                                   \
    do {                                                                                       \
        int64_t r_ = 0;                                                                        \
        cr_assert_eq(run("package main\nvar R int\n" src, &r_), 0);                           \
        cr_assert_eq(r_, (int64_t)(want), "got %lld", (long long)r_);                         \
    } while (0)

Test(interp, recursion)
{
    RESULT_OF("func fib(n int) int { if n < 2 { return n }; return fib(n-1) + fib(n-2) }\n"
              "func main() { R = fib(20) }\n",
              6765);
}

Test(interp, closures_capture_by_reference)
{
    RESULT_OF("func main() { n := 0; inc := func() { n += 2 }; inc(); inc(); R = n }\n", 4);
}

Test(interp, per_iteration_loop_variables)
{
    RESULT_OF("func main() { var fs []func() int\n"
              "for i := 0; i < 3; i++ { fs = append(fs, func() int { return i }) }\n"
              "for _, f := range fs { R = R*10 + f() } }\n",
              12);
}

Test(interp, defer_modifies_named_result_after_recover)
{
    RESULT_OF("func f() (x int) { defer func() { recover(); x = 7 }(); panic(\"boom\") }\n"
              "func main() { R = f() }\n",
              7);
}

Test(interp, integer_wraparound_at_each_width)
{
    RESULT_OF("func main() { var a int8 = 127; a++; var b uint16 = 0; b--; R = int(a) + int(b) }\n",
              -128 + 65535);
}

Test(interp, maps_and_strings)
{
    RESULT_OF("func main() { m := map[string]int{}; for _, w := range []string{\"a\", \"b\", \"a\"} "
              "{ m[w]++ }; R = m[\"a\"]*10 + len(m) }\n",
              22);
}

Test(interp, interface_dispatch_and_struct_values)
{
    RESULT_OF("type S interface{ V() int }\ntype A struct{ x int }\n"
              "func (a A) V() int { return a.x }\ntype B struct{ A }\n"
              "func main() { var s S = B{A{5}}; b := B{A{1}}; c := b; c.x = 9; R = s.V()*100 + b.x*10 + c.x }\n",
              519);
}

Test(interp, string_iteration_by_rune)
{
    RESULT_OF("func main() { for i, r := range \"aé\" { R += i*1000 + int(r) } }\n",
              97 + 1000 + 0xe9);
}

Test(interp, unrecovered_panic_exits_with_2)
{
    cr_assert_eq(run("package main\nvar R int\nfunc main() { var s []int; R = s[3] }\n", NULL), 2);
}

Test(interp, division_by_zero_is_a_runtime_error)
{
    RESULT_OF("func div(a, b int) (q int) { defer func() { if r := recover(); r != nil { q = -1 } }(); return a / b }\n"
              "func main() { R = div(1, 0) }\n",
              -1);
}
