/*
 * check_call.c — calls: function and method calls with argument checking (variadic
 * parameters, f(g()) spreading), conversions T(x), and the builtin functions.
 *
 * Every call node gets a CallInfo (check.h) saying how to call: statically, through an
 * interface, through a func value, as a conversion or as a builtin; the code generator
 * relies on it.
 */
#include "compiler/check.h"

#include <string.h>

bool can_convert_silently(Compiler *c, Node *x, Type *t);

static void invalid(Node *n)
{
    n->mode = MODE_INVALID;
    n->type = NULL;
}

static ConstArena *consts(Compiler *c)
{
    return &CK(c)->consts;
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

static CallInfo *new_info(Compiler *c, Node *n, CallKind k)
{
    CallInfo *ci = ARENA_NEW(&c->arena, CallInfo);
    ci->kind = k;
    n->u.call.chk = ci;
    return ci;
}

/* ---- Conversions ---- */

/* identical_ignore_tags compares types structurally, ignoring struct tags (conversion
 * rules). */
static bool identical_ignore_tags(Type *a, Type *b, int depth)
{
    if (type_identical(a, b))
        return true;
    if (!a || !b || depth > 20)
        return false;
    Type *x = a->ident, *y = b->ident;
    if (x->kind != y->kind || x->kind == TY_NAMED)
        return false;
    switch (x->kind) {
    case TY_STRUCT:
        if (x->nfields != y->nfields)
            return false;
        for (int i = 0; i < x->nfields; i++) {
            Field *f = &x->fields[i], *g = &y->fields[i];
            if (f->name != g->name || f->embedded != g->embedded || f->pkg != g->pkg ||
                !identical_ignore_tags(f->type, g->type, depth + 1))
                return false;
        }
        return true;
    case TY_POINTER:
    case TY_SLICE:
        return identical_ignore_tags(x->elem, y->elem, depth + 1);
    case TY_ARRAY:
        return x->len == y->len && identical_ignore_tags(x->elem, y->elem, depth + 1);
    case TY_MAP:
        return identical_ignore_tags(x->key, y->key, depth + 1) &&
               identical_ignore_tags(x->elem, y->elem, depth + 1);
    default:
        return false;
    }
}

static bool convertible(Compiler *c, Type *from, Type *to)
{
    Type *fu = type_under(from), *tu = type_under(to);
    if (!fu || !tu)
        return true;
    if (type_identical(from, to))
        return true;
    if (fu == tu || identical_ignore_tags(fu, tu, 0))
        return true; /* identical underlying types, tags ignored */
    if (tu->kind == TY_INTERFACE) {
        const char *m;
        bool wp;
        return check_implements(c, from, to, &m, &wp);
    }
    if (fu->kind == TY_INTERFACE)
        return false;
    if (fu->kind == TY_POINTER && tu->kind == TY_POINTER && from->kind != TY_NAMED &&
        to->kind != TY_NAMED &&
        identical_ignore_tags(type_under(fu->elem), type_under(tu->elem), 0))
        return true;
    if (type_is_numeric(from) && type_is_numeric(to))
        return true;
    if (tu->kind == TY_STRING) {
        if (type_is_integer(from))
            return true;
        if (fu->kind == TY_SLICE) {
            TyKind ek = (TyKind)type_under(fu->elem)->kind;
            return ek == TY_UINT8 || ek == TY_INT32;
        }
    }
    if (fu->kind == TY_STRING && tu->kind == TY_SLICE) {
        TyKind ek = (TyKind)type_under(tu->elem)->kind;
        return ek == TY_UINT8 || ek == TY_INT32;
    }
    /* slice to array or array pointer (Go 1.17, 1.20) */
    if (fu->kind == TY_SLICE) {
        if (tu->kind == TY_ARRAY && type_identical(fu->elem, tu->elem))
            return true;
        if (tu->kind == TY_POINTER && type_under(tu->elem) &&
            type_under(tu->elem)->kind == TY_ARRAY &&
            type_identical(fu->elem, type_under(tu->elem)->elem))
            return true;
    }
    if (fu->kind == TY_CHAN && tu->kind == TY_CHAN && fu->dir == CHAN_BOTH &&
        type_identical(fu->elem, tu->elem))
        return true;
    return false;
}

void check_conversion(Compiler *c, Node *n, Type *t)
{
    Node *x = n->u.call.args.items[0];
    Type *tu = type_under(t);
    if (x->mode == MODE_INVALID || !tu) {
        invalid(n);
        return;
    }
    new_info(c, n, CALL_CONV);
    if (x->mode == MODE_CONST && tu->kind >= TY_BOOL && tu->kind <= TY_STRING) {
        /* constant conversion */
        ConstVal *v = x->cval;
        if (tu->kind == TY_STRING && type_is_integer(x->type)) {
            /* string(rune constant) */
            ConstVal *iv = const_to_int(consts(c), v);
            int64_t r = const_fits_int(iv, 32, false) ? const_get_int64(iv) : 0xFFFD;
            if (r < 0 || r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF))
                r = 0xFFFD;
            char buf[4];
            int len;
            if (r < 0x80) {
                buf[0] = (char)r;
                len = 1;
            } else if (r < 0x800) {
                buf[0] = (char)(0xC0 | (r >> 6));
                buf[1] = (char)(0x80 | (r & 0x3F));
                len = 2;
            } else if (r < 0x10000) {
                buf[0] = (char)(0xE0 | (r >> 12));
                buf[1] = (char)(0x80 | ((r >> 6) & 0x3F));
                buf[2] = (char)(0x80 | (r & 0x3F));
                len = 3;
            } else {
                buf[0] = (char)(0xF0 | (r >> 18));
                buf[1] = (char)(0x80 | ((r >> 12) & 0x3F));
                buf[2] = (char)(0x80 | ((r >> 6) & 0x3F));
                buf[3] = (char)(0x80 | (r & 0x3F));
                len = 4;
            }
            check_default(c, x);
            n->mode = MODE_CONST;
            n->cval = const_string(consts(c), buf, (size_t)len);
            n->type = t;
            return;
        }
        bool kinds_ok = (type_is_numeric(x->type) && type_is_numeric(t)) ||
                        (type_is_string(x->type) && type_is_string(t)) ||
                        (type_is_boolean(x->type) && type_is_boolean(t));
        if (!kinds_ok) {
            diag_error(c, check_start_pos(x), "cannot convert %s to type %s", operand_str(c, x),
                       type_string(c, t));
            invalid(n);
            return;
        }
        if (tu->kind == TY_COMPLEX64 || tu->kind == TY_COMPLEX128) {
            diag_error(c, check_start_pos(n), "complex numbers are not supported in Gale yet");
            invalid(n);
            return;
        }
        /* float -> integer constant conversions must be exact */
        ConstVal *out;
        bool overflow;
        ConstVal *src = v;
        if (type_is_integer(t) && type_is_float(x->type) && !const_is_integral(v)) {
            diag_error(c, check_start_pos(x), "cannot convert %s to type %s", operand_str(c, x),
                       type_string(c, t));
            invalid(n);
            return;
        }
        if (!check_representable(c, x, src, t, &out, &overflow)) {
            if (overflow) {
                StrBuf b = {0};
                const_format(&b, v);
                diag_error(c, check_start_pos(x), "constant %s overflows %s", strbuf_cstr(&b),
                           type_string(c, t));
                strbuf_free(&b);
            } else {
                diag_error(c, check_start_pos(x), "cannot convert %s to type %s",
                           operand_str(c, x), type_string(c, t));
            }
            invalid(n);
            return;
        }
        /* the operand itself keeps its own (default) type for code generation */
        if (type_is_untyped(x->type))
            check_convert_untyped(c, x, type_is_numeric(t) && type_is_numeric(x->type) ? t
                                        : type_default(c, x->type));
        n->mode = MODE_CONST;
        n->cval = out;
        n->type = t;
        return;
    }
    if (type_is_untyped(x->type)) {
        if (x->type->kind == TY_UNTYPED_NIL) {
            if (!type_has_nil(t)) {
                diag_error(c, check_start_pos(x), "cannot convert nil to type %s", type_string(c, t));
                invalid(n);
                return;
            }
            x->type = t;
        } else if (tu->kind == TY_INTERFACE) {
            check_default(c, x);
        } else if (can_convert_silently(c, x, t)) {
            /* e.g. float64(1 << s): the untyped operand takes the target type */
            if (x->mode == MODE_CONST)
                check_convert_untyped(c, x, t);
            else
                check_convert_untyped(c, x, type_is_numeric(t) ? t : type_default(c, x->type));
        } else {
            check_default(c, x);
        }
        if (x->mode == MODE_INVALID) {
            invalid(n);
            return;
        }
    }
    if (!convertible(c, x->type, t)) {
        diag_error(c, check_start_pos(x), "cannot convert %s to type %s", operand_str(c, x),
                   type_string(c, t));
        invalid(n);
        return;
    }
    n->mode = MODE_VALUE;
    n->type = t;
}

/* ---- Arguments ---- */

static void write_types(Compiler *c, StrBuf *b, Type **ts, int n, bool variadic)
{
    strbuf_putc(b, '(');
    for (int i = 0; i < n; i++) {
        if (i)
            strbuf_puts(b, ", ");
        if (variadic && i == n - 1) {
            strbuf_puts(b, "...");
            strbuf_puts(b, type_string(c, ts[i]->elem));
        } else {
            strbuf_puts(b, type_string(c, ts[i]));
        }
    }
    strbuf_putc(b, ')');
}

static void write_arg_types(Compiler *c, StrBuf *b, NodeList *args, bool spread)
{
    strbuf_putc(b, '(');
    if (spread && args->len == 1 && args->items[0]->type &&
        args->items[0]->type->kind == TY_TUPLE) {
        Type *t = args->items[0]->type;
        for (int i = 0; i < t->nresults; i++) {
            if (i)
                strbuf_puts(b, ", ");
            strbuf_puts(b, type_string(c, t->results[i]));
        }
    } else {
        for (int i = 0; i < args->len; i++) {
            Node *a = args->items[i];
            if (i)
                strbuf_puts(b, ", ");
            if (!a->type)
                strbuf_puts(b, "invalid type");
            else if (type_is_untyped(a->type) && type_is_numeric(a->type) &&
                     a->mode == MODE_CONST)
                strbuf_puts(b, "number");
            else if (type_is_untyped(a->type) && a->type->kind != TY_UNTYPED_NIL)
                strbuf_puts(b, type_string(c, type_default(c, a->type)));
            else
                strbuf_puts(b, type_string(c, a->type));
        }
    }
    strbuf_putc(b, ')');
}

static const char *call_name(Compiler *c, Node *fun)
{
    fun = check_unparen(fun);
    return expr_str(c, fun);
}

/* check_args checks the arguments of a call of signature [sig]. */
static void check_args(Compiler *c, Node *n, Type *sig, CallInfo *ci)
{
    NodeList *args = &n->u.call.args;
    int np = sig->nparams;
    bool variadic = sig->variadic;
    /* f(g()) with g multi-valued */
    if (args->len == 1 && !n->u.call.has_ellipsis) {
        Node *a = args->items[0];
        Node *au = check_unparen(a);
        if (au->kind == N_CALL) {
            check_multi(c, a);
            if (a->mode != MODE_INVALID && a->type && a->type->kind == TY_TUPLE &&
                a->type->nresults != 1 && a->type->nresults > 0) {
                Type *tt = a->type;
                ci->spread = true;
                bool ok = variadic ? tt->nresults >= np - 1 : tt->nresults == np;
                if (!ok) {
                    StrBuf b = {0};
                    strbuf_printf(&b, "%s arguments in call to %s\n\thave ",
                                  tt->nresults < np ? "not enough" : "too many",
                                  call_name(c, n->u.call.fun));
                    write_arg_types(c, &b, args, true);
                    strbuf_puts(&b, "\n\twant ");
                    write_types(c, &b, sig->params, np, variadic);
                    diag_error(c, tt->nresults < np ? n->u.call.rparen : a->pos, "%s",
                               strbuf_cstr(&b));
                    strbuf_free(&b);
                    return;
                }
                for (int i = 0; i < tt->nresults; i++) {
                    Type *pt = (variadic && i >= np - 1) ? sig->params[np - 1]->elem
                                                         : sig->params[i];
                    Node tmp = *a;
                    tmp.type = tt->results[i];
                    tmp.mode = MODE_VALUE;
                    if (!check_assignable_arg(c, &tmp, pt, n))
                        break;
                }
                if (variadic)
                    ci->pack_variadic = true;
                return;
            }
            if (a->type && a->type->kind == TY_TUPLE && a->type->nresults == 1) {
                a->type = a->type->results[0];
            }
            goto single_checked;
        }
    }
    for (int i = 0; i < args->len; i++) {
        Type *hint = NULL;
        if (i < np)
            hint = (variadic && i >= np - 1 && !n->u.call.has_ellipsis) ? sig->params[np - 1]->elem
                                                                       : sig->params[i];
        else if (variadic && np)
            hint = sig->params[np - 1]->elem;
        check_expr(c, args->items[i], hint);
    }
single_checked:;
    int na = args->len;
    if (n->u.call.has_ellipsis) {
        if (!variadic) {
            diag_error(c, args->items[na - 1]->pos, "have (...) used with non-variadic function %s",
                       call_name(c, n->u.call.fun));
            /* types2: "cannot use ... in call to non-variadic f" */
            return;
        }
        if (na != np) {
            StrBuf b = {0};
            strbuf_printf(&b, "%s arguments in call to %s\n\thave ",
                          na < np ? "not enough" : "too many", call_name(c, n->u.call.fun));
            write_arg_types(c, &b, args, false);
            strbuf_puts(&b, "\n\twant ");
            write_types(c, &b, sig->params, np, variadic);
            diag_error(c, na < np ? n->u.call.rparen : args->items[np]->pos, "%s",
                       strbuf_cstr(&b));
            strbuf_free(&b);
            return;
        }
        for (int i = 0; i < na; i++) {
            Type *pt = sig->params[i];
            Node *a = args->items[i];
            if (i == np - 1) {
                /* append([]byte, string...) style is only for append; here the slice must be
                 * assignable to []T */
                check_assignable_arg(c, a, pt, n);
            } else {
                check_assignable_arg(c, a, pt, n);
            }
        }
        return;
    }
    bool ok = variadic ? na >= np - 1 : na == np;
    for (int i = 0; i < na; i++)
        if (args->items[i]->mode == MODE_INVALID)
            return;
    if (!ok) {
        StrBuf b = {0};
        strbuf_printf(&b, "%s arguments in call to %s\n\thave ",
                      na < np ? "not enough" : "too many", call_name(c, n->u.call.fun));
        write_arg_types(c, &b, args, false);
        strbuf_puts(&b, "\n\twant ");
        write_types(c, &b, sig->params, np, variadic);
        diag_error(c, na < np ? (na ? args->items[na - 1]->pos : n->u.call.rparen)
                              : args->items[np]->pos,
                   "%s", strbuf_cstr(&b));
        strbuf_free(&b);
        return;
    }
    for (int i = 0; i < na; i++) {
        Node *a = args->items[i];
        Type *pt = (variadic && i >= np - 1) ? sig->params[np - 1]->elem : sig->params[i];
        if (a->type && a->type->kind == TY_TUPLE) {
            diag_error(c, check_start_pos(a), "multiple-value %s (value of type %s) in single-value context",
                       expr_str(c, a), type_string(c, a->type));
            continue;
        }
        check_assignable_arg(c, a, pt, n);
    }
    if (variadic)
        ci->pack_variadic = true;
}

static void set_result(Compiler *c, Node *n, Type *sig)
{
    if (sig->nresults == 0) {
        n->mode = MODE_NOVALUE;
        n->type = type_tuple(c, NULL, 0);
    } else if (sig->nresults == 1) {
        n->mode = MODE_VALUE;
        n->type = sig->results[0];
    } else {
        n->mode = MODE_VALUE;
        n->type = type_tuple(c, sig->results, sig->nresults);
    }
}

/* ---- Builtins ---- */

static bool has_call_or_recv(Node *n)
{
    if (!n)
        return false;
    switch (n->kind) {
    case N_CALL: {
        CallInfo *ci = n->u.call.chk;
        if (ci && (ci->kind == CALL_CONV ||
                   (ci->kind == CALL_BUILTIN && (ci->builtin == BI_LEN || ci->builtin == BI_CAP))))
            return has_call_or_recv(n->u.call.args.len ? n->u.call.args.items[0] : NULL);
        return true;
    }
    case N_UNARY:
        return n->u.unary.op == TOK_ARROW || has_call_or_recv(n->u.unary.x);
    case N_BINARY:
        return has_call_or_recv(n->u.binary.x) || has_call_or_recv(n->u.binary.y);
    case N_PAREN:
        return has_call_or_recv(n->u.paren.x);
    case N_SELECTOR:
        return has_call_or_recv(n->u.selector.x);
    case N_INDEX:
        return has_call_or_recv(n->u.index.x) ||
               (n->u.index.indices.len && has_call_or_recv(n->u.index.indices.items[0]));
    case N_STAR:
        return has_call_or_recv(n->u.star.x);
    case N_COMPOSITE:
        for (int i = 0; i < n->u.composite.elts.len; i++)
            if (has_call_or_recv(n->u.composite.elts.items[i]))
                return true;
        return false;
    case N_KEYVALUE:
        return has_call_or_recv(n->u.kv.value);
    default:
        return false;
    }
}

static bool nargs_ok(Compiler *c, Node *n, const char *name, int min, int max)
{
    int na = n->u.call.args.len;
    if (na < min) {
        StrBuf b = {0};
        strbuf_printf(&b, "not enough arguments for %s(", name);
        for (int i = 0; i < na; i++) {
            if (i)
                strbuf_puts(&b, ", ");
            expr_string(c, &b, n->u.call.args.items[i]);
        }
        strbuf_printf(&b, ") (expected %d, found %d)", min, na);
        diag_error(c, n->u.call.rparen, "%s", strbuf_cstr(&b));
        strbuf_free(&b);
        return false;
    }
    if (max >= 0 && na > max) {
        StrBuf b = {0};
        strbuf_printf(&b, "too many arguments for %s(", name);
        for (int i = 0; i < na; i++) {
            if (i)
                strbuf_puts(&b, ", ");
            expr_string(c, &b, n->u.call.args.items[i]);
        }
        strbuf_printf(&b, ") (expected %d, found %d)", max, na);
        diag_error(c, check_start_pos(n->u.call.args.items[max]), "%s", strbuf_cstr(&b));
        strbuf_free(&b);
        return false;
    }
    return true;
}

static void check_builtin(Compiler *c, Node *n, Builtin id, const char *name, Type *hint)
{
    CallInfo *ci = new_info(c, n, CALL_BUILTIN);
    ci->builtin = id;
    NodeList *args = &n->u.call.args;
    n->mode = MODE_INVALID;
    if (n->u.call.has_ellipsis && id != BI_APPEND) {
        diag_error(c, check_start_pos(n), "invalid operation: invalid use of ... with built-in %s", name);
        for (int i = 0; i < args->len; i++)
            check_expr(c, args->items[i], NULL);
        return;
    }
    switch (id) {
    case BI_LEN:
    case BI_CAP: {
        if (!nargs_ok(c, n, name, 1, 1)) {
            for (int i = 0; i < args->len; i++)
                check_expr(c, args->items[i], NULL);
            return;
        }
        Node *x = args->items[0];
        check_expr(c, x, NULL);
        if (x->mode == MODE_INVALID)
            return;
        Type *u = type_under(x->type);
        if (u && u->kind == TY_POINTER && type_under(u->elem) &&
            type_under(u->elem)->kind == TY_ARRAY)
            u = type_under(u->elem);
        bool ok = false;
        if (u) {
            switch (u->kind) {
            case TY_STRING:
            case TY_UNTYPED_STRING:
                ok = id == BI_LEN;
                break;
            case TY_ARRAY:
            case TY_SLICE:
            case TY_CHAN:
                ok = true;
                break;
            case TY_MAP:
                ok = id == BI_LEN;
                break;
            default:
                break;
            }
        }
        if (!ok) {
            diag_error(c, check_start_pos(x), "invalid argument: %s for built-in %s", operand_str(c, x), name);
            return;
        }
        n->type = type_basic(c, TY_INT);
        n->mode = MODE_VALUE;
        if (x->mode == MODE_CONST && type_is_string(x->type)) {
            n->mode = MODE_CONST;
            n->cval = const_int64(consts(c), (int64_t)x->cval->slen);
            check_default(c, x);
        } else if (u->kind == TY_ARRAY && !has_call_or_recv(x)) {
            n->mode = MODE_CONST;
            n->cval = const_int64(consts(c), u->len);
        } else {
            check_default(c, x);
        }
        return;
    }
    case BI_APPEND: {
        if (args->len == 0) {
            diag_error(c, n->u.call.rparen, "not enough arguments for append() (expected 1, found 0)");
            return;
        }
        Node *s = args->items[0];
        check_expr(c, s, hint);
        if (s->mode == MODE_INVALID) {
            for (int i = 1; i < args->len; i++)
                check_expr(c, args->items[i], NULL);
            return;
        }
        if (s->type && s->type->kind == TY_UNTYPED_NIL) {
            diag_error(c, check_start_pos(s), "first argument to append must be a typed slice; have untyped nil");
            for (int i = 1; i < args->len; i++)
                check_expr(c, args->items[i], NULL);
            return;
        }
        Type *u = type_under(s->type);
        if (!u || u->kind != TY_SLICE) {
            diag_error(c, check_start_pos(s), "invalid argument: %s is not a slice", operand_str(c, s));
            for (int i = 1; i < args->len; i++)
                check_expr(c, args->items[i], NULL);
            return;
        }
        if (n->u.call.has_ellipsis) {
            if (args->len != 2) {
                diag_error(c, check_start_pos(n), "can only use ... with final argument in list");
                return;
            }
            Node *rest = args->items[1];
            check_expr(c, rest, s->type);
            if (rest->mode == MODE_INVALID)
                return;
            /* append([]byte, string...) */
            if (type_under(u->elem)->kind == TY_UINT8 && type_is_string(rest->type)) {
                check_default(c, rest);
            } else {
                check_assignable(c, rest, type_slice(c, u->elem), "argument");
            }
        } else {
            for (int i = 1; i < args->len; i++) {
                Node *a = args->items[i];
                Type *h = u->elem;
                if (a->kind == N_COMPOSITE && !a->u.composite.type) {
                    diag_error(c, check_start_pos(a), "invalid composite literal type: missing type");
                    continue;
                }
                check_expr(c, a, h);
                check_assignable(c, a, u->elem, "argument to append");
            }
        }
        n->mode = MODE_VALUE;
        n->type = s->type;
        return;
    }
    case BI_COPY: {
        if (!nargs_ok(c, n, name, 2, 2)) {
            for (int i = 0; i < args->len; i++)
                check_expr(c, args->items[i], NULL);
            return;
        }
        Node *d = args->items[0], *s = args->items[1];
        check_expr(c, d, NULL);
        check_expr(c, s, NULL);
        if (d->mode == MODE_INVALID || s->mode == MODE_INVALID)
            return;
        check_default(c, s);
        Type *du = type_under(d->type), *su = type_under(s->type);
        if (!du || du->kind != TY_SLICE) {
            diag_error(c, check_start_pos(d), "invalid argument: copy expects slice arguments; found %s and %s",
                       operand_str(c, d), operand_str(c, s));
            return;
        }
        bool ok = (su && su->kind == TY_SLICE && type_identical(du->elem, su->elem)) ||
                  (su && su->kind == TY_STRING && type_under(du->elem)->kind == TY_UINT8);
        if (!ok) {
            diag_error(c, check_start_pos(n), "invalid argument: arguments to copy %s and %s have different element types %s and %s",
                       operand_str(c, d), operand_str(c, s),
                       type_string(c, du->elem),
                       su && su->kind == TY_SLICE ? type_string(c, su->elem) : type_string(c, s->type));
            return;
        }
        n->mode = MODE_VALUE;
        n->type = type_basic(c, TY_INT);
        return;
    }
    case BI_DELETE: {
        if (!nargs_ok(c, n, name, 2, 2)) {
            for (int i = 0; i < args->len; i++)
                check_expr(c, args->items[i], NULL);
            return;
        }
        Node *m = args->items[0], *k = args->items[1];
        check_expr(c, m, NULL);
        if (m->mode == MODE_INVALID) {
            check_expr(c, k, NULL);
            return;
        }
        Type *u = type_under(m->type);
        if (!u || u->kind != TY_MAP) {
            diag_error(c, m->pos, "invalid argument: %s is not a map", operand_str(c, m));
            check_expr(c, k, NULL);
            return;
        }
        check_expr(c, k, u->key);
        if (!check_assignable(c, k, u->key, "argument to delete"))
            return;
        n->mode = MODE_NOVALUE;
        n->type = type_tuple(c, NULL, 0);
        return;
    }
    case BI_MAKE: {
        if (args->len == 0) {
            diag_error(c, n->u.call.rparen, "not enough arguments for make() (expected 1, found 0)");
            return;
        }
        Type *t = check_type_expr(c, args->items[0]);
        if (!t) {
            for (int i = 1; i < args->len; i++)
                check_expr(c, args->items[i], NULL);
            return;
        }
        Type *u = type_under(t);
        int min = 1, max = 1;
        if (u->kind == TY_SLICE)
            min = 2, max = 3;
        else if (u->kind == TY_MAP || u->kind == TY_CHAN)
            min = 1, max = 2;
        else {
            diag_error(c, check_start_pos(args->items[0]), "invalid argument: cannot make %s; type must be slice, map, or channel",
                       expr_str(c, args->items[0]));
            for (int i = 1; i < args->len; i++)
                check_expr(c, args->items[i], NULL);
            return;
        }
        if (args->len < min) {
            diag_error(c, check_start_pos(n), "invalid operation: %s expects %d or %d arguments; found %d",
                       expr_str(c, n), min, max, args->len);
            return;
        }
        if (args->len > max) {
            diag_error(c, check_start_pos(n), "invalid operation: %s expects %d or %d arguments; found %d",
                       expr_str(c, n), min, max, args->len);
            for (int i = 1; i < args->len; i++)
                check_expr(c, args->items[i], NULL);
            return;
        }
        int64_t vals[2] = {-1, -1};
        for (int i = 1; i < args->len; i++) {
            Node *a = args->items[i];
            check_expr(c, a, NULL);
            if (a->mode == MODE_INVALID)
                return;
            if (!type_is_integer(a->type) &&
                !(a->mode == MODE_CONST && type_is_numeric(a->type) &&
                  const_is_integral(a->cval))) {
                if (a->mode == MODE_CONST && type_is_numeric(a->type))
                    diag_error(c, check_start_pos(a), "%s truncated to int", operand_str(c, a));
                else
                    diag_error(c, check_start_pos(a), "cannot convert %s to type int", operand_str(c, a));
                return;
            }
            if (a->mode == MODE_CONST) {
                ConstVal *iv = const_to_int(consts(c), a->cval);
                if (const_sign(iv) < 0) {
                    diag_error(c, check_start_pos(a), "invalid argument: index %s must not be negative",
                               operand_str(c, a));
                    return;
                }
                if (const_fits_int(iv, 63, false))
                    vals[i - 1] = const_get_int64(iv);
                if (type_is_untyped(a->type))
                    check_convert_untyped(c, a, type_basic(c, TY_INT));
            }
        }
        if (vals[0] >= 0 && vals[1] >= 0 && vals[0] > vals[1]) {
            diag_error(c, check_start_pos(args->items[1]), "invalid argument: length and capacity swapped");
            return;
        }
        n->mode = MODE_VALUE;
        n->type = t;
        return;
    }
    case BI_NEW: {
        if (!nargs_ok(c, n, name, 1, 1))
            return;
        Type *t = check_type_expr(c, args->items[0]);
        if (!t)
            return;
        n->mode = MODE_VALUE;
        n->type = type_pointer(c, t);
        return;
    }
    case BI_PANIC: {
        if (!nargs_ok(c, n, name, 1, 1)) {
            for (int i = 0; i < args->len; i++)
                check_expr(c, args->items[i], NULL);
            return;
        }
        Node *x = args->items[0];
        check_expr(c, x, NULL);
        if (x->mode == MODE_INVALID)
            return;
        if (!check_assignable(c, x, type_any(c), "argument to panic"))
            return;
        n->mode = MODE_NOVALUE;
        n->type = type_tuple(c, NULL, 0);
        return;
    }
    case BI_PRINT:
    case BI_PRINTLN: {
        if (args->len == 1 && check_unparen(args->items[0])->kind == N_CALL) {
            /* print(f()) with a multi-valued f prints every result */
            Node *a = args->items[0];
            check_multi(c, a);
            if (a->mode != MODE_INVALID && a->type && a->type->kind == TY_TUPLE &&
                a->type->nresults > 1) {
                ci->spread = true;
                n->mode = MODE_NOVALUE;
                n->type = type_tuple(c, NULL, 0);
                return;
            }
            if (a->type && a->type->kind == TY_TUPLE && a->type->nresults == 1)
                a->type = a->type->results[0];
        }
        for (int i = 0; i < args->len; i++) {
            Node *a = args->items[i];
            if (!(i == 0 && args->len == 1 && a->mode != MODE_INVALID && a->type &&
                  check_unparen(a)->kind == N_CALL))
                check_expr(c, a, NULL);
            if (a->mode == MODE_INVALID)
                continue;
            if (a->mode == MODE_NOVALUE || (a->type && a->type->kind == TY_TUPLE)) {
                diag_error(c, check_start_pos(a), "%s (no value) used as value", expr_str(c, a));
                continue;
            }
            if (a->type && a->type->kind == TY_UNTYPED_NIL) {
                diag_error(c, check_start_pos(a), "use of untyped nil in argument to built-in %s", name);
                continue;
            }
            check_default(c, a);
        }
        n->mode = MODE_NOVALUE;
        n->type = type_tuple(c, NULL, 0);
        return;
    }
    case BI_RECOVER:
        if (!nargs_ok(c, n, name, 0, 0))
            return;
        if (CK(c)->func)
            CK(c)->func->has_recover = true;
        n->mode = MODE_VALUE;
        n->type = type_any(c);
        return;
    case BI_MIN:
    case BI_MAX: {
        if (args->len == 0) {
            diag_error(c, n->u.call.rparen, "not enough arguments for %s() (expected 1, found 0)",
                       name);
            return;
        }
        Type *t = NULL;
        bool all_const = true;
        for (int i = 0; i < args->len; i++) {
            Node *a = args->items[i];
            check_expr(c, a, hint);
            if (a->mode == MODE_INVALID)
                return;
            if (!type_is_ordered(a->type)) {
                diag_error(c, check_start_pos(a), "invalid argument: %s cannot be ordered", operand_str(c, a));
                return;
            }
            if (a->mode != MODE_CONST)
                all_const = false;
        }
        /* all operands must have one type (untyped ones convert to the typed one) */
        for (int i = 0; i < args->len; i++)
            if (!type_is_untyped(args->items[i]->type)) {
                t = args->items[i]->type;
                break;
            }
        if (t) {
            for (int i = 0; i < args->len; i++) {
                Node *a = args->items[i];
                if (type_is_untyped(a->type)) {
                    if (!check_convert_untyped(c, a, t))
                        return;
                } else if (!type_identical(a->type, t)) {
                    diag_error(c, check_start_pos(a), "invalid argument: mismatched types %s (previous argument) and %s (type of %s)",
                               type_string(c, t), type_string(c, a->type), expr_str(c, a));
                    return;
                }
            }
        } else {
            /* all untyped: the widest numeric kind, or string */
            t = args->items[0]->type;
            for (int i = 1; i < args->len; i++) {
                Type *at = args->items[i]->type;
                if (type_is_numeric(t) != type_is_numeric(at)) {
                    diag_error(c, check_start_pos(args->items[i]), "invalid argument: mismatched types %s (previous argument) and %s (type of %s)",
                               type_string(c, t), type_string(c, at), expr_str(c, args->items[i]));
                    return;
                }
                if (at->kind > t->kind)
                    t = at;
            }
            for (int i = 0; i < args->len; i++)
                check_convert_untyped(c, args->items[i], t);
        }
        if (all_const) {
            Node *best = args->items[0];
            for (int i = 1; i < args->len; i++) {
                Node *a = args->items[i];
                if (const_compare(id == BI_MIN ? TOK_LSS : TOK_GTR, a->cval, best->cval))
                    best = a;
            }
            n->mode = MODE_CONST;
            n->cval = best->cval;
            n->type = t;
            return;
        }
        n->mode = MODE_VALUE;
        n->type = t;
        return;
    }
    case BI_CLEAR: {
        if (!nargs_ok(c, n, name, 1, 1))
            return;
        Node *x = args->items[0];
        check_expr(c, x, NULL);
        if (x->mode == MODE_INVALID)
            return;
        Type *u = type_under(x->type);
        if (!u || (u->kind != TY_MAP && u->kind != TY_SLICE)) {
            diag_error(c, check_start_pos(x), "invalid argument: %s must be a map or slice", operand_str(c, x));
            return;
        }
        n->mode = MODE_NOVALUE;
        n->type = type_tuple(c, NULL, 0);
        return;
    }
    case BI_CLOSE: {
        if (!nargs_ok(c, n, name, 1, 1))
            return;
        Node *x = args->items[0];
        check_expr(c, x, NULL);
        if (x->mode == MODE_INVALID)
            return;
        Type *u = type_under(x->type);
        if (!u || u->kind != TY_CHAN) {
            diag_error(c, check_start_pos(x), "invalid operation: non-chan argument %s", operand_str(c, x));
            return;
        }
        if (u->dir == CHAN_RECV) {
            diag_error(c, check_start_pos(x), "invalid operation: cannot close receive-only channel %s",
                       operand_str(c, x));
            return;
        }
        n->mode = MODE_NOVALUE;
        n->type = type_tuple(c, NULL, 0);
        return;
    }
    case BI_COMPLEX:
    case BI_REAL:
    case BI_IMAG:
        diag_error(c, check_start_pos(n), "complex numbers are not supported in Gale yet");
        for (int i = 0; i < args->len; i++)
            check_expr(c, args->items[i], NULL);
        return;
    default:
        return;
    }
}

/* ---- Calls ---- */

void check_call(Compiler *c, Node *n, Type *hint)
{
    Node *fun = n->u.call.fun;
    check_expr_or_type(c, fun, NULL);
    NodeList *args = &n->u.call.args;
    if (fun->mode == MODE_INVALID) {
        for (int i = 0; i < args->len; i++)
            check_expr_or_type(c, args->items[i], NULL);
        invalid(n);
        return;
    }
    if (fun->mode == MODE_TYPE) {
        Type *t = fun->type;
        if (args->len != 1 || n->u.call.has_ellipsis) {
            if (args->len == 0)
                diag_error(c, n->u.call.rparen, "missing argument in conversion to %s",
                           type_string(c, t));
            else if (n->u.call.has_ellipsis)
                diag_error(c, check_start_pos(args->items[0]), "invalid use of ... in conversion to %s",
                           type_string(c, t));
            else
                diag_error(c, check_start_pos(args->items[1]), "too many arguments in conversion to %s",
                           type_string(c, t));
            for (int i = 0; i < args->len; i++)
                check_expr(c, args->items[i], NULL);
            invalid(n);
            return;
        }
        Node *x = args->items[0];
        check_expr(c, x, t);
        if (x->type && x->type->kind == TY_TUPLE && x->mode != MODE_INVALID) {
            diag_error(c, check_start_pos(x), "multiple-value %s (value of type %s) in single-value context",
                       expr_str(c, x), type_string(c, x->type));
            invalid(n);
            return;
        }
        if (x->mode == MODE_NOVALUE) {
            diag_error(c, check_start_pos(x), "%s (no value) used as value", expr_str(c, x));
            invalid(n);
            return;
        }
        check_conversion(c, n, t);
        return;
    }
    if (fun->mode == MODE_BUILTIN) {
        Node *fu = check_unparen(fun);
        Sym *b = fu->kind == N_IDENT ? fu->u.ident.sym : NULL;
        if (!b) {
            invalid(n);
            return;
        }
        check_builtin(c, n, (Builtin)b->builtin, b->name, hint);
        return;
    }
    if (fun->type && fun->type->kind == TY_TUPLE) {
        diag_error(c, check_start_pos(fun), "multiple-value %s (value of type %s) in single-value context",
                   expr_str(c, fun), type_string(c, fun->type));
        invalid(n);
        return;
    }
    Type *u = type_under(fun->type);
    if (!u || u->kind != TY_FUNC) {
        diag_error(c, check_start_pos(fun), "invalid operation: cannot call non-function %s",
                   operand_str(c, fun));
        for (int i = 0; i < args->len; i++)
            check_expr(c, args->items[i], NULL);
        invalid(n);
        return;
    }
    Node *fu = check_unparen(fun);
    CallInfo *ci;
    if (fu->kind == N_IDENT && fu->u.ident.sym && fu->u.ident.sym->kind == SYM_FUNC) {
        ci = new_info(c, n, CALL_FUNC);
        ci->fn = fu->u.ident.sym;
    } else if (fu->kind == N_SELECTOR && fu->u.selector.chk) {
        Selection *s = fu->u.selector.chk;
        if (s->kind == SEL_QUALIFIED && fu->u.selector.sel->u.ident.sym &&
            fu->u.selector.sel->u.ident.sym->kind == SYM_FUNC) {
            ci = new_info(c, n, CALL_FUNC);
            ci->fn = fu->u.selector.sel->u.ident.sym;
        } else if (s->kind == SEL_METHOD) {
            ci = new_info(c, n, CALL_METHOD);
            ci->fn = s->method;
            ci->sel = s;
        } else if (s->kind == SEL_IFACE_METHOD) {
            ci = new_info(c, n, CALL_IFACE);
            ci->sel = s;
        } else {
            ci = new_info(c, n, CALL_VALUE);
        }
    } else {
        ci = new_info(c, n, CALL_VALUE);
    }
    ci->sig = u;
    check_args(c, n, u, ci);
    set_result(c, n, u);
}
