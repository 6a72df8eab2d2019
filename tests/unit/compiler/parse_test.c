/*
 * parse_test.c — the parser (compiler/grammar.y, parse.c) and the AST builders (ast.c).
 *
 * Trees are compared as ast_dump text with its line breaks folded into single spaces (the
 * notation is described at the top of ast.c). Snippets without a package clause are
 * scripts, so `stmt("x := 1")` parses one top-level statement. Syntax error messages and
 * positions were taken from `go tool compile` (Go 1.23) on the same input.
 */
#include "compiler/ast.h"
#include "compiler/internal.h"
#include "compiler/parse.h"
#include "grammar.h"

#include <criterion/criterion.h>
#include <criterion/new/assert.h>
#include <stdio.h>
#include <string.h>

static Compiler *c;
static StrBuf out;
static Node *root;

static void setup(void)
{
    c = compiler_new();
    out = (StrBuf){0};
}

static void teardown(void)
{
    strbuf_free(&out);
    compiler_free(c);
}

TestSuite(parse, .init = setup, .fini = teardown);

/* EXPECT_STR compares strings; a macro so that failures report the test's line. */
#define EXPECT_STR(got, want) cr_assert(eq(str, (char *)(got), (char *)(want)))

static Node *parse(const char *src)
{
    int file = compiler_add_file(c, "f.go", src, strlen(src));
    root = parse_file(c, file, false);
    return root;
}

/* dump_node renders [n] on one line. */
static const char *dump_node(const Node *n)
{
    strbuf_reset(&out);
    ast_dump(&out, n);
    char *s = out.data, *o = s;
    for (const char *p = s; p && *p; p++) {
        if (*p == '\n') {
            *o++ = ' ';
            while (p[1] == ' ')
                p++;
        } else {
            *o++ = *p;
        }
    }
    if (o)
        *o = 0;
    return strbuf_cstr(&out);
}

/* dump parses [src] and renders the whole file. */
static const char *dump(const char *src)
{
    return dump_node(parse(src));
}

/* stmt parses the script [src] and renders its first top-level item. */
static const char *stmt(const char *src)
{
    parse(src);
    cr_assert(eq(int, c->nerrors, 0), "unexpected errors in %s", src);
    cr_assert(root->u.file.decls.len > 0);
    return dump_node(root->u.file.decls.items[0]);
}

/* expr renders the expression [src] (parsed as the script `_ = src`). */
static const char *expr(const char *src)
{
    char buf[512];
    snprintf(buf, sizeof buf, "_ = %s", src);
    parse(buf);
    cr_assert(eq(int, c->nerrors, 0), "unexpected errors in %s", src);
    return dump_node(root->u.file.decls.items[0]->u.assign.rhs.items[0]);
}

/* errors parses [src] and returns its diagnostics as diag_print writes them. */
static const char *errors(const char *src)
{
    parse(src);
    strbuf_reset(&out);
    diag_print(c, &out);
    return strbuf_cstr(&out);
}

/* ---- Declarations ---- */

Test(parse, package_and_imports)
{
    EXPECT_STR(dump("package p\nimport \"fmt\"\nimport (\n\tf \"fmt\"\n\t. \"math\"\n\t_ \"os\"\n)"),
               "(file p (import (importspec \"fmt\")) (import (importspec f \"fmt\") "
               "(importspec . \"math\") (importspec _ \"os\")))");
    cr_assert(eq(int, c->script_mode, 0));
    cr_assert(eq(int, c->nerrors, 0));
}

Test(parse, const_groups_number_iota)
{
    EXPECT_STR(dump("package p\nconst (\n\tA = iota\n\tB\n\tC, D = iota, 2 * iota\n)"),
               "(file p (const (valuespec (A) _ (iota)) (valuespec (B) _ () iota=1) "
               "(valuespec (C D) _ (iota (* 2 iota)) iota=2)))");
    cr_assert(eq(int, root->u.file.decls.items[0]->u.gendecl.specs.items[2]->u.valuespec.iota, 2));
}

Test(parse, var_declarations)
{
    EXPECT_STR(dump("package p\nvar x, y int = 1, 2\nvar (\n\tz = 3\n\tw []string\n)\nvar ()"),
               "(file p (var (valuespec (x y) int (1 2))) (var (valuespec (z) _ (3)) "
               "(valuespec (w) (array _ string) ())) (var))");
}

Test(parse, type_declarations)
{
    EXPECT_STR(dump("package p\ntype (\n\tT struct {\n\t\ta, b int\n\t\tc string `tag`\n"
                    "\t\t*E\n\t\tpkg.F\n\t}\n\tA = []int\n\tF func(int, ...string) (bool, error)\n)"),
               "(file p (type (typespec T (struct (field (a b) int) (field (c) string `tag`) "
               "(field () (* E)) (field () (sel pkg F)))) (typespec A = (array _ int)) "
               "(typespec F (func (params (field () int) (field () (... string))) "
               "(results (field () bool) (field () error))))))");
}

Test(parse, interface_types)
{
    EXPECT_STR(stmt("type I interface {\n\tM(int) string\n\tio.Reader\n\t~int | string\n}"),
               "(type (typespec I (interface (field (M) (func (params (field () int)) "
               "(results (field () string)))) (field () (sel io Reader)) "
               "(field () (| (~ int) string)))))");
}

Test(parse, array_map_chan_and_pointer_types)
{
    EXPECT_STR(stmt("var a [3][]*[...]map[string]chan<- <-chan int"),
               "(var (valuespec (a) (array 3 (array _ (* (array ... (map string (chan<- "
               "(<-chan int))))))) ()))");
    EXPECT_STR(stmt("var ch chan (<-chan int)"), "(var (valuespec (ch) (chan (paren (<-chan int))) ()))");
}

Test(parse, function_declarations)
{
    EXPECT_STR(dump("package p\nfunc f(a, b int, c ...string) (n int, err error) { return }\n"
                    "func g(int, string) bool\nfunc h() {}"),
               "(file p (funcdecl f (func (params (field (a b) int) (field (c) (... string))) "
               "(results (field (n) int) (field (err) error))) (block (return))) "
               "(funcdecl g (func (params (field () int) (field () string)) "
               "(results (field () bool))) _) (funcdecl h (func (params) (results)) (block)))");
}

Test(parse, method_receivers)
{
    EXPECT_STR(dump("package p\nfunc (t *T) M(x int) {}\nfunc (T) N() {}\nfunc (_ T) O() {}"),
               "(file p (funcdecl (recv (field (t) (* T))) M (func (params (field (x) int)) "
               "(results)) (block)) (funcdecl (recv (field () T)) N (func (params) (results)) "
               "(block)) (funcdecl (recv (field (_) T)) O (func (params) (results)) (block)))");
}

Test(parse, parameter_grouping)
{
    parse("package p\nfunc f(a, b int, c string)");
    Node *ft = root->u.file.decls.items[0]->u.funcdecl.type;
    cr_assert(eq(int, ft->u.functype.params.len, 2));
    cr_assert(eq(int, ft->u.functype.params.items[0]->u.field.names.len, 2));
    EXPECT_STR(stmt("var f func(a, b int)"), "(var (valuespec (f) (func (params (field (a b) int)) (results)) ()))");
    EXPECT_STR(stmt("var f func(a, b)"), "(var (valuespec (f) (func (params (field () a) (field () b)) (results)) ()))");
    EXPECT_STR(stmt("var f func(a []int, b [2]T, m map[K]V)"),
               "(var (valuespec (f) (func (params (field (a) (array _ int)) (field (b) (array 2 T)) "
               "(field (m) (map K V))) (results)) ()))");
}

/* ---- Expressions ---- */

Test(parse, precedence)
{
    EXPECT_STR(expr("a + b*c - d"), "(- (+ a (* b c)) d)");
    EXPECT_STR(expr("a || b && c == d"), "(|| a (&& b (== c d)))");
    EXPECT_STR(expr("a << 1 | b &^ c"), "(| (<< a 1) (&^ b c))");
    EXPECT_STR(expr("a < b == c > d"), "(> (== (< a b) c) d)");
    EXPECT_STR(expr("(a + b) * c"), "(* (paren (+ a b)) c)");
}

Test(parse, unary_operators)
{
    EXPECT_STR(expr("-a * ^b + <-c"), "(+ (* (- a) (^ b)) (<- c))");
    EXPECT_STR(expr("*p + &v - !ok"), "(- (+ (* p) (& v)) (! ok))");
    EXPECT_STR(expr("<-<-c"), "(<- (<- c))");
    EXPECT_STR(expr("- - +x"), "(- (- (+ x)))");
}

Test(parse, primary_expressions)
{
    EXPECT_STR(expr("a.b.c(1, d...)[2][3:][:4][1:2:3].(T).(*U)"),
               "(assert (assert (slice3 (slice (slice (index (call (sel (sel a b) c) 1 d ...) 2) "
               "3 _) _ 4) 1 2 3) T) (* U))");
    EXPECT_STR(expr("f()"), "(call f)");
    EXPECT_STR(expr("f(a, b,)"), "(call f a b)");
    EXPECT_STR(expr("x[:]"), "(slice x _ _)");
    EXPECT_STR(expr("m[k]"), "(index m k)");
}

Test(parse, literals)
{
    EXPECT_STR(expr("1 + 2.5 + 3i + 'c' + \"s\" + `r`"), "(+ (+ (+ (+ (+ 1 2.5) 3i) 'c') \"s\") `r`)");
    parse("_ = 0x1F");
    Node *lit = root->u.file.decls.items[0]->u.assign.rhs.items[0];
    cr_assert(eq(int, lit->kind, N_BASICLIT));
    cr_assert(eq(int, lit->u.lit.tok, TOK_INT));
    cr_assert(eq(int, lit->u.lit.len, 4));
}

Test(parse, composite_literals)
{
    EXPECT_STR(expr("[]int{1, 2}"), "(composite (array _ int) 1 2)");
    EXPECT_STR(expr("map[string][]int{\"a\": {1}, \"b\": nil}"),
               "(composite (map string (array _ int)) (kv \"a\" (composite _ 1)) (kv \"b\" nil))");
    EXPECT_STR(expr("&T{A: 1, B: []T{{}, {A: 2}}}"),
               "(& (composite T (kv A 1) (kv B (composite (array _ T) (composite _) "
               "(composite _ (kv A 2))))))");
    EXPECT_STR(expr("[...]string{2: \"x\"}"), "(composite (array ... string) (kv 2 \"x\"))");
    EXPECT_STR(expr("pkg.T{}"), "(composite (sel pkg T))");
    EXPECT_STR(expr("struct{ a int }{1}"), "(composite (struct (field (a) int)) 1)");
}

Test(parse, function_literals)
{
    EXPECT_STR(expr("func(a, b int) (r int) { return a + b }(1, 2)"),
               "(call (funclit (func (params (field (a b) int)) (results (field (r) int))) "
               "(block (return (+ a b)))) 1 2)");
    EXPECT_STR(expr("func() *T { return nil }"),
               "(funclit (func (params) (results (field () (* T)))) (block (return nil)))");
}

Test(parse, conversions_and_types_as_operands)
{
    EXPECT_STR(expr("[]byte(s)"), "(call (array _ byte) s)");
    EXPECT_STR(expr("(*T)(p)"), "(call (paren (* T)) p)");
    EXPECT_STR(expr("chan int(nil)"), "(call (chan int) nil)");
    EXPECT_STR(expr("interface{ M() }.M"), "(sel (interface (field (M) (func (params) (results)))) M)");
    EXPECT_STR(expr("map[string]int"), "(map string int)");
}

Test(parse, receive_reassociates_with_channel_types)
{
    EXPECT_STR(expr("<-chan int(c)"), "(<- (call (chan int) c))");
    EXPECT_STR(expr("<-chan int"), "(<-chan int)");
    EXPECT_STR(expr("<-chan chan<- int"), "(<-chan (chan<- int))");
}

/* ---- Statements ---- */

Test(parse, simple_statements)
{
    EXPECT_STR(stmt("x := 1"), "(:= (x) (1))");
    EXPECT_STR(stmt("a, b = b, a"), "(= (a b) (b a))");
    EXPECT_STR(stmt("x += 2"), "(+= (x) (2))");
    EXPECT_STR(stmt("x &^= y"), "(&^= (x) (y))");
    EXPECT_STR(stmt("x++"), "(++ x)");
    EXPECT_STR(stmt("ch <- v + 1"), "(send ch (+ v 1))");
    EXPECT_STR(stmt("f(x)"), "(expr (call f x))");
}

Test(parse, if_statements)
{
    EXPECT_STR(stmt("if x { a() } else if y := f(); y { b() } else { c() }"),
               "(if _ x (block (expr (call a))) (if (:= (y) ((call f))) y "
               "(block (expr (call b))) (block (expr (call c)))))");
}

Test(parse, for_statements)
{
    EXPECT_STR(stmt("for {}"), "(for _ _ _ (block))");
    EXPECT_STR(stmt("for x < 10 {}"), "(for _ (< x 10) _ (block))");
    EXPECT_STR(stmt("for i := 0; i < n; i++ {}"), "(for (:= (i) (0)) (< i n) (++ i) (block))");
    EXPECT_STR(stmt("for ;; {}"), "(for _ _ _ (block))");
}

Test(parse, range_statements)
{
    EXPECT_STR(stmt("for k, v := range m {}"), "(range k v := m (block))");
    EXPECT_STR(stmt("for i = range s {}"), "(range i _ = s (block))");
    EXPECT_STR(stmt("for range 10 {}"), "(range _ _ _ 10 (block))");
}

Test(parse, switch_statements)
{
    EXPECT_STR(stmt("switch x := f(); x {\ncase 1, 2:\n\ta()\n\tfallthrough\ncase 3:\ndefault:\n\tb()\n}"),
               "(switch (:= (x) ((call f))) x (block (case (1 2) (expr (call a)) (fallthrough)) "
               "(case (3)) (default (expr (call b)))))");
    EXPECT_STR(stmt("switch {\ncase x > 1: y()\n}"), "(switch _ _ (block (case ((> x 1)) (expr (call y)))))");
}

Test(parse, type_switches)
{
    EXPECT_STR(stmt("switch v := x.(type) {\ncase int, []string, nil:\ndefault:\n}"),
               "(typeswitch _ v (assert x type) (block (case (int (array _ string) nil)) (default)))");
    EXPECT_STR(stmt("switch y := 1; x.(type) {}"), "(typeswitch (:= (y) (1)) _ (assert x type) (block))");
}

Test(parse, select_statements)
{
    EXPECT_STR(stmt("select {\ncase v := <-c:\ncase c <- 1:\ncase <-d:\ncase x, ok = <-e:\ndefault:\n}"),
               "(select (block (comm (:= (v) ((<- c)))) (comm (send c 1)) (comm (expr (<- d))) "
               "(comm (= (x ok) ((<- e)))) (comm default)))");
}

Test(parse, labels_and_branches)
{
    EXPECT_STR(stmt("L: for { break L; continue L; goto L }"),
               "(label L (for _ _ _ (block (break L) (continue L) (goto L))))");
    EXPECT_STR(root->u.file.decls.items[0]->u.labeled.stmt->u.for_.label, "L");
    EXPECT_STR(stmt("{ L: }"), "(block (label L (empty)))");
}

Test(parse, go_defer_return)
{
    EXPECT_STR(stmt("go f(x)"), "(go (call f x))");
    EXPECT_STR(stmt("defer mu.Unlock()"), "(defer (call (sel mu Unlock)))");
    EXPECT_STR(stmt("func f() (int, error) { return 1, nil }"),
               "(funcdecl f (func (params) (results (field () int) (field () error))) "
               "(block (return 1 nil)))");
}

Test(parse, blocks_and_empty_statements)
{
    EXPECT_STR(stmt("{ ; x(); ; { } }"), "(block (expr (call x)) (block))");
    EXPECT_STR(stmt("func f() { var x int; const y = 1; type T int }"),
               "(funcdecl f (func (params) (results)) (block (declstmt (var (valuespec (x) int ()))) "
               "(declstmt (const (valuespec (y) _ (1)))) (declstmt (type (typespec T int)))))");
}

Test(parse, composite_literals_in_headers)
{
    EXPECT_STR(stmt("if x == (T{}) {}"), "(if _ (== x (paren (composite T))) (block) _)");
    EXPECT_STR(stmt("for _, v := range []int{1, 2} { _ = v }"),
               "(range _ v := (composite (array _ int) 1 2) (block (= (_) (v))))");
    EXPECT_STR(stmt("if s := []int{1}; len(s) > 0 {}"),
               "(if (:= (s) ((composite (array _ int) 1))) (> (call len s) 0) (block) _)");
    EXPECT_STR(stmt("if f := func() bool { if y { return true }; return false }; f() {}"),
               "(if (:= (f) ((funclit (func (params) (results (field () bool))) (block (if _ y "
               "(block (return true)) _) (return false))))) (call f) (block) _)");
    EXPECT_STR(stmt("switch struct{ a int }{1}.a { case 1: }"),
               "(switch _ (sel (composite (struct (field (a) int)) 1) a) (block (case (1))))");
    EXPECT_STR(stmt("for x := range m[T{}] {}"), "(range x _ := (index m (composite T)) (block))");
}

/* ---- Generics (parsed for the checker to reject) ---- */

Test(parse, type_parameters)
{
    EXPECT_STR(stmt("func Map[K comparable, V any](m map[K]V) {}"),
               "(funcdecl Map (func (typeparams (field (K) comparable) (field (V) any)) "
               "(params (field (m) (map K V))) (results)) (block))");
    EXPECT_STR(stmt("type List[T any] struct{ next *List[T] }"),
               "(type (typespec List (typeparams (field (T) any)) (struct (field (next) "
               "(* (index List T))))))");
    EXPECT_STR(stmt("type N[A, B interface{ ~int | ~string }] int"),
               "(type (typespec N (typeparams (field (A B) (interface (field () (| (~ int) "
               "(~ string)))))) int))");
    EXPECT_STR(stmt("type A [N]int"), "(type (typespec A (array N int)))");
    EXPECT_STR(stmt("x := Map[string, int](m)"), "(:= (x) ((call (index Map string int) m)))");
    EXPECT_STR(stmt("func (l *List[T]) Push(v T) {}"),
               "(funcdecl (recv (field (l) (* (index List T)))) Push (func (params (field (v) T)) "
               "(results)) (block))");
    EXPECT_STR(stmt("type S struct { List[int]; *pkg.G[T] }"),
               "(type (typespec S (struct (field () (index List int)) (field () (* (index (sel pkg G) T))))))");
}

/* ---- Script mode ---- */

Test(parse, script_mixes_declarations_and_statements)
{
    EXPECT_STR(dump("import \"fmt\"\nx := 1\nfunc f() int { return x }\nfmt.Println(f())\n"
                    "type T int\nfunc (T) M() {}\nvar y = 2"),
               "(file _ (import (importspec \"fmt\")) (:= (x) (1)) (funcdecl f (func (params) "
               "(results (field () int))) (block (return x))) (expr (call (sel fmt Println) "
               "(call f))) (type (typespec T int)) (funcdecl (recv (field () T)) M (func (params) "
               "(results)) (block)) (var (valuespec (y) _ (2))))");
    cr_assert(eq(int, c->script_mode, 1));
    cr_assert(eq(int, c->nerrors, 0));
}

Test(parse, script_func_paren_method_or_literal)
{
    EXPECT_STR(stmt("func (r *R) Name() {}"),
               "(funcdecl (recv (field (r) (* R))) Name (func (params) (results)) (block))");
    EXPECT_STR(stmt("func (x int) { println(x) }(5)"),
               "(expr (call (funclit (func (params (field (x) int)) (results)) (block (expr "
               "(call println x)))) 5))");
    EXPECT_STR(stmt("func (x int) int { return x }(5)"),
               "(expr (call (funclit (func (params (field (x) int)) (results (field () int))) "
               "(block (return x))) 5))");
}

Test(parse, empty_file)
{
    EXPECT_STR(dump(""), "(file _)");
    EXPECT_STR(dump("package p"), "(file p)");
    cr_assert(eq(int, c->nerrors, 0));
}

/* ---- Positions ---- */

Test(parse, node_positions)
{
    parse("x := a +\n\tb*c\nf(y)[0]");
    Node *as = root->u.file.decls.items[0];
    cr_assert(eq(int, as->pos.line, 1));
    cr_assert(eq(int, as->pos.col, 1));
    cr_assert(eq(int, as->u.assign.oppos.col, 3));
    Node *sum = as->u.assign.rhs.items[0];
    cr_assert(eq(int, sum->pos.col, 8)); /* binary: the operator */
    cr_assert(eq(int, ast_start(sum).col, 6));
    Node *mul = sum->u.binary.y;
    cr_assert(eq(int, mul->pos.line, 2));
    cr_assert(eq(int, mul->pos.col, 3));
    Node *idx = root->u.file.decls.items[1]->u.exprstmt.x;
    cr_assert(eq(int, idx->kind, N_INDEX));
    cr_assert(eq(int, idx->pos.line, 3));
    cr_assert(eq(int, idx->pos.col, 1));
    cr_assert(eq(int, idx->u.index.x->u.call.rparen.col, 4));
}

Test(parse, print_expressions_as_go_does)
{
    static const char *const cases[] = {
        "a + b*c",        "a + b * c",
        "f(x, y...)",     "f(x, y...)",
        "[]int{1, 2}",    "[]int{…}",
        "T{}",            "T{}",
        "func(a, b int) string { return \"\" }", "func(a, b int) string {…}",
        "m[k].f",         "m[k].f",
        "<-ch",           "<-ch",
        "x.(type)",       "x.(type)",
        "s[1:2:3]",       "s[1:2:3]",
        "map[string]chan<- int", "map[string]chan<- int",
        "struct{ a, b int; c string }", "struct{a, b int; c string}",
        "interface{ M(); io.Reader }", "interface{M(); io.Reader}",
    };
    for (size_t i = 0; i < ARRAY_LEN(cases); i += 2) {
        compiler_free(c);
        c = compiler_new();
        char buf[256];
        snprintf(buf, sizeof buf, "_ = %s", cases[i]);
        parse(buf);
        strbuf_reset(&out);
        ast_print(&out, root->u.file.decls.items[0]->u.assign.rhs.items[0]);
        EXPECT_STR(strbuf_cstr(&out), cases[i + 1]);
    }
}

/* ---- Syntax errors (cmd/compile's messages and positions) ---- */

Test(parse, error_else_on_new_line)
{
    EXPECT_STR(errors("package main\nfunc main() {\n\tif true {\n\t}\n\telse {\n\t}\n}"),
               "f.go:5:2: syntax error: unexpected else, expected }\n");
}

Test(parse, error_statement_outside_function)
{
    EXPECT_STR(errors("package main\nx := 1\ny := 2"),
               "f.go:2:1: syntax error: non-declaration statement outside function body\n");
}

Test(parse, error_stray_paren)
{
    EXPECT_STR(errors("package main\nfunc main() {\n\tf(1))\n}"),
               "f.go:3:6: syntax error: unexpected ) at end of statement\n");
}

Test(parse, error_brace_on_next_line)
{
    EXPECT_STR(errors("package main\nfunc main()\n{\n}"),
               "f.go:3:1: syntax error: unexpected semicolon or newline before {\n");
}

Test(parse, error_composite_literal_in_if_header)
{
    EXPECT_STR(errors("package main\nfunc main() {\n\tif x == T{} {\n\t}\n}"),
               "f.go:3:14: syntax error: unexpected { at end of statement\n");
}

Test(parse, error_for_clause_newline)
{
    EXPECT_STR(errors("package main\nfunc main() {\n\tfor i := 0; i < 10; i++\n\t{\n\t}\n}"),
               "f.go:3:25: syntax error: unexpected newline, expected { after for clause\n");
}

Test(parse, error_missing_comma)
{
    EXPECT_STR(errors("package main\nfunc main() {\n\tx := []int{1, 2\n\t}\n}"),
               "f.go:3:17: syntax error: unexpected newline in composite literal; possibly "
               "missing comma or }\n");
    compiler_free(c);
    c = compiler_new();
    EXPECT_STR(errors("package main\nfunc main() {\n\tprintln(\"a\" \"b\")\n}"),
               "f.go:3:14: syntax error: unexpected literal \"b\" in argument list; possibly "
               "missing comma or )\n");
    compiler_free(c);
    c = compiler_new();
    EXPECT_STR(errors("package main\nfunc f(a int b int) {}"),
               "f.go:2:14: syntax error: unexpected name b in parameter list; possibly missing "
               "comma or )\n");
}

Test(parse, error_header_is_not_a_condition)
{
    EXPECT_STR(errors("package main\nfunc main() {\n\tif x := 1 {\n\t}\n}"),
               "f.go:3:7: syntax error: cannot use x := 1 as value\n");
    compiler_free(c);
    c = compiler_new();
    EXPECT_STR(errors("if x = 1 {}"), "f.go:1:6: syntax error: cannot use assignment x = 1 as value\n");
    compiler_free(c);
    c = compiler_new();
    EXPECT_STR(errors("if {}"), "f.go:1:4: syntax error: missing condition in if statement\n");
    compiler_free(c);
    c = compiler_new();
    EXPECT_STR(errors("if x\n{}"),
               "f.go:1:5: syntax error: unexpected newline, expected { after if clause\n");
    compiler_free(c);
    c = compiler_new();
    EXPECT_STR(errors("for x\n{}"),
               "f.go:2:1: syntax error: unexpected {, expected for loop condition\n");
}

Test(parse, error_var_in_header)
{
    EXPECT_STR(errors("package main\nfunc main() {\n\tif var x = 1; x > 0 {\n\t}\n}"),
               "f.go:3:9: syntax error: var declaration not allowed in if initializer\n");
}

Test(parse, error_mixed_parameters)
{
    EXPECT_STR(errors("package main\nfunc f(a int, string) {}"),
               "f.go:2:15: syntax error: mixed named and unnamed parameters\n");
}

Test(parse, error_imports_after_declarations)
{
    EXPECT_STR(errors("package main\nimport \"fmt\"\nvar x = 1\nimport \"os\""),
               "f.go:4:1: syntax error: imports must appear before other declarations\n");
}

Test(parse, error_expected_tokens)
{
    EXPECT_STR(errors("switch x {\ncase 1\n}"), "f.go:2:7: syntax error: unexpected newline, expected :\n");
    compiler_free(c);
    c = compiler_new();
    EXPECT_STR(errors("x := 1 +\n}"), "f.go:2:1: syntax error: unexpected }, expected expression\n");
    compiler_free(c);
    c = compiler_new();
    EXPECT_STR(errors("var f func(\n}"), "f.go:2:1: syntax error: unexpected }, expected )\n");
    compiler_free(c);
    c = compiler_new();
    EXPECT_STR(errors("x = a[1\n"), "f.go:1:8: syntax error: unexpected newline, expected comma, : or ]\n");
    compiler_free(c);
    c = compiler_new();
    EXPECT_STR(errors("package p\ntype T\n"), "f.go:2:7: syntax error: unexpected newline in type declaration\n");
}

Test(parse, error_methods)
{
    EXPECT_STR(errors("package main\nfunc (T) M[P any]() {}"),
               "f.go:2:11: syntax error: method must have no type parameters\n");
    compiler_free(c);
    c = compiler_new();
    EXPECT_STR(errors("package main\nfunc () M() {}"), "f.go:2:9: method has no receiver\n");
    compiler_free(c);
    c = compiler_new();
    EXPECT_STR(errors("package main\nfunc (a, b T) M() {}"), "f.go:2:15: method has multiple receivers\n");
}

Test(parse, error_label_without_statement)
{
    EXPECT_STR(errors("switch {\ncase 1:\n\tL:\ndefault:\n}"),
               "f.go:3:3: syntax error: missing statement after label\n");
}

Test(parse, error_statement_details)
{
    EXPECT_STR(errors("for ; ; x := 1 {\n}"),
               "f.go:1:11: syntax error: cannot declare in post statement of for loop\n");
    compiler_free(c);
    c = compiler_new();
    EXPECT_STR(errors("go (f())"), "f.go:1:4: expression in go must not be parenthesized\n");
    compiler_free(c);
    c = compiler_new();
    EXPECT_STR(errors("_ = a[1::2]"), "f.go:1:9: middle index required in 3-index slice\n");
    compiler_free(c);
    c = compiler_new();
    EXPECT_STR(errors("switch {\ncase 0: f() case 1:\n}"),
               "f.go:2:13: syntax error: unexpected case at end of statement\n");
    compiler_free(c);
    c = compiler_new();
    EXPECT_STR(errors("type T struct {\n\ta int\n\t(b)\n}"),
               "f.go:3:2: syntax error: cannot parenthesize embedded type\n");
}

Test(parse, error_unexpected_eof)
{
    EXPECT_STR(errors("package main\nfunc main() {\n\t{\n"),
               "f.go:4:1: syntax error: unexpected EOF, expected }\n");
    compiler_free(c);
    c = compiler_new();
    EXPECT_STR(errors("var x = [](int"), "f.go:1:15: syntax error: unexpected EOF, expected )\n");
}

Test(parse, error_one_per_line_and_recovery)
{
    /* each statement's error is reported; a second error on a line is not */
    EXPECT_STR(errors("func f() {\n\tx := := 1\n\ty := 2\n\tz = = 3 = =\n}\nfunc g() {}"),
               "f.go:2:7: syntax error: unexpected :=, expected expression\n"
               "f.go:4:6: syntax error: unexpected =, expected expression\n");
    cr_assert(eq(int, root->u.file.decls.len, 2)); /* g survived */
}

Test(parse, error_limit_stops_the_parse)
{
    StrBuf src = {0};
    for (int i = 0; i < 40; i++)
        strbuf_puts(&src, "x := := 1\n");
    parse(strbuf_cstr(&src));
    strbuf_free(&src);
    cr_assert(c->nerrors <= PARSE_MAX_SYNTAX_ERRORS);
}

Test(parse, deep_nesting_is_an_error_not_a_crash)
{
    StrBuf src = {0};
    strbuf_puts(&src, "x := ");
    for (int i = 0; i < 20000; i++)
        strbuf_putc(&src, '(');
    strbuf_putc(&src, '1');
    for (int i = 0; i < 20000; i++)
        strbuf_putc(&src, ')');
    parse(strbuf_cstr(&src));
    strbuf_free(&src);
    cr_assert(eq(int, c->nerrors, 1));
    EXPECT_STR(c->diags.items[0].msg, "syntax error: too deeply nested");
}

Test(parse, long_else_if_chains_do_not_nest_the_parser)
{
    StrBuf src = {0};
    strbuf_puts(&src, "if x == 0 {\n");
    for (int i = 1; i < 5000; i++)
        strbuf_printf(&src, "} else if x == %d {\n", i);
    strbuf_puts(&src, "} else {\n}\n");
    parse(strbuf_cstr(&src));
    strbuf_free(&src);
    cr_assert(eq(int, c->nerrors, 0));
    int n = 0;
    for (Node *s = root->u.file.decls.items[0]; s && s->kind == N_IF; s = s->u.if_.els)
        n++;
    cr_assert(eq(int, n, 5000));
}

Test(parse, lexical_errors_do_not_stop_the_parse)
{
    EXPECT_STR(errors("package p\nvar x = 0x\nvar y = 1"), "f.go:2:11: hexadecimal literal has no digits\n");
    cr_assert(eq(int, root->u.file.decls.len, 2));
}

/* ---- Lazy function bodies (imported packages) ---- */

static const char lazy_src[] =
    "package p\n"
    "func init() { x := 1 }\n"
    "func f() struct{ a int } {\n\treturn struct{ a int }{1}\n}\n"
    "func (t T) M() { if t { s := \"}\" + `{` } /* } */ }\n"
    "func native(int) int\n"
    "var v = func() int { return 1 }\n";

Test(parse, lazy_bodies_are_skipped_then_parsed_in_place)
{
    int file = compiler_add_file(c, "f.go", lazy_src, strlen(lazy_src));
    Node *lazy = parse_file(c, file, true);
    cr_assert(eq(int, c->nerrors, 0));
    /* init and the function literal are parsed; f's and M's bodies are not */
    EXPECT_STR(dump_node(lazy),
               "(file p (funcdecl init (func (params) (results)) (block (:= (x) (1)))) "
               "(funcdecl f (func (params) (results (field () (struct (field (a) int))))) "
               "(lazyblock)) (funcdecl (recv (field (t) T)) M (func (params) (results)) "
               "(lazyblock)) (funcdecl native (func (params (field () int)) (results (field () "
               "int))) _) (var (valuespec (v) _ ((funclit (func (params) (results (field () "
               "int))) (block (return 1)))))))");
    Node *f = lazy->u.file.decls.items[1]->u.funcdecl.body;
    Node *m = lazy->u.file.decls.items[2]->u.funcdecl.body;
    parse_lazy_body(c, f);
    parse_lazy_body(c, m);
    cr_assert(eq(int, c->nerrors, 0));
    /* the same trees and positions as an eager parse */
    char lazy_dump[1024];
    snprintf(lazy_dump, sizeof lazy_dump, "%s", dump_node(lazy));
    Node *eager = parse(lazy_src);
    EXPECT_STR(lazy_dump, dump_node(eager));
    Node *ef = eager->u.file.decls.items[1]->u.funcdecl.body;
    Node *ret = f->u.block.stmts.items[0], *eret = ef->u.block.stmts.items[0];
    cr_assert(eq(int, ret->pos.line, 4));
    cr_assert(eq(int, ret->pos.line, eret->pos.line));
    cr_assert(eq(int, ret->pos.col, eret->pos.col));
    cr_assert(eq(int, f->u.block.rbrace.line, ef->u.block.rbrace.line));
    cr_assert(eq(int, f->u.block.rbrace.col, ef->u.block.rbrace.col));
}
