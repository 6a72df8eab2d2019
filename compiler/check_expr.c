/*
 * check_expr.c — expressions: identifiers, literals, composite and function literals,
 * selectors (fields, methods, embedding), index and slice expressions, type assertions,
 * unary and binary operators, and Go's untyped-constant rules.
 *
 * Untyped values: an untyped operand keeps its untyped type until its context decides
 * (assignment, binary operator with a typed operand, conversion). check_convert_untyped then
 * sets the final type on the expression and, through arithmetic operators, on its untyped
 * operands, as types2's updateExprType does, checking that constants are representable.
 * The code generator therefore sees only typed expressions (untyped nil aside).
 *
 * Messages follow types2's wording; operands are described by check_operand_string
 * ("x (variable of type int)", "300 (untyped int constant)").
 */
#include "compiler/check.h"

#include <stdlib.h>
#include <string.h>

/* const_key_hash hashes a constant so that equal constants of one kind hash alike (for
 * duplicate map keys). */
static uint32_t const_key_hash(const ConstVal *v)
{
    uint64_t h = (uint64_t)v->kind * 0x9e3779b97f4a7c15ull;
    switch (v->kind) {
    case CV_BOOL:
        h ^= v->b;
        break;
    case CV_STRING:
        for (size_t i = 0; i < v->slen; i++)
            h = (h ^ (uint8_t)v->s[i]) * 0x100000001b3ull;
        break;
    case CV_INT:
        if (mpz_fits_slong_p(v->i))
            h ^= (uint64_t)mpz_get_si(v->i);
        else
            h ^= (uint64_t)mpz_sizeinbase(v->i, 2);
        break;
    case CV_FLOAT:
        h ^= (uint64_t)(mpq_get_d(v->f) * 1e6);
        break;
    }
    h ^= h >> 29;
    h *= 0xbf58476d1ce4e5b9ull;
    h ^= h >> 32;
    return (uint32_t)h;
}

static void check_expr_internal(Compiler *c, Node *n, Type *hint, bool allow_type,
                                bool allow_multi);

static void invalid(Node *n)
{
    n->mode = MODE_INVALID;
    n->type = NULL;
}

/* check_start_pos returns the position of the first token of expression [n] (binary
 * expressions carry their operator's position). */
Pos check_start_pos(Node *n)
{
    for (;;) {
        switch (n->kind) {
        case N_BINARY: n = n->u.binary.x; continue;
        case N_SELECTOR: n = n->u.selector.x; continue;
        case N_INDEX: n = n->u.index.x; continue;
        case N_SLICE: n = n->u.slice.x; continue;
        case N_CALL: n = n->u.call.fun; continue;
        case N_TYPEASSERT: n = n->u.typeassert.x; continue;
        case N_KEYVALUE: n = n->u.kv.key; continue;
        case N_COMPOSITE:
            if (n->u.composite.type) {
                n = n->u.composite.type;
                continue;
            }
            return n->pos;
        default: return n->pos;
        }
    }
}

Node *check_unparen(Node *n)
{
    while (n && n->kind == N_PAREN)
        n = n->u.paren.x;
    return n;
}

static ConstArena *consts(Compiler *c)
{
    return &CK(c)->consts;
}

/* ---- Describing operands ---- */

void check_operand_string(Compiler *c, StrBuf *b, Node *n)
{
    StrBuf e = {0};
    expr_string(c, &e, n);
    strbuf_puts(b, strbuf_cstr(&e));
    if (n->type && n->type->kind == TY_UNTYPED_NIL && n->mode != MODE_CONST) {
        if (strcmp(strbuf_cstr(&e), "nil") != 0)
            strbuf_puts(b, " (untyped nil value)");
        strbuf_free(&e);
        return;
    }
    strbuf_puts(b, " (");
    switch (n->mode) {
    case MODE_CONST: {
        StrBuf v = {0};
        const_format(&v, n->cval);
        bool same = strcmp(strbuf_cstr(&v), strbuf_cstr(&e)) == 0;
        if (type_is_untyped(n->type)) {
            strbuf_printf(b, "%s constant", type_string(c, n->type));
            if (!same)
                strbuf_printf(b, " %s", strbuf_cstr(&v));
        } else {
            if (same)
                strbuf_printf(b, "constant of type %s", type_string(c, n->type));
            else
                strbuf_printf(b, "constant %s of type %s", strbuf_cstr(&v),
                              type_string(c, n->type));
        }
        strbuf_free(&v);
        break;
    }
    case MODE_VAR:
        strbuf_printf(b, "variable of type %s", type_string(c, n->type));
        break;
    case MODE_MAPINDEX:
        strbuf_printf(b, "map index expression of type %s", type_string(c, n->type));
        break;
    case MODE_COMMAOK:
        strbuf_printf(b, "comma, ok expression of type %s", type_string(c, n->type));
        break;
    case MODE_NOVALUE:
        strbuf_puts(b, "no value");
        break;
    case MODE_BUILTIN:
        strbuf_puts(b, "built-in");
        break;
    case MODE_TYPE:
        strbuf_puts(b, "type");
        break;
    default:
        if (type_is_untyped(n->type))
            strbuf_printf(b, "%s value", type_string(c, n->type));
        else
            strbuf_printf(b, "value of type %s", type_string(c, n->type));
        break;
    }
    strbuf_putc(b, ')');
    strbuf_free(&e);
}

static const char *operand_str(Compiler *c, Node *n)
{
    StrBuf b = {0};
    check_operand_string(c, &b, n);
    const char *s = arena_strndup(&c->arena, strbuf_cstr(&b), b.len);
    strbuf_free(&b);
    return s;
}

static const char *expr_str(Compiler *c, Node *n)
{
    StrBuf b = {0};
    expr_string(c, &b, n);
    const char *s = arena_strndup(&c->arena, strbuf_cstr(&b), b.len);
    strbuf_free(&b);
    return s;
}

/* ---- Variables: uses, captures, address-taking ---- */

static void note_capture(Compiler *c, Sym *v)
{
    FuncInfo *f = CK(c)->func;
    if (!v->owner || !f || v->owner == f)
        return;
    /* every function between the use and the declaration captures the variable */
    for (FuncInfo *g = f; g && g != v->owner; g = g->outer) {
        bool have = false;
        for (int i = 0; i < g->captures.len; i++)
            have |= g->captures.items[i] == v;
        if (!have)
            VEC_PUSH(g->captures, v);
    }
    v->captured = true;
}

static Sym *root_var(Node *n)
{
    for (;;) {
        n = check_unparen(n);
        if (!n)
            return NULL;
        if (n->kind == N_IDENT)
            return n->u.ident.sym && n->u.ident.sym->kind == SYM_VAR ? n->u.ident.sym : NULL;
        if (n->kind == N_SELECTOR) {
            Selection *sel = n->u.selector.chk;
            if (!sel || sel->kind != SEL_FIELD)
                return NULL;
            /* through a pointer the root is not the variable's storage */
            Type *xt = n->u.selector.x->type;
            if (!xt || type_under(xt)->kind == TY_POINTER)
                return NULL;
            for (int i = 0; i + 1 < sel->npath; i++) {
                (void)i; /* embedded pointers end the chain too, checked in the code generator */
            }
            n = n->u.selector.x;
            continue;
        }
        if (n->kind == N_INDEX) {
            Type *xt = n->u.index.x->type;
            if (!xt || type_under(xt)->kind != TY_ARRAY)
                return NULL;
            n = n->u.index.x;
            continue;
        }
        return NULL;
    }
}

void check_mark_addr(Compiler *c, Node *n)
{
    (void)c;
    Sym *v = root_var(n);
    if (v) {
        v->addr_taken = true;
        v->mutated = true;
    }
}

void check_mark_mutated(Compiler *c, Node *n)
{
    (void)c;
    Sym *v = root_var(n);
    if (v)
        v->mutated = true;
}

bool check_is_addressable(Node *n)
{
    n = check_unparen(n);
    return n && n->mode == MODE_VAR;
}

/* ---- Representability and untyped conversion ---- */

bool check_representable(Compiler *c, Node *n, ConstVal *v, Type *t, ConstVal **out,
                         bool *overflow)
{
    (void)n;
    *overflow = false;
    Type *u = type_under(t);
    if (!u)
        return false;
    TyKind k = (TyKind)u->kind;
    if (k == TY_INTERFACE) {
        *out = v;
        return true;
    }
    if (k == TY_BOOL || k == TY_UNTYPED_BOOL) {
        *out = v;
        return v->kind == CV_BOOL;
    }
    if (k == TY_STRING || k == TY_UNTYPED_STRING) {
        *out = v;
        return v->kind == CV_STRING;
    }
    if (v->kind == CV_BOOL || v->kind == CV_STRING)
        return false;
    if ((k >= TY_INT && k <= TY_UINTPTR) || k == TY_UNTYPED_INT || k == TY_UNTYPED_RUNE) {
        ConstVal *iv = const_to_int(consts(c), v);
        if (!iv)
            return false; /* truncated */
        if (k == TY_UNTYPED_INT || k == TY_UNTYPED_RUNE) {
            *out = iv;
            return true;
        }
        bool uns = k >= TY_UINT && k <= TY_UINTPTR;
        if (!const_fits_int(iv, type_int_bits(u), uns)) {
            *overflow = true;
            return false;
        }
        *out = iv;
        return true;
    }
    if (k == TY_FLOAT32 || k == TY_FLOAT64 || k == TY_UNTYPED_FLOAT) {
        if (k == TY_UNTYPED_FLOAT) {
            *out = const_to_float(consts(c), v);
            return true;
        }
        bool ovf;
        double d = const_round_float(v, k == TY_FLOAT32, &ovf);
        if (ovf) {
            *overflow = true;
            return false;
        }
        *out = const_float64(consts(c), d);
        return true;
    }
    if (k == TY_COMPLEX64 || k == TY_COMPLEX128)
        return false;
    return false;
}

/* set_type_down gives the untyped expression [n] (already checked) the final type [t],
 * descending into operands whose type follows the expression's. */
static void set_type_down(Compiler *c, Node *n, Type *t)
{
    if (!n || !type_is_untyped(n->type))
        return;
    n->type = t;
    switch (n->kind) {
    case N_PAREN:
        set_type_down(c, n->u.paren.x, t);
        break;
    case N_UNARY:
        if (n->u.unary.op != TOK_NOT || type_is_boolean(t))
            set_type_down(c, n->u.unary.x, t);
        break;
    case N_BINARY: {
        int op = n->u.binary.op;
        if (op == TOK_EQL || op == TOK_NEQ || op == TOK_LSS || op == TOK_LEQ || op == TOK_GTR ||
            op == TOK_GEQ)
            break; /* operands of a comparison are typed independently */
        if (op == TOK_SHL || op == TOK_SHR) {
            set_type_down(c, n->u.binary.x, t);
            break;
        }
        set_type_down(c, n->u.binary.x, t);
        set_type_down(c, n->u.binary.y, t);
        break;
    }
    default:
        break;
    }
}

/* ARG_CONTEXT stands for "argument to <the call in CK(c)->arg_call>" until a message
 * needs the text; context_text spells it out. */
static const char ARG_CONTEXT[] = "argument";

static const char *context_text(Compiler *c, const char *ctx)
{
    if (ctx != ARG_CONTEXT || !CK(c)->arg_call)
        return ctx;
    return arena_sprintf(&c->arena, "argument to %s",
                         expr_str(c, check_unparen(CK(c)->arg_call->u.call.fun)));
}

static void untyped_conv_error(Compiler *c, Node *n, Type *target, const char *reason)
{
    reason = context_text(c, reason);
    if (reason)
        diag_error(c, check_start_pos(n), "cannot use %s as %s value in %s", operand_str(c, n),
                   type_string(c, target), reason);
    else
        diag_error(c, check_start_pos(n), "cannot convert %s to type %s", operand_str(c, n),
                   type_string(c, target));
}

/* convert_untyped_ctx converts with [ctx] naming the context for messages (NULL: a plain
 * implicit conversion inside an operator). Returns false after an error. */
static bool convert_untyped_ctx(Compiler *c, Node *n, Type *target, const char *ctx)
{
    if (!type_is_untyped(n->type) || !target || n->mode == MODE_INVALID)
        return true;
    Type *tu = type_under(target);
    if (!tu)
        return false;
    if (type_is_untyped(target)) {
        /* both untyped: numeric kinds widen (int < rune < float) */
        if (type_is_numeric(n->type) && type_is_numeric(target)) {
            if (n->type->kind < target->kind) {
                if (n->mode == MODE_CONST && target->kind == TY_UNTYPED_FLOAT)
                    n->cval = const_to_float(consts(c), n->cval);
                set_type_down(c, n, target);
            }
            return true;
        }
        if (n->type->kind != target->kind) {
            return false;
        }
        return true;
    }
    if (n->type->kind == TY_UNTYPED_NIL) {
        if (!type_has_nil(target)) {
            if (ctx)
                diag_error(c, check_start_pos(n), "cannot use nil as %s value in %s", type_string(c, target),
                           context_text(c, ctx));
            else
                diag_error(c, check_start_pos(n), "cannot convert nil to type %s", type_string(c, target));
            invalid(n);
            return false;
        }
        n->type = target;
        return true;
    }
    if (tu->kind == TY_INTERFACE) {
        /* untyped values assigned to interfaces take their default type */
        if (tu->nmethods > 0 && !type_is_untyped(n->type))
            return true;
        Type *d = type_default(c, n->type);
        if (!convert_untyped_ctx(c, n, d, ctx))
            return false;
        return true;
    }
    if (n->mode == MODE_CONST) {
        ConstVal *out;
        bool overflow;
        bool kind_ok = (type_is_numeric(n->type) && type_is_numeric(target)) ||
                       (type_is_string(n->type) && type_is_string(target)) ||
                       (type_is_boolean(n->type) && type_is_boolean(target));
        if (!kind_ok) {
            if (ctx)
                untyped_conv_error(c, n, target, ctx);
            else
                diag_error(c, check_start_pos(n), "cannot convert %s to type %s", operand_str(c, n),
                           type_string(c, target));
            invalid(n);
            return false;
        }
        if (tu->kind == TY_COMPLEX64 || tu->kind == TY_COMPLEX128) {
            diag_error(c, check_start_pos(n), "complex numbers are not supported in Gale yet");
            invalid(n);
            return false;
        }
        if (!check_representable(c, n, n->cval, target, &out, &overflow)) {
            const char *why = overflow ? "overflows" : "truncated";
            if (ctx)
                diag_error(c, check_start_pos(n), "cannot use %s as %s value in %s (%s)", operand_str(c, n),
                           type_string(c, target), context_text(c, ctx), why);
            else if (overflow)
                diag_error(c, check_start_pos(n), "%s overflows %s", operand_str(c, n),
                           type_string(c, target));
            else
                diag_error(c, check_start_pos(n), "%s truncated to %s", operand_str(c, n),
                           type_string(c, target));
            invalid(n);
            return false;
        }
        n->cval = out;
        set_type_down(c, n, target);
        return true;
    }
    /* non-constant untyped: bool from comparisons, or an untyped shifted operand */
    if (n->type->kind == TY_UNTYPED_BOOL) {
        if (!type_is_boolean(target)) {
            if (ctx)
                untyped_conv_error(c, n, target, ctx);
            else
                diag_error(c, check_start_pos(n), "cannot convert %s to type %s", operand_str(c, n),
                           type_string(c, target));
            invalid(n);
            return false;
        }
        set_type_down(c, n, target);
        return true;
    }
    if (type_is_numeric(n->type) && type_is_numeric(target)) {
        set_type_down(c, n, target);
        return true;
    }
    if (ctx)
        untyped_conv_error(c, n, target, ctx);
    else
        diag_error(c, check_start_pos(n), "cannot convert %s to type %s", operand_str(c, n),
                   type_string(c, target));
    invalid(n);
    return false;
}

bool check_convert_untyped(Compiler *c, Node *n, Type *target)
{
    return convert_untyped_ctx(c, n, target, NULL);
}

void check_default(Compiler *c, Node *n)
{
    check_default_ctx(c, n, NULL);
}

void check_default_ctx(Compiler *c, Node *n, const char *ctx)
{
    if (n->mode == MODE_INVALID || !type_is_untyped(n->type))
        return;
    if (n->type->kind == TY_UNTYPED_NIL)
        return;
    convert_untyped_ctx(c, n, type_default(c, n->type), ctx);
}

/* ---- Assignability ---- */

static bool method_sig_string(Compiler *c, StrBuf *b, const char *name, Type *sig)
{
    strbuf_puts(b, name);
    const char *s = type_string(c, sig);
    strbuf_puts(b, s + 4); /* drop "func" */
    return true;
}

/* find_method looks up method [name] in the method set of [t] (for satisfaction). Sets
 * *ptr_only when it exists only in *t's method set. */
static Type *find_method_type(Compiler *c, Type *t, const char *name, Package *pkg,
                              bool *ptr_only)
{
    *ptr_only = false;
    Type *u = type_under(t);
    if (u && u->kind == TY_INTERFACE) {
        for (int i = 0; i < u->nmethods; i++)
            if (u->methods[i].name == name && u->methods[i].pkg == pkg)
                return u->methods[i].sig;
        return NULL;
    }
    bool indirect = false;
    const char *why = NULL;
    Selection *sel = check_lookup(c, t, name, &indirect, &why);
    if (sel && sel->kind == SEL_IFACE_METHOD) {
        /* promoted from an embedded interface field */
        IMethod *im = type_iface_method(sel->recv_type, name);
        if (!im || (pkg && im->pkg != pkg))
            return NULL;
        return im->sig;
    }
    if (!sel || sel->kind != SEL_METHOD)
        return NULL;
    Sym *m = sel->method;
    check_obj(c, m);
    if (pkg && m->pkg != pkg)
        return NULL;
    /* a pointer-receiver method is in T's method set only if reached through a pointer */
    bool is_ptr = u && u->kind == TY_POINTER;
    if (m->ptr_recv && !is_ptr && !sel->addr && !indirect)
        *ptr_only = true;
    else if (m->ptr_recv && !is_ptr && sel->addr)
        *ptr_only = true;
    return m->type;
}

bool check_implements(Compiler *c, Type *t, Type *iface, const char **missing, bool *wrong_ptr)
{
    Type *iu = type_under(iface);
    *missing = NULL;
    *wrong_ptr = false;
    if (!iu || iu->kind != TY_INTERFACE)
        return false;
    for (int i = 0; i < iu->nmethods; i++) {
        IMethod *m = &iu->methods[i];
        bool ptr_only;
        Type *mt = find_method_type(c, t, m->name, m->pkg, &ptr_only);
        if (!mt) {
            *missing = m->name;
            return false;
        }
        if (!type_identical(mt, m->sig)) {
            *missing = m->name;
            *wrong_ptr = false;
            return false;
        }
        if (ptr_only) {
            *missing = m->name;
            *wrong_ptr = true;
            return false;
        }
    }
    return true;
}

/* not_implements_reason writes types2's explanation for T not implementing I. */
static void not_implements_reason(Compiler *c, StrBuf *b, Type *t, Type *iface)
{
    const char *missing;
    bool wrong_ptr;
    check_implements(c, t, iface, &missing, &wrong_ptr);
    strbuf_printf(b, "%s does not implement %s", type_string(c, t), type_string(c, iface));
    if (!missing)
        return;
    if (wrong_ptr) {
        strbuf_printf(b, " (method %s has pointer receiver)", missing);
        return;
    }
    bool ptr_only;
    IMethod *im = type_iface_method(iface, missing);
    Type *have = find_method_type(c, t, missing, im ? im->pkg : NULL, &ptr_only);
    if (have && im) {
        strbuf_printf(b, " (wrong type for method %s)\n\t\thave ", missing);
        method_sig_string(c, b, missing, have);
        strbuf_puts(b, "\n\t\twant ");
        method_sig_string(c, b, missing, im->sig);
        return;
    }
    strbuf_printf(b, " (missing method %s)", missing);
}

/* assignable_to reports whether a value of type [v] (non-constant, typed) may be assigned
 * to [t] (Go spec "Assignability"). */
static bool assignable_to(Compiler *c, Type *v, Type *t)
{
    if (type_identical(v, t))
        return true;
    Type *vu = type_under(v), *tu = type_under(t);
    if (!vu || !tu)
        return true; /* earlier error */
    /* identical underlying types and at least one is not a named type */
    if (vu == tu && (!type_is_named(v) || !type_is_named(t)) &&
        !(vu->kind <= TY_UNSAFEPOINTER))
        return true;
    if (tu->kind == TY_INTERFACE) {
        const char *m;
        bool wp;
        return check_implements(c, v, t, &m, &wp);
    }
    /* bidirectional channel to a directional channel with identical element types */
    if (vu->kind == TY_CHAN && tu->kind == TY_CHAN && vu->dir == CHAN_BOTH &&
        type_identical(vu->elem, tu->elem) && (!type_is_named(v) || !type_is_named(t)))
        return true;
    if (v->kind == TY_UNTYPED_NIL && type_has_nil(t))
        return true;
    return false;
}

bool check_assignable(Compiler *c, Node *n, Type *target, const char *context)
{
    if (n->mode == MODE_INVALID || !target)
        return false;
    if (n->mode == MODE_TYPE) {
        diag_error(c, check_start_pos(n), "%s (type) is not an expression", expr_str(c, n));
        return false;
    }
    if (n->mode == MODE_NOVALUE) {
        diag_error(c, check_start_pos(n), "%s (no value) used as value", expr_str(c, n));
        return false;
    }
    if (n->mode == MODE_BUILTIN) {
        diag_error(c, check_start_pos(n), "%s (built-in) must be called", expr_str(c, n));
        return false;
    }
    if (n->type && n->type->kind == TY_TUPLE) {
        diag_error(c, check_start_pos(n), "multiple-value %s (value of type %s) in single-value context",
                   expr_str(c, n), type_string(c, n->type));
        return false;
    }
    if (type_is_untyped(n->type)) {
        Type *tu = type_under(target);
        if (tu && tu->kind == TY_INTERFACE && n->type->kind != TY_UNTYPED_NIL) {
            Type *d = type_default(c, n->type);
            if (!convert_untyped_ctx(c, n, d, context))
                return false;
            /* fall through to the interface check with the default type */
        } else {
            return convert_untyped_ctx(c, n, target, context);
        }
    }
    if (assignable_to(c, n->type, target))
        return true;
    StrBuf b = {0};
    strbuf_printf(&b, "cannot use %s as %s value in %s", operand_str(c, n),
                  type_string(c, target), context_text(c, context));
    if (type_is_interface(target) && !type_is_interface(n->type)) {
        strbuf_puts(&b, ": ");
        not_implements_reason(c, &b, n->type, target);
    } else if (type_is_interface(target) && type_is_interface(n->type)) {
        strbuf_puts(&b, ": ");
        not_implements_reason(c, &b, n->type, target);
    } else if (!type_is_interface(target) && type_is_interface(n->type)) {
        strbuf_puts(&b, ": need type assertion");
    }
    diag_error(c, check_start_pos(n), "%s", strbuf_cstr(&b));
    strbuf_free(&b);
    return false;
}

bool check_assignable_arg(Compiler *c, Node *n, Type *target, Node *call)
{
    Node *saved = CK(c)->arg_call;
    CK(c)->arg_call = call;
    bool ok = check_assignable(c, n, target, ARG_CONTEXT);
    CK(c)->arg_call = saved;
    return ok;
}

/* ---- Selector lookup (fields, methods, embedding) ---- */

typedef struct Embed {
    Type *type;     /* the type at this depth (named or struct), pointers removed */
    int *path;      /* arena */
    int npath;
    bool indirect;  /* reached through a pointer */
    bool multiples; /* reached along several paths at the same depth */
} Embed;

static Sym *named_method(Type *t, const char *name)
{
    if (!t || t->kind != TY_NAMED)
        return NULL;
    for (int i = 0; i < t->decl_methods.len; i++)
        if (t->decl_methods.items[i]->name == name)
            return t->decl_methods.items[i];
    return NULL;
}

Selection *check_lookup(Compiler *c, Type *t, const char *name, bool *indirect,
                        const char **why)
{
    *indirect = false;
    *why = NULL;
    if (!t || name == c->name_blank)
        return NULL;
    Type *start = t;
    bool ind = false;
    Type *u = type_under(t);
    if (u && u->kind == TY_POINTER && type_is_interface(u->elem))
        return NULL; /* a pointer to an interface has no methods */
    if (u && u->kind == TY_POINTER) {
        /* a pointer to a named type: look in the element, noting the indirection; pointer
         * types themselves have no methods */
        if (t->kind == TY_NAMED) {
            /* named pointer types have neither methods nor promoted methods */
            Type *eu = type_under(u->elem);
            if (!eu || eu->kind != TY_STRUCT)
                return NULL;
        }
        start = u->elem;
        ind = true;
    }
    VEC(Embed) cur = {0}, next = {0};
    VEC(Type *) seen = {0};
    Embed e0 = {start, NULL, 0, ind, false};
    VEC_PUSH(cur, e0);
    Selection *found = NULL;
    int nfound = 0;
    for (int depth = 0; cur.len && depth < 64; depth++) {
        for (int i = 0; i < cur.len; i++) {
            Embed *e = &cur.items[i];
            Type *et = e->type;
            if (et->kind == TY_NAMED) {
                bool dup = false;
                for (int j = 0; j < seen.len; j++)
                    dup |= seen.items[j] == et;
                if (dup)
                    continue;
                VEC_PUSH(seen, et);
                if (et->obj && et->obj->state != 2)
                    check_obj(c, et->obj);
                Sym *m = named_method(et, name);
                if (m) {
                    nfound += e->multiples ? 2 : 1;
                    Selection *s = ARENA_NEW(&c->arena, Selection);
                    s->kind = SEL_METHOD;
                    s->path = e->path;
                    s->npath = e->npath;
                    s->recv_type = et;
                    s->method = m;
                    s->name = name;
                    s->deref = false;
                    found = s;
                    *indirect = e->indirect;
                    continue;
                }
            }
            Type *eu = type_under(et);
            if (!eu)
                continue;
            if (eu->kind == TY_STRUCT) {
                for (int f = 0; f < eu->nfields; f++) {
                    Field *fd = &eu->fields[f];
                    if (fd->name == name) {
                        nfound += e->multiples ? 2 : 1;
                        Selection *s = ARENA_NEW(&c->arena, Selection);
                        s->kind = SEL_FIELD;
                        s->npath = e->npath + 1;
                        s->path = ARENA_ARRAY(&c->arena, int, s->npath);
                        for (int k = 0; k < e->npath; k++)
                            s->path[k] = e->path[k];
                        s->path[e->npath] = f;
                        s->recv_type = et;
                        s->name = name;
                        found = s;
                        *indirect = e->indirect;
                        continue;
                    }
                    if (fd->embedded && nfound == 0) {
                        Type *ft = fd->type;
                        bool fi = e->indirect;
                        if (type_under(ft) && type_under(ft)->kind == TY_POINTER &&
                            ft->kind != TY_NAMED) {
                            ft = type_under(ft)->elem;
                            fi = true;
                        }
                        Embed ne = {ft, NULL, e->npath + 1, fi, e->multiples};
                        ne.path = ARENA_ARRAY(&c->arena, int, ne.npath);
                        for (int k = 0; k < e->npath; k++)
                            ne.path[k] = e->path[k];
                        ne.path[e->npath] = f;
                        /* the same type reached twice at one depth is ambiguous */
                        bool merged = false;
                        for (int k = 0; k < next.len; k++)
                            if (next.items[k].type == ft) {
                                next.items[k].multiples = true;
                                merged = true;
                            }
                        if (!merged)
                            VEC_PUSH(next, ne);
                    }
                }
            } else if (eu->kind == TY_INTERFACE) {
                for (int m = 0; m < eu->nmethods; m++)
                    if (eu->methods[m].name == name) {
                        nfound += e->multiples ? 2 : 1;
                        Selection *s = ARENA_NEW(&c->arena, Selection);
                        s->kind = SEL_IFACE_METHOD;
                        s->path = e->path;
                        s->npath = e->npath;
                        s->recv_type = et;
                        s->name = name;
                        found = s;
                        *indirect = e->indirect;
                    }
            }
        }
        if (nfound)
            break;
        VEC_FREE(cur);
        cur = next;
        memset(&next, 0, sizeof next);
    }
    VEC_FREE(cur);
    VEC_FREE(next);
    VEC_FREE(seen);
    if (nfound > 1) {
        *why = "ambiguous";
        return NULL;
    }
    return found;
}

/* ---- Identifiers ---- */

static bool try_implicit_import(Compiler *c, Node *n)
{
    CheckState *ck = CK(c);
    Package *main = ck->pkg;
    if (!main || !main->script || !ck->opts.load_package)
        return false;
    const char *name = n->u.ident.name;
    static const char *const known[][2] = {
        {"fmt", "fmt"},       {"strings", "strings"}, {"strconv", "strconv"}, {"math", "math"},
        {"sort", "sort"},     {"os", "os"},           {"errors", "errors"},   {"time", "time"},
        {"unicode", "unicode"}, {"utf8", "unicode/utf8"}, {"bytes", "bytes"}, {"sync", "sync"},
        {"rand", "math/rand"}, {"bufio", "bufio"},   {"io", "io"},           {"runtime", "runtime"},
        {"atomic", "sync/atomic"}, {"filepath", "path/filepath"}, {"path", "path"},
        {"json", "encoding/json"}, {"bits", "math/bits"}, {"regexp", "regexp"},
        {"hex", "encoding/hex"}, {"base64", "encoding/base64"}, {"debug", "runtime/debug"},
        {"syscall", "syscall"},
    };
    for (size_t i = 0; i < ARRAY_LEN(known); i++) {
        if (strcmp(known[i][0], name) != 0)
            continue;
        Package *imp = check_import(c, known[i][1], n->pos);
        if (!imp)
            return false;
        Scope *fs = (Scope *)main->files.items[0]->u.file.package->cval;
        Sym *s = sym_new(c, SYM_PKG, name, n->pos);
        s->imported = imp;
        s->pkg = main;
        s->used = true;
        s->state = 2;
        scope_insert(c, fs, s);
        bool dup = false;
        for (int k = 0; k < main->imports.len; k++)
            dup |= main->imports.items[k] == imp;
        if (!dup)
            VEC_PUSH(main->imports, imp);
        return true;
    }
    return false;
}

static void use_sym(Compiler *c, Node *n, Sym *sym)
{
    CheckState *ck = CK(c);
    n->u.ident.sym = sym;
    switch (sym->kind) {
    case SYM_PKG:
        sym->used = true;
        n->mode = MODE_PACKAGE;
        n->type = NULL;
        return;
    case SYM_CONST:
        check_obj(c, sym);
        sym->used = true;
        if (sym->universe && sym->name == intern_cstr(c, "iota")) {
            if (ck->iota < 0) {
                diag_error(c, check_start_pos(n), "cannot use iota outside constant declaration");
                invalid(n);
                return;
            }
            n->mode = MODE_CONST;
            n->type = sym->type;
            n->cval = const_int64(consts(c), ck->iota);
            return;
        }
        if (!sym->type || !sym->cval) {
            invalid(n);
            return;
        }
        n->mode = MODE_CONST;
        n->type = sym->type;
        n->cval = sym->cval;
        return;
    case SYM_TYPE:
        check_obj(c, sym);
        sym->used = true;
        if (!sym->type) {
            invalid(n);
            return;
        }
        n->mode = MODE_TYPE;
        n->type = sym->type;
        return;
    case SYM_VAR:
        if (sym->is_global && sym->state != 2)
            check_obj(c, sym);
        sym->used = true;
        check_record_use(c, sym);
        note_capture(c, sym);
        if (!sym->type) {
            invalid(n);
            return;
        }
        n->mode = MODE_VAR;
        n->type = sym->type;
        return;
    case SYM_FUNC:
        check_obj(c, sym);
        if (sym->info && sym->info->unreached)
            check_reach(c, sym->info);
        check_record_use(c, sym);
        sym->used = true;
        if (!sym->type) {
            invalid(n);
            return;
        }
        n->mode = MODE_VALUE;
        n->type = sym->type;
        return;
    case SYM_BUILTIN:
        n->mode = MODE_BUILTIN;
        n->type = NULL;
        return;
    case SYM_NIL:
        n->mode = MODE_VALUE;
        n->type = type_basic(c, TY_UNTYPED_NIL);
        return;
    default:
        invalid(n);
        return;
    }
}

static void check_ident(Compiler *c, Node *n)
{
    const char *name = n->u.ident.name;
    if (name == c->name_blank) {
        diag_error(c, check_start_pos(n), "cannot use _ as value or type");
        invalid(n);
        return;
    }
    Sym *sym = scope_lookup(CK(c)->scope, name);
    if (!sym && try_implicit_import(c, n))
        sym = scope_lookup(CK(c)->scope, name);
    if (!sym) {
        diag_error(c, check_start_pos(n), "undefined: %s", name);
        invalid(n);
        return;
    }
    use_sym(c, n, sym);
}

/* ---- Literals ---- */

static void check_basiclit(Compiler *c, Node *n)
{
    ConstVal *v = NULL;
    switch (n->u.lit.tok) {
    case TOK_INT:
        if (!const_parse_int(consts(c), n->u.lit.raw, n->u.lit.len, &v)) {
            if (!c->nerrors)
                diag_error(c, check_start_pos(n), "invalid integer literal %.*s", n->u.lit.len, n->u.lit.raw);
            invalid(n);
            return;
        }
        n->type = type_basic(c, TY_UNTYPED_INT);
        break;
    case TOK_FLOAT:
        if (!const_parse_float(consts(c), n->u.lit.raw, n->u.lit.len, &v)) {
            diag_error(c, check_start_pos(n), "floating-point constant too large or malformed: %.*s",
                       n->u.lit.len, n->u.lit.raw);
            invalid(n);
            return;
        }
        n->type = type_basic(c, TY_UNTYPED_FLOAT);
        break;
    case TOK_IMAG:
        diag_error(c, check_start_pos(n), "complex numbers are not supported in Gale yet");
        invalid(n);
        return;
    case TOK_CHAR: {
        int32_t r = 0;
        if (!lit_unquote_rune(n->u.lit.raw, n->u.lit.len, &r)) {
            invalid(n);
            return;
        }
        v = const_int64(consts(c), r);
        n->type = type_basic(c, TY_UNTYPED_RUNE);
        break;
    }
    case TOK_STRING: {
        StrBuf b = {0};
        if (!lit_unquote_string(n->u.lit.raw, n->u.lit.len, &b)) {
            strbuf_free(&b);
            invalid(n);
            return;
        }
        v = const_string(consts(c), b.data ? b.data : "", b.len);
        strbuf_free(&b);
        n->type = type_basic(c, TY_UNTYPED_STRING);
        break;
    }
    default:
        invalid(n);
        return;
    }
    n->mode = MODE_CONST;
    n->cval = v;
}

/* ---- Composite literals ---- */

static int64_t const_index(Compiler *c, Node *k, int64_t max_len)
{
    check_expr(c, k, NULL);
    if (k->mode == MODE_INVALID)
        return -1;
    if (k->mode != MODE_CONST || !type_is_integer(k->type) ||
        !const_is_integral(k->cval)) {
        if (k->mode == MODE_CONST && type_is_numeric(k->type)) {
            diag_error(c, check_start_pos(k), "index %s must be integer constant", operand_str(c, k));
        } else {
            diag_error(c, check_start_pos(k), "index %s must be integer constant", operand_str(c, k));
        }
        return -1;
    }
    ConstVal *iv = const_to_int(consts(c), k->cval);
    if (const_sign(iv) < 0) {
        diag_error(c, check_start_pos(k), "index %s must not be negative", operand_str(c, k));
        return -1;
    }
    if (!const_fits_int(iv, 63, false) || (max_len >= 0 && const_get_int64(iv) >= max_len)) {
        if (max_len >= 0)
            diag_error(c, check_start_pos(k), "index %s out of bounds [0:%lld]", expr_str(c, k),
                       (long long)max_len);
        else
            diag_error(c, check_start_pos(k), "index %s too large", expr_str(c, k));
        return -1;
    }
    check_convert_untyped(c, k, type_basic(c, TY_INT));
    return const_get_int64(iv);
}

static void check_elem_value(Compiler *c, Node *v, Type *elem, const char *what)
{
    Type *hint = elem;
    if (v->kind == N_COMPOSITE && !v->u.composite.type) {
        /* elided type: &T{...} when the element is *T */
        Type *eu = type_under(elem);
        if (eu && eu->kind == TY_POINTER) {
            hint = eu->elem;
            v->u.composite.addr = true;
        }
    }
    check_expr(c, v, hint);
    if (v->kind == N_COMPOSITE && v->u.composite.addr && v->mode != MODE_INVALID) {
        v->type = elem;
        return;
    }
    check_assignable(c, v, elem, what);
}

static void check_composite(Compiler *c, Node *n, Type *hint)
{
    Type *t = NULL;
    Node *tn = n->u.composite.type;
    bool open_array = false;
    if (tn) {
        if (tn->kind == N_ARRAYTYPE && tn->u.arraytype.len &&
            tn->u.arraytype.len->kind == N_ELLIPSIS) {
            Type *e = check_type_expr(c, tn->u.arraytype.elem);
            if (!e) {
                invalid(n);
                return;
            }
            t = type_array(c, e, 0);
            open_array = true;
        } else {
            t = check_type_expr(c, tn);
        }
    } else {
        t = hint;
        if (!t) {
            diag_error(c, check_start_pos(n), "invalid composite literal type: missing type");
            invalid(n);
            return;
        }
    }
    if (!t) {
        invalid(n);
        for (int i = 0; i < n->u.composite.elts.len; i++) {
            Node *e = n->u.composite.elts.items[i];
            if (e->kind == N_KEYVALUE)
                e = e->u.kv.value;
            if (e->kind != N_COMPOSITE)
                check_expr(c, e, NULL);
        }
        return;
    }
    Type *u = type_under(t);
    NodeList *elts = &n->u.composite.elts;
    if (!u) {
        invalid(n);
        return;
    }
    n->u.composite.index = ARENA_ARRAY(&c->arena, int32_t, elts->len + 1);
    switch (u->kind) {
    case TY_STRUCT: {
        if (elts->len == 0)
            break;
        bool keyed = elts->items[0]->kind == N_KEYVALUE;
        if (keyed) {
            bool *seen = ARENA_ARRAY(&c->arena, bool, u->nfields + 1);
            for (int i = 0; i < elts->len; i++) {
                Node *kv = elts->items[i];
                if (kv->kind != N_KEYVALUE) {
                    diag_error(c, check_start_pos(kv), "mixture of field:value and value elements in struct literal");
                    check_expr(c, kv, NULL);
                    continue;
                }
                Node *key = kv->u.kv.key;
                if (key->kind != N_IDENT) {
                    diag_error(c, check_start_pos(key), "invalid field name %s in struct literal",
                               expr_str(c, key));
                    check_expr(c, kv->u.kv.value, NULL);
                    continue;
                }
                int idx = -1;
                for (int f = 0; f < u->nfields; f++)
                    if (u->fields[f].name == key->u.ident.name)
                        idx = f;
                if (idx < 0) {
                    diag_error(c, check_start_pos(key), "unknown field %s in struct literal of type %s",
                               key->u.ident.name, type_string(c, t));
                    check_expr(c, kv->u.kv.value, NULL);
                    continue;
                }
                if (u->fields[idx].pkg && u->fields[idx].pkg != CK(c)->pkg) {
                    diag_error(c, check_start_pos(key), "cannot refer to unexported field %s in struct literal of type %s",
                               key->u.ident.name, type_string(c, t));
                }
                if (seen[idx])
                    diag_error(c, check_start_pos(key), "duplicate field name %s in struct literal",
                               key->u.ident.name);
                seen[idx] = true;
                n->u.composite.index[i] = idx;
                key->mode = MODE_VALUE;
                check_elem_value(c, kv->u.kv.value, u->fields[idx].type, "struct literal");
            }
        } else {
            for (int i = 0; i < elts->len; i++) {
                Node *v = elts->items[i];
                if (v->kind == N_KEYVALUE) {
                    diag_error(c, check_start_pos(v), "mixture of field:value and value elements in struct literal");
                    check_expr(c, v->u.kv.value, NULL);
                    continue;
                }
                if (i >= u->nfields) {
                    check_expr(c, v, NULL);
                    if (i == u->nfields)
                        diag_error(c, check_start_pos(v), "too many values in struct literal of type %s",
                                   type_string(c, t));
                    continue;
                }
                if (u->fields[i].pkg && u->fields[i].pkg != CK(c)->pkg)
                    diag_error(c, check_start_pos(v), "implicit assignment to unexported field %s in struct literal of type %s",
                               u->fields[i].name, type_string(c, t));
                n->u.composite.index[i] = i;
                check_elem_value(c, v, u->fields[i].type, "struct literal");
            }
            if (elts->len < u->nfields)
                diag_error(c, n->u.composite.rbrace, "too few values in struct literal of type %s",
                           type_string(c, t));
        }
        break;
    }
    case TY_ARRAY:
    case TY_SLICE: {
        int64_t idx = 0, max = 0;
        int64_t limit = (u->kind == TY_ARRAY && !open_array) ? u->len : -1;
        VEC(int64_t) used = {0};
        for (int i = 0; i < elts->len; i++) {
            Node *e = elts->items[i];
            Node *v = e;
            if (e->kind == N_KEYVALUE) {
                int64_t k = const_index(c, e->u.kv.key, limit);
                if (k >= 0)
                    idx = k;
                v = e->u.kv.value;
            } else if (limit >= 0 && idx >= limit) {
                diag_error(c, check_start_pos(e), "index %lld out of bounds [0:%lld]", (long long)idx,
                           (long long)limit);
            }
            for (int j = 0; j < used.len; j++)
                if (used.items[j] == idx) {
                    diag_error(c, e->kind == N_KEYVALUE ? e->u.kv.key->pos : e->pos,
                               "duplicate index %lld in array or slice literal", (long long)idx);
                    break;
                }
            VEC_PUSH(used, idx);
            n->u.composite.index[i] = (int32_t)idx;
            check_elem_value(c, v, u->elem, "array or slice literal");
            idx++;
            if (idx > max)
                max = idx;
        }
        VEC_FREE(used);
        if (open_array) {
            t = type_array(c, u->elem, max);
            tn->type = t;
            tn->mode = MODE_TYPE;
        }
        n->aux = 0;
        break;
    }
    case TY_MAP: {
        /* constant keys are chained by hash (const_key_hash), so that a literal of
         * thousands of entries is not checked for duplicates in quadratic time */
        int nb = 16;
        while (nb < 2 * elts->len)
            nb *= 2;
        int *heads = xcalloc((size_t)nb, sizeof(int));
        int *next = xcalloc((size_t)elts->len + 1, sizeof(int));
        for (int i = 0; i < elts->len; i++) {
            Node *e = elts->items[i];
            if (e->kind != N_KEYVALUE) {
                diag_error(c, check_start_pos(e), "missing key in map literal");
                check_expr(c, e, NULL);
                continue;
            }
            check_elem_value(c, e->u.kv.key, u->key, "map literal");
            check_elem_value(c, e->u.kv.value, u->elem, "map literal");
            Node *k = e->u.kv.key;
            if (k->mode == MODE_CONST) {
                uint32_t h = const_key_hash(k->cval) & (uint32_t)(nb - 1);
                for (int j = heads[h]; j; j = next[j]) {
                    Node *o = elts->items[j - 1];
                    if (o->u.kv.key->cval->kind == k->cval->kind &&
                        const_compare(TOK_EQL, o->u.kv.key->cval, k->cval)) {
                        diag_error(c, check_start_pos(k), "duplicate key %s in map literal", expr_str(c, k));
                        break;
                    }
                }
                next[i + 1] = heads[h];
                heads[h] = i + 1;
            }
        }
        free(heads);
        free(next);
        break;
    }
    default:
        diag_error(c, check_start_pos(n), "invalid composite literal type %s", type_string(c, t));
        invalid(n);
        return;
    }
    n->mode = MODE_VALUE;
    n->type = t;
}

/* ---- Function literals ---- */

static void check_funclit(Compiler *c, Node *n)
{
    CheckState *ck = CK(c);
    FuncInfo *outer = ck->func;
    FuncInfo *fi = ARENA_NEW(&c->arena, FuncInfo);
    VEC_PUSH(ck->funcs, fi);
    fi->outer = outer;
    fi->decl = n;
    if (outer) {
        /* Go numbers literals per enclosing function: f.func1, f.func1.1 */
        outer->lit_count++;
        if (outer->outer)
            fi->name = arena_sprintf(&c->arena, "%s.%d", outer->name, outer->lit_count);
        else
            fi->name = arena_sprintf(&c->arena, "%s.func%d", outer->name, outer->lit_count);
        VEC_PUSH(outer->literals, n);
    } else {
        ck->glob_lits++;
        fi->name = arena_sprintf(&c->arena, "%s.init.func%d", ck->pkg->path, ck->glob_lits);
    }
    Type *sig = check_signature(c, n->u.funclit.type, NULL, fi, false);
    n->u.funclit.chk = fi;
    if (!sig) {
        invalid(n);
        return;
    }
    check_func_body(c, fi, n->u.funclit.body);
    n->mode = MODE_VALUE;
    n->type = sig;
}

/* ---- Selectors ---- */

static bool exported(const char *name)
{
    unsigned char ch = (unsigned char)name[0];
    return (ch >= 'A' && ch <= 'Z') || ch >= 0x80;
}

static Type *method_expr_type(Compiler *c, Type *recv, Type *sig)
{
    VEC(Type *) ps = {0};
    VEC_PUSH(ps, recv);
    for (int i = 0; i < sig->nparams; i++)
        VEC_PUSH(ps, sig->params[i]);
    Type *t = type_func(c, ps.items, ps.len, sig->results, sig->nresults, sig->variadic);
    VEC_FREE(ps);
    return t;
}

static void check_selector(Compiler *c, Node *n, bool allow_type)
{
    Node *x = n->u.selector.x;
    Node *sel = n->u.selector.sel;
    const char *name = sel->u.ident.name;
    Node *xu = check_unparen(x);
    if (xu->kind == N_IDENT) {
        Sym *s = scope_lookup(CK(c)->scope, xu->u.ident.name);
        if (!s && try_implicit_import(c, xu))
            s = scope_lookup(CK(c)->scope, xu->u.ident.name);
        if (s && s->kind == SYM_PKG) {
            s->used = true;
            xu->u.ident.sym = s;
            xu->mode = MODE_PACKAGE;
            Package *p = s->imported;
            Sym *m = scope_lookup_local(p->scope, name);
            if (!m || !exported(name)) {
                if (m && !exported(name))
                    diag_error(c, check_start_pos(sel), "name %s not exported by package %s", name, p->name);
                else
                    diag_error(c, check_start_pos(sel), "undefined: %s.%s", xu->u.ident.name, name);
                invalid(n);
                return;
            }
            Selection *sl = ARENA_NEW(&c->arena, Selection);
            sl->kind = SEL_QUALIFIED;
            sl->name = name;
            n->u.selector.chk = sl;
            use_sym(c, sel, m);
            n->mode = sel->mode;
            n->type = sel->type;
            n->cval = sel->cval;
            return;
        }
    }
    check_expr_internal(c, x, NULL, true, false);
    if (x->mode == MODE_INVALID) {
        invalid(n);
        return;
    }
    if (x->mode == MODE_TYPE) {
        /* method expression T.m / (*T).m */
        Type *t = x->type;
        bool indirect;
        const char *why;
        Selection *s = check_lookup(c, t, name, &indirect, &why);
        if (!s || s->kind == SEL_FIELD) {
            diag_error(c, check_start_pos(sel), "%s.%s undefined (type %s has no method %s)", expr_str(c, x),
                       name, type_string(c, t), name);
            invalid(n);
            return;
        }
        if (s->kind == SEL_IFACE_METHOD) {
            IMethod *im = type_iface_method(s->recv_type, name);
            s->kind = SEL_METHOD_EXPR;
            n->u.selector.chk = s;
            n->mode = MODE_VALUE;
            n->type = method_expr_type(c, t, im->sig);
            return;
        }
        check_obj(c, s->method);
        Type *tu = type_under(t);
        bool is_ptr = tu && tu->kind == TY_POINTER;
        if (s->method->ptr_recv && !is_ptr && !indirect) {
            diag_error(c, check_start_pos(sel), "invalid method expression %s.%s (needs pointer receiver (*%s).%s)",
                       expr_str(c, x), name, type_string(c, t), name);
            invalid(n);
            return;
        }
        s->kind = SEL_METHOD_EXPR;
        n->u.selector.chk = s;
        n->mode = MODE_VALUE;
        n->type = s->method->type ? method_expr_type(c, t, s->method->type) : NULL;
        if (!n->type)
            invalid(n);
        return;
    }
    if (x->mode == MODE_PACKAGE || x->mode == MODE_BUILTIN || x->mode == MODE_NOVALUE) {
        diag_error(c, check_start_pos(x), "%s is not an expression", expr_str(c, x));
        invalid(n);
        return;
    }
    Type *t = x->type;
    if (x->type && x->type->kind == TY_TUPLE) {
        diag_error(c, check_start_pos(x), "multiple-value %s (value of type %s) in single-value context",
                   expr_str(c, x), type_string(c, x->type));
        invalid(n);
        return;
    }
    check_default(c, x);
    t = x->type;
    bool indirect;
    const char *why;
    Selection *s = check_lookup(c, t, name, &indirect, &why);
    if (!s) {
        Type *tu = type_under(t);
        if (why && strcmp(why, "ambiguous") == 0)
            diag_error(c, check_start_pos(sel), "ambiguous selector %s.%s", expr_str(c, x), name);
        else if (tu && tu->kind == TY_POINTER && type_under(tu->elem) &&
                 type_under(tu->elem)->kind == TY_INTERFACE)
            diag_error(c, check_start_pos(sel), "%s.%s undefined (type %s is pointer to interface, not interface)",
                       expr_str(c, x), name, type_string(c, t));
        else {
            /* types2 mentions a differently capitalized match */
            diag_error(c, check_start_pos(sel), "%s.%s undefined (type %s has no field or method %s)",
                       expr_str(c, x), name, type_string(c, t), name);
        }
        invalid(n);
        return;
    }
    n->u.selector.chk = s;
    switch (s->kind) {
    case SEL_FIELD: {
        Type *st = type_under(s->recv_type);
        Field *f = &st->fields[s->path[s->npath - 1]];
        if (f->pkg && f->pkg != CK(c)->pkg && !exported(name)) {
            diag_error(c, check_start_pos(sel), "%s.%s undefined (cannot refer to unexported field %s)",
                       expr_str(c, x), name, name);
            invalid(n);
            return;
        }
        n->type = f->type;
        n->mode = (x->mode == MODE_VAR || indirect) ? MODE_VAR : MODE_VALUE;
        return;
    }
    case SEL_METHOD: {
        Sym *m = s->method;
        check_obj(c, m);
        if (m->pkg != CK(c)->pkg && !exported(name)) {
            diag_error(c, check_start_pos(sel), "%s.%s undefined (cannot refer to unexported method %s)",
                       expr_str(c, x), name, name);
            invalid(n);
            return;
        }
        Type *tu = type_under(t);
        bool xptr = tu && tu->kind == TY_POINTER && s->npath == 0;
        if (m->ptr_recv) {
            if (!xptr && !indirect) {
                if (x->mode != MODE_VAR) {
                    diag_error(c, check_start_pos(sel), "cannot call pointer method %s on %s", name,
                               type_string(c, t));
                    invalid(n);
                    return;
                }
                s->addr = true;
                check_mark_addr(c, x);
            }
        } else {
            if (xptr)
                s->deref = true;
        }
        n->type = m->type;
        n->mode = MODE_VALUE;
        if (!n->type)
            invalid(n);
        return;
    }
    case SEL_IFACE_METHOD: {
        IMethod *im = type_iface_method(s->recv_type, name);
        if (im && im->pkg && im->pkg != CK(c)->pkg) {
            diag_error(c, check_start_pos(sel), "%s.%s undefined (cannot refer to unexported method %s)",
                       expr_str(c, x), name, name);
            invalid(n);
            return;
        }
        n->type = im ? im->sig : NULL;
        n->mode = MODE_VALUE;
        if (!n->type)
            invalid(n);
        return;
    }
    default:
        invalid(n);
        return;
    }
}

/* ---- Index and slice expressions ---- */

/* check_index_value checks an index operand: an integer (or an untyped constant
 * representable as int), non-negative when constant, below [len] when known (>= 0). Returns
 * the constant value or -1. */
static int64_t check_index_value(Compiler *c, Node *i, int64_t len, const char *what)
{
    check_expr(c, i, NULL);
    if (i->mode == MODE_INVALID)
        return -1;
    if (!type_is_integer(i->type) &&
        !(i->mode == MODE_CONST && type_is_untyped(i->type) && type_is_numeric(i->type) &&
          const_is_integral(i->cval))) {
        if (i->mode == MODE_CONST && type_is_untyped(i->type) && type_is_numeric(i->type))
            diag_error(c, check_start_pos(i), "invalid argument: %s %s truncated to int", what,
                       operand_str(c, i));
        else
            diag_error(c, check_start_pos(i), "invalid argument: %s %s must be integer", what,
                       operand_str(c, i));
        invalid(i);
        return -1;
    }
    if (i->mode == MODE_CONST) {
        ConstVal *iv = const_to_int(consts(c), i->cval);
        if (type_is_untyped(i->type) && const_fits_int(iv, 64, false))
            check_convert_untyped(c, i, type_basic(c, TY_INT));
        if (i->mode == MODE_INVALID)
            return -1;
        if (const_sign(iv) < 0) {
            diag_error(c, check_start_pos(i), "invalid argument: %s %s must not be negative", what,
                       operand_str(c, i));
            invalid(i);
            return -1;
        }
        if (!const_fits_int(iv, 63, false)) {
            diag_error(c, check_start_pos(i), "invalid argument: %s %s out of bounds", what, expr_str(c, i));
            return -1;
        }
        int64_t v = const_get_int64(iv);
        if (len >= 0 && v >= len) {
            diag_error(c, check_start_pos(i), "invalid argument: %s %s out of bounds [0:%lld]", what,
                       expr_str(c, i), (long long)len);
            invalid(i);
            return -1;
        }
        return v;
    }
    return -1;
}

static void check_index(Compiler *c, Node *n, bool allow_type)
{
    Node *x = n->u.index.x;
    check_expr_internal(c, x, NULL, true, false);
    if (x->mode == MODE_INVALID) {
        invalid(n);
        for (int i = 0; i < n->u.index.indices.len; i++)
            check_expr(c, n->u.index.indices.items[i], NULL);
        return;
    }
    if (x->mode == MODE_TYPE || (x->type && x->type->kind == TY_FUNC && x->mode == MODE_VALUE &&
                                 n->u.index.indices.len >= 1 &&
                                 check_unparen(x)->kind == N_IDENT)) {
        if (x->mode == MODE_TYPE || n->u.index.indices.len > 1) {
            diag_error(c, check_start_pos(n), "generic instantiation is not supported in Gale yet");
            invalid(n);
            return;
        }
    }
    if (n->u.index.indices.len != 1) {
        diag_error(c, check_start_pos(n), "unexpected comma; expecting ]");
        invalid(n);
        return;
    }
    Node *idx = n->u.index.indices.items[0];
    Type *t = x->type;
    Type *u = type_under(t);
    if (x->type && x->type->kind == TY_TUPLE) {
        diag_error(c, check_start_pos(x), "multiple-value %s (value of type %s) in single-value context",
                   expr_str(c, x), type_string(c, x->type));
        invalid(n);
        return;
    }
    if (!u) {
        invalid(n);
        return;
    }
    switch (u->kind) {
    case TY_STRING:
    case TY_UNTYPED_STRING: {
        int64_t len = x->mode == MODE_CONST ? (int64_t)x->cval->slen : -1;
        check_index_value(c, idx, len, "index");
        check_default(c, x);
        n->mode = MODE_VALUE;
        n->type = type_byte(c);
        if (x->mode == MODE_CONST && idx->mode == MODE_CONST && idx->cval) {
            /* indexing a constant string is not a constant in Go, but the value is known */
        }
        return;
    }
    case TY_ARRAY:
        check_index_value(c, idx, u->len, "index");
        n->mode = x->mode == MODE_VAR ? MODE_VAR : MODE_VALUE;
        n->type = u->elem;
        return;
    case TY_POINTER: {
        Type *eu = type_under(u->elem);
        if (eu && eu->kind == TY_ARRAY) {
            check_index_value(c, idx, eu->len, "index");
            n->mode = MODE_VAR;
            n->type = eu->elem;
            return;
        }
        break;
    }
    case TY_SLICE:
        check_index_value(c, idx, -1, "index");
        n->mode = MODE_VAR;
        n->type = u->elem;
        return;
    case TY_MAP:
        check_expr(c, idx, u->key);
        check_assignable(c, idx, u->key, "map index");
        n->mode = MODE_MAPINDEX;
        n->type = u->elem;
        return;
    default:
        break;
    }
    diag_error(c, check_start_pos(x), "invalid operation: cannot index %s", operand_str(c, x));
    check_expr(c, idx, NULL);
    invalid(n);
    (void)allow_type;
}

static void check_slice_expr(Compiler *c, Node *n)
{
    Node *x = n->u.slice.x;
    check_expr(c, x, NULL);
    Node *parts[3] = {n->u.slice.lo, n->u.slice.hi, n->u.slice.max};
    if (x->mode == MODE_INVALID) {
        for (int i = 0; i < 3; i++)
            if (parts[i])
                check_expr(c, parts[i], NULL);
        invalid(n);
        return;
    }
    Type *t = x->type;
    Type *u = type_under(t);
    int64_t len = -1;
    Type *result = NULL;
    switch (u ? u->kind : TY_INVALID) {
    case TY_STRING:
    case TY_UNTYPED_STRING:
        if (n->u.slice.slice3) {
            diag_error(c, check_start_pos(n), "invalid operation: 3-index slice of string");
            invalid(n);
            return;
        }
        if (x->mode == MODE_CONST)
            len = (int64_t)x->cval->slen;
        check_default(c, x);
        result = type_is_untyped(t) ? type_basic(c, TY_STRING) : x->type;
        break;
    case TY_ARRAY:
        if (x->mode != MODE_VAR) {
            diag_error(c, check_start_pos(x), "invalid operation: %s (slice of unaddressable value)",
                       operand_str(c, x));
            invalid(n);
            return;
        }
        check_mark_addr(c, x);
        len = u->len;
        result = type_slice(c, u->elem);
        break;
    case TY_POINTER: {
        Type *eu = type_under(u->elem);
        if (eu && eu->kind == TY_ARRAY) {
            len = eu->len;
            result = type_slice(c, eu->elem);
        }
        break;
    }
    case TY_SLICE:
        result = t;
        break;
    default:
        break;
    }
    if (!result) {
        diag_error(c, check_start_pos(x), "cannot slice %s", operand_str(c, x));
        invalid(n);
        return;
    }
    int64_t vals[3] = {-1, -1, -1};
    for (int i = 0; i < 3; i++)
        if (parts[i])
            vals[i] = check_index_value(c, parts[i], len >= 0 ? len + 1 : -1, "index");
    if (n->u.slice.slice3 && (!parts[1] || !parts[2])) {
        diag_error(c, check_start_pos(n), "middle index required in 3-index slice");
    }
    /* constant indices must be non-decreasing */
    for (int i = 0; i < 3; i++)
        for (int j = i + 1; j < 3; j++)
            if (vals[i] >= 0 && vals[j] >= 0 && vals[i] > vals[j]) {
                diag_error(c, check_start_pos(parts[j]), "invalid slice indices: %lld < %lld",
                           (long long)vals[j], (long long)vals[i]);
                j = 3;
                i = 3;
            }
    n->mode = MODE_VALUE;
    n->type = result;
}

/* ---- Type assertions ---- */

static void check_type_assert(Compiler *c, Node *n)
{
    Node *x = n->u.typeassert.x;
    check_expr(c, x, NULL);
    if (!n->u.typeassert.type) {
        diag_error(c, check_start_pos(n), "invalid syntax tree: use of .(type) outside type switch");
        invalid(n);
        return;
    }
    Type *t = check_type_expr(c, n->u.typeassert.type);
    if (x->mode == MODE_INVALID || !t) {
        invalid(n);
        return;
    }
    if (!type_is_interface(x->type)) {
        diag_error(c, check_start_pos(x), "invalid operation: %s is not an interface", operand_str(c, x));
        invalid(n);
        return;
    }
    if (!type_is_interface(t)) {
        const char *missing;
        bool wp;
        if (!check_implements(c, t, x->type, &missing, &wp)) {
            StrBuf b = {0};
            not_implements_reason(c, &b, t, x->type);
            diag_error(c, check_start_pos(n), "impossible type assertion: %s\n\t%s",
                       expr_str(c, n), strbuf_cstr(&b));
            strbuf_free(&b);
            invalid(n);
            return;
        }
    }
    n->mode = MODE_COMMAOK;
    n->type = t;
}

/* ---- Unary and binary operators ---- */

static bool is_comparison(int op)
{
    return op == TOK_EQL || op == TOK_NEQ || op == TOK_LSS || op == TOK_LEQ || op == TOK_GTR ||
           op == TOK_GEQ;
}

static bool op_allowed(int op, Type *t)
{
    switch (op) {
    case TOK_ADD:
        return type_is_numeric(t) || type_is_string(t);
    case TOK_SUB:
    case TOK_MUL:
    case TOK_QUO:
        return type_is_numeric(t);
    case TOK_REM:
    case TOK_AND:
    case TOK_OR:
    case TOK_XOR:
    case TOK_AND_NOT:
        return type_is_integer(t);
    case TOK_LAND:
    case TOK_LOR:
        return type_is_boolean(t);
    default:
        return false;
    }
}

/* overflow_check reports a typed constant that does not fit its type. */
static bool typed_const_fits(Compiler *c, Node *n)
{
    if (n->mode != MODE_CONST || type_is_untyped(n->type))
        return true;
    ConstVal *out;
    bool ovf;
    if (!check_representable(c, n, n->cval, n->type, &out, &ovf)) {
        StrBuf v = {0};
        const_format(&v, n->cval);
        diag_error(c, check_start_pos(n), "%s (constant %s of type %s) overflows %s", expr_str(c, n),
                   strbuf_cstr(&v), type_string(c, n->type), type_string(c, n->type));
        strbuf_free(&v);
        invalid(n);
        return false;
    }
    n->cval = out;
    return true;
}

static void check_unary(Compiler *c, Node *n, Type *hint)
{
    int op = n->u.unary.op;
    Node *x = n->u.unary.x;
    if (op == TOK_AND) {
        Node *xu = check_unparen(x);
        if (xu->kind == N_COMPOSITE) {
            Type *h = hint && type_under(hint) && type_under(hint)->kind == TY_POINTER
                          ? type_under(hint)->elem
                          : NULL;
            check_expr(c, x, h);
            if (x->mode == MODE_INVALID) {
                invalid(n);
                return;
            }
            n->mode = MODE_VALUE;
            n->type = type_pointer(c, x->type);
            return;
        }
        check_expr(c, x, NULL);
        if (x->mode == MODE_INVALID) {
            invalid(n);
            return;
        }
        if (x->mode != MODE_VAR) {
            diag_error(c, check_start_pos(x), "invalid operation: cannot take address of %s",
                       operand_str(c, x));
            invalid(n);
            return;
        }
        check_mark_addr(c, x);
        n->mode = MODE_VALUE;
        n->type = type_pointer(c, x->type);
        return;
    }
    if (op == TOK_ARROW) {
        check_expr(c, x, NULL);
        if (x->mode == MODE_INVALID) {
            invalid(n);
            return;
        }
        Type *u = type_under(x->type);
        if (!u || u->kind != TY_CHAN) {
            diag_error(c, check_start_pos(x), "invalid operation: cannot receive from non-channel %s",
                       operand_str(c, x));
            invalid(n);
            return;
        }
        if (u->dir == CHAN_SEND) {
            diag_error(c, check_start_pos(x), "invalid operation: cannot receive from send-only channel %s",
                       operand_str(c, x));
            invalid(n);
            return;
        }
        n->mode = MODE_COMMAOK;
        n->type = u->elem;
        return;
    }
    check_expr(c, x, NULL);
    if (x->mode == MODE_INVALID) {
        invalid(n);
        return;
    }
    Type *t = x->type;
    bool ok;
    switch (op) {
    case TOK_ADD:
    case TOK_SUB:
        ok = type_is_numeric(t);
        break;
    case TOK_NOT:
        ok = type_is_boolean(t);
        break;
    case TOK_XOR:
        ok = type_is_integer(t);
        break;
    default:
        ok = false;
    }
    if (!ok) {
        diag_error(c, check_start_pos(x), "invalid operation: operator %s not defined on %s",
                   lex_token_string(op), operand_str(c, x));
        invalid(n);
        return;
    }
    n->type = t;
    if (x->mode == MODE_CONST) {
        const char *err;
        int ubits = 0;
        if (op == TOK_XOR && type_is_unsigned(t))
            ubits = type_int_bits(t);
        ConstVal *v = const_unary(consts(c), op, x->cval, ubits, &err);
        if (!v) {
            invalid(n);
            return;
        }
        n->mode = MODE_CONST;
        n->cval = v;
        typed_const_fits(c, n);
        return;
    }
    n->mode = MODE_VALUE;
}

/* match_types converts untyped operands of a binary operator towards each other's type.
 * Returns false after reporting a mismatch. */
static bool match_types(Compiler *c, Node *n, Node *x, Node *y)
{
    bool xu = type_is_untyped(x->type), yu = type_is_untyped(y->type);
    if (xu && !yu) {
        if (x->type->kind == TY_UNTYPED_NIL || type_is_interface(y->type) ||
            can_convert_silently(c, x, y->type))
            return convert_untyped_ctx(c, x, y->type, NULL) || true;
    }
    if (yu && !xu) {
        if (y->type->kind == TY_UNTYPED_NIL || type_is_interface(x->type) ||
            can_convert_silently(c, y, x->type))
            return convert_untyped_ctx(c, y, x->type, NULL) || true;
    }
    if (xu && yu) {
        if (type_is_numeric(x->type) && type_is_numeric(y->type)) {
            Type *target = x->type->kind > y->type->kind ? x->type : y->type;
            convert_untyped_ctx(c, x, target, NULL);
            convert_untyped_ctx(c, y, target, NULL);
        }
    }
    (void)n;
    return true;
}

static void check_shift(Compiler *c, Node *n, Type *hint)
{
    Node *x = n->u.binary.x, *y = n->u.binary.y;
    int op = n->u.binary.op;
    check_expr(c, x, NULL);
    check_expr(c, y, NULL);
    if (x->mode == MODE_INVALID || y->mode == MODE_INVALID) {
        invalid(n);
        return;
    }
    /* the shift count: integer, or an untyped constant representable as uint */
    if (y->mode == MODE_CONST) {
        ConstVal *iv = const_is_integral(y->cval) && type_is_numeric(y->type)
                           ? const_to_int(consts(c), y->cval)
                           : NULL;
        if (!iv || const_sign(iv) < 0) {
            diag_error(c, check_start_pos(y), "invalid shift count %s", operand_str(c, y));
            invalid(n);
            return;
        }
        if (type_is_untyped(y->type))
            convert_untyped_ctx(c, y, type_basic(c, TY_UINT), NULL);
    } else if (!type_is_integer(y->type)) {
        diag_error(c, check_start_pos(y), "invalid operation: shift count %s must be integer",
                   operand_str(c, y));
        invalid(n);
        return;
    }
    if (x->mode == MODE_CONST) {
        if (type_is_untyped(x->type)) {
            ConstVal *xi = const_is_integral(x->cval) && type_is_numeric(x->type)
                               ? const_to_int(consts(c), x->cval)
                               : NULL;
            if (!xi) {
                diag_error(c, check_start_pos(x), "invalid operation: shifted operand %s must be integer",
                           operand_str(c, x));
                invalid(n);
                return;
            }
            if (y->mode == MODE_CONST) {
                const char *err;
                ConstVal *v = const_shift(consts(c), op, xi, const_get_uint64(y->cval), &err);
                if (!v) {
                    diag_error(c, check_start_pos(n), "%s", err);
                    invalid(n);
                    return;
                }
                n->mode = MODE_CONST;
                n->cval = v;
                /* untyped float operands that are integral become untyped int */
                n->type = x->type->kind == TY_UNTYPED_FLOAT ? type_basic(c, TY_UNTYPED_INT)
                                                            : x->type;
                x->cval = xi;
                x->type = n->type;
                return;
            }
            /* non-constant shift of an untyped constant: the constant takes the type the
             * context gives (Go spec); the hint is that context when known */
            x->cval = xi;
            if (x->type->kind == TY_UNTYPED_FLOAT)
                x->type = type_basic(c, TY_UNTYPED_INT);
            if (hint && type_is_interface(hint))
                hint = type_default(c, x->type);
            if (hint && !type_is_untyped(hint)) {
                if (!type_is_integer(hint)) {
                    diag_error(c, check_start_pos(x), "invalid operation: shifted operand %s (type %s) must be integer",
                               expr_str(c, x), type_string(c, hint));
                    invalid(n);
                    return;
                }
                convert_untyped_ctx(c, x, hint, NULL);
            }
            n->mode = MODE_VALUE;
            n->type = x->type;
            return;
        }
        if (!type_is_integer(x->type)) {
            diag_error(c, check_start_pos(x), "invalid operation: shifted operand %s must be integer",
                       operand_str(c, x));
            invalid(n);
            return;
        }
        if (y->mode == MODE_CONST) {
            const char *err;
            ConstVal *v = const_shift(consts(c), op, x->cval, const_get_uint64(y->cval), &err);
            if (!v) {
                diag_error(c, check_start_pos(n), "%s", err);
                invalid(n);
                return;
            }
            n->mode = MODE_CONST;
            n->cval = v;
            n->type = x->type;
            typed_const_fits(c, n);
            return;
        }
        n->mode = MODE_VALUE;
        n->type = x->type;
        return;
    }
    if (!type_is_integer(x->type)) {
        diag_error(c, check_start_pos(x), "invalid operation: shifted operand %s must be integer",
                   operand_str(c, x));
        invalid(n);
        return;
    }
    n->mode = MODE_VALUE;
    n->type = x->type;
}

/* can_convert_silently says whether untyped [x] can become [t] (for operator matching). */
bool can_convert_silently(Compiler *c, Node *x, Type *t)
{
    Type *tu = type_under(t);
    if (!tu)
        return false;
    if (type_is_numeric(x->type))
        return type_is_numeric(t);
    if (type_is_string(x->type))
        return type_is_string(t);
    if (type_is_boolean(x->type))
        return type_is_boolean(t);
    (void)c;
    return false;
}

static void mismatch(Compiler *c, Node *n, Node *x, Node *y)
{
    diag_error(c, check_start_pos(x), "invalid operation: %s (mismatched types %s and %s)", expr_str(c, n),
               type_string(c, x->type), type_string(c, y->type));
    invalid(n);
}

static void check_comparison(Compiler *c, Node *n, Node *x, Node *y, bool xnil, bool ynil)
{
    int op = n->u.binary.op;
    bool eq = op == TOK_EQL || op == TOK_NEQ;
    /* operands must be assignable one to the other */
    bool ok = assignable_to(c, x->type, y->type) || assignable_to(c, y->type, x->type);
    if (type_is_untyped(x->type) && type_is_untyped(y->type)) {
        ok = (type_is_numeric(x->type) && type_is_numeric(y->type)) ||
             x->type->kind == y->type->kind;
        if (x->type->kind == TY_UNTYPED_NIL && y->type->kind == TY_UNTYPED_NIL) {
            diag_error(c, check_start_pos(n), "invalid operation: %s (operator %s not defined on nil)",
                       expr_str(c, n), lex_token_string(op));
            invalid(n);
            return;
        }
    }
    if (!ok) {
        /* types2 reports a comparison mismatch at the second operand */
        diag_error(c, check_start_pos(y), "invalid operation: %s (mismatched types %s and %s)",
                   expr_str(c, n), type_string(c, x->type), type_string(c, y->type));
        invalid(n);
        return;
    }
    Node *bad = NULL;
    const char *why = NULL;
    if (eq) {
        if (xnil || ynil) {
            Node *other = xnil ? y : x;
            if (!type_has_nil(other->type)) {
                mismatch(c, n, x, y);
                return;
            }
        } else if (!type_comparable(x->type) || !type_comparable(y->type)) {
            bad = !type_comparable(x->type) ? x : y;
            Type *bu = type_under(bad->type);
            if (bu->kind == TY_SLICE)
                why = "slice can only be compared to nil";
            else if (bu->kind == TY_MAP)
                why = "map can only be compared to nil";
            else if (bu->kind == TY_FUNC)
                why = "func can only be compared to nil";
            else
                why = NULL;
            if (!why && bu->kind == TY_STRUCT) {
                /* name the first field type that cannot be compared */
                for (int i = 0; i < bu->nfields && !why; i++)
                    if (!type_comparable(bu->fields[i].type))
                        why = arena_sprintf(&c->arena, "struct containing %s cannot be compared",
                                            type_string(c, bu->fields[i].type));
            }
            if (why)
                diag_error(c, check_start_pos(bad), "invalid operation: %s (%s)", expr_str(c, n), why);
            else
                diag_error(c, check_start_pos(bad), "invalid operation: %s (%s cannot be compared)",
                           expr_str(c, n), type_string(c, bad->type));
            invalid(n);
            return;
        }
    } else {
        if (!type_is_ordered(x->type) || !type_is_ordered(y->type)) {
            bad = !type_is_ordered(x->type) ? x : y;
            Type *bu = type_under(bad->type);
            const char *kind = bu->kind == TY_STRUCT      ? "struct"
                               : bu->kind == TY_POINTER   ? "pointer"
                               : bu->kind == TY_INTERFACE ? "interface"
                               : bu->kind == TY_SLICE     ? "slice"
                               : bu->kind == TY_MAP       ? "map"
                               : bu->kind == TY_CHAN      ? "chan"
                               : bu->kind == TY_BOOL      ? "bool"
                               : bu->kind == TY_ARRAY     ? "array"
                               : bu->kind == TY_FUNC      ? "func"
                                                          : type_string(c, bad->type);
            diag_error(c, check_start_pos(bad), "invalid operation: %s (operator %s not defined on %s)",
                       expr_str(c, n), lex_token_string(op), kind);
            invalid(n);
            return;
        }
    }
    if (x->mode == MODE_CONST && y->mode == MODE_CONST) {
        n->mode = MODE_CONST;
        n->cval = const_bool(consts(c), const_compare(op, x->cval, y->cval));
    } else {
        n->mode = MODE_VALUE;
        /* operands of a comparison get their default types when both are untyped */
        check_default(c, x);
        check_default(c, y);
    }
    n->type = type_basic(c, TY_UNTYPED_BOOL);
}

static void check_binary(Compiler *c, Node *n, Type *hint)
{
    int op = n->u.binary.op;
    if (op == TOK_SHL || op == TOK_SHR) {
        check_shift(c, n, hint);
        return;
    }
    Node *x = n->u.binary.x, *y = n->u.binary.y;
    /* a hint flows to untyped operands (for shifts inside, like 1<<s + 1) */
    check_expr(c, x, is_comparison(op) ? NULL : hint);
    check_expr(c, y, is_comparison(op) ? NULL : hint);
    if (x->mode == MODE_INVALID || y->mode == MODE_INVALID) {
        invalid(n);
        return;
    }
    for (int i = 0; i < 2; i++) {
        Node *o = i ? y : x;
        if (o->mode == MODE_TYPE || o->mode == MODE_BUILTIN || o->mode == MODE_NOVALUE ||
            o->mode == MODE_PACKAGE) {
            if (o->mode == MODE_NOVALUE)
                diag_error(c, check_start_pos(o), "%s (no value) used as value", expr_str(c, o));
            else if (o->mode == MODE_TYPE)
                diag_error(c, check_start_pos(o), "%s (type) is not an expression", expr_str(c, o));
            else
                diag_error(c, check_start_pos(o), "%s is not an expression", expr_str(c, o));
            invalid(n);
            return;
        }
        if (o->type && o->type->kind == TY_TUPLE) {
            diag_error(c, check_start_pos(o), "multiple-value %s (value of type %s) in single-value context",
                       expr_str(c, o), type_string(c, o->type));
            invalid(n);
            return;
        }
    }
    if (is_comparison(op)) {
        bool xnil = x->type && x->type->kind == TY_UNTYPED_NIL;
        bool ynil = y->type && y->type->kind == TY_UNTYPED_NIL;
        match_types(c, n, x, y);
        if (x->mode == MODE_INVALID || y->mode == MODE_INVALID) {
            invalid(n);
            return;
        }
        check_comparison(c, n, x, y, xnil, ynil);
        return;
    }
    match_types(c, n, x, y);
    if (x->mode == MODE_INVALID || y->mode == MODE_INVALID) {
        invalid(n);
        return;
    }
    bool both_untyped = type_is_untyped(x->type) && type_is_untyped(y->type);
    if (!both_untyped && !type_identical(x->type, y->type)) {
        mismatch(c, n, x, y);
        return;
    }
    if (both_untyped) {
        bool ok = (type_is_numeric(x->type) && type_is_numeric(y->type)) ||
                  x->type->kind == y->type->kind;
        if (!ok) {
            mismatch(c, n, x, y);
            return;
        }
    }
    if (!op_allowed(op, x->type)) {
        diag_error(c, check_start_pos(x), "invalid operation: operator %s not defined on %s",
                   lex_token_string(op), operand_str(c, x));
        invalid(n);
        return;
    }
    /* division by a constant zero */
    if ((op == TOK_QUO || op == TOK_REM) && y->mode == MODE_CONST && type_is_numeric(y->type) &&
        const_sign(y->cval) == 0 && (x->mode == MODE_CONST || type_is_integer(x->type))) {
        diag_error(c, check_start_pos(y), "invalid operation: division by zero");
        invalid(n);
        return;
    }
    Type *rt = x->type;
    if (both_untyped && type_is_numeric(x->type))
        rt = x->type->kind > y->type->kind ? x->type : y->type;
    if (x->mode == MODE_CONST && y->mode == MODE_CONST) {
        const char *err;
        ConstVal *xv = x->cval, *yv = y->cval;
        /* integer operands of integer type use integer arithmetic */
        if (type_is_integer(rt)) {
            xv = const_to_int(consts(c), xv);
            yv = const_to_int(consts(c), yv);
        } else if (type_is_float(rt)) {
            xv = const_to_float(consts(c), xv);
            yv = const_to_float(consts(c), yv);
        }
        if (!xv || !yv) {
            invalid(n);
            return;
        }
        ConstVal *v = const_binary(consts(c), op, xv, yv, &err);
        if (!v) {
            diag_error(c, check_start_pos(n), "%s", err ? err : "invalid constant operation");
            invalid(n);
            return;
        }
        n->mode = MODE_CONST;
        n->cval = v;
        n->type = rt;
        /* typed float constants are rounded after each operation, as Go does */
        if (!type_is_untyped(rt) && type_is_float(rt)) {
            bool ovf;
            double d = const_round_float(v, type_under(rt)->kind == TY_FLOAT32, &ovf);
            if (!ovf)
                n->cval = const_float64(consts(c), d);
        }
        typed_const_fits(c, n);
        return;
    }
    n->mode = MODE_VALUE;
    n->type = rt;
}

/* ---- Dispatcher ---- */

static void check_expr_internal(Compiler *c, Node *n, Type *hint, bool allow_type,
                                bool allow_multi)
{
    if (!n)
        return;
    n->mode = MODE_INVALID;
    n->cval = NULL;
    switch (n->kind) {
    case N_BAD:
        invalid(n);
        return;
    case N_IDENT:
        check_ident(c, n);
        break;
    case N_BASICLIT:
        check_basiclit(c, n);
        break;
    case N_COMPOSITE:
        check_composite(c, n, hint);
        break;
    case N_FUNCLIT:
        check_funclit(c, n);
        break;
    case N_PAREN:
        check_expr_internal(c, n->u.paren.x, hint, allow_type, false);
        n->mode = n->u.paren.x->mode;
        n->type = n->u.paren.x->type;
        n->cval = n->u.paren.x->cval;
        if (n->mode == MODE_COMMAOK)
            n->mode = MODE_VALUE; /* (x.(T)) cannot be used in comma-ok form */
        break;
    case N_SELECTOR:
        check_selector(c, n, allow_type);
        break;
    case N_INDEX:
        check_index(c, n, allow_type);
        break;
    case N_SLICE:
        check_slice_expr(c, n);
        break;
    case N_TYPEASSERT:
        check_type_assert(c, n);
        break;
    case N_CALL:
        check_call(c, n, hint);
        if (n->mode != MODE_INVALID && n->type && n->type->kind == TY_TUPLE && !allow_multi) {
            if (n->type->nresults == 0)
                n->mode = MODE_NOVALUE;
            /* multi-value results are reported by the context that uses them */
        }
        break;
    case N_STAR: {
        Node *x = n->u.star.x;
        check_expr_internal(c, x, NULL, true, false);
        if (x->mode == MODE_INVALID) {
            invalid(n);
            return;
        }
        if (x->mode == MODE_TYPE) {
            n->mode = MODE_TYPE;
            n->type = type_pointer(c, x->type);
            break;
        }
        if (x->type && x->type->kind == TY_UNTYPED_NIL) {
            diag_error(c, check_start_pos(n), "invalid operation: cannot indirect nil");
            invalid(n);
            return;
        }
        Type *u = type_under(x->type);
        if (!u || u->kind != TY_POINTER) {
            diag_error(c, check_start_pos(x), "invalid operation: cannot indirect %s", operand_str(c, x));
            invalid(n);
            return;
        }
        n->mode = MODE_VAR;
        n->type = u->elem;
        break;
    }
    case N_UNARY:
        check_unary(c, n, hint);
        break;
    case N_BINARY:
        check_binary(c, n, hint);
        break;
    case N_KEYVALUE:
        diag_error(c, check_start_pos(n), "unexpected key:value expression");
        invalid(n);
        return;
    case N_ARRAYTYPE:
    case N_STRUCTTYPE:
    case N_FUNCTYPE:
    case N_INTERFACETYPE:
    case N_MAPTYPE:
    case N_CHANTYPE: {
        Type *t = check_type_expr(c, n);
        if (!t) {
            invalid(n);
            return;
        }
        n->mode = MODE_TYPE;
        n->type = t;
        break;
    }
    case N_ELLIPSIS:
        diag_error(c, check_start_pos(n), "invalid use of ...");
        invalid(n);
        return;
    default:
        diag_error(c, check_start_pos(n), "unexpected expression");
        invalid(n);
        return;
    }
    if (n->mode == MODE_TYPE && !allow_type) {
        diag_error(c, check_start_pos(n), "%s (type) is not an expression", expr_str(c, n));
        invalid(n);
    }
}

void check_expr(Compiler *c, Node *n, Type *hint)
{
    check_expr_internal(c, n, hint, false, false);
    if (n->mode == MODE_PACKAGE) {
        diag_error(c, check_start_pos(n), "use of package %s without selector", expr_str(c, n));
        invalid(n);
    }
}

void check_expr_or_type(Compiler *c, Node *n, Type *hint)
{
    check_expr_internal(c, n, hint, true, false);
    if (n->mode == MODE_PACKAGE) {
        diag_error(c, check_start_pos(n), "use of package %s without selector", expr_str(c, n));
        invalid(n);
    }
}

void check_multi(Compiler *c, Node *n)
{
    check_expr_internal(c, n, NULL, false, true);
    if (n->mode == MODE_PACKAGE) {
        diag_error(c, check_start_pos(n), "use of package %s without selector", expr_str(c, n));
        invalid(n);
    }
}
