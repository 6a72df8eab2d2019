/*
 * check.c — the type checker's driver: the universe scope, packages and imports, collection
 * of package-level objects, the order of checking, unused-name reports and the
 * initialization order of package variables (see check.h for the phases).
 *
 * Packages are checked depth first through imports, so a package is complete before any
 * importer looks inside it; an import cycle is reported at the import that closes it.
 * Imports are file-scoped as in Go: each file gets a scope between its package's scope and
 * its functions.
 *
 * Initialization order (Go spec "Package initialization"): each package variable depends on
 * the variables and functions its initializer mentions, and a function on what its body
 * mentions (check_record_use builds these edges). Variables are then emitted repeatedly
 * choosing the earliest in declaration order whose variable dependencies are all emitted.
 */
#include "compiler/check.h"

#include <stdlib.h>
#include <string.h>

/* ---- Scopes ---- */

Scope *check_push_scope(Compiler *c)
{
    CheckState *ck = CK(c);
    Scope *s = scope_new(c, ck->scope, false);
    VEC_PUSH(ck->all_scopes, s);
    ck->scope = s;
    return s;
}

void check_pop_scope(Compiler *c)
{
    CheckState *ck = CK(c);
    ck->scope = ck->scope->parent;
}

void check_declare(Compiler *c, Scope *s, Sym *sym)
{
    if (sym->name == c->name_blank)
        return;
    Sym *old = scope_insert(c, s, sym);
    if (!old && sym->kind == SYM_VAR && CK(c)->func && !sym->is_global)
        VEC_PUSH(CK(c)->func->locals, sym);
    if (old) {
        if (old->pos.line > 0)
            diag_error(c, sym->pos, "%s redeclared in this block\n\t%s:%d:%d: other declaration of %s",
                       sym->name, c->files.items[old->pos.file].name, old->pos.line,
                       old->pos.col, sym->name);
        else
            diag_error(c, sym->pos, "%s redeclared in this block", sym->name);
    }
}

void check_record_use(Compiler *c, Sym *sym)
{
    CheckState *ck = CK(c);
    Sym *from = ck->decl_obj;
    if (!from || from == sym)
        return;
    if (!((sym->kind == SYM_VAR && sym->is_global) ||
          (sym->kind == SYM_FUNC && !sym->is_method && sym->pkg == from->pkg)))
        return;
    for (int i = 0; i < from->deps.len; i++)
        if (from->deps.items[i] == sym)
            return;
    VEC_PUSH(from->deps, sym);
}

void check_reach(Compiler *c, FuncInfo *fi)
{
    fi->unreached = false;
    VEC_PUSH(CK(c)->reached, fi);
}

void check_reached_bodies(Compiler *c)
{
    CheckState *ck = CK(c);
    Package *saved_pkg = ck->pkg;
    Scope *saved_scope = ck->scope;
    while (ck->reached.len) {
        FuncInfo *fi = ck->reached.items[--ck->reached.len];
        Node *body = fi->decl->u.funcdecl.body;
        if (!body)
            continue; /* a native */
        parse_lazy_body(c, body);
        check_func_body(c, fi, body);
    }
    ck->pkg = saved_pkg;
    ck->scope = saved_scope;
}

/* ---- Universe ---- */

static Sym *universe_type(Compiler *c, Scope *u, const char *name, Type *t)
{
    Sym *s = sym_new(c, SYM_TYPE, intern_cstr(c, name), (Pos){0, 0, 0});
    s->type = t;
    s->universe = true;
    s->state = 2;
    scope_insert(c, u, s);
    return s;
}

void types_set_error(Compiler *c, Type *t);

static void universe_init(Compiler *c)
{
    CheckState *ck = CK(c);
    Scope *u = scope_new(c, NULL, true);
    VEC_PUSH(ck->all_scopes, u);
    ck->universe = u;
    static const struct {
        const char *name;
        TyKind kind;
    } basics[] = {
        {"bool", TY_BOOL},         {"int", TY_INT},         {"int8", TY_INT8},
        {"int16", TY_INT16},       {"int32", TY_INT32},     {"int64", TY_INT64},
        {"uint", TY_UINT},         {"uint8", TY_UINT8},     {"uint16", TY_UINT16},
        {"uint32", TY_UINT32},     {"uint64", TY_UINT64},   {"uintptr", TY_UINTPTR},
        {"float32", TY_FLOAT32},   {"float64", TY_FLOAT64}, {"complex64", TY_COMPLEX64},
        {"complex128", TY_COMPLEX128}, {"string", TY_STRING},
    };
    for (size_t i = 0; i < ARRAY_LEN(basics); i++)
        universe_type(c, u, basics[i].name, type_basic(c, basics[i].kind));
    universe_type(c, u, "byte", type_byte(c));
    universe_type(c, u, "rune", type_rune(c));
    universe_type(c, u, "any", type_any(c));

    /* type error interface { Error() string } */
    Sym *es = universe_type(c, u, "error", NULL);
    Type *et = type_named(c, es);
    es->type = et;
    Type *str = type_basic(c, TY_STRING);
    IMethod m = {intern_cstr(c, "Error"), type_func(c, NULL, 0, &str, 1, false), NULL, {0}};
    et->underlying = type_interface(c, &m, 1, NULL, 0);
    et->named_state = 2;
    types_set_error(c, et);
    ck->error_type = et;

    Sym *t = sym_new(c, SYM_CONST, intern_cstr(c, "true"), (Pos){0});
    t->type = type_basic(c, TY_UNTYPED_BOOL);
    t->cval = const_bool(&ck->consts, true);
    t->universe = true;
    t->state = 2;
    scope_insert(c, u, t);
    Sym *f = sym_new(c, SYM_CONST, intern_cstr(c, "false"), (Pos){0});
    f->type = type_basic(c, TY_UNTYPED_BOOL);
    f->cval = const_bool(&ck->consts, false);
    f->universe = true;
    f->state = 2;
    scope_insert(c, u, f);
    Sym *iota = sym_new(c, SYM_CONST, intern_cstr(c, "iota"), (Pos){0});
    iota->type = type_basic(c, TY_UNTYPED_INT);
    iota->universe = true;
    iota->state = 2;
    scope_insert(c, u, iota);
    Sym *nil = sym_new(c, SYM_NIL, intern_cstr(c, "nil"), (Pos){0});
    nil->type = type_basic(c, TY_UNTYPED_NIL);
    nil->universe = true;
    nil->state = 2;
    scope_insert(c, u, nil);

    static const struct {
        const char *name;
        Builtin id;
    } builtins[] = {
        {"append", BI_APPEND}, {"cap", BI_CAP},       {"clear", BI_CLEAR},
        {"close", BI_CLOSE},   {"complex", BI_COMPLEX}, {"copy", BI_COPY},
        {"delete", BI_DELETE}, {"imag", BI_IMAG},     {"len", BI_LEN},
        {"make", BI_MAKE},     {"max", BI_MAX},       {"min", BI_MIN},
        {"new", BI_NEW},       {"panic", BI_PANIC},   {"print", BI_PRINT},
        {"println", BI_PRINTLN}, {"real", BI_REAL},   {"recover", BI_RECOVER},
    };
    for (size_t i = 0; i < ARRAY_LEN(builtins); i++) {
        Sym *b = sym_new(c, SYM_BUILTIN, intern_cstr(c, builtins[i].name), (Pos){0});
        b->builtin = (uint8_t)builtins[i].id;
        b->universe = true;
        b->state = 2;
        scope_insert(c, u, b);
        ck->builtin_syms[builtins[i].id] = b;
    }
}

/* ---- Packages ---- */

static Package *find_package(Compiler *c, const char *path)
{
    CheckState *ck = CK(c);
    for (int i = 0; i < ck->packages.len; i++)
        if (strcmp(ck->packages.items[i]->path, path) == 0)
            return ck->packages.items[i];
    return NULL;
}

/* Packages that are being loaded (for cycle detection) are kept in a small stack. */
static Package *new_package(Compiler *c, const char *path)
{
    Package *p = ARENA_NEW(&c->arena, Package);
    p->path = intern_cstr(c, path);
    const char *slash = strrchr(path, '/');
    p->name = intern_cstr(c, slash ? slash + 1 : path);
    p->scope = scope_new(c, CK(c)->universe, true);
    VEC_PUSH(CK(c)->all_scopes, p->scope);
    return p;
}

static void collect_objects(Compiler *c, Package *pkg);
static void check_package(Compiler *c, Package *pkg);

Package *check_import(Compiler *c, const char *path, Pos pos)
{
    CheckState *ck = CK(c);
    Package *p = find_package(c, path);
    if (p) {
        if (p->checking) {
            diag_error(c, pos, "import cycle not allowed");
            return NULL;
        }
        return p;
    }
    if (!ck->opts.load_package)
        return NULL;
    size_t len = 0;
    const char *fname = NULL;
    const char *src = ck->opts.load_package(ck->opts.ctx, path, &len, &fname);
    if (!src)
        return NULL;
    p = new_package(c, path);
    int file = compiler_add_borrowed_file(c, fname ? fname : path, src, len);
    int errors_before = c->nerrors;
    p->lazy = !ck->opts.eager_imports;
    Node *root = parse_file(c, file, p->lazy);
    VEC_PUSH(p->files, root);
    if (root->u.file.package && root->u.file.package->u.ident.name)
        p->name = root->u.file.package->u.ident.name;
    if (c->nerrors > errors_before) {
        VEC_FREE(p->files);
        return NULL;
    }
    /* checking a package is re-entrant: save the importer's state */
    Package *saved_pkg = ck->pkg;
    Scope *saved_scope = ck->scope;
    FuncInfo *saved_func = ck->func;
    Sym *saved_decl = ck->decl_obj;
    int64_t saved_iota = ck->iota;
    ck->func = NULL;
    ck->decl_obj = NULL;
    ck->iota = -1;
    check_package(c, p);
    ck->pkg = saved_pkg;
    ck->scope = saved_scope;
    ck->func = saved_func;
    ck->decl_obj = saved_decl;
    ck->iota = saved_iota;
    return p;
}

/* file_scope returns the import scope of file [f] (created on first use). */
static Scope *file_scope_of(Compiler *c, Package *pkg, Node *f)
{
    (void)pkg;
    return f->u.file.package ? (Scope *)f->u.file.package->cval : NULL;
}

static void declare_imports(Compiler *c, Package *pkg, Node *file, Scope *fs)
{
    for (int i = 0; i < file->u.file.decls.len; i++) {
        Node *d = file->u.file.decls.items[i];
        if (d->kind != N_GENDECL || d->u.gendecl.tok != TOK_IMPORT)
            continue;
        for (int j = 0; j < d->u.gendecl.specs.len; j++) {
            Node *spec = d->u.gendecl.specs.items[j];
            Node *pathlit = spec->u.importspec.path;
            StrBuf b = {0};
            if (!pathlit || !lit_unquote_string(pathlit->u.lit.raw, pathlit->u.lit.len, &b)) {
                strbuf_free(&b);
                continue;
            }
            const char *path = intern_cstr(c, strbuf_cstr(&b));
            strbuf_free(&b);
            Package *imp = check_import(c, path, pathlit->pos);
            if (!imp) {
                if (!c->nerrors || !find_package(c, path))
                    diag_error(c, pathlit->pos, "package %s is not in std", path);
                continue;
            }
            bool dup = false;
            for (int k = 0; k < pkg->imports.len; k++)
                dup |= pkg->imports.items[k] == imp;
            if (!dup)
                VEC_PUSH(pkg->imports, imp);
            Node *name = spec->u.importspec.name;
            const char *local = name ? name->u.ident.name : imp->name;
            if (local == c->name_blank)
                continue;
            if (local == intern_cstr(c, ".")) {
                diag_error(c, name->pos, "dot imports are not supported");
                continue;
            }
            Sym *s = sym_new(c, SYM_PKG, local, name ? name->pos : pathlit->pos);
            s->imported = imp;
            s->decl = spec;
            s->pkg = pkg;
            s->state = 2;
            Sym *old = scope_insert(c, fs, s);
            if (old)
                diag_error(c, s->pos, "%s redeclared in this block", local);
        }
    }
}

static Sym *declare_pkg_obj(Compiler *c, Package *pkg, SymKind kind, Node *name, Node *decl)
{
    Sym *s = sym_new(c, kind, name->u.ident.name, name->pos);
    s->pkg = pkg;
    s->decl = decl;
    s->order = pkg->objects.len;
    name->u.ident.sym = s;
    if (kind == SYM_VAR)
        s->is_global = true;
    VEC_PUSH(pkg->objects, s);
    if (s->name != c->name_blank)
        check_declare(c, pkg->scope, s);
    return s;
}

/* collect_gendecl declares the objects of a package-level const, var or type declaration. */
static void collect_gendecl(Compiler *c, Package *pkg, Node *d)
{
    int tok = d->u.gendecl.tok;
    Node *prev_const = NULL;
    for (int j = 0; j < d->u.gendecl.specs.len; j++) {
        Node *spec = d->u.gendecl.specs.items[j];
        if (tok == TOK_CONST) {
            if (spec->u.valuespec.type || spec->u.valuespec.values.len)
                prev_const = spec;
            for (int k = 0; k < spec->u.valuespec.names.len; k++) {
                Sym *s = declare_pkg_obj(c, pkg, SYM_CONST, spec->u.valuespec.names.items[k],
                                         spec);
                s->init_index = k;
                s->init = prev_const; /* the spec supplying type and values */
            }
        } else if (tok == TOK_VAR) {
            for (int k = 0; k < spec->u.valuespec.names.len; k++) {
                Sym *s = declare_pkg_obj(c, pkg, SYM_VAR, spec->u.valuespec.names.items[k], spec);
                s->init_index = k;
            }
        } else if (tok == TOK_TYPE) {
            Sym *s = declare_pkg_obj(c, pkg, SYM_TYPE, spec->u.typespec.name, spec);
            if (!spec->u.typespec.alias) {
                s->type = type_named(c, s);
                VEC_PUSH(CK(c)->named_types, s->type);
            }
        }
    }
}

static void collect_objects(Compiler *c, Package *pkg)
{
    CheckState *ck = CK(c);
    for (int fi = 0; fi < pkg->files.len; fi++) {
        Node *file = pkg->files.items[fi];
        Scope *fs = scope_new(c, pkg->scope, true);
        VEC_PUSH(ck->all_scopes, fs);
        /* the file scope hangs off the package clause node (or a synthesized holder) */
        if (!file->u.file.package)
            file->u.file.package = ast_ident(c, file->pos, "main", 4);
        file->u.file.package->cval = (ConstVal *)fs;
        declare_imports(c, pkg, file, fs);
        for (int i = 0; i < file->u.file.decls.len; i++) {
            Node *d = file->u.file.decls.items[i];
            if (d->kind == N_GENDECL) {
                if (d->u.gendecl.tok == TOK_IMPORT)
                    continue;
                if (pkg->script && d->u.gendecl.tok == TOK_VAR)
                    continue; /* script variables are statements (declared when reached) */
                collect_gendecl(c, pkg, d);
            } else if (d->kind == N_FUNCDECL) {
                Node *name = d->u.funcdecl.name;
                if (d->u.funcdecl.type && d->u.funcdecl.type->u.functype.typeparams.len) {
                    /* reported at the '[' after the name; the function is left out */
                    Pos at = name->pos;
                    at.col += (int32_t)strlen(name->u.ident.name);
                    diag_error(c, at, "generic functions are not supported in Gale yet");
                    Sym *s = declare_pkg_obj(c, pkg, SYM_FUNC, name, d);
                    s->state = 2; /* no type: uses are silently invalid */
                    d->u.funcdecl.sym = s;
                    continue;
                }
                if (d->u.funcdecl.recv.len) {
                    Sym *s = sym_new(c, SYM_FUNC, name->u.ident.name, name->pos);
                    s->pkg = pkg;
                    s->decl = d;
                    s->is_method = true;
                    s->order = pkg->objects.len;
                    name->u.ident.sym = s;
                    d->u.funcdecl.sym = s;
                    VEC_PUSH(pkg->objects, s);
                    continue;
                }
                if (name->u.ident.name == intern_cstr(c, "init")) {
                    Sym *s = sym_new(c, SYM_FUNC, name->u.ident.name, name->pos);
                    s->pkg = pkg;
                    s->decl = d;
                    s->is_init = true;
                    name->u.ident.sym = s;
                    d->u.funcdecl.sym = s;
                    if (d->u.funcdecl.type->u.functype.params.len ||
                        d->u.funcdecl.type->u.functype.results.len)
                        diag_error(c, name->pos, "func init must have no arguments and no return values");
                    VEC_PUSH(pkg->init_funcs, d);
                    VEC_PUSH(pkg->objects, s);
                    continue;
                }
                Sym *s = declare_pkg_obj(c, pkg, SYM_FUNC, name, d);
                d->u.funcdecl.sym = s;
                if (!d->u.funcdecl.body)
                    s->native = true;
            }
        }
    }
}

/* ---- Initialization order ---- */

static bool depends_on(Sym *from, Sym *target, Sym **stack, int depth)
{
    if (depth > 4096)
        return false;
    for (int i = 0; i < depth; i++)
        if (stack[i] == from)
            return false;
    stack[depth] = from;
    for (int i = 0; i < from->deps.len; i++) {
        Sym *d = from->deps.items[i];
        if (d == target)
            return true;
        if (d->kind == SYM_FUNC && depends_on(d, target, stack, depth + 1))
            return true;
    }
    return false;
}

/* var_deps collects the package variables [v] depends on, through functions. */
static void var_deps(Sym *v, SymVec *out, SymVec *seen)
{
    for (int i = 0; i < v->deps.len; i++) {
        Sym *d = v->deps.items[i];
        bool was = false;
        for (int j = 0; j < seen->len; j++)
            was |= seen->items[j] == d;
        if (was)
            continue;
        VEC_PUSH(*seen, d);
        if (d->kind == SYM_VAR)
            VEC_PUSH(*out, d);
        else if (d->kind == SYM_FUNC)
            var_deps(d, out, seen);
    }
}

typedef struct SymIndex {
    const Sym *sym;
    int index;
} SymIndex;

static int cmp_sym_index(const void *a, const void *b)
{
    uintptr_t x = (uintptr_t)((const SymIndex *)a)->sym, y = (uintptr_t)((const SymIndex *)b)->sym;
    return x < y ? -1 : x > y;
}

/* var_index returns [d]'s position among the package's variables ([byptr], sorted by
 * address), or -1 when [d] is not one of them. */
static int var_index(const SymIndex *byptr, int n, const Sym *d)
{
    int lo = 0, hi = n;
    while (lo < hi) {
        int mid = (lo + hi) / 2;
        if ((uintptr_t)byptr[mid].sym < (uintptr_t)d)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < n && byptr[lo].sym == d ? byptr[lo].index : -1;
}

/* compute_init_order orders the package's variables as Go does: repeatedly the earliest
 * variable in declaration order whose dependencies are all initialized. Dependencies are
 * resolved to indexes once, so a package of a few hundred variables (unicode's tables)
 * costs microseconds, not the cubic search it used to. */
static void compute_init_order(Compiler *c, Package *pkg)
{
    VEC(Sym *) vars = {0};
    for (int i = 0; i < pkg->objects.len; i++)
        if (pkg->objects.items[i]->kind == SYM_VAR)
            VEC_PUSH(vars, pkg->objects.items[i]);
    int n = vars.len;
    bool *done = xcalloc((size_t)(n ? n : 1), 1);
    SymIndex *byptr = xcalloc((size_t)(n ? n : 1), sizeof(*byptr));
    for (int i = 0; i < n; i++)
        byptr[i] = (SymIndex){vars.items[i], i};
    qsort(byptr, (size_t)n, sizeof(*byptr), cmp_sym_index);
    /* dependency lists (variables only, transitively through functions), as indexes of the
     * variables that must come first */
    VEC(int) *deps = xcalloc((size_t)(n ? n : 1), sizeof(*deps));
    for (int i = 0; i < n; i++) {
        SymVec syms = {0}, seen = {0};
        var_deps(vars.items[i], &syms, &seen);
        for (int j = 0; j < syms.len; j++) {
            Sym *d = syms.items[j];
            if (d == vars.items[i])
                continue;
            /* a variable of the same multi-value spec is initialized together */
            if (d->decl == vars.items[i]->decl && d->decl &&
                d->decl->u.valuespec.values.len == 1 && d->decl->u.valuespec.names.len > 1)
                continue;
            int k = var_index(byptr, n, d);
            if (k >= 0)
                VEC_PUSH(deps[i], k);
        }
        VEC_FREE(syms);
        VEC_FREE(seen);
    }
    int emitted = 0, first = 0;
    while (emitted < n) {
        int pick = -1;
        while (first < n && done[first])
            first++;
        for (int i = first; i < n && pick < 0; i++) {
            if (done[i])
                continue;
            bool ready = true;
            for (int j = 0; j < deps[i].len && ready; j++)
                ready = done[deps[i].items[j]];
            if (ready)
                pick = i;
        }
        if (pick < 0) {
            /* a cycle: report at the first remaining variable */
            for (int i = 0; i < n; i++)
                if (!done[i]) {
                    Sym *stack[4097];
                    if (depends_on(vars.items[i], vars.items[i], stack, 0))
                        diag_error(c, vars.items[i]->pos, "initialization cycle or invalid recursive reference");
                    pick = i;
                    break;
                }
        }
        done[pick] = true;
        emitted++;
        VEC_PUSH(pkg->var_order, vars.items[pick]);
    }
    for (int i = 0; i < n; i++)
        VEC_FREE(deps[i]);
    free(deps);
    free(byptr);
    free(done);
    VEC_FREE(vars);
}

/* ---- Unused names ---- */

static int cmp_sym_pos(const void *a, const void *b)
{
    const Sym *x = *(Sym *const *)a, *y = *(Sym *const *)b;
    if (x->pos.line != y->pos.line)
        return x->pos.line - y->pos.line;
    return x->pos.col - y->pos.col;
}

static void collect_unused(Compiler *c, FuncInfo *fi, SymVec *out)
{
    for (int i = 0; i < fi->locals.len; i++) {
        Sym *v = fi->locals.items[i];
        if (v->kind == SYM_VAR && !v->used && !v->is_param && !v->is_result && !v->is_global &&
            v->name != c->name_blank)
            VEC_PUSH(*out, v);
    }
}

/* check_report_unused_func reports the unused variables of a declared function and of the
 * literals nested in it, sorted by position, as Go does at the end of each function. */
void check_report_unused_func(Compiler *c, FuncInfo *fi)
{
    SymVec unused = {0};
    collect_unused(c, fi, &unused);
    /* the function literals nested in fi, at any depth */
    NodeVec work = {0};
    for (int i = 0; i < fi->literals.len; i++)
        VEC_PUSH(work, fi->literals.items[i]);
    while (work.len) {
        Node *lit = work.items[--work.len];
        FuncInfo *f = lit->u.funclit.chk;
        if (!f)
            continue;
        collect_unused(c, f, &unused);
        for (int i = 0; i < f->literals.len; i++)
            VEC_PUSH(work, f->literals.items[i]);
    }
    VEC_FREE(work);
    if (unused.len > 1)
        qsort(unused.items, (size_t)unused.len, sizeof(Sym *), cmp_sym_pos);
    for (int i = 0; i < unused.len; i++)
        diag_error(c, unused.items[i]->pos, "declared and not used: %s", unused.items[i]->name);
    VEC_FREE(unused);
}

static void report_unused_imports(Compiler *c, Package *pkg)
{
    if (pkg->lazy)
        return; /* unreached bodies may be the only users of an import */
    for (int fi = 0; fi < pkg->files.len; fi++) {
        Node *file = pkg->files.items[fi];
        Scope *fs = file_scope_of(c, pkg, file);
        if (!fs)
            continue;
        for (int i = 0; i < fs->syms.len; i++) {
            Sym *s = fs->syms.items[i];
            if (s->kind != SYM_PKG || s->used)
                continue;
            Node *spec = s->decl;
            if (spec->u.importspec.name)
                diag_error(c, spec->u.importspec.path->pos, "\"%s\" imported as %s and not used",
                           s->imported->path, s->name);
            else
                diag_error(c, spec->u.importspec.path->pos, "\"%s\" imported and not used",
                           s->imported->path);
        }
    }
}

/* ---- Checking a package ---- */

static void check_method_decl(Compiler *c, Sym *m);
static void check_script_body(Compiler *c, Package *pkg);

static void check_package(Compiler *c, Package *pkg)
{
    CheckState *ck = CK(c);
    pkg->checking = true;
    VEC_PUSH(ck->packages, pkg);
    ck->pkg = pkg;
    ck->scope = pkg->scope;
    collect_objects(c, pkg);
    ck->pkg = pkg;
    check_attach_methods(c, pkg);
    /* resolve package-level objects in source order; function bodies are delayed */
    for (int i = 0; i < pkg->objects.len; i++) {
        Sym *s = pkg->objects.items[i];
        if (s->is_method)
            continue;
        check_obj(c, s);
    }
    for (int i = 0; i < pkg->objects.len; i++) {
        Sym *s = pkg->objects.items[i];
        if (s->is_method)
            check_method_decl(c, s);
    }
    if (pkg->script)
        check_script_body(c, pkg);
    check_package_body(c, pkg);
    check_reached_bodies(c); /* before the initialization order, which their uses affect */
    if (pkg->files.len) {
        Node *main = NULL;
        if (strcmp(pkg->path, "main") == 0 && !pkg->script) {
            Sym *m = scope_lookup_local(pkg->scope, intern_cstr(c, "main"));
            if (!m || m->kind != SYM_FUNC)
                diag_error(c, (Pos){0, 0, 0}, "function main is undeclared in the main package");
            else
                main = m->decl;
        }
        (void)main;
    }
    report_unused_imports(c, pkg);
    compute_init_order(c, pkg);
    pkg->checking = false;
    pkg->checked = true;
    pkg->index = ck->init_order.len;
    VEC_PUSH(ck->init_order, pkg); /* after its imports: dependencies first */
}

/* check_script_body checks the top-level statements of a script (everything but hoisted
 * declarations: functions, methods, types, constants and imports) as the body of main. */
static void check_script_body(Compiler *c, Package *pkg)
{
    CheckState *ck = CK(c);
    Node *file = pkg->files.items[0];
    Node *body = ast_node(c, N_BLOCK, file->pos);
    for (int i = 0; i < file->u.file.decls.len; i++) {
        Node *d = file->u.file.decls.items[i];
        if (d->kind == N_FUNCDECL)
            continue;
        if (d->kind == N_GENDECL && d->u.gendecl.tok != TOK_VAR)
            continue;
        ast_list_push(c, &body->u.block.stmts, d);
    }
    FuncInfo *fi = ARENA_NEW(&c->arena, FuncInfo);
    VEC_PUSH(ck->funcs, fi);
    fi->decl = body;
    fi->is_script = true;
    fi->name = arena_sprintf(&c->arena, "%s.main", pkg->path);
    fi->sig = type_func(c, NULL, 0, NULL, 0, false);
    Sym *s = sym_new(c, SYM_FUNC, intern_cstr(c, "main"), file->pos);
    s->pkg = pkg;
    s->info = fi;
    s->type = fi->sig;
    s->state = 2;
    fi->sym = s;
    pkg->script_body = fi;
    check_func_body(c, fi, body);
}

/* check_method_decl resolves a method's receiver and signature and attaches it to its base
 * type (bodies are checked later with the other delayed bodies). */
static void check_method_decl(Compiler *c, Sym *m)
{
    if (m->state == 2)
        return;
    check_obj(c, m);
}

void check_package_body(Compiler *c, Package *pkg)
{
    CheckState *ck = CK(c);
    /* delayed function bodies, in source order */
    for (int i = 0; i < ck->delayed.len; i++) {
        Node *d = ck->delayed.items[i];
        if (!d)
            continue;
        FuncInfo *fi = (FuncInfo *)d->cval;
        if (!fi || fi->sym->pkg != pkg)
            continue;
        ck->delayed.items[i] = NULL;
        check_func_body(c, fi, d->u.funcdecl.body);
    }
}

/* ---- Entry point ---- */

/* check_program type-checks the main file [file] and its imports; the main package becomes the
 * last entry of CheckState.packages. */
void check_program(Compiler *c, int file, Node *root, const CompileOptions *opts);
void check_program(Compiler *c, int file, Node *root, const CompileOptions *opts)
{
    (void)file;
    CheckState *ck = ARENA_NEW(&c->arena, CheckState);
    c->check = ck;
    ck->consts.arena = &c->arena;
    ck->iota = -1;
    if (opts)
        ck->opts = *opts;
    types_init(c);
    universe_init(c);
    /* the runtime package is always present: the VM builds runtime errors from its types */
    if (opts && opts->load_package)
        check_import(c, "runtime", root->pos);
    if (c->nerrors)
        return;
    Package *main = new_package(c, "main");
    main->name = intern_cstr(c, "main");
    main->script = root->u.file.package == NULL;
    VEC_PUSH(main->files, root);
    check_package(c, main);
}

void check_free(Compiler *c)
{
    CheckState *ck = CK(c);
    if (!ck)
        return;
    for (int i = 0; i < ck->all_scopes.len; i++) {
        Scope *s = ck->all_scopes.items[i];
        free(s->table);
        VEC_FREE(s->syms);
    }
    VEC_FREE(ck->all_scopes);
    for (int i = 0; i < ck->named_types.len; i++)
        VEC_FREE(ck->named_types.items[i]->decl_methods);
    VEC_FREE(ck->named_types);
    for (int i = 0; i < ck->packages.len; i++) {
        Package *p = ck->packages.items[i];
        VEC_FREE(p->files);
        for (int j = 0; j < p->objects.len; j++)
            VEC_FREE(p->objects.items[j]->deps);
        VEC_FREE(p->objects);
        for (int j = 0; j < p->script_vars.len; j++)
            VEC_FREE(p->script_vars.items[j]->deps);
        VEC_FREE(p->script_vars);
        VEC_FREE(p->var_order);
        VEC_FREE(p->init_funcs);
        VEC_FREE(p->imports);
    }
    VEC_FREE(ck->packages);
    VEC_FREE(ck->init_order);
    for (int i = 0; i < ck->funcs.len; i++) {
        FuncInfo *fi = ck->funcs.items[i];
        if (fi->sym)
            VEC_FREE(fi->sym->deps); /* script bodies' symbols are in no package list */
        VEC_FREE(fi->params);
        VEC_FREE(fi->results);
        VEC_FREE(fi->captures);
        VEC_FREE(fi->locals);
        VEC_FREE(fi->literals);
    }
    VEC_FREE(ck->funcs);
    VEC_FREE(ck->delayed);
    VEC_FREE(ck->reached);
    VEC_FREE(ck->labels);
    VEC_FREE(ck->breakable);
    const_arena_free(&ck->consts);
    c->check = NULL;
}
