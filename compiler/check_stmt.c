/*
 * check_stmt.c — statements: declarations in blocks, assignments (=, :=, op=), inc/dec,
 * control flow (if, for, range, switch, type switch, select), labels and branches, return,
 * go and defer, and Go's terminating-statement rule for "missing return".
 *
 * Scopes follow the spec: if/for/switch statements have an implicit scope for their init
 * statement, each case clause has its own, and a type switch binding is declared once per
 * clause with the clause's type. Script mode: variables declared at the top level of a
 * script body are package-level variables (they are visible to the script's functions).
 */
#include "compiler/check.h"

#include <stdlib.h>
#include <string.h>

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

static bool is_blank(Compiler *c, Node *n)
{
    return n && n->kind == N_IDENT && n->u.ident.name == c->name_blank;
}

/* new_local creates a variable declared by [name] in the current function. Script-level
 * declarations become package variables. */
static Sym *new_local(Compiler *c, Node *name, Type *t)
{
    CheckState *ck = CK(c);
    Sym *s = sym_new(c, SYM_VAR, name->u.ident.name, name->pos);
    s->type = t;
    s->pkg = ck->pkg;
    s->owner = ck->func;
    s->decl = name;
    s->state = 2;
    name->u.ident.sym = s;
    if (ck->func && ck->func->is_script && ck->scope->is_func && !is_blank(c, name)) {
        s->is_global = true;
        s->owner = NULL;
        VEC_PUSH(ck->pkg->script_vars, s);
    }
    return s;
}

static void declare_local(Compiler *c, Sym *s)
{
    CheckState *ck = CK(c);
    if (s->is_global) {
        Sym *old = scope_insert(c, ck->pkg->scope, s);
        if (old)
            diag_error(c, s->pos, "%s redeclared in this block", s->name);
        return;
    }
    check_declare(c, ck->scope, s);
}

/* ---- Assignments ---- */

/* check_lhs checks an assignment target; returns its type (NULL for _ or errors). */
static Type *check_lhs(Compiler *c, Node *l)
{
    if (is_blank(c, l)) {
        l->mode = MODE_VAR;
        l->type = NULL;
        return NULL;
    }
    Node *lu = check_unparen(l);
    /* assigning to a variable does not count as using it */
    Sym *v = NULL;
    bool was_used = false;
    if (lu->kind == N_IDENT) {
        v = scope_lookup(CK(c)->scope, lu->u.ident.name);
        if (v && v->kind == SYM_VAR)
            was_used = v->used;
        else
            v = NULL;
    }
    check_expr(c, l, NULL);
    if (v)
        v->used = was_used;
    if (l->mode == MODE_INVALID)
        return NULL;
    if (l->mode != MODE_VAR && l->mode != MODE_MAPINDEX) {
        Node *x = check_unparen(l);
        if (x->kind == N_SELECTOR && x->u.selector.x->mode == MODE_MAPINDEX)
            diag_error(c, check_start_pos(l), "cannot assign to struct field %s in map", expr_str(c, l));
        else
            diag_error(c, check_start_pos(l), "cannot assign to %s (neither addressable nor a map index expression)",
                       expr_str(c, l));
        return NULL;
    }
    check_mark_mutated(c, l);
    return l->type;
}

/* assign_mismatch reports types2's assignError, at the first value. */
static void assign_mismatch(Compiler *c, Pos pos, int nl, NodeList *rhs, bool returns)
{
    (void)returns;
    Node *r0 = rhs->len ? rhs->items[0] : NULL;
    Node *call = r0 ? check_unparen(r0) : NULL;
    Pos at = r0 ? check_start_pos(r0) : pos;
    if (rhs->len == 1 && call && call->kind == N_CALL) {
        StrBuf b = {0};
        expr_string(c, &b, call->u.call.fun);
        int nv = call->type && call->type->kind == TY_TUPLE ? call->type->nresults : 1;
        diag_error(c, at, "assignment mismatch: %d variable%s but %s returns %d value%s", nl,
                   nl == 1 ? "" : "s", strbuf_cstr(&b), nv, nv == 1 ? "" : "s");
        strbuf_free(&b);
        return;
    }
    diag_error(c, at, "assignment mismatch: %d variable%s but %d value%s", nl, nl == 1 ? "" : "s",
               rhs->len, rhs->len == 1 ? "" : "s");
}

/* check_rhs_values checks the right-hand side of an assignment of [nl] values and returns
 * their types in [out] (NULL entries on error). Returns false on a count mismatch. */
static bool check_rhs_values(Compiler *c, NodeList *rhs, int nl, Type **hints, Type **out,
                             Pos pos)
{
    if (rhs->len == nl) {
        for (int i = 0; i < nl; i++) {
            Node *r = rhs->items[i];
            check_expr(c, r, hints ? hints[i] : NULL);
            out[i] = r->mode == MODE_INVALID ? NULL : r->type;
            if (r->mode == MODE_NOVALUE) {
                diag_error(c, check_start_pos(r), "%s (no value) used as value", expr_str(c, r));
                out[i] = NULL;
                r->mode = MODE_INVALID;
            } else if (r->mode == MODE_TYPE) {
                diag_error(c, check_start_pos(r), "%s (type) is not an expression", expr_str(c, r));
                out[i] = NULL;
                r->mode = MODE_INVALID;
            } else if (r->type && r->type->kind == TY_TUPLE && r->mode != MODE_INVALID) {
                if (nl == 1)
                    assign_mismatch(c, pos, nl, rhs, false);
                else
                    diag_error(c, check_start_pos(r),
                               "multiple-value %s (value of type %s) in single-value context",
                               expr_str(c, r), type_string(c, r->type));
                out[i] = NULL;
                r->mode = MODE_INVALID;
            }
        }
        return true;
    }
    if (rhs->len == 1) {
        Node *r = rhs->items[0];
        check_multi(c, r);
        if (r->mode == MODE_INVALID) {
            for (int i = 0; i < nl; i++)
                out[i] = NULL;
            return true;
        }
        if (r->type && r->type->kind == TY_TUPLE && r->type->nresults == nl) {
            for (int i = 0; i < nl; i++)
                out[i] = r->type->results[i];
            return true;
        }
        if (nl == 2 && r->mode == MODE_COMMAOK) {
            r->aux = 1;
            out[0] = r->type;
            out[1] = type_basic(c, TY_UNTYPED_BOOL);
            return true;
        }
        if (nl == 2 && r->mode == MODE_MAPINDEX) {
            r->aux = 1;
            out[0] = r->type;
            out[1] = type_basic(c, TY_UNTYPED_BOOL);
            return true;
        }
        assign_mismatch(c, pos, nl, rhs, false);
        return false;
    }
    for (int i = 0; i < rhs->len; i++)
        check_expr(c, rhs->items[i], NULL);
    assign_mismatch(c, pos, nl, rhs, false);
    return false;
}

static void check_assign_op(Compiler *c, Node *s)
{
    if (s->u.assign.lhs.len != 1 || s->u.assign.rhs.len != 1) {
        diag_error(c, check_start_pos(s), "assignment operation %s requires single-valued expressions",
                   lex_token_string(s->u.assign.tok));
        return;
    }
    Node *l = s->u.assign.lhs.items[0], *r = s->u.assign.rhs.items[0];
    int op;
    switch (s->u.assign.tok) {
    case TOK_ADD_ASSIGN: op = TOK_ADD; break;
    case TOK_SUB_ASSIGN: op = TOK_SUB; break;
    case TOK_MUL_ASSIGN: op = TOK_MUL; break;
    case TOK_QUO_ASSIGN: op = TOK_QUO; break;
    case TOK_REM_ASSIGN: op = TOK_REM; break;
    case TOK_AND_ASSIGN: op = TOK_AND; break;
    case TOK_OR_ASSIGN: op = TOK_OR; break;
    case TOK_XOR_ASSIGN: op = TOK_XOR; break;
    case TOK_SHL_ASSIGN: op = TOK_SHL; break;
    case TOK_SHR_ASSIGN: op = TOK_SHR; break;
    case TOK_AND_NOT_ASSIGN: op = TOK_AND_NOT; break;
    default: return;
    }
    if (is_blank(c, l)) {
        diag_error(c, check_start_pos(l), "cannot use _ as value");
        check_expr(c, r, NULL);
        return;
    }
    /* check x op y as a binary expression, then assignability back to x */
    Node *bin = ast_binary(c, s->pos, op, l, r);
    bin->aux = 1; /* printed as "x op= y" in messages */
    /* an operation assignment reads its target: it counts as a use (types2) */
    check_expr(c, bin, NULL);
    s->aux = op;
    /* keep the binary node for the code generator */
    s->cval = (ConstVal *)bin;
    if (bin->mode == MODE_INVALID || l->mode == MODE_INVALID)
        return;
    if (l->mode != MODE_VAR && l->mode != MODE_MAPINDEX) {
        diag_error(c, check_start_pos(l), "cannot assign to %s (neither addressable nor a map index expression)",
                   operand_str(c, l));
        return;
    }
    check_mark_mutated(c, l);
    check_assignable(c, bin, l->type, "assignment");
}

static void check_assign(Compiler *c, Node *s)
{
    CheckState *ck = CK(c);
    NodeList *lhs = &s->u.assign.lhs, *rhs = &s->u.assign.rhs;
    int tok = s->u.assign.tok;
    if (tok != TOK_ASSIGN && tok != TOK_DEFINE) {
        check_assign_op(c, s);
        return;
    }
    int nl = lhs->len;
    Type **types = ARENA_ARRAY(&c->arena, Type *, nl + 1);
    if (tok == TOK_DEFINE) {
        /* which names are new? */
        bool any_new = false;
        Sym **syms = ARENA_ARRAY(&c->arena, Sym *, nl + 1);
        for (int i = 0; i < nl; i++) {
            Node *l = lhs->items[i];
            if (l->kind != N_IDENT) {
                diag_error(c, check_start_pos(l), "non-name %s on left side of :=", expr_str(c, l));
                check_expr(c, l, NULL);
                continue;
            }
            if (is_blank(c, l))
                continue;
            for (int j = 0; j < i; j++)
                if (lhs->items[j]->kind == N_IDENT &&
                    lhs->items[j]->u.ident.name == l->u.ident.name) {
                    diag_error(c, check_start_pos(l), "%s repeated on left side of :=", l->u.ident.name);
                }
            Sym *old = NULL;
            if (ck->func && ck->func->is_script && ck->scope->is_func)
                old = scope_lookup_local(ck->pkg->scope, l->u.ident.name);
            else
                old = scope_lookup_local(ck->scope, l->u.ident.name);
            if (old && old->kind == SYM_VAR && (!old->is_global || ck->func->is_script)) {
                syms[i] = old;
            } else {
                any_new = true;
            }
        }
        /* right-hand side first: the new variables are not in scope there */
        Type **hints = ARENA_ARRAY(&c->arena, Type *, nl + 1);
        for (int i = 0; i < nl; i++)
            hints[i] = syms[i] ? syms[i]->type : NULL;
        bool ok = check_rhs_values(c, rhs, nl, hints, types, s->pos);
        if (!any_new)
            diag_error(c, s->u.assign.oppos, "no new variables on left side of :=");
        for (int i = 0; i < nl; i++) {
            Node *l = lhs->items[i];
            if (l->kind != N_IDENT)
                continue;
            Node *r = rhs->len == nl ? rhs->items[i] : rhs->items[0];
            if (is_blank(c, l)) {
                l->mode = MODE_VAR;
                if (ok && rhs->len == nl && r->mode != MODE_INVALID) {
                    if (r->type && r->type->kind == TY_UNTYPED_NIL)
                        diag_error(c, check_start_pos(r), "use of untyped nil in assignment");
                    else
                        check_default(c, r);
                }
                continue;
            }
            if (syms[i]) {
                l->u.ident.sym = syms[i];
                l->mode = MODE_VAR;
                l->type = syms[i]->type;
                syms[i]->mutated = true;
                if (ok && rhs->len == nl && r->mode != MODE_INVALID && syms[i]->type)
                    check_assignable(c, r, syms[i]->type, "assignment");
                else if (ok && rhs->len != nl && types[i] && syms[i]->type) {
                    Node tmp = *r;
                    tmp.type = types[i];
                    tmp.mode = MODE_VALUE;
                    if (type_is_untyped(types[i]))
                        ; /* the ok of a comma-ok is assignable to any bool */
                    else
                        check_assignable(c, &tmp, syms[i]->type, "assignment");
                }
                continue;
            }
            Type *t = types[i];
            if (ok && rhs->len == nl && r->mode != MODE_INVALID) {
                if (r->type && r->type->kind == TY_UNTYPED_NIL) {
                    diag_error(c, check_start_pos(r), "use of untyped nil in assignment");
                    t = NULL;
                } else {
                    check_default_ctx(c, r, "assignment");
                    t = r->type;
                }
            } else if (t && type_is_untyped(t)) {
                t = type_default(c, t);
            }
            Sym *v = new_local(c, l, t);
            syms[i] = v;
            l->mode = MODE_VAR;
            l->type = t;
        }
        if (rhs->len == 1 && nl == 2 && rhs->items[0]->aux == 1) {
            /* comma-ok: the value gets its default type */
            check_default(c, rhs->items[0]);
        }
        for (int i = 0; i < nl; i++) {
            Node *l = lhs->items[i];
            if (l->kind == N_IDENT && syms[i] && syms[i]->decl == l)
                declare_local(c, syms[i]);
        }
        return;
    }
    /* plain assignment: targets first (types2 order), then values */
    Type **lt = ARENA_ARRAY(&c->arena, Type *, nl + 1);
    for (int i = 0; i < nl; i++)
        lt[i] = check_lhs(c, lhs->items[i]);
    if (!check_rhs_values(c, rhs, nl, lt, types, s->pos))
        return;
    for (int i = 0; i < nl; i++) {
        Node *l = lhs->items[i];
        if (rhs->len == nl) {
            Node *r = rhs->items[i];
            if (r->mode == MODE_INVALID)
                continue;
            if (is_blank(c, l)) {
                if (r->type && r->type->kind == TY_UNTYPED_NIL)
                    diag_error(c, check_start_pos(r), "use of untyped nil in assignment");
                else
                    check_default(c, r);
                continue;
            }
            if (lt[i])
                check_assignable(c, r, lt[i], "assignment");
        } else if (lt[i] && types[i]) {
            Node *r = rhs->items[0];
            Node tmp = *r;
            tmp.type = types[i];
            tmp.mode = MODE_VALUE;
            if (!type_is_untyped(types[i]))
                check_assignable(c, &tmp, lt[i], "assignment");
            else if (!type_is_boolean(lt[i]))
                check_assignable(c, &tmp, lt[i], "assignment");
        }
    }
    if (rhs->len == 1 && nl == 2 && rhs->items[0]->aux == 1)
        check_default(c, rhs->items[0]);
}

/* ---- Labels and branches ---- */

static LabelInfo *find_label(Compiler *c, const char *name)
{
    CheckState *ck = CK(c);
    for (int i = 0; i < ck->labels.len; i++)
        if (ck->labels.items[i].name == name)
            return &ck->labels.items[i];
    return NULL;
}

/* collect_labels declares every label of a function body before checking it, so that goto
 * may jump forward. */
static void collect_labels(Compiler *c, Node *s);

static void collect_labels_list(Compiler *c, NodeList *l)
{
    for (int i = 0; i < l->len; i++)
        collect_labels(c, l->items[i]);
}

static void collect_labels(Compiler *c, Node *s)
{
    if (!s)
        return;
    switch (s->kind) {
    case N_LABELED: {
        const char *name = s->u.labeled.label->u.ident.name;
        if (name != c->name_blank) {
            LabelInfo *old = find_label(c, name);
            if (old) {
                diag_error(c, check_start_pos(s->u.labeled.label), "label %s already defined", name);
            } else {
                LabelInfo li = {name, s, false};
                VEC_PUSH(CK(c)->labels, li);
            }
        }
        collect_labels(c, s->u.labeled.stmt);
        break;
    }
    case N_BLOCK:
        collect_labels_list(c, &s->u.block.stmts);
        break;
    case N_IF:
        collect_labels(c, s->u.if_.body);
        collect_labels(c, s->u.if_.els);
        break;
    case N_FOR:
        collect_labels(c, s->u.for_.body);
        break;
    case N_RANGE:
        collect_labels(c, s->u.range.body);
        break;
    case N_SWITCH:
    case N_TYPESWITCH:
    case N_SELECT: {
        Node *body = s->kind == N_SWITCH       ? s->u.switch_.body
                     : s->kind == N_TYPESWITCH ? s->u.typeswitch.body
                                               : s->u.select_.body;
        if (!body)
            break;
        for (int i = 0; i < body->u.block.stmts.len; i++) {
            Node *cl = body->u.block.stmts.items[i];
            if (cl->kind == N_CASECLAUSE)
                collect_labels_list(c, &cl->u.caseclause.body);
            else if (cl->kind == N_COMMCLAUSE)
                collect_labels_list(c, &cl->u.commclause.body);
        }
        break;
    }
    default:
        break;
    }
}

static void check_branch(Compiler *c, Node *s)
{
    CheckState *ck = CK(c);
    int tok = s->u.branch.tok;
    Node *label = s->u.branch.label;
    if (tok == TOK_GOTO) {
        LabelInfo *li = label ? find_label(c, label->u.ident.name) : NULL;
        if (!li) {
            diag_error(c, label ? label->pos : s->pos, "label %s not defined",
                       label ? label->u.ident.name : "?");
            return;
        }
        li->used = true;
        s->u.branch.chk = li->stmt;
        return;
    }
    if (tok == TOK_FALLTHROUGH) {
        /* validated by the switch statement, which marks legal fallthroughs */
        if (!s->u.branch.chk)
            diag_error(c, check_start_pos(s), "fallthrough statement out of place");
        return;
    }
    const char *word = tok == TOK_BREAK ? "break" : "continue";
    if (label) {
        LabelInfo *li = find_label(c, label->u.ident.name);
        if (!li) {
            diag_error(c, check_start_pos(label), "%s label not defined: %s", word, label->u.ident.name);
            return;
        }
        li->used = true;
        Node *target = li->stmt->u.labeled.stmt;
        bool enclosing = false;
        for (int i = 0; i < ck->breakable.len; i++)
            if (ck->breakable.items[i] == target)
                enclosing = true;
        if (!enclosing || (tok == TOK_CONTINUE && target->kind != N_FOR &&
                           target->kind != N_RANGE)) {
            diag_error(c, check_start_pos(label), "invalid %s label %s", word, label->u.ident.name);
            return;
        }
        s->u.branch.chk = target;
        return;
    }
    for (int i = ck->breakable.len - 1; i >= 0; i--) {
        Node *t = ck->breakable.items[i];
        if (tok == TOK_CONTINUE && t->kind != N_FOR && t->kind != N_RANGE)
            continue;
        s->u.branch.chk = t;
        return;
    }
    if (tok == TOK_BREAK)
        diag_error(c, check_start_pos(s), "break is not in a loop, switch, or select");
    else
        diag_error(c, check_start_pos(s), "continue is not in a loop");
}

/* ---- Control flow ---- */

static void check_cond(Compiler *c, Node *cond, const char *what)
{
    check_expr(c, cond, NULL);
    if (cond->mode == MODE_INVALID)
        return;
    if (!type_is_boolean(cond->type)) {
        diag_error(c, check_start_pos(cond), "non-boolean condition in %s statement", what);
        return;
    }
    check_default(c, cond);
}

static void push_breakable(Compiler *c, Node *s)
{
    VEC_PUSH(CK(c)->breakable, s);
}

static void pop_breakable(Compiler *c)
{
    CK(c)->breakable.len--;
}

static void check_clause_body(Compiler *c, NodeList *body, Scope **scope_out)
{
    Scope *sc = check_push_scope(c);
    if (scope_out)
        *scope_out = sc;
    check_stmt_list(c, body);
    check_pop_scope(c);
}

static void check_switch(Compiler *c, Node *s)
{
    check_push_scope(c);
    if (s->u.switch_.init)
        check_stmt(c, s->u.switch_.init);
    Node *tag = s->u.switch_.tag;
    Type *tt = NULL;
    if (tag) {
        check_expr(c, tag, NULL);
        if (tag->mode != MODE_INVALID) {
            if (tag->mode == MODE_NOVALUE) {
                diag_error(c, check_start_pos(tag), "%s (no value) used as value", expr_str(c, tag));
                tag->mode = MODE_INVALID;
            } else {
                check_default(c, tag);
                tt = tag->type;
                if (tt && !type_comparable(tt) && tt->kind != TY_UNTYPED_NIL) {
                    diag_error(c, check_start_pos(tag), "cannot switch on %s", operand_str(c, tag));
                    tt = NULL;
                }
                if (tt && tt->kind == TY_UNTYPED_NIL) {
                    diag_error(c, check_start_pos(tag), "use of untyped nil in switch expression");
                    tt = NULL;
                }
            }
        }
    }
    push_breakable(c, s);
    Node *body = s->u.switch_.body;
    int ndefault = 0;
    NodeList *clauses = &body->u.block.stmts;
    for (int i = 0; i < clauses->len; i++) {
        Node *cl = clauses->items[i];
        if (cl->u.caseclause.is_default && ++ndefault > 1)
            diag_error(c, check_start_pos(cl), "multiple defaults in switch");
        for (int k = 0; k < cl->u.caseclause.list.len; k++) {
            Node *e = cl->u.caseclause.list.items[k];
            if (tag) {
                check_expr(c, e, tt);
                if (e->mode == MODE_INVALID || !tt)
                    continue;
                /* the case must be comparable with the tag: check e == tag */
                Node tmpx = *e, tmpy = *tag;
                Node *cmp = ast_binary(c, e->pos, TOK_EQL, &tmpx, &tmpy);
                (void)cmp;
                if (type_is_untyped(e->type)) {
                    if (!check_convert_untyped(c, e, tt))
                        continue;
                } else if (!type_identical(e->type, tt)) {
                    bool ok = type_is_interface(tt) || type_is_interface(e->type);
                    if (!ok) {
                        diag_error(c, check_start_pos(e), "invalid case %s in switch on %s (mismatched types %s and %s)",
                                   expr_str(c, e), expr_str(c, tag), type_string(c, e->type),
                                   type_string(c, tt));
                        continue;
                    }
                }
                if (e->mode == MODE_CONST) {
                    for (int j = 0; j <= i; j++) {
                        Node *oc = clauses->items[j];
                        int lim = j == i ? k : oc->u.caseclause.list.len;
                        for (int m = 0; m < lim; m++) {
                            Node *o = oc->u.caseclause.list.items[m];
                            if (o->mode == MODE_CONST && o->cval->kind == e->cval->kind &&
                                type_identical(o->type, e->type) &&
                                const_compare(TOK_EQL, o->cval, e->cval)) {
                                Pos op = check_start_pos(o);
                                diag_error(c, check_start_pos(e),
                                           "duplicate case %s in expression switch\n\t%s:%d:%d: previous case",
                                           operand_str(c, e), c->files.items[op.file].name, op.line,
                                           op.col);
                                j = i + 1;
                                break;
                            }
                        }
                    }
                }
            } else {
                check_expr(c, e, NULL);
                if (e->mode == MODE_INVALID)
                    continue;
                if (!type_is_boolean(e->type)) {
                    diag_error(c, check_start_pos(e), "invalid case %s in switch (mismatched types %s and bool)",
                               expr_str(c, e), type_string(c, e->type));
                    continue;
                }
                check_default(c, e);
            }
        }
        /* a fallthrough is legal as the last statement of a non-final clause */
        NodeList *b = &cl->u.caseclause.body;
        if (b->len) {
            Node *last = b->items[b->len - 1];
            while (last && last->kind == N_LABELED)
                last = last->u.labeled.stmt;
            if (last && last->kind == N_BRANCH && last->u.branch.tok == TOK_FALLTHROUGH) {
                if (i == clauses->len - 1) {
                    diag_error(c, check_start_pos(last), "cannot fallthrough final case in switch");
                    last->u.branch.chk = s; /* reported: not "out of place" too */
                } else
                    last->u.branch.chk = clauses->items[i + 1];
            }
        }
        check_clause_body(c, b, &cl->u.caseclause.scope);
    }
    pop_breakable(c);
    check_pop_scope(c);
}

static void check_typeswitch(Compiler *c, Node *s)
{
    CheckState *ck = CK(c);
    check_push_scope(c);
    if (s->u.typeswitch.init)
        check_stmt(c, s->u.typeswitch.init);
    Node *ta = s->u.typeswitch.x; /* N_TYPEASSERT with NULL type */
    Node *x = ta->u.typeassert.x;
    check_expr(c, x, NULL);
    Type *xt = NULL;
    if (x->mode != MODE_INVALID) {
        if (!type_is_interface(x->type)) {
            diag_error(c, check_start_pos(x), "%s is not an interface", operand_str(c, x));
        } else {
            xt = x->type;
        }
    }
    Node *bind = s->u.typeswitch.bind;
    if (bind && is_blank(c, bind)) {
        diag_error(c, check_start_pos(bind), "no new variable on left side of :=");
        bind = NULL;
    }
    push_breakable(c, s);
    Node *body = s->u.typeswitch.body;
    NodeList *clauses = &body->u.block.stmts;
    VEC(Sym *) binds = {0};
    int ndefault = 0;
    for (int i = 0; i < clauses->len; i++) {
        Node *cl = clauses->items[i];
        if (cl->u.caseclause.is_default && ++ndefault > 1)
            diag_error(c, check_start_pos(cl), "multiple defaults in switch");
        Type *single = NULL;
        int ntypes = 0;
        for (int k = 0; k < cl->u.caseclause.list.len; k++) {
            Node *e = cl->u.caseclause.list.items[k];
            ntypes++;
            Node *eu = check_unparen(e);
            if (eu->kind == N_IDENT && eu->u.ident.name == intern_cstr(c, "nil")) {
                Sym *ns = scope_lookup(ck->scope, eu->u.ident.name);
                if (ns && ns->kind == SYM_NIL) {
                    e->mode = MODE_VALUE;
                    e->type = type_basic(c, TY_UNTYPED_NIL);
                    eu->u.ident.sym = ns;
                    single = NULL;
                    for (int j = 0; j < i; j++)
                        for (int m = 0; m < clauses->items[j]->u.caseclause.list.len; m++) {
                            Node *o = clauses->items[j]->u.caseclause.list.items[m];
                            if (o->type && o->type->kind == TY_UNTYPED_NIL)
                                diag_error(c, check_start_pos(e), "multiple nil cases in type switch (first at %s:%d:%d)",
                                           c->files.items[o->pos.file].name, o->pos.line,
                                           o->pos.col);
                        }
                    continue;
                }
            }
            Type *t = check_type_expr(c, e);
            if (!t)
                continue;
            single = t;
            if (xt && !type_is_interface(t)) {
                const char *missing;
                bool wp;
                if (!check_implements(c, t, xt, &missing, &wp)) {
                    diag_error(c, check_start_pos(e), "impossible type switch case: %s cannot have dynamic type %s (%s %s)",
                               operand_str(c, x), type_string(c, t),
                               wp ? "method" : "missing method", missing ? missing : "?");
                }
            }
            for (int j = 0; j <= i; j++) {
                Node *oc = clauses->items[j];
                int lim = j == i ? k : oc->u.caseclause.list.len;
                for (int m = 0; m < lim; m++) {
                    Node *o = oc->u.caseclause.list.items[m];
                    if (o->mode == MODE_TYPE && type_identical(o->type, t)) {
                        diag_error(c, check_start_pos(e), "duplicate case %s in type switch", type_string(c, t));
                        j = i + 1;
                        break;
                    }
                }
            }
        }
        Scope *sc = check_push_scope(c);
        cl->u.caseclause.scope = sc;
        if (bind) {
            Type *bt = (ntypes == 1 && single) ? single : xt;
            Sym *v = sym_new(c, SYM_VAR, bind->u.ident.name, bind->pos);
            v->type = bt;
            v->pkg = ck->pkg;
            v->owner = ck->func;
            v->state = 2;
            v->decl = bind;
            cl->u.caseclause.chk = v;
            scope_insert(c, sc, v);
            VEC_PUSH(binds, v);
        }
        for (int k = 0; k < cl->u.caseclause.body.len; k++) {
            Node *st = cl->u.caseclause.body.items[k];
            if (st->kind == N_BRANCH && st->u.branch.tok == TOK_FALLTHROUGH)
                diag_error(c, check_start_pos(st), "cannot fallthrough in type switch");
        }
        check_stmt_list(c, &cl->u.caseclause.body);
        check_pop_scope(c);
    }
    if (bind) {
        bool used = false;
        for (int i = 0; i < binds.len; i++)
            used |= binds.items[i]->used;
        if (!used)
            diag_error(c, check_start_pos(bind), "declared and not used: %s", bind->u.ident.name);
        /* the binding symbol for clauses without one (e.g. no clauses) */
        bind->u.ident.sym = binds.len ? binds.items[0] : NULL;
    }
    VEC_FREE(binds);
    pop_breakable(c);
    check_pop_scope(c);
}

static void check_range(Compiler *c, Node *s)
{
    CheckState *ck = CK(c);
    check_push_scope(c);
    s->u.range.scope = ck->scope;
    Node *x = s->u.range.x;
    check_expr(c, x, NULL);
    const char *xdesc = x->mode != MODE_INVALID ? operand_str(c, x) : "";
    Node *k = s->u.range.key, *v = s->u.range.value;
    RangeInfo *ri = ARENA_NEW(&c->arena, RangeInfo);
    Type *kt = NULL, *vt = NULL;
    bool ok = x->mode != MODE_INVALID;
    int max_vars = 2;
    if (ok) {
        Type *u = type_under(x->type);
        if (u && u->kind == TY_POINTER && type_under(u->elem) &&
            type_under(u->elem)->kind == TY_ARRAY) {
            ri->kind = RANGE_ARRAY_PTR;
            kt = type_basic(c, TY_INT);
            vt = type_under(u->elem)->elem;
        } else if (u) {
            switch (u->kind) {
            case TY_STRING:
            case TY_UNTYPED_STRING:
                ri->kind = RANGE_STRING;
                check_default(c, x);
                kt = type_basic(c, TY_INT);
                vt = type_rune(c);
                break;
            case TY_ARRAY:
                ri->kind = RANGE_ARRAY;
                kt = type_basic(c, TY_INT);
                vt = u->elem;
                break;
            case TY_SLICE:
                ri->kind = RANGE_SLICE;
                kt = type_basic(c, TY_INT);
                vt = u->elem;
                break;
            case TY_MAP:
                ri->kind = RANGE_MAP;
                kt = u->key;
                vt = u->elem;
                break;
            case TY_CHAN:
                ri->kind = RANGE_CHAN;
                kt = u->elem;
                max_vars = 1;
                if (u->dir == CHAN_SEND) {
                    diag_error(c, check_start_pos(x), "invalid operation: range %s receive from send-only channel %s",
                               expr_str(c, x), type_string(c, x->type));
                    ok = false;
                }
                break;
            case TY_FUNC:
                diag_error(c, check_start_pos(x), "range over functions (iterators) is not supported in Gale yet");
                ok = false;
                break;
            default:
                if (type_is_integer(x->type)) {
                    ri->kind = RANGE_INT;
                    max_vars = 1;
                    if (type_is_untyped(x->type)) {
                        /* the type of an untyped constant n is int, or the type of an
                         * assigned iteration variable */
                        Type *target = type_basic(c, TY_INT);
                        if (k && s->u.range.tok == TOK_ASSIGN && !is_blank(c, k)) {
                            check_expr(c, k, NULL);
                            if (k->type && !type_is_interface(k->type) &&
                                !type_is_integer(k->type)) {
                                /* types2: the iteration values are integers */
                                diag_error(c, check_start_pos(k),
                                           "cannot use iteration variable of type %s",
                                           type_string(c, k->type));
                                ok = false;
                            } else if (k->type && !type_is_interface(k->type)) {
                                target = k->type;
                            }
                        }
                        check_convert_untyped(c, x, target);
                    }
                    kt = x->type;
                } else {
                    diag_error(c, check_start_pos(x), "cannot range over %s", operand_str(c, x));
                    ok = false;
                }
                break;
            }
        } else {
            ok = false;
        }
    }
    int nvars = (k ? 1 : 0) + (v ? 1 : 0);
    if (ok && nvars > max_vars) {
        diag_error(c, check_start_pos(v), "range over %s permits only one iteration variable", xdesc);
        ok = false;
    }
    ri->key_type = kt;
    ri->value_type = vt;
    s->cval = (ConstVal *)ri;
    if (s->u.range.tok == TOK_DEFINE) {
        Node *vars[2] = {k, v};
        Type *types[2] = {kt, vt};
        for (int i = 0; i < 2; i++) {
            Node *n = vars[i];
            if (!n)
                continue;
            if (n->kind != N_IDENT) {
                diag_error(c, check_start_pos(n), "non-name %s on left side of :=", expr_str(c, n));
                continue;
            }
            if (is_blank(c, n))
                continue;
            Sym *sym = sym_new(c, SYM_VAR, n->u.ident.name, n->pos);
            sym->type = ok ? types[i] : NULL;
            sym->pkg = ck->pkg;
            sym->owner = ck->func;
            sym->decl = n;
            sym->state = 2;
            n->u.ident.sym = sym;
            n->mode = MODE_VAR;
            n->type = sym->type;
            check_declare(c, ck->scope, sym);
            if (i == 0)
                ri->key_sym = sym;
            else
                ri->value_sym = sym;
        }
    } else if (s->u.range.tok == TOK_ASSIGN) {
        Node *vars[2] = {k, v};
        Type *types[2] = {kt, vt};
        for (int i = 0; i < 2; i++) {
            Node *n = vars[i];
            if (!n)
                continue;
            Type *lt = check_lhs(c, n);
            if (lt && ok && types[i]) {
                Node tmp = *x;
                tmp.type = types[i];
                tmp.mode = MODE_VALUE;
                tmp.cval = NULL;
                check_assignable(c, &tmp, lt, "range");
            }
        }
    }
    push_breakable(c, s);
    check_block(c, s->u.range.body);
    pop_breakable(c);
    check_pop_scope(c);
    s->u.range.body->cval = (ConstVal *)ri;
}

static void check_select(Compiler *c, Node *s)
{
    push_breakable(c, s);
    Node *body = s->u.select_.body;
    int ndefault = 0;
    for (int i = 0; i < body->u.block.stmts.len; i++) {
        Node *cl = body->u.block.stmts.items[i];
        Scope *sc = check_push_scope(c);
        cl->u.commclause.scope = sc;
        Node *comm = cl->u.commclause.comm;
        if (!comm) {
            if (++ndefault > 1)
                diag_error(c, check_start_pos(cl), "multiple defaults in select");
        } else if (comm->kind == N_SENDSTMT) {
            check_stmt(c, comm);
        } else {
            Node *recv = NULL;
            if (comm->kind == N_EXPRSTMT)
                recv = check_unparen(comm->u.exprstmt.x);
            else if (comm->kind == N_ASSIGN && comm->u.assign.rhs.len == 1)
                recv = check_unparen(comm->u.assign.rhs.items[0]);
            if (!recv || recv->kind != N_UNARY || recv->u.unary.op != TOK_ARROW) {
                diag_error(c, check_start_pos(comm), "select case must be receive, send or assign recv");
            }
            if (comm->kind == N_EXPRSTMT) {
                check_expr(c, comm->u.exprstmt.x, NULL);
            } else {
                check_stmt(c, comm);
            }
        }
        check_stmt_list(c, &cl->u.commclause.body);
        check_pop_scope(c);
    }
    pop_breakable(c);
}

/* ---- Return ---- */

static void check_return(Compiler *c, Node *s)
{
    FuncInfo *fi = CK(c)->func;
    NodeList *res = &s->u.ret.results;
    if (!fi || fi->is_script) {
        if (fi && fi->is_script && res->len == 0)
            return;
        diag_error(c, check_start_pos(s), "return statement outside function body");
        return;
    }
    Type *sig = fi->sig;
    if (!sig)
        return;
    int want = sig->nresults;
    if (res->len == 0) {
        if (want > 0 && !fi->named_results) {
            StrBuf b = {0};
            strbuf_puts(&b, "not enough return values\n\thave ()\n\twant (");
            for (int i = 0; i < want; i++) {
                if (i)
                    strbuf_puts(&b, ", ");
                strbuf_puts(&b, type_string(c, sig->results[i]));
            }
            strbuf_putc(&b, ')');
            diag_error(c, check_start_pos(s), "%s", strbuf_cstr(&b));
            strbuf_free(&b);
        }
        /* a naked return reads the named results */
        for (int i = 0; i < fi->results.len; i++)
            fi->results.items[i]->used = true;
        return;
    }
    if (want == 0) {
        for (int i = 0; i < res->len; i++)
            check_expr(c, res->items[i], NULL);
        diag_error(c, check_start_pos(res->items[0]), "too many return values\n\thave (%s)\n\twant ()",
                   res->items[0]->type ? (type_is_untyped(res->items[0]->type) &&
                                                  res->items[0]->mode == MODE_CONST &&
                                                  type_is_numeric(res->items[0]->type)
                                              ? "number"
                                              : type_string(c, res->items[0]->type))
                                       : "invalid type");
        return;
    }
    if (res->len == 1 && want > 1) {
        Node *r = res->items[0];
        check_multi(c, r);
        if (r->mode == MODE_INVALID)
            return;
        if (r->type && r->type->kind == TY_TUPLE && r->type->nresults == want) {
            for (int i = 0; i < want; i++) {
                Node tmp = *r;
                tmp.type = r->type->results[i];
                tmp.mode = MODE_VALUE;
                check_assignable(c, &tmp, sig->results[i], "return statement");
            }
            return;
        }
    } else {
        for (int i = 0; i < res->len; i++)
            check_expr(c, res->items[i], i < want ? sig->results[i] : NULL);
    }
    if (res->len != want) {
        StrBuf b = {0};
        strbuf_printf(&b, "%s return values\n\thave (", res->len < want ? "not enough" : "too many");
        for (int i = 0; i < res->len; i++) {
            Node *r = res->items[i];
            if (i)
                strbuf_puts(&b, ", ");
            if (!r->type)
                strbuf_puts(&b, "invalid type");
            else if (type_is_untyped(r->type) && r->mode == MODE_CONST && type_is_numeric(r->type))
                strbuf_puts(&b, "number");
            else if (type_is_untyped(r->type) && r->type->kind != TY_UNTYPED_NIL)
                strbuf_puts(&b, type_string(c, type_default(c, r->type)));
            else
                strbuf_puts(&b, type_string(c, r->type));
        }
        strbuf_puts(&b, ")\n\twant (");
        for (int i = 0; i < want; i++) {
            if (i)
                strbuf_puts(&b, ", ");
            strbuf_puts(&b, type_string(c, sig->results[i]));
        }
        strbuf_putc(&b, ')');
        diag_error(c, res->len > want ? check_start_pos(res->items[want])
                                      : check_start_pos(res->items[res->len - 1]),
                   "%s", strbuf_cstr(&b));
        strbuf_free(&b);
        return;
    }
    for (int i = 0; i < want; i++) {
        Node *r = res->items[i];
        if (r->mode == MODE_INVALID)
            continue;
        if (r->type && r->type->kind == TY_TUPLE) {
            diag_error(c, check_start_pos(r), "multiple-value %s (value of type %s) in single-value context",
                       expr_str(c, r), type_string(c, r->type));
            continue;
        }
        check_assignable(c, r, sig->results[i], "return statement");
    }
}

/* ---- go, defer ---- */

static void check_go_defer(Compiler *c, Node *s, Node *call, const char *what)
{
    Node *cu = check_unparen(call);
    if (!cu || cu->kind != N_CALL) {
        check_expr(c, call, NULL);
        diag_error(c, check_start_pos(call), "expression in %s must be function call", what);
        return;
    }
    check_multi(c, cu);
    CallInfo *ci = cu->u.call.chk;
    if (cu->mode == MODE_INVALID || !ci)
        return;
    if (ci->kind == CALL_CONV) {
        diag_error(c, check_start_pos(call), "%s requires function call, not conversion", what);
        return;
    }
    if (ci->kind == CALL_BUILTIN) {
        switch (ci->builtin) {
        case BI_CLOSE:
        case BI_COPY:
        case BI_DELETE:
        case BI_PANIC:
        case BI_PRINT:
        case BI_PRINTLN:
        case BI_RECOVER:
        case BI_CLEAR:
            break;
        default: {
            diag_error(c, check_start_pos(call), "%s discards result of %s", what, expr_str(c, call));
            return;
        }
        }
    }
    if (s->kind == N_DEFER && CK(c)->func)
        CK(c)->func->has_defer = true;
}

/* ---- Statements ---- */

void check_block(Compiler *c, Node *block)
{
    if (!block)
        return;
    Scope *sc = check_push_scope(c);
    block->u.block.scope = sc;
    check_stmt_list(c, &block->u.block.stmts);
    check_pop_scope(c);
}

void check_stmt_list(Compiler *c, NodeList *l)
{
    for (int i = 0; i < l->len; i++)
        check_stmt(c, l->items[i]);
}

static void check_decl_stmt(Compiler *c, Node *decl)
{
    int tok = decl->u.gendecl.tok;
    Node *prev = NULL;
    for (int i = 0; i < decl->u.gendecl.specs.len; i++) {
        Node *spec = decl->u.gendecl.specs.items[i];
        if (tok == TOK_CONST) {
            if (spec->u.valuespec.type || spec->u.valuespec.values.len)
                prev = spec;
            check_const_spec(c, spec, prev, true);
        } else if (tok == TOK_VAR) {
            check_var_spec(c, spec, true);
        } else if (tok == TOK_TYPE) {
            check_type_spec(c, spec, true);
        } else if (tok == TOK_IMPORT) {
            diag_error(c, check_start_pos(spec), "syntax error: imports must appear before other declarations");
        }
    }
}

void check_stmt(Compiler *c, Node *s)
{
    if (!s)
        return;
    switch (s->kind) {
    case N_EMPTYSTMT:
    case N_BAD:
        return;
    case N_DECLSTMT:
        check_decl_stmt(c, s->u.declstmt.decl);
        return;
    case N_GENDECL:
        check_decl_stmt(c, s);
        return;
    case N_FUNCDECL:
        return; /* script mode: hoisted */
    case N_LABELED:
        check_stmt(c, s->u.labeled.stmt);
        return;
    case N_EXPRSTMT: {
        Node *x = s->u.exprstmt.x;
        check_multi(c, x);
        if (x->mode == MODE_INVALID)
            return;
        Node *xu = check_unparen(x);
        if (xu->kind == N_CALL) {
            CallInfo *ci = xu->u.call.chk;
            if (ci && ci->kind == CALL_CONV) {
                diag_error(c, check_start_pos(x), "%s (%s) is not used", expr_str(c, x),
                           x->mode == MODE_CONST ? arena_sprintf(&c->arena, "constant of type %s", type_string(c, x->type))
                                                 : arena_sprintf(&c->arena, "value of type %s", type_string(c, x->type)));
                return;
            }
            if (ci && ci->kind == CALL_BUILTIN) {
                switch (ci->builtin) {
                case BI_CLOSE:
                case BI_COPY:
                case BI_DELETE:
                case BI_PANIC:
                case BI_PRINT:
                case BI_PRINTLN:
                case BI_RECOVER:
                case BI_CLEAR:
                    return;
                default: {
                    StrBuf b = {0};
                    check_operand_string(c, &b, x);
                    diag_error(c, check_start_pos(x), "%s is not used", strbuf_cstr(&b));
                    strbuf_free(&b);
                    return;
                }
                }
            }
            return;
        }
        if (xu->kind == N_UNARY && xu->u.unary.op == TOK_ARROW)
            return;
        StrBuf b = {0};
        check_operand_string(c, &b, x);
        diag_error(c, check_start_pos(x), "%s is not used", strbuf_cstr(&b));
        strbuf_free(&b);
        return;
    }
    case N_SENDSTMT: {
        Node *ch = s->u.send.chan, *v = s->u.send.value;
        check_expr(c, ch, NULL);
        if (ch->mode == MODE_INVALID) {
            check_expr(c, v, NULL);
            return;
        }
        Type *u = type_under(ch->type);
        if (!u || u->kind != TY_CHAN) {
            diag_error(c, check_start_pos(s), "invalid operation: cannot send to non-channel %s",
                       operand_str(c, ch));
            check_expr(c, v, NULL);
            return;
        }
        if (u->dir == CHAN_RECV) {
            diag_error(c, check_start_pos(s), "invalid operation: cannot send to receive-only channel %s",
                       operand_str(c, ch));
            check_expr(c, v, NULL);
            return;
        }
        check_expr(c, v, u->elem);
        check_assignable(c, v, u->elem, "send");
        return;
    }
    case N_INCDEC: {
        Node *x = s->u.incdec.x;
        Type *t = check_lhs(c, x);
        Sym *used = check_unparen(x)->kind == N_IDENT ? check_unparen(x)->u.ident.sym : NULL;
        if (used && used->kind == SYM_VAR)
            used->used = true;
        if (!t)
            return;
        if (!type_is_numeric(t)) {
            diag_error(c, check_start_pos(x), "invalid operation: %s%s (non-numeric type %s)", expr_str(c, x),
                       s->u.incdec.tok == TOK_INC ? "++" : "--", type_string(c, t));
        }
        return;
    }
    case N_ASSIGN:
        check_assign(c, s);
        return;
    case N_GO:
        check_go_defer(c, s, s->u.go_.call, "go");
        return;
    case N_DEFER:
        check_go_defer(c, s, s->u.defer_.call, "defer");
        return;
    case N_RETURN:
        check_return(c, s);
        return;
    case N_BRANCH:
        check_branch(c, s);
        return;
    case N_BLOCK:
        check_block(c, s);
        return;
    case N_IF:
        check_push_scope(c);
        if (s->u.if_.init)
            check_stmt(c, s->u.if_.init);
        check_cond(c, s->u.if_.cond, "if");
        check_block(c, s->u.if_.body);
        if (s->u.if_.els)
            check_stmt(c, s->u.if_.els);
        check_pop_scope(c);
        return;
    case N_SWITCH:
        check_switch(c, s);
        return;
    case N_TYPESWITCH:
        check_typeswitch(c, s);
        return;
    case N_SELECT:
        check_select(c, s);
        return;
    case N_FOR:
        check_push_scope(c);
        s->u.for_.scope = CK(c)->scope;
        if (s->u.for_.init)
            check_stmt(c, s->u.for_.init);
        if (s->u.for_.cond)
            check_cond(c, s->u.for_.cond, "for");
        if (s->u.for_.post) {
            Node *p = s->u.for_.post;
            if (p->kind == N_ASSIGN && p->u.assign.tok == TOK_DEFINE)
                diag_error(c, check_start_pos(p), "cannot declare in post statement of for loop");
            else
                check_stmt(c, p);
        }
        push_breakable(c, s);
        check_block(c, s->u.for_.body);
        pop_breakable(c);
        check_pop_scope(c);
        return;
    case N_RANGE:
        check_range(c, s);
        return;
    case N_CASECLAUSE:
    case N_COMMCLAUSE:
        diag_error(c, check_start_pos(s), "unexpected case clause");
        return;
    default:
        diag_error(c, check_start_pos(s), "unexpected statement");
        return;
    }
}

/* ---- goto rules (cmd/compile's syntax/branches.go) ---- */

typedef struct BlockPath {
    Node *stmt;              /* statement at this level */
    NodeList *list;          /* the statement list it is in */
    int index;
    Node *block;             /* the node owning the list (for "block starting at") */
} BlockPath;

typedef struct GotoScan {
    VEC(BlockPath) path;     /* current chain of enclosing statement lists */
    VEC(BlockPath *) labels; /* copies of the path at each label (owned arrays) */
    VEC(int) label_depth;
    VEC(Node *) label_nodes;
    VEC(BlockPath *) gotos;
    VEC(int) goto_depth;
    VEC(Node *) goto_nodes;
} GotoScan;

static void scan_gotos(GotoScan *gs, Node *owner, NodeList *l);

static void scan_stmt(GotoScan *gs, Node *s)
{
    if (!s)
        return;
    switch (s->kind) {
    case N_LABELED: {
        BlockPath *copy = xmalloc(sizeof(BlockPath) * (size_t)(gs->path.len + 1));
        copy_bytes(copy, gs->path.items, sizeof(BlockPath) * (size_t)gs->path.len);
        VEC_PUSH(gs->labels, copy);
        VEC_PUSH(gs->label_depth, gs->path.len);
        VEC_PUSH(gs->label_nodes, s);
        scan_stmt(gs, s->u.labeled.stmt);
        break;
    }
    case N_BRANCH:
        if (s->u.branch.tok == TOK_GOTO && s->u.branch.label) {
            BlockPath *copy = xmalloc(sizeof(BlockPath) * (size_t)(gs->path.len + 1));
            copy_bytes(copy, gs->path.items, sizeof(BlockPath) * (size_t)gs->path.len);
            VEC_PUSH(gs->gotos, copy);
            VEC_PUSH(gs->goto_depth, gs->path.len);
            VEC_PUSH(gs->goto_nodes, s);
        }
        break;
    case N_BLOCK:
        scan_gotos(gs, s, &s->u.block.stmts);
        break;
    case N_IF:
        scan_stmt(gs, s->u.if_.body);
        scan_stmt(gs, s->u.if_.els);
        break;
    case N_FOR:
        scan_stmt(gs, s->u.for_.body);
        break;
    case N_RANGE:
        scan_stmt(gs, s->u.range.body);
        break;
    case N_SWITCH:
    case N_TYPESWITCH:
    case N_SELECT: {
        Node *body = s->kind == N_SWITCH       ? s->u.switch_.body
                     : s->kind == N_TYPESWITCH ? s->u.typeswitch.body
                                               : s->u.select_.body;
        if (!body)
            break;
        for (int i = 0; i < body->u.block.stmts.len; i++) {
            Node *cl = body->u.block.stmts.items[i];
            if (cl->kind == N_CASECLAUSE)
                scan_gotos(gs, cl, &cl->u.caseclause.body);
            else if (cl->kind == N_COMMCLAUSE)
                scan_gotos(gs, cl, &cl->u.commclause.body);
        }
        break;
    }
    default:
        break;
    }
}

static void scan_gotos(GotoScan *gs, Node *owner, NodeList *l)
{
    for (int i = 0; i < l->len; i++) {
        BlockPath bp = {l->items[i], l, i, owner};
        VEC_PUSH(gs->path, bp);
        scan_stmt(gs, l->items[i]);
        gs->path.len--;
    }
}

/* declared_name returns the first variable a statement declares, and its position. */
static const char *declared_name(Compiler *c, Node *s, Pos *pos)
{
    while (s && s->kind == N_LABELED)
        s = s->u.labeled.stmt;
    if (!s)
        return NULL;
    if (s->kind == N_ASSIGN && s->u.assign.tok == TOK_DEFINE) {
        for (int i = 0; i < s->u.assign.lhs.len; i++) {
            Node *l = s->u.assign.lhs.items[i];
            if (l->kind == N_IDENT && l->u.ident.name != c->name_blank) {
                *pos = s->u.assign.oppos;
                return l->u.ident.name;
            }
        }
    }
    if (s->kind == N_DECLSTMT && s->u.declstmt.decl->u.gendecl.tok == TOK_VAR) {
        Node *d = s->u.declstmt.decl;
        for (int i = 0; i < d->u.gendecl.specs.len; i++) {
            Node *spec = d->u.gendecl.specs.items[i];
            if (spec->u.valuespec.names.len) {
                Node *nm = spec->u.valuespec.names.items[0];
                *pos = nm->pos;
                return nm->u.ident.name;
            }
        }
    }
    return NULL;
}

/* check_gotos reports gotos that jump into blocks or over variable declarations. Returns
 * false when it reported anything. */
bool check_gotos(Compiler *c, Node *body);
bool check_gotos(Compiler *c, Node *body)
{
    GotoScan gs = {0};
    scan_gotos(&gs, body, &body->u.block.stmts);
    bool ok = true;
    for (int g = 0; g < gs.gotos.len; g++) {
        Node *gn = gs.goto_nodes.items[g];
        const char *name = gn->u.branch.label->u.ident.name;
        int li = -1;
        for (int k = 0; k < gs.label_nodes.len; k++)
            if (gs.label_nodes.items[k]->u.labeled.label->u.ident.name == name)
                li = k;
        if (li < 0)
            continue; /* "label not defined" comes later */
        BlockPath *lp = gs.labels.items[li], *gp = gs.gotos.items[g];
        int ld = gs.label_depth.items[li] - 1, gd = gs.goto_depth.items[g] - 1;
        /* the label's statement list must enclose the goto */
        if (ld > gd || lp[ld].list != gp[ld].list ||
            (ld > 0 && memcmp(lp, gp, sizeof(BlockPath) * (size_t)ld) != 0)) {
            Node *blk = lp[ld].block;
            Pos bp = blk->kind == N_BLOCK ? blk->pos : blk->pos;
            diag_error(c, gn->u.branch.label->pos, "goto %s jumps into block starting at %s:%d:%d",
                       name, c->files.items[bp.file].name, bp.line, bp.col);
            ok = false;
            continue;
        }
        int from = gp[ld].index, to = lp[ld].index;
        for (int i = from + 1; i < to; i++) {
            Pos dp;
            const char *v = declared_name(c, lp[ld].list->items[i], &dp);
            if (v) {
                diag_error(c, gn->u.branch.label->pos,
                           "goto %s jumps over declaration of %s at %s:%d:%d", name, v,
                           c->files.items[dp.file].name, dp.line, dp.col);
                ok = false;
                break;
            }
        }
    }
    for (int i = 0; i < gs.labels.len; i++)
        free(gs.labels.items[i]);
    for (int i = 0; i < gs.gotos.len; i++)
        free(gs.gotos.items[i]);
    VEC_FREE(gs.labels);
    VEC_FREE(gs.label_depth);
    VEC_FREE(gs.label_nodes);
    VEC_FREE(gs.gotos);
    VEC_FREE(gs.goto_depth);
    VEC_FREE(gs.goto_nodes);
    VEC_FREE(gs.path);
    return ok;
}

/* check_labels_in_body declares the labels of a function body (called before checking). */
void check_labels_in_body(Compiler *c, Node *body);
void check_labels_in_body(Compiler *c, Node *body)
{
    collect_labels(c, body);
}

/* ---- Terminating statements (Go spec) ---- */

static bool has_break(Node *s, Node *target, const char *label, bool nested);

static bool list_has_break(NodeList *l, Node *target, const char *label, bool nested)
{
    for (int i = 0; i < l->len; i++)
        if (has_break(l->items[i], target, label, nested))
            return true;
    return false;
}

/* has_break says whether [s] contains a break that targets [target] (unlabelled breaks only
 * count when not [nested] inside another breakable statement). */
static bool has_break(Node *s, Node *target, const char *label, bool nested)
{
    if (!s)
        return false;
    switch (s->kind) {
    case N_BRANCH:
        if (s->u.branch.tok != TOK_BREAK)
            return false;
        if (s->u.branch.label)
            return label && s->u.branch.label->u.ident.name == label;
        return !nested;
    case N_BLOCK:
        return list_has_break(&s->u.block.stmts, target, label, nested);
    case N_LABELED:
        return has_break(s->u.labeled.stmt, target, label, nested);
    case N_IF:
        return has_break(s->u.if_.body, target, label, nested) ||
               has_break(s->u.if_.els, target, label, nested);
    case N_FOR:
        return has_break(s->u.for_.body, target, label, true);
    case N_RANGE:
        return has_break(s->u.range.body, target, label, true);
    case N_SWITCH:
    case N_TYPESWITCH:
    case N_SELECT: {
        Node *body = s->kind == N_SWITCH       ? s->u.switch_.body
                     : s->kind == N_TYPESWITCH ? s->u.typeswitch.body
                                               : s->u.select_.body;
        if (!body)
            return false;
        for (int i = 0; i < body->u.block.stmts.len; i++) {
            Node *cl = body->u.block.stmts.items[i];
            NodeList *b = cl->kind == N_CASECLAUSE ? &cl->u.caseclause.body
                                                   : &cl->u.commclause.body;
            if (list_has_break(b, target, label, true))
                return true;
        }
        return false;
    }
    case N_CASECLAUSE:
        return list_has_break(&s->u.caseclause.body, target, label, nested);
    default:
        return false;
    }
}

static bool list_terminating(NodeList *l)
{
    /* trailing empty statements do not count */
    int i = l->len - 1;
    while (i >= 0 && l->items[i]->kind == N_EMPTYSTMT)
        i--;
    return i >= 0 && check_is_terminating(l->items[i], NULL);
}

bool check_is_terminating(Node *s, const char *label)
{
    if (!s)
        return false;
    switch (s->kind) {
    case N_RETURN:
        return true;
    case N_BRANCH:
        return s->u.branch.tok == TOK_GOTO || s->u.branch.tok == TOK_FALLTHROUGH;
    case N_EXPRSTMT: {
        Node *x = check_unparen(s->u.exprstmt.x);
        if (x->kind == N_CALL) {
            CallInfo *ci = x->u.call.chk;
            return ci && ci->kind == CALL_BUILTIN && ci->builtin == BI_PANIC;
        }
        return false;
    }
    case N_BLOCK:
        return list_terminating(&s->u.block.stmts);
    case N_IF:
        return s->u.if_.els && check_is_terminating(s->u.if_.body, NULL) &&
               check_is_terminating(s->u.if_.els, NULL);
    case N_LABELED:
        return check_is_terminating(s->u.labeled.stmt, s->u.labeled.label->u.ident.name);
    case N_FOR:
        return !s->u.for_.cond && !has_break(s->u.for_.body, s, label, false);
    case N_RANGE:
        return false;
    case N_SWITCH:
    case N_TYPESWITCH: {
        Node *body = s->kind == N_SWITCH ? s->u.switch_.body : s->u.typeswitch.body;
        bool has_default = false;
        for (int i = 0; i < body->u.block.stmts.len; i++) {
            Node *cl = body->u.block.stmts.items[i];
            if (cl->u.caseclause.is_default)
                has_default = true;
            if (!list_terminating(&cl->u.caseclause.body))
                return false;
            if (list_has_break(&cl->u.caseclause.body, s, label, false))
                return false;
        }
        return has_default;
    }
    case N_SELECT: {
        Node *body = s->u.select_.body;
        for (int i = 0; i < body->u.block.stmts.len; i++) {
            Node *cl = body->u.block.stmts.items[i];
            if (!list_terminating(&cl->u.commclause.body))
                return false;
            if (list_has_break(&cl->u.commclause.body, s, label, false))
                return false;
        }
        return true;
    }
    default:
        return false;
    }
}
