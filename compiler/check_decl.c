/*
 * check_decl.c — declarations: package-level objects (lazily, with cycle detection),
 * constant/variable/type specs (also local ones), type expressions, function signatures and
 * function bodies.
 *
 * check_obj resolves one package-level object in the scope of its file, saving and restoring
 * the checker's context, because resolution can start from the middle of another declaration
 * (a constant used in an array length, a type used in a signature). Sym.state guards against
 * cycles: a type that refers to itself through a pointer is fine (its TY_NAMED exists from
 * collection on), one that contains itself by value is "invalid recursive type".
 */
#include "compiler/check.h"

#include <stdlib.h>
#include <string.h>

static Scope *package_file_scope(Package *pkg)
{
    if (pkg->files.len && pkg->files.items[0]->u.file.package)
        return (Scope *)pkg->files.items[0]->u.file.package->cval;
    return pkg->scope;
}

static FuncInfo *new_func_info(Compiler *c, Node *decl, Sym *sym)
{
    FuncInfo *fi = ARENA_NEW(&c->arena, FuncInfo);
    fi->decl = decl;
    fi->sym = sym;
    VEC_PUSH(CK(c)->funcs, fi);
    return fi;
}

/* delay_body schedules the body of function or method [sym] (declaration [d]) to be checked
 * after the package-level declarations or, in a lazy package, marks it unreached: nothing
 * refers to it yet (check_reach, gen_proto_for). init is never lazy: parse_file parses its
 * body. */
static void delay_body(Compiler *c, Sym *sym, Node *d, FuncInfo *fi)
{
    Node *body = d->u.funcdecl.body;
    if (sym->pkg->lazy && (!body || body->u.block.lazy))
        fi->unreached = true;
    else if (body)
        VEC_PUSH(CK(c)->delayed, d);
}

/* ---- Cycle check for types containing themselves by value ---- */

static bool contains_by_value(Type *t, Type *target, int depth)
{
    if (!t || depth > 100)
        return false;
    if (t == target)
        return true;
    if (t->kind == TY_NAMED) {
        if (!t->underlying)
            return false;
        return contains_by_value(t->underlying, target, depth + 1);
    }
    if (t->kind == TY_ARRAY)
        return contains_by_value(t->elem, target, depth + 1);
    if (t->kind == TY_STRUCT)
        for (int i = 0; i < t->nfields; i++)
            if (contains_by_value(t->fields[i].type, target, depth + 1))
                return true;
    return false;
}

/* ---- Package-level objects ---- */

static void resolve_method_signature(Compiler *c, Sym *m);

void check_obj(Compiler *c, Sym *sym)
{
    CheckState *ck = CK(c);
    if (sym->state == 2 || sym->universe)
        return;
    if (sym->state == 1) {
        if (sym->kind == SYM_TYPE) {
            /* a reference through the type's own declaration: legal unless by value, which
             * resolution of the declaration reports */
            return;
        }
        if (sym->kind == SYM_FUNC)
            return; /* recursion through a function's signature is resolved already */
        diag_error(c, sym->pos, "initialization cycle or invalid recursive reference to %s",
                   sym->name);
        sym->type = NULL;
        return;
    }
    sym->state = 1;
    Package *saved_pkg = ck->pkg;
    Scope *saved_scope = ck->scope;
    FuncInfo *saved_func = ck->func;
    Sym *saved_decl = ck->decl_obj;
    int64_t saved_iota = ck->iota;
    ck->pkg = sym->pkg;
    ck->scope = package_file_scope(sym->pkg);
    ck->func = NULL;
    ck->iota = -1;
    switch (sym->kind) {
    case SYM_CONST: {
        ck->decl_obj = NULL;
        Node *spec = sym->decl;
        check_const_spec(c, spec, sym->init, false);
        break;
    }
    case SYM_VAR:
        ck->decl_obj = sym;
        check_var_spec(c, sym->decl, false);
        break;
    case SYM_TYPE:
        ck->decl_obj = NULL;
        check_type_spec(c, sym->decl, false);
        break;
    case SYM_FUNC:
        ck->decl_obj = sym;
        if (sym->is_method) {
            resolve_method_signature(c, sym);
        } else {
            Node *d = sym->decl;
            FuncInfo *fi = new_func_info(c, d, sym);
            sym->info = fi;
            fi->name = arena_concat(&c->arena, sym->pkg->path, ".", sym->name, NULL);
            sym->type = check_signature(c, d->u.funcdecl.type, NULL, fi, false);
            delay_body(c, sym, d, fi);
            d->cval = (ConstVal *)fi;
        }
        break;
    default:
        break;
    }
    sym->state = 2;
    ck->pkg = saved_pkg;
    ck->scope = saved_scope;
    ck->func = saved_func;
    ck->decl_obj = saved_decl;
    ck->iota = saved_iota;
}

/* receiver_base returns the named type a receiver type expression names (T or *T). */
static Sym *receiver_base(Compiler *c, Node *texpr, bool *ptr)
{
    *ptr = false;
    while (texpr && texpr->kind == N_PAREN)
        texpr = texpr->u.paren.x;
    if (texpr && texpr->kind == N_STAR) {
        *ptr = true;
        texpr = texpr->u.star.x;
        while (texpr && texpr->kind == N_PAREN)
            texpr = texpr->u.paren.x;
    }
    if (texpr && texpr->kind == N_INDEX) {
        diag_error(c, check_start_pos(texpr), "generic types are not supported in Gale yet");
        return NULL;
    }
    if (!texpr || texpr->kind != N_IDENT)
        return NULL;
    Sym *s = scope_lookup(CK(c)->pkg->scope, texpr->u.ident.name);
    return s;
}

/* check_collect_methods attaches the methods declared for the named type [named]. Methods are
 * found by their receiver's base type name, so they are known before any signature is
 * resolved. */
void check_collect_methods(Compiler *c, Type *named)
{
    (void)c;
    (void)named;
}

static void attach_methods(Compiler *c, Package *pkg)
{
    for (int i = 0; i < pkg->objects.len; i++) {
        Sym *m = pkg->objects.items[i];
        if (!m->is_method || m->recv_named)
            continue;
        Node *d = m->decl;
        Node *recv = d->u.funcdecl.recv.items[0];
        bool ptr;
        Sym *base = receiver_base(c, recv->u.field.type, &ptr);
        m->ptr_recv = ptr;
        if (!base || base->kind != SYM_TYPE || !base->type || base->type->kind != TY_NAMED ||
            base->pkg != pkg) {
            continue; /* reported when the signature is resolved */
        }
        m->recv_named = base->type;
        Type *t = base->type;
        bool dup = false;
        for (int j = 0; j < t->decl_methods.len; j++)
            if (t->decl_methods.items[j]->name == m->name && m->name != c->name_blank) {
                diag_error(c, m->pos, "method %s.%s already declared at %s:%d:%d", base->name,
                           m->name, c->files.items[t->decl_methods.items[j]->pos.file].name,
                           t->decl_methods.items[j]->pos.line,
                           t->decl_methods.items[j]->pos.col);
                dup = true;
            }
        if (!dup)
            VEC_PUSH(t->decl_methods, m);
    }
}

/* check_attach_methods is called once per package after collection. */
void check_attach_methods(Compiler *c, Package *pkg);
void check_attach_methods(Compiler *c, Package *pkg)
{
    attach_methods(c, pkg);
}

static void resolve_method_signature(Compiler *c, Sym *m)
{
    Node *d = m->decl;
    FuncInfo *fi = new_func_info(c, d, m);
    m->info = fi;
    Node *recv = d->u.funcdecl.recv.items[0];
    bool ptr;
    Sym *base = receiver_base(c, recv->u.field.type, &ptr);
    const char *tname = base ? base->name : "?";
    fi->name = ptr ? arena_concat(&c->arena, m->pkg->path, ".(*", tname, ").", m->name, NULL)
                   : arena_concat(&c->arena, m->pkg->path, ".", tname, ".", m->name, NULL);
    m->type = check_signature(c, d->u.funcdecl.type, recv, fi, false);
    if (d->u.funcdecl.recv.len > 1)
        diag_error(c, check_start_pos(d->u.funcdecl.recv.items[1]), "method has multiple receivers");
    if (!base || base->kind != SYM_TYPE) {
        if (recv->u.field.type)
            diag_error(c, check_start_pos(recv->u.field.type), "undefined: %s",
                       recv->u.field.type->kind == N_IDENT ? recv->u.field.type->u.ident.name
                                                           : "receiver");
    } else if (!m->recv_named) {
        Type *t = base->type;
        if (base->universe || !t || t->kind != TY_NAMED)
            diag_error(c, recv->u.field.names.len ? recv->u.field.names.items[0]->pos
                                                  : check_start_pos(recv->u.field.type),
                       "cannot define new methods on non-local type %s",
                       t ? type_string(c, t) : tname);
    } else {
        check_obj(c, base);
        Type *u = type_under(m->recv_named);
        if (u && (u->kind == TY_POINTER || u->kind == TY_INTERFACE))
            diag_error(c, check_start_pos(recv->u.field.type), "invalid receiver type %s (pointer or interface type)",
                       tname);
        /* a method name must not clash with a field name */
        if (u && u->kind == TY_STRUCT)
            for (int i = 0; i < u->nfields; i++)
                if (u->fields[i].name == m->name)
                    diag_error(c, m->pos, "field and method with the same name %s", m->name);
    }
    delay_body(c, m, d, fi);
    d->cval = (ConstVal *)fi;
}

/* ---- Specs ---- */

void check_const_spec(Compiler *c, Node *spec, Node *src, bool local)
{
    CheckState *ck = CK(c);
    if (!src)
        src = spec;
    int64_t saved_iota = ck->iota;
    ck->iota = spec->u.valuespec.iota;
    Type *t = NULL;
    if (src->u.valuespec.type) {
        t = check_type_expr(c, src->u.valuespec.type);
        Type *u = type_under(t);
        if (t && u && !(u->kind >= TY_BOOL && u->kind <= TY_STRING)) {
            diag_error(c, check_start_pos(src->u.valuespec.type), "invalid constant type %s",
                       type_string(c, t));
            t = NULL;
        }
    }
    NodeList *names = &spec->u.valuespec.names;
    NodeList *values = &src->u.valuespec.values;
    for (int i = 0; i < names->len; i++) {
        Node *name = names->items[i];
        Sym *sym = name->u.ident.sym;
        if (!sym) {
            sym = sym_new(c, SYM_CONST, name->u.ident.name, name->pos);
            sym->pkg = ck->pkg;
            name->u.ident.sym = sym;
        }
        if (i >= values->len) {
            if (i == values->len)
                diag_error(c, name->pos, "missing init expr for %s", name->u.ident.name);
            sym->type = NULL;
            sym->state = 2;
            continue;
        }
        Node *v = values->items[i];
        check_expr(c, v, NULL);
        if (v->mode != MODE_CONST) {
            if (v->mode != MODE_INVALID) {
                StrBuf b = {0};
                check_operand_string(c, &b, v);
                diag_error(c, check_start_pos(v), "%s is not constant", strbuf_cstr(&b));
                strbuf_free(&b);
            }
            sym->type = NULL;
            sym->state = 2;
            continue;
        }
        if (t) {
            if (!check_assignable(c, v, t, "constant declaration")) {
                sym->type = NULL;
                sym->state = 2;
                continue;
            }
        }
        sym->type = v->type;
        sym->cval = v->cval;
        sym->state = 2;
    }
    if (src == spec && values->len > names->len && names->len)
        diag_error(c, check_start_pos(values->items[names->len]), "extra init expr");
    if (local)
        for (int i = 0; i < names->len; i++) {
            Sym *s = names->items[i]->u.ident.sym;
            s->used = true;
            check_declare(c, ck->scope, s);
        }
    ck->iota = saved_iota;
}

/* assign_mismatch reports types2's assignError at the first value [rhs0]. */
static void assign_mismatch(Compiler *c, Pos pos, int nl, Node *rhs0, int nv)
{
    Node *call = rhs0 ? check_unparen(rhs0) : NULL;
    Pos at = rhs0 ? check_start_pos(rhs0) : pos;
    if (nv == 1 && call && call->kind == N_CALL) {
        StrBuf b = {0};
        expr_string(c, &b, call->u.call.fun);
        int n = call->type && call->type->kind == TY_TUPLE ? call->type->nresults : 1;
        diag_error(c, at, "assignment mismatch: %d variable%s but %s returns %d value%s", nl,
                   nl == 1 ? "" : "s", strbuf_cstr(&b), n, n == 1 ? "" : "s");
        strbuf_free(&b);
        return;
    }
    diag_error(c, at, "assignment mismatch: %d variable%s but %d value%s", nl, nl == 1 ? "" : "s",
               nv, nv == 1 ? "" : "s");
}

void check_var_spec(Compiler *c, Node *spec, bool local)
{
    CheckState *ck = CK(c);
    NodeList *names = &spec->u.valuespec.names;
    NodeList *values = &spec->u.valuespec.values;
    Type *t = NULL;
    if (spec->u.valuespec.type)
        t = check_type_expr(c, spec->u.valuespec.type);
    /* make sure every name has a symbol */
    for (int i = 0; i < names->len; i++) {
        Node *name = names->items[i];
        if (!name->u.ident.sym) {
            Sym *s = sym_new(c, SYM_VAR, name->u.ident.name, name->pos);
            s->pkg = ck->pkg;
            s->decl = name;
            name->u.ident.sym = s;
            if (ck->func) {
                s->owner = ck->func;
                if (ck->func->is_script && ck->scope->is_func) {
                    s->is_global = true;
                    VEC_PUSH(ck->pkg->script_vars, s);
                }
            }
        }
        names->items[i]->u.ident.sym->state = 1;
    }
    if (values->len == 0) {
        if (!t && spec->u.valuespec.type == NULL)
            diag_error(c, check_start_pos(spec), "missing type or init expr");
        for (int i = 0; i < names->len; i++)
            names->items[i]->u.ident.sym->type = t;
    } else if (values->len == names->len) {
        for (int i = 0; i < names->len; i++) {
            Node *v = values->items[i];
            Sym *s = names->items[i]->u.ident.sym;
            check_expr(c, v, t);
            if (v->mode == MODE_INVALID) {
                s->type = t;
                continue;
            }
            if (v->mode == MODE_NOVALUE) {
                diag_error(c, check_start_pos(v), "%s (no value) used as value",
                           arena_strndup(&c->arena, "f()", 3));
                s->type = t;
                continue;
            }
            if (v->mode == MODE_TYPE) {
                StrBuf b = {0};
                check_operand_string(c, &b, v);
                diag_error(c, check_start_pos(v), "%s (type) is not an expression", strbuf_cstr(&b));
                strbuf_free(&b);
                s->type = t;
                continue;
            }
            if (t) {
                check_assignable(c, v, t, "variable declaration");
                s->type = t;
            } else {
                if (v->type && v->type->kind == TY_UNTYPED_NIL) {
                    diag_error(c, check_start_pos(v), "use of untyped nil in variable declaration");
                    s->type = NULL;
                    continue;
                }
                if (v->type && v->type->kind == TY_TUPLE) {
                    assign_mismatch(c, names->items[0]->pos, names->len, v, 1);
                    s->type = NULL;
                    continue;
                }
                check_default_ctx(c, v, "variable declaration");
                s->type = v->type;
            }
        }
    } else if (values->len == 1) {
        Node *v = values->items[0];
        check_multi(c, v);
        Type *vt = v->type;
        if (v->mode == MODE_INVALID) {
            for (int i = 0; i < names->len; i++)
                names->items[i]->u.ident.sym->type = t;
        } else if (vt && vt->kind == TY_TUPLE && vt->nresults == names->len) {
            for (int i = 0; i < names->len; i++) {
                Sym *s = names->items[i]->u.ident.sym;
                Type *et = vt->results[i];
                if (t) {
                    /* assignability of each result */
                    Node tmp = *v;
                    tmp.type = et;
                    tmp.mode = MODE_VALUE;
                    check_assignable(c, &tmp, t, "variable declaration");
                    s->type = t;
                } else {
                    s->type = et;
                }
            }
        } else if (names->len == 2 && (v->mode == MODE_COMMAOK || v->mode == MODE_MAPINDEX)) {
            /* v, ok = m[k] / x.(T) / <-ch */
            Sym *s0 = names->items[0]->u.ident.sym, *s1 = names->items[1]->u.ident.sym;
            v->aux = 1; /* comma-ok form */
            if (t) {
                check_assignable(c, v, t, "variable declaration");
                s0->type = t;
                s1->type = t;
                /* ok is an untyped bool: a boolean type or an interface without methods
                 * takes it */
                bool takes_bool = type_is_boolean(t) ||
                                  (type_is_interface(t) && type_under(t)->nmethods == 0);
                if (!takes_bool)
                    diag_error(c, check_start_pos(names->items[1]), "cannot use ok (untyped bool value) as %s value in variable declaration",
                               type_string(c, t));
            } else {
                check_default(c, v);
                s0->type = v->type;
                s1->type = type_basic(c, TY_BOOL);
            }
        } else {
            assign_mismatch(c, names->items[0]->pos, names->len, v, 1);
            for (int i = 0; i < names->len; i++)
                names->items[i]->u.ident.sym->type = t;
        }
    } else {
        /* types2's arity check for declarations */
        if (values->len > names->len)
            diag_error(c, check_start_pos(values->items[names->len]), "extra init expr");
        else
            diag_error(c, names->items[values->len]->pos, "missing init expr for %s",
                       names->items[values->len]->u.ident.name);
        for (int i = 0; i < values->len; i++)
            check_expr(c, values->items[i], t);
        for (int i = 0; i < names->len; i++)
            names->items[i]->u.ident.sym->type = t;
    }
    for (int i = 0; i < names->len; i++)
        names->items[i]->u.ident.sym->state = 2;
    if (local) {
        for (int i = 0; i < names->len; i++) {
            Sym *s = names->items[i]->u.ident.sym;
            if (s->is_global) {
                if (s->name != c->name_blank) {
                    Sym *old = scope_insert(c, ck->pkg->scope, s);
                    if (old)
                        diag_error(c, s->pos, "%s redeclared in this block", s->name);
                }
                continue;
            }
            check_declare(c, ck->scope, s);
        }
    }
}

void check_type_spec(Compiler *c, Node *spec, bool local)
{
    CheckState *ck = CK(c);
    Node *name = spec->u.typespec.name;
    Sym *sym = name->u.ident.sym;
    if (spec->u.typespec.typeparams.len) {
        Pos at = name->pos;
        at.col += (int32_t)strlen(name->u.ident.name);
        diag_error(c, at, "generic types are not supported in Gale yet");
        if (sym) {
            sym->type = NULL;
            sym->state = 2;
        }
        return;
    }
    if (!sym) {
        sym = sym_new(c, SYM_TYPE, name->u.ident.name, name->pos);
        sym->pkg = ck->pkg;
        sym->decl = spec;
        name->u.ident.sym = sym;
        if (!spec->u.typespec.alias) {
            sym->type = type_named(c, sym);
            VEC_PUSH(ck->named_types, sym->type);
        }
        /* a local type is in scope in its own declaration (for recursive types) */
        check_declare(c, ck->scope, sym);
        sym->used = true;
    }
    sym->state = 1;
    if (spec->u.typespec.alias) {
        sym->type = check_type_expr(c, spec->u.typespec.type);
        sym->state = 2;
        return;
    }
    Type *t = sym->type;
    t->named_state = 1;
    Type *rhs = check_type_expr(c, spec->u.typespec.type);
    if (rhs) {
        if (rhs == t || (rhs->kind == TY_NAMED && !rhs->underlying)) {
            diag_error(c, check_start_pos(name), "invalid recursive type %s", sym->name);
            t->underlying = NULL;
        } else {
            t->underlying = type_under(rhs);
            if (t->underlying && contains_by_value(t->underlying, t, 0)) {
                diag_error(c, check_start_pos(name), "invalid recursive type %s", sym->name);
                t->underlying = NULL;
            }
        }
    }
    t->named_state = 2;
    sym->state = 2;
    (void)local;
}

/* ---- Type expressions ---- */

static Type *check_struct_type(Compiler *c, Node *n);
static Type *check_interface_type(Compiler *c, Node *n);

static int64_t check_array_len(Compiler *c, Node *len)
{
    check_expr(c, len, NULL);
    if (len->mode == MODE_INVALID)
        return -1;
    if (len->mode != MODE_CONST) {
        StrBuf b = {0};
        check_operand_string(c, &b, len);
        diag_error(c, check_start_pos(len), "array length %s must be constant", strbuf_cstr(&b));
        strbuf_free(&b);
        return -1;
    }
    if (type_is_untyped(len->type) && const_is_integral(len->cval)) {
        ConstVal *iv = const_to_int(&CK(c)->consts, len->cval);
        if (iv && const_sign(iv) >= 0 && const_fits_int(iv, 63, false))
            return const_get_int64(iv);
    } else if (type_is_integer(len->type) && len->cval->kind == CV_INT) {
        if (const_sign(len->cval) >= 0)
            return const_get_int64(len->cval);
    }
    StrBuf b = {0};
    check_operand_string(c, &b, len);
    if (type_is_integer(len->type) || (type_is_untyped(len->type) && type_is_numeric(len->type)))
        diag_error(c, check_start_pos(len), "invalid array length %s", strbuf_cstr(&b));
    else
        diag_error(c, check_start_pos(len), "array length %s must be integer", strbuf_cstr(&b));
    strbuf_free(&b);
    return -1;
}

Type *check_type_expr(Compiler *c, Node *n)
{
    if (!n)
        return NULL;
    switch (n->kind) {
    case N_PAREN: {
        Type *t = check_type_expr(c, n->u.paren.x);
        n->mode = t ? MODE_TYPE : MODE_INVALID;
        n->type = t;
        return t;
    }
    case N_IDENT:
    case N_SELECTOR:
        check_expr_or_type(c, n, NULL);
        if (n->mode == MODE_TYPE)
            return n->type;
        if (n->mode != MODE_INVALID) {
            StrBuf b = {0};
            check_operand_string(c, &b, n);
            diag_error(c, check_start_pos(n), "%s is not a type", strbuf_cstr(&b));
            strbuf_free(&b);
        }
        n->mode = MODE_INVALID;
        return NULL;
    case N_STAR: {
        Type *e = check_type_expr(c, n->u.star.x);
        if (!e)
            return NULL;
        n->mode = MODE_TYPE;
        n->type = type_pointer(c, e);
        return n->type;
    }
    case N_ARRAYTYPE: {
        if (!n->u.arraytype.len) {
            Type *e = check_type_expr(c, n->u.arraytype.elem);
            if (!e)
                return NULL;
            n->mode = MODE_TYPE;
            n->type = type_slice(c, e);
            return n->type;
        }
        if (n->u.arraytype.len->kind == N_ELLIPSIS) {
            diag_error(c, check_start_pos(n->u.arraytype.len),
                       "invalid use of [...] array (outside a composite literal)");
            check_type_expr(c, n->u.arraytype.elem);
            return NULL;
        }
        int64_t len = check_array_len(c, n->u.arraytype.len);
        Type *e = check_type_expr(c, n->u.arraytype.elem);
        if (!e || len < 0)
            return NULL;
        n->mode = MODE_TYPE;
        n->type = type_array(c, e, len);
        return n->type;
    }
    case N_MAPTYPE: {
        Type *k = check_type_expr(c, n->u.maptype.key);
        Type *v = check_type_expr(c, n->u.maptype.value);
        if (!k || !v)
            return NULL;
        Type *ku = type_under(k);
        if (ku && !type_comparable(k) && k->kind != TY_NAMED)
            diag_error(c, check_start_pos(n->u.maptype.key), "invalid map key type %s", type_string(c, k));
        else if (ku && !type_comparable(k))
            diag_error(c, check_start_pos(n->u.maptype.key), "invalid map key type %s", type_string(c, k));
        n->mode = MODE_TYPE;
        n->type = type_map(c, k, v);
        return n->type;
    }
    case N_CHANTYPE: {
        Type *e = check_type_expr(c, n->u.chantype.elem);
        if (!e)
            return NULL;
        n->mode = MODE_TYPE;
        n->type = type_chan(c, e, n->u.chantype.dir);
        return n->type;
    }
    case N_FUNCTYPE:
        n->type = check_signature(c, n, NULL, NULL, false);
        n->mode = n->type ? MODE_TYPE : MODE_INVALID;
        return n->type;
    case N_STRUCTTYPE:
        n->type = check_struct_type(c, n);
        n->mode = n->type ? MODE_TYPE : MODE_INVALID;
        return n->type;
    case N_INTERFACETYPE:
        n->type = check_interface_type(c, n);
        n->mode = n->type ? MODE_TYPE : MODE_INVALID;
        return n->type;
    case N_INDEX:
        diag_error(c, check_start_pos(n), "generic types are not supported in Gale yet");
        return NULL;
    case N_ELLIPSIS:
        diag_error(c, check_start_pos(n), "invalid use of ...");
        return NULL;
    default: {
        check_expr_or_type(c, n, NULL);
        if (n->mode == MODE_TYPE)
            return n->type;
        if (n->mode != MODE_INVALID) {
            StrBuf b = {0};
            check_operand_string(c, &b, n);
            diag_error(c, check_start_pos(n), "%s is not a type", strbuf_cstr(&b));
            strbuf_free(&b);
        }
        return NULL;
    }
    }
}

static const char *embedded_name(Node *t)
{
    while (t && (t->kind == N_PAREN || t->kind == N_STAR))
        t = t->kind == N_PAREN ? t->u.paren.x : t->u.star.x;
    if (!t)
        return NULL;
    if (t->kind == N_IDENT)
        return t->u.ident.name;
    if (t->kind == N_SELECTOR)
        return t->u.selector.sel->u.ident.name;
    return NULL;
}

static bool is_exported(const char *name)
{
    unsigned char ch = (unsigned char)name[0];
    return (ch >= 'A' && ch <= 'Z') || (ch >= 0x80 && ch != 0xc2); /* approx for Unicode */
}

static Type *check_struct_type(Compiler *c, Node *n)
{
    VEC(Field) fields = {0};
    bool ok = true;
    for (int i = 0; i < n->u.structtype.fields.len; i++) {
        Node *f = n->u.structtype.fields.items[i];
        Type *ft = check_type_expr(c, f->u.field.type);
        if (!ft)
            ok = false;
        const char *tag = NULL;
        if (f->u.field.tag) {
            StrBuf b = {0};
            if (lit_unquote_string(f->u.field.tag->u.lit.raw, f->u.field.tag->u.lit.len, &b))
                tag = arena_strndup(&c->arena, strbuf_cstr(&b), b.len);
            strbuf_free(&b);
        }
        if (f->u.field.names.len == 0) {
            const char *name = embedded_name(f->u.field.type);
            if (!name) {
                diag_error(c, check_start_pos(f), "invalid embedded field type");
                ok = false;
                continue;
            }
            Field fd = {intern_cstr(c, name), ft, true, tag, NULL, f->pos, 0};
            if (!is_exported(fd.name))
                fd.pkg = CK(c)->pkg;
            if (ft) {
                Type *u = type_under(ft);
                if (ft->kind == TY_POINTER && (type_under(ft->elem) && (type_under(ft->elem)->kind == TY_POINTER || type_under(ft->elem)->kind == TY_INTERFACE)))
                    diag_error(c, check_start_pos(f->u.field.type), "embedded field type cannot be a pointer to an interface");
                else if (u && u->kind == TY_POINTER && ft->kind == TY_NAMED)
                    diag_error(c, check_start_pos(f->u.field.type), "embedded field type cannot be a pointer");
            }
            for (int j = 0; j < fields.len; j++)
                if (fields.items[j].name == fd.name)
                    diag_error(c, check_start_pos(f), "%s redeclared", fd.name);
            VEC_PUSH(fields, fd);
            continue;
        }
        for (int k = 0; k < f->u.field.names.len; k++) {
            Node *nm = f->u.field.names.items[k];
            Field fd = {nm->u.ident.name, ft, false, tag, NULL, nm->pos, 0};
            if (!is_exported(fd.name))
                fd.pkg = CK(c)->pkg;
            if (fd.name != c->name_blank)
                for (int j = 0; j < fields.len; j++)
                    if (fields.items[j].name == fd.name) {
                        diag_error(c, check_start_pos(nm), "%s redeclared", fd.name);
                        diag_error(c, fields.items[j].pos, "\tother declaration of %s", fd.name);
                    }
            VEC_PUSH(fields, fd);
        }
    }
    Type *t = ok ? type_struct(c, fields.items, fields.len) : NULL;
    VEC_FREE(fields);
    return t;
}

static Type *check_interface_type(Compiler *c, Node *n)
{
    VEC(IMethod) methods = {0};
    VEC(Type *) embeds = {0};
    bool ok = true;
    for (int i = 0; i < n->u.interfacetype.methods.len; i++) {
        Node *f = n->u.interfacetype.methods.items[i];
        if (f->u.field.names.len) {
            Node *nm = f->u.field.names.items[0];
            Type *sig = check_signature(c, f->u.field.type, NULL, NULL, false);
            if (!sig) {
                ok = false;
                continue;
            }
            IMethod m = {nm->u.ident.name, sig, NULL, nm->pos};
            if (!is_exported(m.name))
                m.pkg = CK(c)->pkg;
            for (int j = 0; j < methods.len; j++)
                if (methods.items[j].name == m.name)
                    diag_error(c, check_start_pos(nm), "duplicate method %s", m.name);
            VEC_PUSH(methods, m);
            continue;
        }
        Node *te = f->u.field.type;
        if (te && (te->kind == N_BINARY || te->kind == N_UNARY)) {
            diag_error(c, check_start_pos(te), "interfaces with type constraints are not supported in Gale yet");
            ok = false;
            continue;
        }
        Type *et = check_type_expr(c, te);
        if (!et) {
            ok = false;
            continue;
        }
        if (et->kind == TY_NAMED && et->named_state == 1) {
            diag_error(c, check_start_pos(te), "invalid recursive type %s", type_string(c, et));
            ok = false;
            continue;
        }
        if (!type_is_interface(et)) {
            diag_error(c, check_start_pos(te), "interfaces with type constraints are not supported in Gale yet");
            ok = false;
            continue;
        }
        VEC_PUSH(embeds, et);
    }
    Type *t = ok ? type_interface(c, methods.items, methods.len, embeds.items, embeds.len) : NULL;
    VEC_FREE(methods);
    VEC_FREE(embeds);
    return t;
}

/* ---- Signatures ---- */

static void add_param(Compiler *c, FuncInfo *fi, Node *name, Type *t, bool result)
{
    if (!fi)
        return;
    const char *nm = name ? name->u.ident.name : c->name_blank;
    Sym *s = sym_new(c, SYM_VAR, nm, name ? name->pos : fi->decl->pos);
    s->type = t;
    s->pkg = CK(c)->pkg;
    s->owner = fi;
    s->state = 2;
    s->decl = name;
    if (result) {
        s->is_result = true;
        VEC_PUSH(fi->results, s);
    } else {
        s->is_param = true;
        VEC_PUSH(fi->params, s);
    }
    if (name)
        name->u.ident.sym = s;
}

Type *check_signature(Compiler *c, Node *ft, Node *recv, FuncInfo *fi, bool declare)
{
    (void)declare;
    if (!ft || ft->kind != N_FUNCTYPE)
        return NULL;
    if (ft->u.functype.typeparams.len && !fi)
        diag_error(c, check_start_pos(ft->u.functype.typeparams.items[0]),
                   "generic functions are not supported in Gale yet");
    VEC(Type *) params = {0};
    VEC(Type *) results = {0};
    bool variadic = false, ok = true;
    if (recv) {
        Type *rt = check_type_expr(c, recv->u.field.type);
        if (!rt)
            ok = false;
        Node *rn = recv->u.field.names.len ? recv->u.field.names.items[0] : NULL;
        add_param(c, fi, rn, rt, false);
    }
    NodeList *pl = &ft->u.functype.params;
    for (int i = 0; i < pl->len; i++) {
        Node *f = pl->items[i];
        Node *te = f->u.field.type;
        Type *t;
        if (te && te->kind == N_ELLIPSIS) {
            bool last = i == pl->len - 1 && f->u.field.names.len <= 1;
            if (!last)
                diag_error(c, check_start_pos(te), "can only use ... with final parameter in list");
            Type *e = check_type_expr(c, te->u.ellipsis.elt);
            t = e ? type_slice(c, e) : NULL;
            te->type = t;
            te->mode = MODE_TYPE;
            if (last)
                variadic = true;
        } else {
            t = check_type_expr(c, te);
        }
        if (!t)
            ok = false;
        if (f->u.field.names.len == 0) {
            VEC_PUSH(params, t);
            add_param(c, fi, NULL, t, false);
        } else {
            for (int k = 0; k < f->u.field.names.len; k++) {
                VEC_PUSH(params, t);
                add_param(c, fi, f->u.field.names.items[k], t, false);
            }
        }
    }
    NodeList *rl = &ft->u.functype.results;
    for (int i = 0; i < rl->len; i++) {
        Node *f = rl->items[i];
        Type *t = check_type_expr(c, f->u.field.type);
        if (f->u.field.type && f->u.field.type->kind == N_ELLIPSIS)
            diag_error(c, check_start_pos(f->u.field.type), "can only use ... with final parameter in list");
        if (!t)
            ok = false;
        if (f->u.field.names.len == 0) {
            VEC_PUSH(results, t);
            add_param(c, fi, NULL, t, true);
        } else {
            if (fi)
                fi->named_results = true;
            for (int k = 0; k < f->u.field.names.len; k++) {
                VEC_PUSH(results, t);
                add_param(c, fi, f->u.field.names.items[k], t, true);
            }
        }
    }
    /* the receiver is not part of the signature type */
    Type *sig = ok ? type_func(c, params.items, params.len, results.items, results.len, variadic)
                   : NULL;
    VEC_FREE(params);
    VEC_FREE(results);
    if (fi)
        fi->sig = sig;
    return sig;
}

/* ---- Function bodies ---- */

void check_func_body(Compiler *c, FuncInfo *fi, Node *body)
{
    CheckState *ck = CK(c);
    FuncInfo *saved_func = ck->func;
    Scope *saved_scope = ck->scope;
    Sym *saved_decl = ck->decl_obj;
    LabelVec saved_labels = ck->labels;
    NodeVec saved_breakable = ck->breakable;
    memset(&ck->labels, 0, sizeof ck->labels);
    memset(&ck->breakable, 0, sizeof ck->breakable);
    if (fi->sym && !fi->outer) {
        ck->scope = package_file_scope(fi->sym->pkg);
        ck->pkg = fi->sym->pkg;
        ck->decl_obj = fi->sym;
    }
    ck->func = fi;
    Scope *fs = check_push_scope(c);
    fs->is_func = true;
    fs->func = fi;
    for (int i = 0; i < fi->params.len; i++)
        check_declare(c, fs, fi->params.items[i]);
    for (int i = 0; i < fi->results.len; i++)
        check_declare(c, fs, fi->results.items[i]);
    /* Go: the body's block is the function's outermost scope (parameters share it) */
    body->u.block.scope = fs;
    check_labels_in_body(c, body);
    check_gotos(c, body);
    check_stmt_list(c, &body->u.block.stmts);
    if (fi->sig && fi->sig->nresults > 0 && !fi->is_script &&
        !check_is_terminating(body, NULL))
        diag_error(c, body->u.block.rbrace, "missing return");
    /* labels */
    for (int i = 0; i < ck->labels.len; i++)
        if (!ck->labels.items[i].used)
            diag_error(c, ck->labels.items[i].stmt->u.labeled.label->pos,
                       "label %s defined and not used", ck->labels.items[i].name);
    check_pop_scope(c);
    if (!fi->outer)
        check_report_unused_func(c, fi);
    VEC_FREE(ck->labels);
    VEC_FREE(ck->breakable);
    ck->labels = saved_labels;
    ck->breakable = saved_breakable;
    ck->func = saved_func;
    ck->scope = saved_scope;
    ck->decl_obj = saved_decl;
}
