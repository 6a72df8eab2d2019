/*
 * gen_test.c — unit tests of the code generator: typed instructions are chosen statically,
 * and the pointer maps say exactly which registers hold pointers at each instruction.
 */
#include <criterion/criterion.h>
#include <string.h>

#include "compiler/compiler.h"
#include "stdlib/stdlib.h"
#include "vm/opcodes.h"

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

static Compiler *cc;
static Module *compile(const char *src)
{
    cc = compiler_new();
    CompileOptions opts = {.load_package = load};
    Module *m = compile_program(cc, "t.go", src, strlen(src), &opts);
    cr_assert(m != NULL);
    return m;
}

static const Proto *find(const Module *m, const char *name)
{
    for (int i = 0; i < m->nprotos; i++)
        if (strcmp(m->protos[i]->name, name) == 0)
            return m->protos[i];
    cr_assert_fail("no function %s", name);
    return NULL;
}

static bool has_op(const Proto *p, unsigned op)
{
    for (int i = 0; i < p->ncode; i++) {
        if (INSTR_OP(p->code[i]) == op)
            return true;
        i += opcode_length(INSTR_OP(p->code[i])) - 1;
    }
    return false;
}

/* pointer_bit says whether register [r] is a live pointer during instruction [pc]. */
static bool pointer_bit(const Proto *p, int pc, int r)
{
    int best = -1;
    for (int i = 0; i < p->nsafepoints; i++)
        if (p->safepoints[i].pc <= pc)
            best = i;
    if (best < 0)
        return false;
    const uint8_t *bits = p->ptrbits + p->safepoints[best].bits;
    int n = bits[0] | (bits[1] << 8);
    return r < n && (bits[2 + r / 8] >> (r % 8)) & 1;
}

Test(gen, typed_arithmetic)
{
    Module *m = compile("package main\nfunc add(a, b int) int { return a + b }\n"
                        "func fadd(a, b float64) float64 { return a + b }\n"
                        "func narrow(a, b int8) int8 { return a * b }\nfunc main() {}\n");
    cr_assert(has_op(find(m, "main.add"), OP_ADD));
    cr_assert(!has_op(find(m, "main.add"), OP_FADD));
    cr_assert(has_op(find(m, "main.fadd"), OP_FADD));
    cr_assert(has_op(find(m, "main.narrow"), OP_SEXT8), "int8 results wrap at 8 bits");
    module_free(m);
    compiler_free(cc);
}

Test(gen, pointer_maps_cover_pointer_locals_at_calls)
{
    Module *m = compile("package main\nfunc g() {}\n"
                        "func f(s string, n int) { g(); _ = s; _ = n }\nfunc main() {}\n");
    const Proto *p = find(m, "main.f");
    int call = -1;
    for (int i = 0; i < p->ncode; i++)
        if (INSTR_OP(p->code[i]) == OP_CALL)
            call = i;
    cr_assert(call >= 0);
    cr_assert(pointer_bit(p, call, 0), "the string parameter is a pointer");
    cr_assert(!pointer_bit(p, call, 1), "the int parameter is not");
    module_free(m);
    compiler_free(cc);
}

Test(gen, escaping_variables_live_in_cells)
{
    Module *m = compile("package main\nfunc f() func() int { n := 1; return func() int { return n } }\n"
                        "func main() { _ = f() }\n");
    const Proto *p = find(m, "main.f");
    cr_assert(has_op(p, OP_NEW), "the captured n gets a heap cell");
    cr_assert(has_op(p, OP_CLOSURE));
    module_free(m);
    compiler_free(cc);
}

Test(gen, static_calls_and_interface_calls)
{
    Module *m = compile("package main\ntype I interface{ M() }\ntype T struct{}\nfunc (T) M() {}\n"
                        "func h(i I) { i.M(); T{}.M() }\nfunc main() { h(T{}) }\n");
    const Proto *p = find(m, "main.h");
    cr_assert(has_op(p, OP_CALLI));
    cr_assert(has_op(p, OP_CALL));
    module_free(m);
    compiler_free(cc);
}
