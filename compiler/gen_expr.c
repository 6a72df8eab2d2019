/*
 * gen_expr.c — code for expressions, assignments and calls.
 *
 * Aggregates (structs, arrays) are pointers to storage in registers. An aggregate expression
 * is "fresh" when its storage is new and referenced by nothing else (composite literals, call
 * results, map reads), and "private" when only this frame can reach it (a local variable that
 * is neither captured nor address-taken, or a part of one). Binding to a variable takes a
 * fresh value as is and copies anything else; arguments may pass private values by
 * reference, because the callee copies a parameter it changes (gen_func's prologue) and
 * nobody else can change a private value during the call.
 */
#include "compiler/gen.h"

#include <string.h>

uint8_t *gen_global_addr(Compiler *c, Sym *v);
Proto *gen_literal_proto(Compiler *c, Node *lit);
int gen_compare_eq(Compiler *c, Type *t, int a, int b);
void gen_op_assign(Compiler *c, Node *lhs, Node *bin);
void gen_assign_stmt(Compiler *c, Node *s);

static int kconst(Compiler *c, const void *p)
{
    return gen_const_ptr(c, p);
}

static int ktype(Compiler *c, Type *t)
{
    return gen_const_ptr(c, gen_typedesc(c, t));
}

static int emit_abc(Compiler *c, unsigned op, int a, int b, int cc)
{
    return gen_emit(c, INSTR_ABC(op, a, b, cc));
}

/* new_reg emits [i] whose destination is the next register and commits it. */
static int emit_new(Compiler *c, unsigned op, int b, int cc, bool is_ptr)
{
    int r = gen_peek(c);
    gen_emit(c, INSTR_ABC(op, r, b, cc));
    return gen_commit(c, r, is_ptr);
}

static int emit_newx(Compiler *c, unsigned op, uint64_t bx, bool is_ptr)
{
    int r = gen_peek(c);
    gen_emit(c, INSTR_ABX(op, r, bx));
    return gen_commit(c, r, is_ptr);
}

static TyKind ukind(Type *t)
{
    Type *u = type_under(t);
    return u ? (TyKind)u->kind : TY_INVALID;
}

/* wrap normalizes register [r] (in place) to the width of integer type [t]. */
static void wrap(Compiler *c, int r, Type *t)
{
    switch (ukind(t)) {
    case TY_INT8: emit_abc(c, OP_SEXT8, r, r, 0); break;
    case TY_INT16: emit_abc(c, OP_SEXT16, r, r, 0); break;
    case TY_INT32: emit_abc(c, OP_SEXT32, r, r, 0); break;
    case TY_UINT8: emit_abc(c, OP_ZEXT8, r, r, 0); break;
    case TY_UINT16: emit_abc(c, OP_ZEXT16, r, r, 0); break;
    case TY_UINT32: emit_abc(c, OP_ZEXT32, r, r, 0); break;
    case TY_FLOAT32: emit_abc(c, OP_F32, r, r, 0); break;
    default: break;
    }
}

/* ---- Constants ---- */

static int load_const(Compiler *c, Node *n)
{
    Type *t = n->type;
    ConstVal *v = n->cval;
    TyKind k = ukind(t);
    if (k == TY_UNTYPED_NIL || !v)
        return emit_new(c, OP_LOADZ, 0, 0, true);
    if (k == TY_INTERFACE) {
        /* a constant converted to an interface: box its default type */
        UNREACHABLE();
    }
    switch (v->kind) {
    case CV_BOOL:
        return emit_newx(c, OP_LOADI, v->b ? 1 : 0, false);
    case CV_STRING: {
        if (v->slen == 0)
            return emit_new(c, OP_LOADZ, 0, 0, true);
        const StrObj *s = gen_static_string(c, v->s, v->slen);
        return emit_newx(c, OP_LOADK, (uint64_t)kconst(c, s), true);
    }
    case CV_INT:
    case CV_FLOAT: {
        if (k == TY_FLOAT32 || k == TY_FLOAT64 || k == TY_UNTYPED_FLOAT) {
            bool ovf;
            double d = const_round_float(v, k == TY_FLOAT32, &ovf);
            Value val;
            val.f = d;
            return emit_newx(c, OP_LOADK, (uint64_t)gen_const(c, val), false);
        }
        ConstVal *iv = const_to_int(&CK(c)->consts, v);
        int64_t x = iv ? const_get_int64(iv) : 0;
        if (x >= -((int64_t)1 << 39) && x < ((int64_t)1 << 39))
            return emit_newx(c, OP_LOADI, (uint64_t)x & 0xffffffffffull, false);
        Value val;
        val.i = x;
        return emit_newx(c, OP_LOADK, (uint64_t)gen_const(c, val), false);
    }
    }
    return emit_new(c, OP_LOADZ, 0, 0, false);
}

/* ---- Loads and stores ---- */

static unsigned load_op(Type *t)
{
    switch (ukind(t)) {
    case TY_BOOL:
    case TY_UINT8: return OP_LD8U;
    case TY_INT8: return OP_LD8S;
    case TY_INT16: return OP_LD16S;
    case TY_UINT16: return OP_LD16U;
    case TY_INT32: return OP_LD32S;
    case TY_UINT32: return OP_LD32U;
    case TY_FLOAT32: return OP_LDF32;
    default: return OP_LD64;
    }
}

static unsigned store_op(Type *t)
{
    switch (ukind(t)) {
    case TY_BOOL:
    case TY_UINT8:
    case TY_INT8: return OP_ST8;
    case TY_INT16:
    case TY_UINT16: return OP_ST16;
    case TY_INT32:
    case TY_UINT32: return OP_ST32;
    case TY_FLOAT32: return OP_STF32;
    default: return gen_is_ptr(t) ? OP_STP : OP_ST64;
    }
}

int gen_load_typed(Compiler *c, Type *t, int base, uint32_t off)
{
    if (type_is_aggregate(t))
        return emit_new(c, OP_ADDR, base, (int)off, true);
    return emit_new(c, load_op(t), base, (int)off, gen_is_ptr(t));
}

void gen_store_typed(Compiler *c, Type *t, int base, uint32_t off, int src)
{
    if (type_is_aggregate(t)) {
        int dst = base;
        int top = gen_peek(c);
        if (off)
            dst = emit_new(c, OP_ADDR, base, (int)off, true);
        emit_abc(c, OP_COPY, dst, src, ktype(c, t));
        gen_free_to(c, top);
        return;
    }
    emit_abc(c, store_op(t), base, src, (int)off);
}

static unsigned slice_load_op(Type *t)
{
    switch (ukind(t)) {
    case TY_BOOL:
    case TY_UINT8: return OP_SLD8U;
    case TY_INT8: return OP_SLD8S;
    case TY_INT16: return OP_SLD16S;
    case TY_UINT16: return OP_SLD16U;
    case TY_INT32: return OP_SLD32S;
    case TY_UINT32: return OP_SLD32U;
    case TY_FLOAT32: return OP_SLDF32;
    default: return OP_SLD64;
    }
}

static unsigned slice_store_op(Type *t)
{
    switch (ukind(t)) {
    case TY_BOOL:
    case TY_UINT8:
    case TY_INT8: return OP_SST8;
    case TY_INT16:
    case TY_UINT16: return OP_SST16;
    case TY_INT32:
    case TY_UINT32: return OP_SST32;
    case TY_FLOAT32: return OP_SSTF32;
    default: return gen_is_ptr(t) ? OP_SSTP : OP_SST64;
    }
}

/* ---- Variables ---- */

static bool is_cell(Sym *v)
{
    return !type_is_aggregate(v->type) && (v->captured || v->addr_taken);
}

/* var_reg returns the register holding [v]'s value, cell or storage in this function, or -1
 * for globals. */
static int var_reg(Compiler *c, Sym *v)
{
    FuncState *fs = GS(c)->fs;
    if (v->is_global)
        return -1;
    if (fs->fi && v->owner && v->owner != fs->fi) {
        for (int i = 0; i < fs->caps.len; i++)
            if (fs->caps.items[i].sym == v)
                return fs->caps.items[i].reg;
    }
    return v->reg;
}

/* captured_here says whether [v] is reached through this function's captures. */
static bool captured_here(Compiler *c, Sym *v)
{
    FuncState *fs = GS(c)->fs;
    return !v->is_global && fs->fi && v->owner && v->owner != fs->fi;
}

int gen_load_var(Compiler *c, Sym *v, int dst)
{
    (void)dst;
    Type *t = v->type;
    if (v->is_global) {
        uint8_t *addr = gen_global_addr(c, v);
        if (type_is_aggregate(t))
            return emit_newx(c, OP_LOADK, (uint64_t)kconst(c, addr), true);
        if (type_size(c, t) == 8 && ukind(t) != TY_FLOAT32)
            return emit_newx(c, OP_GETG, (uint64_t)kconst(c, addr), gen_is_ptr(t));
        int a = emit_newx(c, OP_LOADK, (uint64_t)kconst(c, addr), false);
        int r = emit_new(c, load_op(t), a, 0, gen_is_ptr(t));
        /* move down over the address register */
        emit_abc(c, OP_MOVE, a, r, 0);
        gen_free_to(c, a);
        return gen_commit(c, a, gen_is_ptr(t));
    }
    int r = var_reg(c, v);
    if (type_is_aggregate(t))
        return r;
    if (is_cell(v))
        return emit_new(c, load_op(t), r, 0, gen_is_ptr(t));
    return r;
}

void gen_store_var(Compiler *c, Sym *v, int src)
{
    Type *t = v->type;
    int top = gen_peek(c);
    if (v->is_global) {
        uint8_t *addr = gen_global_addr(c, v);
        if (!type_is_aggregate(t) && type_size(c, t) == 8 && ukind(t) != TY_FLOAT32) {
            gen_emit(c, INSTR_ABX(gen_is_ptr(t) ? OP_SETGP : OP_SETG, src, kconst(c, addr)));
            return;
        }
        int a = emit_newx(c, OP_LOADK, (uint64_t)kconst(c, addr), true);
        gen_store_typed(c, t, a, 0, src);
        gen_free_to(c, top);
        return;
    }
    int r = var_reg(c, v);
    if (type_is_aggregate(t)) {
        if (r != src)
            emit_abc(c, OP_COPY, r, src, ktype(c, t));
        return;
    }
    if (is_cell(v)) {
        gen_store_typed(c, t, r, 0, src);
        return;
    }
    if (r != src)
        emit_abc(c, OP_MOVE, r, src, 0);
}

/* gen_declare_var gives a newly declared local [v] its home, initialized from [src]; [src]
 * must be owned for aggregates (fresh or already copied). */
void gen_declare_var(Compiler *c, Sym *v, int src)
{
    if (!v || !v->type)
        return;
    if (v->is_global) {
        gen_store_var(c, v, src);
        return;
    }
    Type *t = v->type;
    bool ptr = gen_is_ptr(t);
    int stmt_top = GS(c)->fs->stmt_top;
    if (type_is_aggregate(t)) {
        /* the register becomes the variable's storage pointer */
        int r = gen_peek(c);
        if (src >= stmt_top && src < r && GS(c)->fs->kind.items[src]) {
            v->reg = src;
            return;
        }
        emit_abc(c, OP_MOVE, r, src, 0);
        v->reg = gen_commit(c, r, true);
        return;
    }
    if (is_cell(v)) {
        int cell = emit_newx(c, OP_NEW, (uint64_t)ktype(c, t), true);
        gen_store_typed(c, t, cell, 0, src);
        /* keep the cell in the lowest free register slot */
        v->reg = cell;
        return;
    }
    int top = gen_peek(c);
    if (src >= stmt_top && src < top) {
        /* the value is a temporary of this statement: it becomes the variable */
        GS(c)->fs->kind.items[src] = ptr;
        GS(c)->fs->map_dirty = true;
        v->reg = src;
        return;
    }
    emit_abc(c, OP_MOVE, top, src, 0);
    v->reg = gen_commit(c, top, ptr);
}

void gen_zero_value(Compiler *c, Type *t, int dst)
{
    ASSERT(dst == gen_peek(c), "zero value goes to the top");
    if (type_is_aggregate(t)) {
        emit_newx(c, OP_NEW, (uint64_t)ktype(c, t), true);
        return;
    }
    emit_new(c, OP_LOADZ, 0, 0, gen_is_ptr(t));
}

/* ---- Freshness and privacy ---- */

bool gen_expr_is_fresh(Node *n)
{
    n = check_unparen(n);
    switch (n->kind) {
    case N_COMPOSITE:
        return true;
    case N_CALL: {
        CallInfo *ci = n->u.call.chk;
        if (!ci)
            return false;
        if (ci->kind == CALL_CONV)
            return gen_expr_is_fresh(n->u.call.args.items[0]);
        return ci->kind != CALL_BUILTIN || ci->builtin != BI_NONE;
    }
    case N_INDEX:
        return n->u.index.x->type && type_under(n->u.index.x->type)->kind == TY_MAP;
    default:
        return false;
    }
}

static bool is_private(Compiler *c, Node *n)
{
    n = check_unparen(n);
    if (gen_expr_is_fresh(n))
        return true;
    switch (n->kind) {
    case N_IDENT: {
        Sym *v = n->u.ident.sym;
        return v && v->kind == SYM_VAR && !v->is_global && !v->captured && !v->addr_taken &&
               !captured_here(c, v);
    }
    case N_SELECTOR: {
        Selection *s = n->u.selector.chk;
        if (!s || s->kind != SEL_FIELD)
            return false;
        Type *xu = type_under(n->u.selector.x->type);
        if (!xu || xu->kind == TY_POINTER)
            return false;
        return is_private(c, n->u.selector.x);
    }
    case N_INDEX: {
        Type *xu = type_under(n->u.index.x->type);
        return xu && xu->kind == TY_ARRAY && is_private(c, n->u.index.x);
    }
    default:
        return false;
    }
}

static int clone(Compiler *c, int r, Type *t)
{
    return emit_new(c, OP_CLONE, r, ktype(c, t), true);
}

int gen_expr_owned(Compiler *c, Node *n)
{
    int r = gen_expr(c, n);
    if (!type_is_aggregate(n->type) || gen_expr_is_fresh(n))
        return r;
    return clone(c, r, n->type);
}

/* arg_value evaluates an argument of aggregate or other type for passing by value. */
static int gen_arg(Compiler *c, Node *n)
{
    int r = gen_expr(c, n);
    if (type_is_aggregate(n->type) && !is_private(c, n))
        r = clone(c, r, n->type);
    return r;
}

/* copy_to_top moves [r] into a fresh register at the top. */
static int copy_to_top(Compiler *c, int r, bool is_ptr)
{
    int top = gen_peek(c);
    emit_abc(c, OP_MOVE, top, r, 0);
    return gen_commit(c, top, is_ptr);
}

/* to_top moves [r] into a fresh register at the top unless it is already there. The
 * register at the top may be a variable's own (the last one declared), so a caller that
 * needs a copy safe from later stores to that variable uses copy_to_top. */
static int to_top(Compiler *c, int r, bool is_ptr)
{
    if (r == gen_peek(c) - 1 && r >= 0)
        return r;
    return copy_to_top(c, r, is_ptr);
}

/* place puts the value of register [r] into register [slot] (which was the top when the
 * value's evaluation began) and frees everything above it. */
static int place(Compiler *c, int slot, int r, bool is_ptr)
{
    if (r != slot)
        emit_abc(c, OP_MOVE, slot, r, 0);
    gen_free_to(c, slot);
    return gen_commit(c, slot, is_ptr);
}

int gen_expr_top(Compiler *c, Node *n)
{
    int top = gen_peek(c);
    int r = gen_expr(c, n);
    if (r == top && gen_peek(c) == top + 1)
        return r;
    /* the value is elsewhere (a variable, or a temporary above others) */
    int dst = gen_peek(c);
    emit_abc(c, OP_MOVE, dst, r, 0);
    gen_commit(c, dst, gen_is_ptr(n->type));
    if (dst != top) {
        emit_abc(c, OP_MOVE, top, dst, 0);
        gen_free_to(c, top);
        gen_commit(c, top, gen_is_ptr(n->type));
    }
    return top;
}

/* ---- Conversions of values ---- */

int gen_convert_value(Compiler *c, int r, Type *from, Type *to)
{
    if (!from || !to)
        return r;
    if (type_is_interface(to) && !type_is_interface(from)) {
        if (from->kind == TY_UNTYPED_NIL)
            return r;
        return emit_new(c, OP_BOX, r, gen_const_ptr(c, gen_exposed_typedesc(c, from)), true);
    }
    return r;
}

static int gen_conversion(Compiler *c, Node *n)
{
    Node *x = n->u.call.args.items[0];
    Type *to = n->type, *from = x->type;
    int r = gen_expr(c, x);
    TyKind fk = ukind(from), tk = ukind(to);
    if (type_is_interface(to))
        return gen_convert_value(c, r, from, to);
    if (type_is_interface(from))
        return r;
    if (tk == TY_STRING) {
        if (fk == TY_STRING)
            return r;
        if (type_is_integer(from))
            return emit_new(c, OP_RUNE2STR, r, 0, true);
        if (fk == TY_SLICE) {
            TyKind ek = ukind(type_under(from)->elem);
            return emit_new(c, ek == TY_INT32 ? OP_RUNES2STR : OP_BYTES2STR, r, 0, true);
        }
    }
    if (fk == TY_STRING && tk == TY_SLICE) {
        TyKind ek = ukind(type_under(to)->elem);
        return emit_new(c, ek == TY_INT32 ? OP_STR2RUNES : OP_STR2BYTES, r, 0, true);
    }
    bool fint = type_is_integer(from), tint = type_is_integer(to);
    bool ffl = type_is_float(from), tfl = type_is_float(to);
    if (fint && tint) {
        int bits = type_int_bits(to);
        if (bits >= type_int_bits(from) && type_is_unsigned(from) == type_is_unsigned(to))
            return r;
        if (bits == 64)
            return r; /* the 64-bit value is the same bits */
        int d = emit_new(c, OP_MOVE, r, 0, false);
        wrap(c, d, to);
        return d;
    }
    if (fint && tfl) {
        int d = emit_new(c, type_is_unsigned(from) ? OP_U2F : OP_I2F, r, 0, false);
        if (tk == TY_FLOAT32)
            emit_abc(c, OP_F32, d, d, 0);
        return d;
    }
    if (ffl && tint) {
        int d = emit_new(c, type_is_unsigned(to) ? OP_F2U : OP_F2I, r, 0, false);
        wrap(c, d, to);
        return d;
    }
    if (ffl && tfl) {
        if (tk == TY_FLOAT32 && fk != TY_FLOAT32)
            return emit_new(c, OP_F32, r, 0, false);
        return r;
    }
    if (fk == TY_SLICE && (tk == TY_ARRAY || tk == TY_POINTER)) {
        Type *at = tk == TY_ARRAY ? type_under(to) : type_under(type_under(to)->elem);
        if (at->len > INSTR_MAX_C) {
            diag_error(c, n->pos, "conversion to an array of more than %d elements is not supported",
                       INSTR_MAX_C);
            return r;
        }
        int p = emit_new(c, OP_SLICE2ARR, r, (int)at->len, true);
        if (tk == TY_POINTER)
            return p;
        if (at->len == 0)
            return emit_newx(c, OP_NEW, (uint64_t)ktype(c, to), true);
        return emit_new(c, OP_CLONE, p, ktype(c, to), true);
    }
    return r;
}

/* ---- Selectors ---- */

/* follow_path walks the embedded fields of [sel] from the value or pointer in [r] (of type
 * [t]); returns the register of the final struct's storage or pointer and sets *off to the
 * byte offset still to add. */
static int follow_path(Compiler *c, int r, Type *t, int *path, int npath, uint32_t *off,
                       Type **final)
{
    uint32_t o = 0;
    Type *cur = t;
    for (int i = 0; i < npath; i++) {
        Type *u = type_under(cur);
        if (u->kind == TY_POINTER) {
            if (o) {
                r = emit_new(c, OP_LD64, r, (int)o, true);
                o = 0;
            }
            u = type_under(u->elem);
        }
        Field *f = &u->fields[path[i]];
        type_size(c, cur); /* make sure offsets are computed */
        type_size(c, u);
        if (i < npath - 1 && type_under(f->type)->kind == TY_POINTER) {
            r = emit_new(c, OP_LD64, r, (int)(o + (uint32_t)f->offset), true);
            o = 0;
        } else {
            o += (uint32_t)f->offset;
        }
        cur = f->type;
    }
    *off = o;
    *final = cur;
    return r;
}

static int gen_field(Compiler *c, Node *n)
{
    Selection *s = n->u.selector.chk;
    Node *x = n->u.selector.x;
    int r = gen_expr(c, x);
    uint32_t off;
    Type *ft;
    Type *xt = x->type;
    /* a pointer operand: the path starts behind it */
    int base = follow_path(c, r, xt, s->path, s->npath, &off, &ft);
    if (type_under(xt)->kind == TY_POINTER && s->npath == 1 && off == 0 &&
        type_is_aggregate(ft)) {
        /* &p.first when first is an aggregate: still needs the nil check */
        return emit_new(c, OP_ADDR, base, 0, true);
    }
    return gen_load_typed(c, n->type, base, off);
}

/* receiver evaluates the receiver of a static method call for method [m] (register of the
 * value to pass). */
static int gen_receiver(Compiler *c, Node *x, Selection *s)
{
    Sym *m = s->method;
    int r;
    uint32_t off = 0;
    Type *rt = x->type;
    bool want_ptr = m->ptr_recv;
    if (s->npath == 0) {
        if (s->addr) {
            /* &x for a pointer method on an addressable value */
            if (type_is_aggregate(x->type))
                return gen_expr(c, x);
            return gen_lvalue_addr(c, x, &off) >= 0 ? gen_lvalue_addr(c, x, &off) : -1;
        }
        r = gen_expr(c, x);
        if (s->deref) {
            /* value method through a pointer: copy the pointee */
            Type *et = type_under(x->type)->elem;
            if (type_is_aggregate(et)) {
                emit_abc(c, OP_NILCHK, r, 0, 0);
                return clone(c, r, et);
            }
            return emit_new(c, load_op(et), r, 0, gen_is_ptr(et));
        }
        if (type_is_aggregate(x->type) && !want_ptr && !is_private(c, x))
            return clone(c, r, x->type);
        return r;
    }
    r = gen_expr(c, x);
    Type *ft;
    int base = follow_path(c, r, rt, s->path, s->npath, &off, &ft);
    /* the embedded receiver itself */
    Type *fu = type_under(ft);
    if (fu->kind == TY_POINTER) {
        int p = emit_new(c, OP_LD64, base, (int)off, true);
        if (want_ptr)
            return p;
        Type *et = fu->elem;
        if (type_is_aggregate(et)) {
            emit_abc(c, OP_NILCHK, p, 0, 0);
            return clone(c, p, et);
        }
        return emit_new(c, load_op(et), p, 0, gen_is_ptr(et));
    }
    if (want_ptr || type_is_aggregate(ft)) {
        int a = emit_new(c, OP_ADDR, base, (int)off, true);
        if (!want_ptr && type_is_aggregate(ft) && !is_private(c, x))
            return clone(c, a, ft);
        return a;
    }
    return emit_new(c, load_op(ft), base, (int)off, gen_is_ptr(ft));
}

/* method_value builds the closure for x.m (bound method value). */
static int gen_method_value(Compiler *c, Node *n)
{
    Selection *s = n->u.selector.chk;
    Node *x = n->u.selector.x;
    if (s->kind == SEL_IFACE_METHOD) {
        int r = gen_expr(c, x);
        uint32_t off;
        Type *ft;
        int base = follow_path(c, r, x->type, s->path, s->npath, &off, &ft);
        if (s->npath)
            base = gen_load_typed(c, ft, base, off);
        emit_abc(c, OP_NILCHK, base, 0, 0);
        Proto *w = gen_iface_method_wrapper(c, s->recv_type, s->name, false);
        /* capture the interface value in a cell */
        int cell = emit_newx(c, OP_NEW, (uint64_t)ktype(c, s->recv_type), true);
        emit_abc(c, OP_STP, cell, base, 0);
        return emit_new(c, OP_BINDM, cell, kconst(c, w), true);
    }
    Sym *m = s->method;
    int recv = gen_receiver(c, x, s);
    Type *rtype = m->ptr_recv ? type_pointer(c, s->recv_type) : s->recv_type;
    Proto *w = gen_method_value_wrapper(c, m, rtype);
    int cell;
    if (type_is_aggregate(rtype)) {
        cell = type_is_aggregate(rtype) && gen_expr_is_fresh(x) ? recv : clone(c, recv, rtype);
    } else {
        cell = emit_newx(c, OP_NEW, (uint64_t)ktype(c, rtype), true);
        gen_store_typed(c, rtype, cell, 0, recv);
    }
    return emit_new(c, OP_BINDM, cell, kconst(c, w), true);
}

static int gen_selector(Compiler *c, Node *n)
{
    Selection *s = n->u.selector.chk;
    if (!s)
        return emit_new(c, OP_LOADZ, 0, 0, false);
    switch (s->kind) {
    case SEL_QUALIFIED: {
        Node *sel = n->u.selector.sel;
        Sym *v = sel->u.ident.sym;
        if (v->kind == SYM_VAR)
            return gen_load_var(c, v, -1);
        if (v->kind == SYM_FUNC) {
            Proto *p = gen_proto_for(c, v);
            return emit_newx(c, OP_FUNCVAL, (uint64_t)kconst(c, p), true);
        }
        return emit_new(c, OP_LOADZ, 0, 0, false);
    }
    case SEL_FIELD:
        return gen_field(c, n);
    case SEL_METHOD:
    case SEL_IFACE_METHOD:
        return gen_method_value(c, n);
    case SEL_METHOD_EXPR: {
        Node *x = n->u.selector.x;
        if (type_is_interface(x->type)) {
            Proto *w = gen_iface_method_wrapper(c, x->type, s->name, true);
            return emit_newx(c, OP_FUNCVAL, (uint64_t)kconst(c, w), true);
        }
        Sym *m = s->method;
        Proto *p;
        bool xptr = type_under(x->type)->kind == TY_POINTER;
        if (s->npath == 0 && (m->ptr_recv == xptr))
            p = gen_proto_for(c, m);
        else if (s->npath == 0 && xptr && !m->ptr_recv)
            p = gen_ptr_wrapper(c, m);
        else
            p = gen_promoted_wrapper(c, x->type, s);
        return emit_newx(c, OP_FUNCVAL, (uint64_t)kconst(c, p), true);
    }
    }
    return emit_new(c, OP_LOADZ, 0, 0, false);
}

/* ---- Index and slice ---- */

static int gen_index(Compiler *c, Node *n)
{
    Node *x = n->u.index.x, *i = n->u.index.indices.items[0];
    Type *xu = type_under(x->type);
    Type *et = n->type;
    if (xu->kind == TY_MAP) {
        int m = gen_expr(c, x);
        int k = gen_expr(c, i);
        k = gen_convert_value(c, k, i->type, xu->key);
        if (n->aux == 1) {
            int r = gen_peek(c);
            emit_abc(c, OP_MGET2, r, m, k);
            gen_extra(c, (uint64_t)ktype(c, x->type));
            gen_commit(c, r, gen_is_ptr(et));
            gen_commit(c, r + 1, false);
            return r;
        }
        int r = emit_new(c, OP_MGET, m, k, gen_is_ptr(et));
        gen_extra(c, (uint64_t)ktype(c, x->type));
        return r;
    }
    if (xu->kind == TY_STRING || xu->kind == TY_UNTYPED_STRING) {
        int s = gen_expr(c, x);
        int k = gen_expr(c, i);
        return emit_new(c, OP_STRIDX, s, k, false);
    }
    if (xu->kind == TY_SLICE) {
        int s = gen_expr(c, x);
        int k = gen_expr(c, i);
        if (type_is_aggregate(et)) {
            int r = emit_new(c, OP_SIDXA, s, k, true);
            /* the extra word follows the instruction, which gen_commit does not touch */
            gen_extra(c, (uint64_t)type_size(c, et));
            return r;
        }
        return emit_new(c, slice_load_op(et), s, k, gen_is_ptr(et));
    }
    /* arrays and pointers to arrays */
    Type *at = xu->kind == TY_POINTER ? type_under(xu->elem) : xu;
    int a = gen_expr(c, x);
    int64_t esz = type_size(c, et);
    if (i->mode == MODE_CONST) {
        int64_t idx = const_get_int64(i->cval);
        return gen_load_typed(c, et, a, (uint32_t)(idx * esz));
    }
    int k = gen_expr(c, i);
    int addr = emit_new(c, OP_AIDXA, a, k, true);
    gen_extra(c, (uint64_t)esz | ((uint64_t)at->len << 32));
    return gen_load_typed(c, et, addr, 0);
}

static int gen_slice_expr(Compiler *c, Node *n)
{
    Node *x = n->u.slice.x;
    Type *xu = type_under(x->type);
    uint64_t flags = 0, esz = 1, alen = 0;
    if (xu->kind == TY_STRING || xu->kind == TY_UNTYPED_STRING) {
        flags |= SLICE_OF_STRING;
    } else if (xu->kind == TY_ARRAY) {
        flags |= SLICE_OF_ARRAY;
        esz = (uint64_t)type_size(c, xu->elem);
        alen = (uint64_t)xu->len;
    } else if (xu->kind == TY_POINTER) {
        Type *at = type_under(xu->elem);
        flags |= SLICE_OF_ARRAY;
        esz = (uint64_t)type_size(c, at->elem);
        alen = (uint64_t)at->len;
    } else {
        esz = (uint64_t)type_size(c, xu->elem);
    }
    int xr = gen_expr(c, x);
    int base = gen_peek(c);
    Node *parts[3] = {n->u.slice.lo, n->u.slice.hi, n->u.slice.max};
    for (int k = 0; k < 3; k++) {
        if (parts[k]) {
            flags |= (uint64_t)(k == 0 ? SLICE_HAS_LO : k == 1 ? SLICE_HAS_HI : SLICE_HAS_MAX);
            int slot = base + k;
            int pr = gen_expr(c, parts[k]);
            place(c, slot, pr, false);
        } else {
            emit_newx(c, OP_LOADI, 0, false);
        }
    }
    gen_free_to(c, base);
    int r = gen_peek(c);
    gen_emit(c, INSTR_ABC(OP_SLICE, r, xr, base));
    gen_extra(c, flags | (esz << 8) | (alen << 32));
    return gen_commit(c, r, true);
}

static int gen_type_assert(Compiler *c, Node *n)
{
    Node *x = n->u.typeassert.x;
    Type *t = n->type;
    int r = gen_expr(c, x);
    bool iface = type_is_interface(t);
    if (n->aux == 1) {
        int d = gen_peek(c);
        emit_abc(c, iface ? OP_ASSERTI2 : OP_ASSERT2, d, r, ktype(c, t));
        gen_commit(c, d, gen_is_ptr(t));
        gen_commit(c, d + 1, false);
        return d;
    }
    int d = gen_peek(c);
    emit_abc(c, iface ? OP_ASSERTI : OP_ASSERT, d, r, ktype(c, t));
    gen_extra(c, (uint64_t)ktype(c, x->type));
    return gen_commit(c, d, gen_is_ptr(t));
}

/* ---- Composite literals ---- */

static int gen_composite_into(Compiler *c, Node *n, Type *t, int storage);

static void store_elem(Compiler *c, Type *et, int base, uint32_t off, Node *v)
{
    int top = gen_peek(c);
    if (type_is_aggregate(et) && check_unparen(v)->kind == N_COMPOSITE &&
        !check_unparen(v)->u.composite.addr) {
        /* nested literal: build it in place */
        int addr = off ? emit_new(c, OP_ADDR, base, (int)off, true) : base;
        gen_composite_into(c, check_unparen(v), et, addr);
        gen_free_to(c, top);
        return;
    }
    int r = gen_expr(c, v);
    r = gen_convert_value(c, r, v->type, et);
    gen_store_typed(c, et, base, off, r);
    gen_free_to(c, top);
}

/* gen_composite_into fills the zeroed storage [storage] of struct/array type [t]. */
static int gen_composite_into(Compiler *c, Node *n, Type *t, int storage)
{
    Type *u = type_under(t);
    NodeList *elts = &n->u.composite.elts;
    type_size(c, t);
    if (u->kind == TY_STRUCT) {
        for (int i = 0; i < elts->len; i++) {
            Node *e = elts->items[i];
            Node *v = e->kind == N_KEYVALUE ? e->u.kv.value : e;
            int fi = n->u.composite.index[i];
            Field *f = &u->fields[fi];
            store_elem(c, f->type, storage, (uint32_t)f->offset, v);
        }
    } else {
        int64_t esz = type_size(c, u->elem);
        for (int i = 0; i < elts->len; i++) {
            Node *e = elts->items[i];
            Node *v = e->kind == N_KEYVALUE ? e->u.kv.value : e;
            store_elem(c, u->elem, storage, (uint32_t)(n->u.composite.index[i] * esz), v);
        }
    }
    return storage;
}

static int gen_composite_value(Compiler *c, Node *n, Type *t);

/* gen_composite_addr evaluates &T{...}: struct and array literals are built in fresh storage,
 * which is already the pointer; a slice or map literal's value (one word) is stored in a
 * fresh cell of type T, whose address is the result. */
static int gen_composite_addr(Compiler *c, Node *n, Type *t)
{
    Type *u = type_under(t);
    if (u->kind != TY_SLICE && u->kind != TY_MAP)
        return gen_composite_value(c, n, t);
    int v = gen_composite_value(c, n, t);
    int cell = emit_newx(c, OP_NEW, (uint64_t)ktype(c, t), true);
    gen_store_typed(c, t, cell, 0, v);
    emit_abc(c, OP_MOVE, v, cell, 0);
    gen_free_to(c, v + 1);
    return v;
}

static int gen_composite(Compiler *c, Node *n)
{
    if (n->u.composite.addr) /* &T{...} elided in a literal of *T elements */
        return gen_composite_addr(c, n, type_under(n->type)->elem);
    return gen_composite_value(c, n, n->type);
}

static int gen_composite_value(Compiler *c, Node *n, Type *t)
{
    Type *u = type_under(t);
    switch (u->kind) {
    case TY_STRUCT:
    case TY_ARRAY: {
        int s = emit_newx(c, OP_NEW, (uint64_t)ktype(c, t), true);
        gen_composite_into(c, n, t, s);
        return s;
    }
    case TY_SLICE: {
        int64_t len = 0;
        NodeList *elts = &n->u.composite.elts;
        for (int i = 0; i < elts->len; i++)
            if (n->u.composite.index[i] + 1 > len)
                len = n->u.composite.index[i] + 1;
        Type *at = type_array(c, u->elem, len);
        int arr = emit_newx(c, OP_NEW, (uint64_t)ktype(c, at), true);
        int64_t esz = type_size(c, u->elem);
        for (int i = 0; i < elts->len; i++) {
            Node *e = elts->items[i];
            Node *v = e->kind == N_KEYVALUE ? e->u.kv.value : e;
            store_elem(c, u->elem, arr, (uint32_t)(n->u.composite.index[i] * esz), v);
        }
        int base = gen_peek(c);
        emit_newx(c, OP_LOADI, 0, false);
        emit_newx(c, OP_LOADI, 0, false);
        emit_newx(c, OP_LOADI, 0, false);
        gen_free_to(c, base);
        int r = gen_peek(c);
        gen_emit(c, INSTR_ABC(OP_SLICE, r, arr, base));
        gen_extra(c, (uint64_t)SLICE_OF_ARRAY | ((uint64_t)esz << 8) | ((uint64_t)len << 32));
        gen_commit(c, r, true);
        /* move the slice over the array register */
        emit_abc(c, OP_MOVE, arr, r, 0);
        gen_free_to(c, arr + 1);
        return arr;
    }
    case TY_MAP: {
        NodeList *elts = &n->u.composite.elts;
        int hint = emit_newx(c, OP_LOADI, (uint64_t)elts->len, false);
        int m = emit_new(c, OP_MAKEMAP, hint, ktype(c, t), true);
        for (int i = 0; i < elts->len; i++) {
            Node *e = elts->items[i];
            int top = gen_peek(c);
            int k = gen_expr(c, e->u.kv.key);
            k = gen_convert_value(c, k, e->u.kv.key->type, u->key);
            int v = gen_expr(c, e->u.kv.value);
            v = gen_convert_value(c, v, e->u.kv.value->type, u->elem);
            emit_abc(c, OP_MSET, m, k, v);
            gen_free_to(c, top);
        }
        emit_abc(c, OP_MOVE, hint, m, 0);
        gen_free_to(c, hint);
        return gen_commit(c, hint, true);
    }
    default:
        return emit_new(c, OP_LOADZ, 0, 0, true);
    }
}

/* ---- Operators ---- */

static bool small_const(Node *n, int64_t lo, int64_t hi, int64_t *out)
{
    if (n->mode != MODE_CONST || !n->cval || n->cval->kind != CV_INT)
        return false;
    if (!const_fits_int(n->cval, 64, false))
        return false;
    int64_t v = const_get_int64(n->cval);
    if (v < lo || v > hi)
        return false;
    *out = v;
    return true;
}

int gen_compare_eq(Compiler *c, Type *t, int a, int b)
{
    TyKind k = ukind(t);
    if (k == TY_INTERFACE)
        return emit_new(c, OP_IEQ, a, b, false);
    if (k == TY_STRING)
        return emit_new(c, OP_SEQ, a, b, false);
    if (k == TY_FLOAT32 || k == TY_FLOAT64)
        return emit_new(c, OP_FEQ, a, b, false);
    if (k == TY_STRUCT || k == TY_ARRAY) {
        int r = emit_new(c, OP_EQAGG, a, b, false);
        gen_extra(c, (uint64_t)ktype(c, t));
        return r;
    }
    return emit_new(c, OP_EQ, a, b, false);
}

/* operands evaluates both sides of a comparison, boxing a concrete side compared with an
 * interface. Returns the comparison type. */
static Type *compare_operands(Compiler *c, Node *x, Node *y, int *a, int *b)
{
    *a = gen_expr(c, x);
    *b = gen_expr(c, y);
    Type *t = x->type;
    if (type_is_interface(x->type) && !type_is_interface(y->type)) {
        if (y->type->kind != TY_UNTYPED_NIL)
            *b = gen_convert_value(c, *b, y->type, x->type);
    } else if (type_is_interface(y->type) && !type_is_interface(x->type)) {
        if (x->type->kind != TY_UNTYPED_NIL)
            *a = gen_convert_value(c, *a, x->type, y->type);
        t = y->type;
    }
    if (t->kind == TY_UNTYPED_NIL)
        t = y->type;
    return t;
}

static int gen_comparison(Compiler *c, Node *n)
{
    int op = n->u.binary.op;
    Node *x = n->u.binary.x, *y = n->u.binary.y;
    int a, b;
    Type *t = compare_operands(c, x, y, &a, &b);
    TyKind k = ukind(t);
    bool swap = op == TOK_GTR || op == TOK_GEQ;
    if (swap) {
        int tmp = a;
        a = b;
        b = tmp;
        op = op == TOK_GTR ? TOK_LSS : TOK_LEQ;
    }
    if (op == TOK_EQL || op == TOK_NEQ) {
        unsigned o;
        if (k == TY_INTERFACE)
            o = op == TOK_EQL ? OP_IEQ : OP_INE;
        else if (k == TY_STRING)
            o = op == TOK_EQL ? OP_SEQ : OP_SNE;
        else if (k == TY_FLOAT32 || k == TY_FLOAT64)
            o = op == TOK_EQL ? OP_FEQ : OP_FNE;
        else if (k == TY_STRUCT || k == TY_ARRAY) {
            int r = emit_new(c, OP_EQAGG, a, b, false);
            gen_extra(c, (uint64_t)ktype(c, t));
            if (op == TOK_NEQ)
                emit_abc(c, OP_NOT, r, r, 0);
            return r;
        } else
            o = op == TOK_EQL ? OP_EQ : OP_NE;
        return emit_new(c, o, a, b, false);
    }
    unsigned o;
    if (k == TY_STRING)
        o = op == TOK_LSS ? OP_SLT : OP_SLE;
    else if (k == TY_FLOAT32 || k == TY_FLOAT64)
        o = op == TOK_LSS ? OP_FLT : OP_FLE;
    else if (type_is_unsigned(t))
        o = op == TOK_LSS ? OP_LTU : OP_LEU;
    else
        o = op == TOK_LSS ? OP_LT : OP_LE;
    return emit_new(c, o, a, b, false);
}

/* concat_operands flattens a chain of string + into consecutive registers. */
static void concat_operands(Compiler *c, Node *n, int *count)
{
    Node *u = check_unparen(n);
    if (u->kind == N_BINARY && u->u.binary.op == TOK_ADD && u->mode != MODE_CONST &&
        type_is_string(u->type)) {
        concat_operands(c, u->u.binary.x, count);
        concat_operands(c, u->u.binary.y, count);
        return;
    }
    int slot = gen_peek(c);
    int r = gen_expr(c, n);
    place(c, slot, r, true);
    (*count)++;
}

static int gen_arith(Compiler *c, int op, Type *t, int a, Node *y, int dst);

/* magic_signed computes the multiplier and shift that divide a signed 64-bit integer by the
 * constant d (|d| >= 2) with a multiplication (Hacker's Delight, figure 10-1). */
static void magic_signed(int64_t d, int64_t *magic, int *shift)
{
    const uint64_t two63 = 1ull << 63;
    uint64_t ad = d < 0 ? (uint64_t)0 - (uint64_t)d : (uint64_t)d;
    uint64_t t = two63 + ((uint64_t)d >> 63);
    uint64_t anc = t - 1 - t % ad;
    int p = 63;
    uint64_t q1 = two63 / anc, r1 = two63 - q1 * anc;
    uint64_t q2 = two63 / ad, r2 = two63 - q2 * ad;
    uint64_t delta;
    do {
        p++;
        q1 *= 2;
        r1 *= 2;
        if (r1 >= anc) {
            q1++;
            r1 -= anc;
        }
        q2 *= 2;
        r2 *= 2;
        if (r2 >= ad) {
            q2++;
            r2 -= ad;
        }
        delta = ad - r2;
    } while (q1 < delta || (q1 == delta && r1 == 0));
    int64_t m = (int64_t)(q2 + 1);
    *magic = d < 0 ? -m : m;
    *shift = p - 64;
}

static int gen_binary(Compiler *c, Node *n)
{
    int op = n->u.binary.op;
    Node *x = n->u.binary.x, *y = n->u.binary.y;
    Type *t = n->type;
    switch (op) {
    case TOK_EQL:
    case TOK_NEQ:
    case TOK_LSS:
    case TOK_LEQ:
    case TOK_GTR:
    case TOK_GEQ:
        return gen_comparison(c, n);
    case TOK_LAND:
    case TOK_LOR: {
        int r = gen_peek(c);
        int xr = gen_expr(c, x);
        if (xr != r) {
            gen_free_to(c, r);
            emit_abc(c, OP_MOVE, r, xr, 0);
            gen_commit(c, r, false);
        }
        int j = gen_jump(c, op == TOK_LAND ? OP_JF : OP_JT, r, 0);
        int yr = gen_expr(c, y);
        emit_abc(c, OP_MOVE, r, yr, 0);
        gen_free_to(c, r + 1);
        gen_patch_here(c, j);
        return r;
    }
    default:
        break;
    }
    TyKind k = ukind(t);
    if (k == TY_STRING && op == TOK_ADD) {
        int base = gen_peek(c);
        int count = 0;
        concat_operands(c, n, &count);
        gen_free_to(c, base);
        int r = gen_peek(c);
        if (count == 2)
            gen_emit(c, INSTR_ABC(OP_CONCAT, r, base, base + 1));
        else
            gen_emit(c, INSTR_ABC(OP_CONCATN, r, base, count));
        gen_commit(c, r, true);
        if (r != base) {
            emit_abc(c, OP_MOVE, base, r, 0);
            gen_free_to(c, base);
            gen_commit(c, base, true);
        }
        return base;
    }
    int a = gen_expr(c, x);
    return gen_arith(c, op, t, a, y, -1);
}

/* gen_arith emits R[dst] = R[a] op y for a numeric (or string +) type [t]; dst -1 means a
 * fresh register. Constant right operands use the immediate instructions. */
static int gen_arith(Compiler *c, int op, Type *t, int a, Node *y, int dst)
{
    TyKind k = ukind(t);
    bool is_float = k == TY_FLOAT32 || k == TY_FLOAT64;
    bool uns = type_is_unsigned(t);
    int64_t imm;
    unsigned o = OP_NOP;
    int bimm = 0;
    bool use_imm = false;
    if (k == TY_STRING) {
        int b = gen_expr(c, y);
        o = OP_CONCAT;
        if (dst < 0)
            return emit_new(c, o, a, b, true);
        emit_abc(c, o, dst, a, b);
        return dst;
    }
    if (!is_float) {
        if ((op == TOK_ADD || op == TOK_SUB) && small_const(y, -0x7fffff, 0x7fffff, &imm)) {
            o = OP_ADDI;
            bimm = (int)((op == TOK_SUB ? -imm : imm) & 0xffffff);
            use_imm = true;
        } else if (op == TOK_MUL && small_const(y, -0x7fffff, 0x7fffff, &imm)) {
            o = OP_MULI;
            bimm = (int)(imm & 0xffffff);
            use_imm = true;
        } else if ((op == TOK_QUO || op == TOK_REM) && small_const(y, 1, 1, &imm)) {
            /* x / 1 == x, x % 1 == 0 */
            if (op == TOK_QUO)
                return dst < 0 ? emit_new(c, OP_MOVE, a, 0, false) : (emit_abc(c, OP_MOVE, dst, a, 0), dst);
            if (dst < 0)
                return emit_newx(c, OP_LOADI, 0, false);
            gen_emit(c, INSTR_ABX(OP_LOADI, dst, 0));
            return dst;
        } else if ((op == TOK_QUO || op == TOK_REM) && uns && small_const(y, 2, 0x7fffff, &imm)) {
            o = op == TOK_QUO ? OP_DIVUI : OP_MODUI;
            bimm = (int)imm;
            use_imm = true;
        } else if ((op == TOK_QUO || op == TOK_REM) && !uns &&
                   (small_const(y, 2, 0x7fffff, &imm) || small_const(y, -0x7fffff, -2, &imm))) {
            int64_t magic;
            int shift;
            magic_signed(imm, &magic, &shift);
            int r = dst < 0 ? gen_peek(c) : dst;
            gen_emit(c, INSTR_ABC(op == TOK_QUO ? OP_DIVI : OP_MODI, r, a, (uint64_t)imm & 0xffffff));
            gen_extra(c, (uint64_t)magic);
            gen_extra(c, (uint64_t)shift);
            if (dst < 0)
                gen_commit(c, r, false);
            if (op == TOK_QUO)
                wrap(c, r, t);
            return r;
        } else if ((op == TOK_SHL || op == TOK_SHR) && small_const(y, 0, 63, &imm)) {
            o = op == TOK_SHL ? OP_SHLI : (uns ? OP_SHRUI : OP_SHRI);
            bimm = (int)imm;
            use_imm = true;
        }
    }
    int b = 0;
    if (!use_imm) {
        b = gen_expr(c, y);
        switch (op) {
        case TOK_ADD: o = is_float ? OP_FADD : OP_ADD; break;
        case TOK_SUB: o = is_float ? OP_FSUB : OP_SUB; break;
        case TOK_MUL: o = is_float ? OP_FMUL : OP_MUL; break;
        case TOK_QUO: o = is_float ? OP_FDIV : (uns ? OP_DIVU : OP_DIV); break;
        case TOK_REM: o = uns ? OP_MODU : OP_MOD; break;
        case TOK_AND: o = OP_AND; break;
        case TOK_OR: o = OP_OR; break;
        case TOK_XOR: o = OP_XOR; break;
        case TOK_AND_NOT: o = OP_ANDNOT; break;
        case TOK_SHL:
        case TOK_SHR:
            if (!type_is_unsigned(y->type) && y->mode != MODE_CONST)
                emit_abc(c, OP_CHKSHIFT, b, 0, 0);
            o = op == TOK_SHL ? OP_SHL : (uns ? OP_SHRU : OP_SHR);
            break;
        default: o = OP_ADD; break;
        }
    } else {
        b = bimm;
    }
    int r;
    if (dst < 0) {
        r = emit_new(c, o, a, b, false);
    } else {
        emit_abc(c, o, dst, a, b);
        r = dst;
    }
    /* results that can leave the type's range are normalized */
    switch (o) {
    case OP_ADD: case OP_SUB: case OP_MUL: case OP_SHL: case OP_DIV: case OP_ADDI:
    case OP_MULI: case OP_SHLI: case OP_DIVI: case OP_FADD: case OP_FSUB: case OP_FMUL:
    case OP_FDIV:
        wrap(c, r, t);
        break;
    default:
        break;
    }
    return r;
}

static int gen_unary(Compiler *c, Node *n)
{
    int op = n->u.unary.op;
    Node *x = n->u.unary.x;
    Type *t = n->type;
    switch (op) {
    case TOK_ADD:
        return gen_expr(c, x);
    case TOK_SUB: {
        int a = gen_expr(c, x);
        bool f = type_is_float(t);
        int r = emit_new(c, f ? OP_FNEG : OP_NEG, a, 0, false);
        if (!f)
            wrap(c, r, t);
        return r;
    }
    case TOK_NOT:
        return emit_new(c, OP_NOT, gen_expr(c, x), 0, false);
    case TOK_XOR: {
        int r = emit_new(c, OP_BNOT, gen_expr(c, x), 0, false);
        if (type_is_unsigned(t))
            wrap(c, r, t);
        return r;
    }
    case TOK_AND: {
        Node *xu = check_unparen(x);
        if (xu->kind == N_COMPOSITE)
            return gen_composite_addr(c, xu, xu->type);
        uint32_t off;
        int base = gen_lvalue_addr(c, x, &off);
        if (off)
            return emit_new(c, OP_ADDR, base, (int)off, true);
        return base;
    }
    case TOK_ARROW: {
        int ch = gen_expr(c, x);
        Type *et = n->type;
        if (n->aux == 1) {
            int r = gen_peek(c);
            emit_abc(c, OP_RECV2, r, ch, 0);
            gen_commit(c, r, gen_is_ptr(et));
            gen_commit(c, r + 1, false);
            return r;
        }
        return emit_new(c, OP_RECV, ch, 0, gen_is_ptr(et));
    }
    }
    return gen_expr(c, x);
}

/* ---- Addresses (for &x, pointer-receiver calls, compound assignment) ---- */

/* gen_lvalue_addr returns a register holding a pointer (and *off an offset to add) to the
 * storage of the addressable expression [n]. */
int gen_lvalue_addr(Compiler *c, Node *n, uint32_t *off)
{
    *off = 0;
    n = check_unparen(n);
    switch (n->kind) {
    case N_IDENT: {
        Sym *v = n->u.ident.sym;
        if (v->is_global)
            return emit_newx(c, OP_LOADK, (uint64_t)kconst(c, gen_global_addr(c, v)), true);
        /* an aggregate's register is its storage; a cell's register is its address */
        return var_reg(c, v);
    }
    case N_SELECTOR: {
        Selection *s = n->u.selector.chk;
        if (s && s->kind == SEL_QUALIFIED) {
            Sym *v = n->u.selector.sel->u.ident.sym;
            return emit_newx(c, OP_LOADK, (uint64_t)kconst(c, gen_global_addr(c, v)), true);
        }
        Node *x = n->u.selector.x;
        int r;
        if (type_under(x->type)->kind == TY_POINTER) {
            r = gen_expr(c, x);
        } else {
            uint32_t xo;
            r = gen_lvalue_addr(c, x, &xo);
            if (xo)
                r = emit_new(c, OP_ADDR, r, (int)xo, true);
        }
        Type *ft;
        int base = follow_path(c, r, x->type, s->path, s->npath, off, &ft);
        if (*off == 0 || type_under(x->type)->kind == TY_POINTER) {
            /* keep the nil check of p.f on pointer operands */
            int a = emit_new(c, OP_ADDR, base, (int)*off, true);
            *off = 0;
            return a;
        }
        return base;
    }
    case N_INDEX: {
        Node *x = n->u.index.x, *i = n->u.index.indices.items[0];
        Type *xu = type_under(x->type);
        Type *et = n->type;
        int64_t esz = type_size(c, et);
        if (xu->kind == TY_SLICE) {
            int s = gen_expr(c, x);
            int k = gen_expr(c, i);
            int r = emit_new(c, OP_SIDXA, s, k, true);
            gen_extra(c, (uint64_t)esz);
            return r;
        }
        int a;
        Type *at = xu;
        if (xu->kind == TY_POINTER) {
            a = gen_expr(c, x);
            at = type_under(xu->elem);
        } else {
            uint32_t xo;
            a = gen_lvalue_addr(c, x, &xo);
            if (xo)
                a = emit_new(c, OP_ADDR, a, (int)xo, true);
        }
        int k = gen_expr(c, i);
        int r = emit_new(c, OP_AIDXA, a, k, true);
        gen_extra(c, (uint64_t)esz | ((uint64_t)at->len << 32));
        return r;
    }
    case N_STAR: {
        int p = gen_expr(c, n->u.star.x);
        return emit_new(c, OP_ADDR, p, 0, true); /* nil check */
    }
    case N_COMPOSITE:
        return gen_composite(c, n);
    default:
        return gen_expr(c, n);
    }
}

/* ---- Calls ---- */

static int gen_builtin(Compiler *c, Node *n, CallInfo *ci);

/* gen_args evaluates the arguments of a call into consecutive registers from the top,
 * packing variadic ones into a slice. */
static void gen_args(Compiler *c, Node *n, CallInfo *ci)
{
    NodeList *args = &n->u.call.args;
    Type *sig = ci->sig;
    int np = sig->nparams;
    if (ci->spread) {
        Node *call = check_unparen(args->items[0]);
        Type *tt = call->type;
        int slot = gen_peek(c);
        int base = gen_call(c, call, tt->nresults);
        if (base != slot) {
            /* a computed callee (fs[i](), m[k](), func(){...}()) keeps its function value
             * and the temporaries that produced it below the results: bring the results
             * down to where this call's arguments begin */
            for (int i = 0; i < tt->nresults; i++)
                emit_abc(c, OP_MOVE, slot + i, base + i, 0);
            gen_free_to(c, slot);
            for (int i = 0; i < tt->nresults; i++)
                gen_commit(c, slot + i, gen_is_ptr(tt->results[i]));
            base = slot;
        }
        int fixed = sig->variadic ? np - 1 : np;
        /* convert each result to its parameter type, in place */
        for (int i = 0; i < tt->nresults; i++) {
            Type *pt = i < fixed ? sig->params[i] : sig->params[np - 1]->elem;
            int top = gen_peek(c);
            int r = gen_convert_value(c, base + i, tt->results[i], pt);
            if (r != base + i) {
                emit_abc(c, OP_MOVE, base + i, r, 0);
                GS(c)->fs->kind.items[base + i] = gen_is_ptr(pt);
                GS(c)->fs->map_dirty = true;
            }
            gen_free_to(c, top);
        }
        if (sig->variadic) {
            int nv = tt->nresults - fixed;
            Type *et = sig->params[np - 1]->elem;
            int nil = emit_new(c, OP_LOADZ, 0, 0, true);
            int s = gen_peek(c);
            gen_emit(c, INSTR_ABC(OP_APPEND, s, nil, base + fixed));
            gen_extra(c, (uint64_t)nv | ((uint64_t)ktype(c, et) << 32));
            gen_commit(c, s, true);
            place(c, base + fixed, s, true);
        }
        return;
    }
    int na = args->len;
    int fixed = sig->variadic && !n->u.call.has_ellipsis ? np - 1 : np;
    for (int i = 0; i < fixed && i < na; i++) {
        Node *a = args->items[i];
        int slot = gen_peek(c);
        int r = gen_arg(c, a);
        r = gen_convert_value(c, r, a->type, sig->params[i]);
        place(c, slot, r, gen_is_ptr(sig->params[i]));
    }
    if (sig->variadic && !n->u.call.has_ellipsis) {
        Type *et = sig->params[np - 1]->elem;
        int slot = emit_new(c, OP_LOADZ, 0, 0, true);
        int nv = na - fixed;
        if (nv == 0)
            return;
        int vbase = gen_peek(c);
        for (int i = fixed; i < na; i++) {
            Node *a = args->items[i];
            int vs = gen_peek(c);
            int r = gen_arg(c, a);
            r = gen_convert_value(c, r, a->type, et);
            place(c, vs, r, gen_is_ptr(et));
        }
        int s = gen_peek(c);
        gen_emit(c, INSTR_ABC(OP_APPEND, s, slot, vbase));
        gen_extra(c, (uint64_t)nv | ((uint64_t)ktype(c, et) << 32));
        gen_commit(c, s, true);
        place(c, slot, s, true);
    }
}

static void commit_results(Compiler *c, int base, Type *sig, int want)
{
    gen_free_to(c, base);
    int n = sig->nresults;
    if (want > n)
        want = n;
    for (int i = 0; i < n; i++)
        gen_commit(c, base + i, gen_is_ptr(sig->results[i]));
}

/* call_line is the line a call's instructions carry: that of its '(' as in Go (a call
 * spanning lines, `}()` closing a function literal), else the call's start. */
static int call_line(const Node *n)
{
    return n->u.call.lparen.line > 0 ? n->u.call.lparen.line : n->pos.line;
}

int gen_call(Compiler *c, Node *n, int want)
{
    n = check_unparen(n);
    CallInfo *ci = n->u.call.chk;
    if (!ci)
        return gen_peek(c);
    gen_emit_line(GS(c)->fs, call_line(n));
    switch (ci->kind) {
    case CALL_BUILTIN:
        return gen_builtin(c, n, ci);
    case CALL_CONV:
        return gen_conversion(c, n);
    case CALL_FUNC: {
        int base = gen_peek(c);
        gen_args(c, n, ci);
        Proto *p = gen_proto_for(c, ci->fn);
        gen_emit_line(GS(c)->fs, call_line(n));
        gen_free_to(c, base);
        gen_emit(c, INSTR_ABX(ci->fn->native ? OP_CALLN : OP_CALL, base, kconst(c, p)));
        commit_results(c, base, ci->sig, want);
        return base;
    }
    case CALL_METHOD: {
        Node *fun = check_unparen(n->u.call.fun);
        Selection *s = ci->sel;
        int base = gen_peek(c);
        int r = gen_receiver(c, fun->u.selector.x, s);
        Type *rt = s->method->ptr_recv ? type_pointer(c, s->recv_type) : s->recv_type;
        place(c, base, r, gen_is_ptr(rt));
        gen_args(c, n, ci);
        Proto *p = gen_proto_for(c, ci->fn);
        gen_emit_line(GS(c)->fs, call_line(n));
        gen_free_to(c, base);
        gen_emit(c, INSTR_ABX(ci->fn->native ? OP_CALLN : OP_CALL, base, kconst(c, p)));
        commit_results(c, base, ci->sig, want);
        return base;
    }
    case CALL_IFACE: {
        Node *fun = check_unparen(n->u.call.fun);
        Selection *s = ci->sel;
        Node *x = fun->u.selector.x;
        int base = gen_peek(c);
        int r = gen_expr(c, x);
        if (s->npath) {
            uint32_t off;
            Type *ft;
            int b = follow_path(c, r, x->type, s->path, s->npath, &off, &ft);
            r = gen_load_typed(c, ft, b, off);
        }
        place(c, base, r, true);
        gen_args(c, n, ci);
        gen_emit_line(GS(c)->fs, call_line(n));
        gen_free_to(c, base);
        int mid = gen_demand_method_id(c, s->name, type_iface_method(s->recv_type, s->name)->pkg);
        FuncState *fs = GS(c)->fs;
        gen_emit(c, INSTR_ABC(OP_CALLI, base, mid, 0));
        gen_extra(c, (uint64_t)fs->ncaches++);
        commit_results(c, base, ci->sig, want);
        return base;
    }
    case CALL_VALUE:
    default: {
        int fr = gen_expr(c, n->u.call.fun);
        int base = gen_peek(c);
        gen_args(c, n, ci);
        gen_emit_line(GS(c)->fs, call_line(n));
        gen_free_to(c, base);
        gen_emit(c, INSTR_ABC(OP_CALLF, base, fr, 0));
        /* the function register stays below base; it is dead after the call */
        commit_results(c, base, ci->sig, want);
        if (fr < base && fr >= 0 && fr == base - 1 && ci->sig->nresults == 0) {
            /* nothing to tidy */
        }
        return base;
    }
    }
}

/* gen_func_value_for prepares a go/defer call: R[top] = func value, then the arguments. */
int gen_func_value_for(Compiler *c, Node *fun, Node *call)
{
    CallInfo *ci = call->u.call.chk;
    int top = gen_peek(c);
    Node *fu = check_unparen(fun);
    if (ci->kind == CALL_BUILTIN) {
        /* a thunk that performs the builtin on its arguments */
        Proto *gen_builtin_thunk(Compiler * c, Node * call);
        Proto *p = gen_builtin_thunk(c, call);
        emit_newx(c, OP_FUNCVAL, (uint64_t)kconst(c, p), true);
        NodeList *args = &call->u.call.args;
        for (int i = 0; i < args->len; i++) {
            Node *a = args->items[i];
            if (a->mode == MODE_TYPE)
                continue;
            int slot = gen_peek(c);
            int r = type_is_aggregate(a->type) ? gen_expr_owned(c, a) : gen_expr(c, a);
            if (ci->builtin == BI_PANIC)
                r = gen_convert_value(c, r, a->type, type_any(c));
            place(c, slot, r, gen_is_ptr(a->type) || ci->builtin == BI_PANIC);
        }
        return top;
    }
    if (ci->kind == CALL_METHOD) {
        Selection *s = ci->sel;
        Proto *p = gen_proto_for(c, ci->fn);
        emit_newx(c, OP_FUNCVAL, (uint64_t)kconst(c, p), true);
        int slot = gen_peek(c);
        int r = gen_receiver(c, fu->u.selector.x, s);
        Type *rt = s->method->ptr_recv ? type_pointer(c, s->recv_type) : s->recv_type;
        if (type_is_aggregate(rt) && !gen_expr_is_fresh(fu->u.selector.x))
            r = clone(c, r, s->recv_type);
        place(c, slot, r, gen_is_ptr(rt));
    } else if (ci->kind == CALL_IFACE) {
        Selection *s = ci->sel;
        Proto *w = gen_iface_method_wrapper(c, s->recv_type, s->name, true);
        emit_newx(c, OP_FUNCVAL, (uint64_t)kconst(c, w), true);
        Node *x = fu->u.selector.x;
        int slot = gen_peek(c);
        int r = gen_expr(c, x);
        if (s->npath) {
            uint32_t off;
            Type *ft;
            int b = follow_path(c, r, x->type, s->path, s->npath, &off, &ft);
            r = gen_load_typed(c, ft, b, off);
        }
        place(c, slot, r, true);
    } else if (ci->kind == CALL_FUNC) {
        Proto *p = gen_proto_for(c, ci->fn);
        emit_newx(c, OP_FUNCVAL, (uint64_t)kconst(c, p), true);
    } else {
        int r = gen_expr(c, fun);
        place(c, top, r, true);
    }
    /* arguments: owned copies, since the caller may change its variables before the call */
    NodeList *args = &call->u.call.args;
    Type *sig = ci->sig;
    int np = sig->nparams;
    if (ci->spread) {
        gen_args(c, call, ci);
        return top;
    }
    int fixed = sig->variadic && !call->u.call.has_ellipsis ? np - 1 : np;
    for (int i = 0; i < fixed && i < args->len; i++) {
        Node *a = args->items[i];
        int slot = gen_peek(c);
        int r = type_is_aggregate(a->type) ? gen_expr_owned(c, a) : gen_expr(c, a);
        r = gen_convert_value(c, r, a->type, sig->params[i]);
        place(c, slot, r, gen_is_ptr(sig->params[i]));
    }
    if (sig->variadic && !call->u.call.has_ellipsis) {
        Type *et = sig->params[np - 1]->elem;
        int slot = emit_new(c, OP_LOADZ, 0, 0, true);
        int nv = args->len - fixed;
        if (nv > 0) {
            int vbase = gen_peek(c);
            for (int i = fixed; i < args->len; i++) {
                Node *a = args->items[i];
                int vs = gen_peek(c);
                int r = type_is_aggregate(a->type) ? gen_expr_owned(c, a) : gen_expr(c, a);
                r = gen_convert_value(c, r, a->type, et);
                place(c, vs, r, gen_is_ptr(et));
            }
            int s = gen_peek(c);
            gen_emit(c, INSTR_ABC(OP_APPEND, s, slot, vbase));
            gen_extra(c, (uint64_t)nv | ((uint64_t)ktype(c, et) << 32));
            gen_commit(c, s, true);
            place(c, slot, s, true);
        }
    }
    return top;
}

/* ---- Builtins ---- */

int gen_print_flags(bool ln, int i, int n)
{
    int flags = i == n - 1 ? PRINTF_LAST : 0;
    if (ln)
        flags |= (i > 0 ? PRINTF_SPACE : 0) | (i == n - 1 ? PRINTF_NEWLINE : 0);
    return flags;
}

int gen_print_kind(Type *t)
{
    switch (ukind(t)) {
    case TY_BOOL: return PRINT_BOOL;
    case TY_INT: case TY_INT8: case TY_INT16: case TY_INT32: case TY_INT64: return PRINT_INT;
    case TY_UINT: case TY_UINT8: case TY_UINT16: case TY_UINT32: case TY_UINT64:
    case TY_UINTPTR:
        return PRINT_UINT;
    case TY_FLOAT32: case TY_FLOAT64: return PRINT_FLOAT;
    case TY_STRING: return PRINT_STRING;
    case TY_SLICE: return PRINT_SLICE;
    case TY_INTERFACE: return PRINT_EFACE;
    case TY_UNTYPED_NIL: return PRINT_NIL;
    default: return PRINT_POINTER;
    }
}

void gen_print_call(Compiler *c, Node *n)
{
    CallInfo *ci = n->u.call.chk;
    bool ln = ci->builtin == BI_PRINTLN;
    NodeList *args = &n->u.call.args;
    if (ci->spread) {
        Node *call = check_unparen(args->items[0]);
        Type *tt = call->type;
        int base = gen_call(c, call, tt->nresults);
        for (int i = 0; i < tt->nresults; i++)
            emit_abc(c, OP_PRINT, base + i, gen_print_kind(tt->results[i]),
                     gen_print_flags(ln, i, tt->nresults));
        return;
    }
    if (args->len == 0) {
        if (ln)
            emit_abc(c, OP_PRINT, 0, PRINT_NONE, PRINTF_NEWLINE | PRINTF_LAST);
        return;
    }
    for (int i = 0; i < args->len; i++) {
        Node *a = args->items[i];
        int top = gen_peek(c);
        int r = gen_expr(c, a);
        emit_abc(c, OP_PRINT, r, gen_print_kind(a->type), gen_print_flags(ln, i, args->len));
        gen_free_to(c, top);
    }
}

static int minmax(Compiler *c, Node *n, bool is_min)
{
    NodeList *args = &n->u.call.args;
    Type *t = n->type;
    TyKind k = ukind(t);
    unsigned op;
    if (k == TY_STRING)
        op = is_min ? OP_SMIN : OP_SMAX;
    else if (k == TY_FLOAT32 || k == TY_FLOAT64)
        op = is_min ? OP_FMIN : OP_FMAX;
    else if (type_is_unsigned(t))
        op = is_min ? OP_UMIN : OP_UMAX;
    else
        op = is_min ? OP_IMIN : OP_IMAX;
    int acc = gen_expr_top(c, args->items[0]);
    for (int i = 1; i < args->len; i++) {
        int top = gen_peek(c);
        int r = gen_expr(c, args->items[i]);
        emit_abc(c, op, acc, acc, r);
        gen_free_to(c, top);
    }
    return acc;
}

static int gen_builtin(Compiler *c, Node *n, CallInfo *ci)
{
    NodeList *args = &n->u.call.args;
    int base = gen_peek(c);
    if (n->mode == MODE_CONST)
        return load_const(c, n);
    switch (ci->builtin) {
    case BI_LEN:
    case BI_CAP: {
        Node *x = args->items[0];
        Type *u = type_under(x->type);
        int kind = 1;
        if (u->kind == TY_STRING)
            kind = 0;
        else if (u->kind == TY_MAP)
            kind = 2;
        else if (u->kind == TY_CHAN)
            kind = 3;
        else if (u->kind == TY_POINTER || u->kind == TY_ARRAY) {
            /* len of a pointer to array is its constant length (no dereference) */
            Type *at = u->kind == TY_POINTER ? type_under(u->elem) : u;
            gen_expr(c, x);
            gen_free_to(c, base);
            return emit_newx(c, OP_LOADI, (uint64_t)at->len, false);
        }
        int r = gen_expr(c, x);
        return emit_new(c, ci->builtin == BI_LEN ? OP_LEN : OP_CAP, r, kind, false);
    }
    case BI_APPEND: {
        Node *s = args->items[0];
        Type *et = type_under(s->type)->elem;
        int sr = gen_expr(c, s);
        if (n->u.call.has_ellipsis) {
            int rest = gen_expr(c, args->items[1]);
            int r = gen_peek(c);
            gen_emit(c, INSTR_ABC(OP_APPENDSL, r, sr, rest));
            gen_extra(c, (uint64_t)ktype(c, et));
            return gen_commit(c, r, true);
        }
        int nv = args->len - 1;
        if (nv == 0)
            return sr;
        int vbase = gen_peek(c);
        for (int i = 1; i < args->len; i++) {
            Node *a = args->items[i];
            int vs = gen_peek(c);
            int r = gen_expr(c, a);
            r = gen_convert_value(c, r, a->type, et);
            place(c, vs, r, gen_is_ptr(et));
        }
        int r = gen_peek(c);
        gen_emit(c, INSTR_ABC(OP_APPEND, r, sr, vbase));
        gen_extra(c, (uint64_t)nv | ((uint64_t)ktype(c, et) << 32));
        return gen_commit(c, r, true);
    }
    case BI_COPY: {
        Node *d = args->items[0];
        Type *et = type_under(d->type)->elem;
        int dr = gen_expr(c, d);
        int sr = gen_expr(c, args->items[1]);
        int r = gen_peek(c);
        gen_emit(c, INSTR_ABC(OP_COPYSL, r, dr, sr));
        gen_extra(c, (uint64_t)ktype(c, et));
        return gen_commit(c, r, false);
    }
    case BI_DELETE: {
        Node *m = args->items[0];
        int mr = gen_expr(c, m);
        int kr = gen_expr(c, args->items[1]);
        kr = gen_convert_value(c, kr, args->items[1]->type, type_under(m->type)->key);
        emit_abc(c, OP_MDEL, mr, kr, 0);
        gen_free_to(c, base);
        return base;
    }
    case BI_MAKE: {
        Type *t = args->items[0]->type;
        Type *u = type_under(t);
        if (u->kind == TY_SLICE) {
            int lr = gen_expr(c, args->items[1]);
            int cr = args->len > 2 ? gen_expr(c, args->items[2]) : lr;
            int r = gen_peek(c);
            gen_emit(c, INSTR_ABC(OP_MAKESLICE, r, lr, cr));
            gen_extra(c, (uint64_t)ktype(c, u->elem));
            return gen_commit(c, r, true);
        }
        int hr = args->len > 1 ? gen_expr(c, args->items[1]) : emit_newx(c, OP_LOADI, 0, false);
        if (u->kind == TY_MAP)
            return emit_new(c, OP_MAKEMAP, hr, ktype(c, t), true);
        return emit_new(c, OP_MAKECHAN, hr, ktype(c, t), true);
    }
    case BI_NEW: {
        Type *t = args->items[0]->type;
        return emit_newx(c, OP_NEW, (uint64_t)ktype(c, t), true);
    }
    case BI_PANIC: {
        Node *a = args->items[0];
        int r = gen_expr(c, a);
        r = gen_convert_value(c, r, a->type, type_any(c));
        emit_abc(c, OP_PANIC, r, 0, 0);
        gen_free_to(c, base);
        return base;
    }
    case BI_PRINT:
    case BI_PRINTLN:
        gen_print_call(c, n);
        gen_free_to(c, base);
        return base;
    case BI_RECOVER:
        return emit_new(c, OP_RECOVER, 0, 0, true);
    case BI_MIN:
    case BI_MAX:
        return minmax(c, n, ci->builtin == BI_MIN);
    case BI_CLEAR: {
        Node *x = args->items[0];
        Type *u = type_under(x->type);
        int r = gen_expr(c, x);
        if (u->kind == TY_MAP)
            emit_abc(c, OP_CLEARM, r, 0, 0);
        else
            gen_emit(c, INSTR_ABX(OP_CLEARSL, r, ktype(c, u->elem)));
        gen_free_to(c, base);
        return base;
    }
    case BI_CLOSE: {
        int r = gen_expr(c, args->items[0]);
        emit_abc(c, OP_CLOSE, r, 0, 0);
        gen_free_to(c, base);
        return base;
    }
    default:
        return base;
    }
}

/* ---- Function values ---- */

static int gen_ident(Compiler *c, Node *n)
{
    Sym *s = n->u.ident.sym;
    if (!s)
        return emit_new(c, OP_LOADZ, 0, 0, false);
    switch (s->kind) {
    case SYM_VAR:
        return gen_load_var(c, s, -1);
    case SYM_FUNC: {
        Proto *p = gen_proto_for(c, s);
        return emit_newx(c, OP_FUNCVAL, (uint64_t)kconst(c, p), true);
    }
    case SYM_NIL:
        return emit_new(c, OP_LOADZ, 0, 0, true);
    default:
        return emit_new(c, OP_LOADZ, 0, 0, false);
    }
}

static int gen_funclit(Compiler *c, Node *n)
{
    Proto *p = gen_literal_proto(c, n);
    return emit_newx(c, OP_CLOSURE, (uint64_t)kconst(c, p), true);
}

/* ---- Dispatcher ---- */

int gen_expr(Compiler *c, Node *n)
{
    if (!n)
        return emit_new(c, OP_LOADZ, 0, 0, false);
    if (n->mode == MODE_CONST && n->cval)
        return load_const(c, n);
    switch (n->kind) {
    case N_PAREN:
        return gen_expr(c, n->u.paren.x);
    case N_IDENT:
        return gen_ident(c, n);
    case N_BASICLIT:
        return load_const(c, n);
    case N_COMPOSITE:
        return gen_composite(c, n);
    case N_FUNCLIT:
        return gen_funclit(c, n);
    case N_SELECTOR:
        return gen_selector(c, n);
    case N_INDEX:
        return gen_index(c, n);
    case N_SLICE:
        return gen_slice_expr(c, n);
    case N_TYPEASSERT:
        return gen_type_assert(c, n);
    case N_CALL: {
        int base = gen_call(c, n, 1);
        CallInfo *ci = n->u.call.chk;
        if (ci && (ci->kind == CALL_BUILTIN || ci->kind == CALL_CONV))
            return base;
        /* keep only the first result as the expression's value */
        if (ci && ci->sig && ci->sig->nresults > 1)
            gen_free_to(c, base + ci->sig->nresults);
        return base;
    }
    case N_STAR: {
        int p = gen_expr(c, n->u.star.x);
        return gen_load_typed(c, n->type, p, 0);
    }
    case N_UNARY:
        return gen_unary(c, n);
    case N_BINARY:
        return gen_binary(c, n);
    default:
        return emit_new(c, OP_LOADZ, 0, 0, false);
    }
}

/* ---- Conditions ---- */

void gen_cond_jump(Compiler *c, Node *cond, bool jump_if, IntVec *jumps)
{
    Node *n = check_unparen(cond);
    int top = gen_peek(c);
    if (n->mode == MODE_CONST && n->cval && n->cval->kind == CV_BOOL) {
        if (n->cval->b == jump_if)
            VEC_PUSH(*jumps, gen_jump(c, OP_JMP, 0, 0));
        return;
    }
    if (n->kind == N_UNARY && n->u.unary.op == TOK_NOT) {
        gen_cond_jump(c, n->u.unary.x, !jump_if, jumps);
        return;
    }
    if (n->kind == N_BINARY && (n->u.binary.op == TOK_LAND || n->u.binary.op == TOK_LOR)) {
        bool is_and = n->u.binary.op == TOK_LAND;
        if (is_and != jump_if) {
            /* (a && b) jump if false: either false; (a || b) jump if true: either true */
            gen_cond_jump(c, n->u.binary.x, jump_if, jumps);
            gen_cond_jump(c, n->u.binary.y, jump_if, jumps);
        } else {
            /* (a && b) jump if true: skip unless a; (a || b) jump if false: skip if a */
            IntVec skip = {0};
            gen_cond_jump(c, n->u.binary.x, !jump_if, &skip);
            gen_cond_jump(c, n->u.binary.y, jump_if, jumps);
            for (int i = 0; i < skip.len; i++)
                gen_patch_here(c, skip.items[i]);
            VEC_FREE(skip);
        }
        return;
    }
    if (n->kind == N_BINARY) {
        int op = n->u.binary.op;
        Node *x = n->u.binary.x, *y = n->u.binary.y;
        bool cmp = op == TOK_EQL || op == TOK_NEQ || op == TOK_LSS || op == TOK_LEQ ||
                   op == TOK_GTR || op == TOK_GEQ;
        Type *t = x->type && x->type->kind != TY_UNTYPED_NIL ? x->type : y->type;
        TyKind k = ukind(t);
        bool intlike = cmp && k != TY_STRING && k != TY_FLOAT32 && k != TY_FLOAT64 &&
                       k != TY_INTERFACE && k != TY_STRUCT && k != TY_ARRAY &&
                       !type_is_interface(x->type) && !type_is_interface(y->type);
        if (intlike) {
            bool uns = type_is_unsigned(t);
            int64_t imm;
            /* normalize to x OP y with OP in {==, !=, <, <=} and the jump sense */
            if (!uns && small_const(y, -32768, 32767, &imm)) {
                int a = gen_expr(c, x);
                unsigned o;
                int eop = op;
                if (!jump_if) {
                    switch (op) {
                    case TOK_EQL: eop = TOK_NEQ; break;
                    case TOK_NEQ: eop = TOK_EQL; break;
                    case TOK_LSS: eop = TOK_GEQ; break;
                    case TOK_LEQ: eop = TOK_GTR; break;
                    case TOK_GTR: eop = TOK_LEQ; break;
                    case TOK_GEQ: eop = TOK_LSS; break;
                    }
                }
                switch (eop) {
                case TOK_EQL: o = OP_JEQI; break;
                case TOK_NEQ: o = OP_JNEI; break;
                case TOK_LSS: o = OP_JLTI; break;
                case TOK_LEQ: o = OP_JLEI; break;
                case TOK_GTR: o = OP_JGTI; break;
                default: o = OP_JGEI; break;
                }
                VEC_PUSH(*jumps, gen_emit(c, INSTR_ABC(o, a, (uint16_t)(int16_t)imm, 0)));
                gen_free_to(c, top);
                return;
            }
            int a = gen_expr(c, x);
            int b = gen_expr(c, y);
            int eop = op;
            if (!jump_if) {
                switch (op) {
                case TOK_EQL: eop = TOK_NEQ; break;
                case TOK_NEQ: eop = TOK_EQL; break;
                case TOK_LSS: eop = TOK_GEQ; break;
                case TOK_LEQ: eop = TOK_GTR; break;
                case TOK_GTR: eop = TOK_LEQ; break;
                case TOK_GEQ: eop = TOK_LSS; break;
                }
            }
            unsigned o;
            int ra = a, rb = b;
            switch (eop) {
            case TOK_EQL: o = OP_JEQ; break;
            case TOK_NEQ: o = OP_JNE; break;
            case TOK_LSS: o = uns ? OP_JLTU : OP_JLT; break;
            case TOK_LEQ: o = uns ? OP_JLEU : OP_JLE; break;
            case TOK_GTR: o = uns ? OP_JLTU : OP_JLT; ra = b; rb = a; break;
            default: o = uns ? OP_JLEU : OP_JLE; ra = b; rb = a; break;
            }
            VEC_PUSH(*jumps, gen_jump(c, o, ra, rb));
            gen_free_to(c, top);
            return;
        }
        if (cmp && (k == TY_FLOAT32 || k == TY_FLOAT64)) {
            int a = gen_expr(c, x);
            int b = gen_expr(c, y);
            unsigned o;
            int ra = a, rb = b;
            switch (op) {
            case TOK_EQL: o = jump_if ? OP_JFEQ : OP_JFNE; break;
            case TOK_NEQ: o = jump_if ? OP_JFNE : OP_JFEQ; break;
            case TOK_LSS: o = jump_if ? OP_JFLT : OP_JFNLT; break;
            case TOK_LEQ: o = jump_if ? OP_JFLE : OP_JFNLE; break;
            case TOK_GTR: o = jump_if ? OP_JFLT : OP_JFNLT; ra = b; rb = a; break;
            default: o = jump_if ? OP_JFLE : OP_JFNLE; ra = b; rb = a; break;
            }
            VEC_PUSH(*jumps, gen_jump(c, o, ra, rb));
            gen_free_to(c, top);
            return;
        }
        if (cmp && k == TY_STRING && (op == TOK_EQL || op == TOK_NEQ)) {
            int a = gen_expr(c, x);
            int b = gen_expr(c, y);
            bool eq = (op == TOK_EQL) == jump_if;
            VEC_PUSH(*jumps, gen_jump(c, eq ? OP_JSEQ : OP_JSNE, a, b));
            gen_free_to(c, top);
            return;
        }
    }
    int r = gen_expr(c, cond);
    VEC_PUSH(*jumps, gen_jump(c, jump_if ? OP_JT : OP_JF, r, 0));
    gen_free_to(c, top);
}

/* ---- Assignments ---- */

/* writes_only_a says whether [op] writes register A and nothing else (so its destination
 * can be changed to a variable's register). */
static bool writes_only_a(unsigned op)
{
    switch (op) {
    case OP_MOVE: case OP_LOADK: case OP_LOADI: case OP_LOADZ:
    case OP_ADD: case OP_SUB: case OP_MUL: case OP_DIV: case OP_DIVU: case OP_MOD:
    case OP_MODU: case OP_AND: case OP_OR: case OP_XOR: case OP_ANDNOT: case OP_SHL:
    case OP_SHR: case OP_SHRU: case OP_ADDI: case OP_MULI: case OP_SHLI: case OP_SHRI:
    case OP_SHRUI: case OP_NEG: case OP_BNOT: case OP_NOT: case OP_SEXT8: case OP_SEXT16:
    case OP_SEXT32: case OP_ZEXT8: case OP_ZEXT16: case OP_ZEXT32: case OP_FADD:
    case OP_FSUB: case OP_FMUL: case OP_FDIV: case OP_FNEG: case OP_F32: case OP_I2F:
    case OP_U2F: case OP_F2I: case OP_F2U: case OP_EQ: case OP_NE: case OP_LT: case OP_LE:
    case OP_LTU: case OP_LEU: case OP_FEQ: case OP_FNE: case OP_FLT: case OP_FLE:
    case OP_SEQ: case OP_SNE: case OP_SLT: case OP_SLE: case OP_GETG: case OP_LD8U:
    case OP_LD8S: case OP_LD16U: case OP_LD16S: case OP_LD32U: case OP_LD32S: case OP_LD64:
    case OP_LDF32: case OP_SLD8U: case OP_SLD8S: case OP_SLD16U: case OP_SLD16S:
    case OP_SLD32U: case OP_SLD32S: case OP_SLD64: case OP_SLDF32: case OP_STRIDX:
    case OP_LEN: case OP_CAP: case OP_CONCAT: case OP_CONCATN:
        return true;
    default:
        return false;
    }
}

typedef enum { LV_BLANK, LV_VAR, LV_MEM, LV_SLICE, LV_MAP } LvKind;

typedef struct LValue {
    LvKind kind;
    Type *type;
    Type *maptype;
    Sym *sym;
    int base, index;
    uint32_t off;
} LValue;

static LValue lvalue_prepare(Compiler *c, Node *n)
{
    LValue lv = {0};
    n = check_unparen(n);
    lv.type = n->type;
    if (n->kind == N_IDENT) {
        if (n->u.ident.name == c->name_blank) {
            lv.kind = LV_BLANK;
            return lv;
        }
        lv.kind = LV_VAR;
        lv.sym = n->u.ident.sym;
        lv.type = lv.sym->type;
        return lv;
    }
    if (n->kind == N_SELECTOR) {
        Selection *s = n->u.selector.chk;
        if (s && s->kind == SEL_QUALIFIED) {
            lv.kind = LV_VAR;
            lv.sym = n->u.selector.sel->u.ident.sym;
            lv.type = lv.sym->type;
            return lv;
        }
        Node *x = n->u.selector.x;
        int r;
        if (type_under(x->type)->kind == TY_POINTER) {
            r = gen_expr(c, x);
        } else {
            uint32_t xo;
            r = gen_lvalue_addr(c, x, &xo);
            if (xo)
                r = emit_new(c, OP_ADDR, r, (int)xo, true);
        }
        Type *ft;
        lv.base = follow_path(c, r, x->type, s->path, s->npath, &lv.off, &ft);
        lv.kind = LV_MEM;
        return lv;
    }
    if (n->kind == N_INDEX) {
        Node *x = n->u.index.x, *i = n->u.index.indices.items[0];
        Type *xu = type_under(x->type);
        if (xu->kind == TY_MAP) {
            lv.kind = LV_MAP;
            lv.maptype = x->type;
            lv.base = gen_expr(c, x);
            int k = gen_expr(c, i);
            lv.index = gen_convert_value(c, k, i->type, xu->key);
            return lv;
        }
        if (xu->kind == TY_SLICE) {
            lv.kind = LV_SLICE;
            lv.base = gen_expr(c, x);
            lv.index = gen_expr(c, i);
            return lv;
        }
        uint32_t off;
        lv.base = gen_lvalue_addr(c, n, &off);
        lv.off = off;
        lv.kind = LV_MEM;
        return lv;
    }
    if (n->kind == N_STAR) {
        lv.kind = LV_MEM;
        lv.base = gen_expr(c, n->u.star.x);
        lv.off = 0;
        return lv;
    }
    lv.kind = LV_BLANK;
    return lv;
}

static void lvalue_store(Compiler *c, LValue *lv, int src, Type *src_type)
{
    src = gen_convert_value(c, src, src_type, lv->type);
    switch (lv->kind) {
    case LV_BLANK:
        return;
    case LV_VAR:
        gen_store_var(c, lv->sym, src);
        return;
    case LV_MEM:
        if (type_is_aggregate(lv->type)) {
            gen_store_typed(c, lv->type, lv->base, lv->off, src);
            return;
        }
        emit_abc(c, store_op(lv->type), lv->base, src, (int)lv->off);
        return;
    case LV_SLICE:
        if (type_is_aggregate(lv->type)) {
            int a = emit_new(c, OP_SIDXA, lv->base, lv->index, true);
            gen_extra(c, (uint64_t)type_size(c, lv->type));
            emit_abc(c, OP_COPY, a, src, ktype(c, lv->type));
            return;
        }
        emit_abc(c, slice_store_op(lv->type), lv->base, lv->index, src);
        return;
    case LV_MAP:
        emit_abc(c, OP_MSET, lv->base, lv->index, src);
        return;
    }
}

static int lvalue_load(Compiler *c, LValue *lv)
{
    switch (lv->kind) {
    case LV_VAR:
        return gen_load_var(c, lv->sym, -1);
    case LV_MEM:
        return gen_load_typed(c, lv->type, lv->base, lv->off);
    case LV_SLICE:
        if (type_is_aggregate(lv->type)) {
            int a = emit_new(c, OP_SIDXA, lv->base, lv->index, true);
            gen_extra(c, (uint64_t)type_size(c, lv->type));
            return a;
        }
        return emit_new(c, slice_load_op(lv->type), lv->base, lv->index, gen_is_ptr(lv->type));
    case LV_MAP: {
        int r = emit_new(c, OP_MGET, lv->base, lv->index, gen_is_ptr(lv->type));
        gen_extra(c, (uint64_t)ktype(c, lv->maptype));
        return r;
    }
    default:
        return emit_new(c, OP_LOADZ, 0, 0, false);
    }
}

/* protect_targets keeps the targets [lvs] of one assignment (prepared in order, stored left
 * to right) from its own stores: an operand of a target (the slice and index of a[i], the
 * pointer of *p or p.x) that is the register of a variable stored before that target is
 * copied first, since Go evaluates every target's operands before any store (i, a[i] = 3,
 * 99 sets a[old i]; a[i], i = 3, 99 needs no copy). */
static void protect_targets(Compiler *c, LValue *lvs, int nl)
{
    for (int i = 1; i < nl; i++) {
        if (!(lvs[i].kind == LV_MEM || lvs[i].kind == LV_SLICE || lvs[i].kind == LV_MAP))
            continue;
        bool base_assigned = false, index_assigned = false;
        for (int j = 0; j < i; j++) {
            if (lvs[j].kind != LV_VAR || lvs[j].sym->is_global || is_cell(lvs[j].sym) ||
                type_is_aggregate(lvs[j].type) || captured_here(c, lvs[j].sym))
                continue;
            base_assigned |= lvs[j].sym->reg == lvs[i].base;
            index_assigned |= lvs[j].sym->reg == lvs[i].index;
        }
        /* always a copy: the register is the variable's own, even when it happens to be
         * the last one allocated (to_top would keep it, and the store to the variable
         * would then move the target: i, a[i] = 3, 99 writing a[3]) */
        if (base_assigned)
            lvs[i].base = copy_to_top(c, lvs[i].base, true);
        if ((lvs[i].kind == LV_SLICE || lvs[i].kind == LV_MAP) && index_assigned)
            lvs[i].index = copy_to_top(c, lvs[i].index, GS(c)->fs->kind.items[lvs[i].index]);
    }
}

void gen_assign_to(Compiler *c, Node *lhs, int src, Type *from)
{
    int top = gen_peek(c);
    LValue lv = lvalue_prepare(c, lhs);
    src = gen_convert_value(c, src, from, lhs->type); /* to an interface: boxed */
    lvalue_store(c, &lv, src, lhs->type);
    gen_free_to(c, top);
}

void gen_assign_pair(Compiler *c, Node *l0, int s0, Type *f0, Node *l1, int s1, Type *f1)
{
    int top = gen_peek(c);
    LValue lvs[2] = {lvalue_prepare(c, l0), lvalue_prepare(c, l1)};
    protect_targets(c, lvs, 2);
    lvalue_store(c, &lvs[0], s0, f0);
    lvalue_store(c, &lvs[1], s1, f1);
    gen_free_to(c, top);
}

void gen_op_assign(Compiler *c, Node *lhs, Node *bin)
{
    int top = gen_peek(c);
    LValue lv = lvalue_prepare(c, lhs);
    int cur = lvalue_load(c, &lv);
    Node *y = bin->u.binary.y;
    Type *t = bin->type;
    /* a variable in a register is updated in place: x += y is one instruction */
    bool direct = lv.kind == LV_VAR && !lv.sym->is_global && !type_is_aggregate(lv.type) &&
                  !is_cell(lv.sym) && !captured_here(c, lv.sym);
    int r = gen_arith(c, bin->u.binary.op, t, cur, y, direct ? lv.sym->reg : -1);
    if (!direct)
        lvalue_store(c, &lv, r, t);
    gen_free_to(c, top);
}

int gen_multi_value(Compiler *c, Node *r, int n, Type **types)
{
    r = check_unparen(r);
    /* a call leaves its results in order; comma-ok forms (checked with aux = 1) produce the
     * value and ok in two registers */
    int base = r->kind == N_CALL ? gen_call(c, r, n) : gen_expr(c, r);
    for (int i = 0; i < n; i++) {
        if (r->kind == N_CALL) {
            CallInfo *ci = r->u.call.chk;
            types[i] = ci && ci->sig ? ci->sig->results[i] : NULL;
        } else {
            types[i] = i == 0 ? r->type : type_basic(c, TY_BOOL);
        }
    }
    return base;
}

void gen_assign_stmt(Compiler *c, Node *s)
{
    int top = gen_peek(c);
    NodeList *lhs = &s->u.assign.lhs, *rhs = &s->u.assign.rhs;
    int tok = s->u.assign.tok;
    if (tok != TOK_ASSIGN && tok != TOK_DEFINE) {
        Node *bin = (Node *)s->cval;
        if (bin)
            gen_op_assign(c, lhs->items[0], bin);
        gen_free_to(c, top);
        return;
    }
    int nl = lhs->len;
    if (tok == TOK_DEFINE) {
        /* values first, then the new variables take them */
        int *regs = xcalloc((size_t)nl, sizeof(int));
        if (rhs->len == nl) {
            for (int i = 0; i < nl; i++) {
                Node *l = lhs->items[i];
                Node *r = rhs->items[i];
                Sym *v = l->kind == N_IDENT ? l->u.ident.sym : NULL;
                Type *vt = v && v->type ? v->type : r->type;
                int reg = type_is_aggregate(vt) ? gen_expr_owned(c, r) : gen_expr(c, r);
                regs[i] = gen_convert_value(c, reg, r->type, vt);
            }
        } else {
            Type **from = xcalloc((size_t)nl, sizeof(Type *));
            int base = gen_multi_value(c, rhs->items[0], nl, from);
            for (int i = 0; i < nl; i++) {
                regs[i] = base + i;
                /* a variable declared before (x, err := ...) takes the value as an
                 * assignment does: converted to its type (an interface: boxed) */
                Node *l = lhs->items[i];
                Sym *v = l->kind == N_IDENT ? l->u.ident.sym : NULL;
                if (!v || v->decl == l || l->u.ident.name == c->name_blank)
                    continue;
                regs[i] = gen_convert_value(c, regs[i], from[i], v->type);
            }
            free(from);
        }
        for (int i = 0; i < nl; i++) {
            Node *l = lhs->items[i];
            if (l->kind != N_IDENT || l->u.ident.name == c->name_blank)
                continue;
            Sym *v = l->u.ident.sym;
            if (!v)
                continue;
            if (v->decl == l) {
                continue;
            }
            gen_store_var(c, v, regs[i]);
        }
        /* declarations last, in order, so their registers stack above the temporaries */
        int declared_top = gen_peek(c);
        (void)declared_top;
        for (int i = 0; i < nl; i++) {
            Node *l = lhs->items[i];
            if (l->kind != N_IDENT || l->u.ident.name == c->name_blank)
                continue;
            Sym *v = l->u.ident.sym;
            if (v && v->decl == l)
                gen_declare_var(c, v, regs[i]);
        }
        free(regs);
        return; /* keep the new variables' registers */
    }
    if (nl == 1 && rhs->len == 1) {
        Node *l = lhs->items[0], *r = rhs->items[0];
        LValue lv = lvalue_prepare(c, l);
        if (lv.kind == LV_VAR && !lv.sym->is_global && !type_is_aggregate(lv.type) &&
            !(lv.sym->captured || lv.sym->addr_taken) && !captured_here(c, lv.sym)) {
            /* straight into the variable's register */
            int reg = gen_expr(c, r);
            reg = gen_convert_value(c, reg, r->type, lv.type);
            if (reg != lv.sym->reg) {
                FuncState *fs = GS(c)->fs;
                Instr *last = fs->code.len ? &fs->code.items[fs->code.len - 1] : NULL;
                /* retarget the instruction that produced a fresh temporary */
                if (last && reg >= top && reg == gen_peek(c) - 1 &&
                    INSTR_A(*last) == (unsigned)reg && writes_only_a(INSTR_OP(*last)) &&
                    fs->last_instr == fs->code.len - 1) {
                    *last = (*last & ~(0xffffull << 8)) | ((uint64_t)lv.sym->reg << 8);
                } else {
                    emit_abc(c, OP_MOVE, lv.sym->reg, reg, 0);
                }
            }
            gen_free_to(c, top);
            return;
        }
        int reg = type_is_aggregate(l->type) ? gen_expr(c, r) : gen_expr(c, r);
        lvalue_store(c, &lv, reg, r->type);
        gen_free_to(c, top);
        return;
    }
    /* tuple assignment: operands of the targets, then every value, then the stores; the
     * targets' operands are copied, since an earlier store may change a variable they read */
    LValue *lvs = xcalloc((size_t)nl, sizeof(LValue));
    for (int i = 0; i < nl; i++)
        lvs[i] = lvalue_prepare(c, lhs->items[i]);
    protect_targets(c, lvs, nl);
    int *regs = xcalloc((size_t)nl, sizeof(int));
    Type **types = xcalloc((size_t)nl, sizeof(Type *));
    if (rhs->len == nl) {
        for (int i = 0; i < nl; i++) {
            Node *r = rhs->items[i];
            /* values must not change when earlier targets are stored: copy variables. A
             * variable that to_top keeps in place is the top one with nothing allocated
             * since the statement began, so every value before it is that same variable
             * and no earlier store changes it (x, y = y, x costs three moves) */
            int reg = type_is_aggregate(r->type) ? gen_expr_owned(c, r) : gen_expr(c, r);
            if (!type_is_aggregate(r->type) && reg < top)
                reg = to_top(c, reg, gen_is_ptr(r->type));
            else if (!type_is_aggregate(r->type) && lvs[i].kind == LV_VAR)
                reg = to_top(c, reg, gen_is_ptr(r->type));
            regs[i] = reg;
            types[i] = r->type;
        }
    } else {
        int base = gen_multi_value(c, rhs->items[0], nl, types);
        for (int i = 0; i < nl; i++) {
            regs[i] = base + i;
            if (!types[i])
                types[i] = lhs->items[i]->type;
        }
    }
    for (int i = 0; i < nl; i++)
        lvalue_store(c, &lvs[i], regs[i], types[i]);
    free(lvs);
    free(regs);
    free(types);
    gen_free_to(c, top);
}
