/*
 * gen.c — the code generator's driver and statements: modules, functions (prologue,
 * epilogue, pointer maps), registers, jumps, and every statement form.
 *
 * Module layout: every package gets a global block for its variables and an initializer
 * ("pkg.init") that evaluates them in the checker's order and then calls the package's init
 * functions; Module.inits lists them dependencies first. The program's entry is main.main, or
 * the script body in script mode.
 *
 * Functions: registers 0..np-1 are the parameters; then, for functions with defer, the result
 * variables, which a RETURN stores before jumping to the epilogue (RUNDEFERS, then RET of the
 * results), the place a recovered panic resumes (Proto.epilogue_pc).
 *
 * Pointer maps: gen_emit records, before appending an instruction, the set of pointer-kind
 * registers below top; consecutive instructions with the same set share one SafePoint entry.
 */
#include "compiler/gen.h"

#include <stdlib.h>
#include <string.h>

/* ---- Registers ---- */

bool gen_is_ptr(Type *t)
{
    return type_is_pointer_like(t);
}

int gen_peek(Compiler *c)
{
    return GS(c)->fs->top;
}

int gen_commit(Compiler *c, int reg, bool is_ptr)
{
    FuncState *fs = GS(c)->fs;
    ASSERT(reg == fs->top, "registers are committed in order");
    if (reg >= INSTR_MAX_REG - 1) {
        diag_error(c, (Pos){0, fs->line, 1}, "function too complex: needs more than %d registers",
                   INSTR_MAX_REG - 1);
        return reg;
    }
    while (fs->kind.len <= reg)
        VEC_PUSH(fs->kind, 0);
    fs->kind.items[reg] = is_ptr ? 1 : 0;
    fs->top = reg + 1;
    fs->map_dirty = true;
    if (fs->top > fs->nregs)
        fs->nregs = fs->top;
    return reg;
}

void gen_free_to(Compiler *c, int top)
{
    FuncState *fs = GS(c)->fs;
    if (top < fs->top) {
        fs->top = top;
        fs->map_dirty = true;
    }
}

/* ---- Emission ---- */

void gen_emit_line(FuncState *fs, int line)
{
    if (line > 0)
        fs->line = line;
}

static void record_map(FuncState *fs)
{
    if (!fs->map_dirty && fs->last_map >= 0)
        return;
    fs->map_dirty = false;
    int n = fs->top;
    int nbytes = (n + 7) / 8;
    /* compare with the previous map */
    if (fs->last_map >= 0) {
        const uint8_t *p = fs->ptrbits.items + fs->last_map;
        int pn = p[0] | (p[1] << 8);
        bool same = true;
        /* maps with different counts can still be equal if the extra registers are
         * scalars; compare bit by bit */
        int maxn = pn > n ? pn : n;
        for (int r = 0; r < maxn && same; r++) {
            int a = r < pn ? (p[2 + r / 8] >> (r % 8)) & 1 : 0;
            int b = r < n ? fs->kind.items[r] : 0;
            if (a != b)
                same = false;
        }
        if (same)
            return;
    }
    SafePoint sp = {(int32_t)fs->code.len, (int32_t)fs->ptrbits.len};
    VEC_PUSH(fs->sps, sp);
    fs->last_map = fs->ptrbits.len;
    VEC_PUSH(fs->ptrbits, (uint8_t)(n & 0xff));
    VEC_PUSH(fs->ptrbits, (uint8_t)(n >> 8));
    for (int i = 0; i < nbytes; i++) {
        uint8_t byte = 0;
        for (int b = 0; b < 8; b++) {
            int r = i * 8 + b;
            if (r < n && fs->kind.items[r])
                byte |= (uint8_t)(1u << b);
        }
        VEC_PUSH(fs->ptrbits, byte);
    }
}

int gen_emit(Compiler *c, Instr i)
{
    FuncState *fs = GS(c)->fs;
    record_map(fs);
    int pc = fs->code.len;
    fs->last_instr = pc;
    VEC_PUSH(fs->code, i);
    VEC_PUSH(fs->lines, fs->line);
    return pc;
}

void gen_extra(Compiler *c, uint64_t x)
{
    FuncState *fs = GS(c)->fs;
    VEC_PUSH(fs->code, x);
    VEC_PUSH(fs->lines, fs->line);
}

int gen_pc(Compiler *c)
{
    return GS(c)->fs->code.len;
}

static uint32_t kslot(uint64_t u, int cap)
{
    u ^= u >> 33;
    u *= 0xff51afd7ed558ccdull;
    u ^= u >> 33;
    return (uint32_t)u & (uint32_t)(cap - 1);
}

/* gen_const returns the index of constant [v] in the current function's pool, adding it
 * unless an equal one is there (found through kslots: package initializers of large
 * tables have thousands of constants). */
int gen_const(Compiler *c, Value v)
{
    FuncState *fs = GS(c)->fs;
    if (2 * (fs->k.len + 1) > fs->kcap) {
        int cap = fs->kcap ? fs->kcap * 2 : 64;
        int *slots = xcalloc((size_t)cap, sizeof(int));
        for (int i = 0; i < fs->k.len; i++) {
            uint32_t j = kslot(fs->k.items[i].u, cap);
            while (slots[j])
                j = (j + 1) & (uint32_t)(cap - 1);
            slots[j] = i + 1;
        }
        free(fs->kslots);
        fs->kslots = slots;
        fs->kcap = cap;
    }
    uint32_t j = kslot(v.u, fs->kcap);
    while (fs->kslots[j]) {
        int i = fs->kslots[j] - 1;
        if (fs->k.items[i].u == v.u)
            return i;
        j = (j + 1) & (uint32_t)(fs->kcap - 1);
    }
    VEC_PUSH(fs->k, v);
    fs->kslots[j] = fs->k.len;
    return fs->k.len - 1;
}

int gen_const_ptr(Compiler *c, const void *p)
{
    Value v;
    v.u = 0;
    v.p = (void *)p;
    return gen_const(c, v);
}

int gen_jump(Compiler *c, unsigned op, int a, int b)
{
    if (op == OP_JMP)
        return gen_emit(c, INSTR_ABX(OP_JMP, 0, 0));
    if (op == OP_JT || op == OP_JF)
        return gen_emit(c, INSTR_ABX(op, a, 0));
    return gen_emit(c, INSTR_ABC(op, a, b, 0));
}

void gen_patch(Compiler *c, int at, int target)
{
    FuncState *fs = GS(c)->fs;
    Instr i = fs->code.items[at];
    unsigned op = INSTR_OP(i);
    int64_t off = (int64_t)target - (at + 1);
    if (op == OP_JMP || op == OP_JT || op == OP_JF) {
        fs->code.items[at] = (i & 0xffffffull) | ((uint64_t)off << 24);
        return;
    }
    if (off < INSTR_MIN_SC || off > INSTR_MAX_SC) {
        diag_error(c, (Pos){0, fs->line, 1}, "function too large: jump out of range");
        return;
    }
    fs->code.items[at] = (i & 0xffffffffffull) | ((uint64_t)(off & 0xffffff) << 40);
}

void gen_patch_here(Compiler *c, int at)
{
    gen_patch(c, at, gen_pc(c));
}

/* ---- Static strings ---- */

const StrObj *gen_static_string(Compiler *c, const char *s, size_t n)
{
    if (n == 0)
        return NULL;
    StrObj *o = arena_alloc(&c->arena, sizeof(StrObj) + n + 1);
    uint8_t *data = (uint8_t *)(o + 1);
    copy_bytes(data, s, n);
    o->data = data;
    o->len = (int64_t)n;
    return o;
}

/* ---- Functions ---- */

Proto *gen_proto_for(Compiler *c, Sym *fn)
{
    if (fn->proto)
        return fn->proto;
    Proto *p = ARENA_NEW(&c->arena, Proto);
    p->epilogue_pc = -1;
    fn->proto = p;
    if (fn->pkg && fn->pkg->lazy && fn->info && !fn->is_init) {
        /* a lazy package's functions are compiled when first needed; a method may not
         * even be checked yet, when only a method set refers to it */
        if (fn->info->unreached) {
            check_reach(c, fn->info);
            check_reached_bodies(c);
        }
        VEC_PUSH(GS(c)->pending_funcs, fn);
    }
    if (fn->info)
        p->name = fn->info->name;
    else
        p->name = arena_sprintf(&c->arena, "%s.%s", fn->pkg ? fn->pkg->path : "main", fn->name);
    p->file = c->files.items[fn->pos.file].name;
    p->line = fn->pos.line;
    if (fn->native) {
        p->flags |= PROTO_NATIVE;
        p->native_name = p->name;
    }
    VEC_PUSH(GS(c)->protos, p);
    return p;
}

static void free_func_state(FuncState *fs)
{
    VEC_FREE(fs->code);
    VEC_FREE(fs->lines);
    VEC_FREE(fs->k);
    free(fs->kslots);
    VEC_FREE(fs->kind);
    VEC_FREE(fs->sps);
    VEC_FREE(fs->ptrbits);
    VEC_FREE(fs->upvals);
    VEC_FREE(fs->caps);
    for (int i = 0; i < fs->labels.len; i++)
        VEC_FREE(fs->labels.items[i].pending);
    VEC_FREE(fs->labels);
    VEC_FREE(fs->epilogue_jumps);
}

/* finish_proto copies the function state into the Proto (module arena). */
static void finish_proto(Compiler *c, FuncState *fs, Proto *p)
{
    Arena *a = &c->arena;
    Instr *code = ARENA_ARRAY(a, Instr, fs->code.len + 1);
    copy_bytes(code, fs->code.items, sizeof(Instr) * (size_t)fs->code.len);
    int32_t *lines = ARENA_ARRAY(a, int32_t, fs->lines.len + 1);
    copy_bytes(lines, fs->lines.items, sizeof(int32_t) * (size_t)fs->lines.len);
    Value *k = ARENA_ARRAY(a, Value, fs->k.len + 1);
    copy_bytes(k, fs->k.items, sizeof(Value) * (size_t)fs->k.len);
    SafePoint *sps = ARENA_ARRAY(a, SafePoint, fs->sps.len + 1);
    copy_bytes(sps, fs->sps.items, sizeof(SafePoint) * (size_t)fs->sps.len);
    uint8_t *bits = ARENA_ARRAY(a, uint8_t, fs->ptrbits.len + 1);
    copy_bytes(bits, fs->ptrbits.items, (size_t)fs->ptrbits.len);
    UpvalDesc *ups = ARENA_ARRAY(a, UpvalDesc, fs->upvals.len + 1);
    copy_bytes(ups, fs->upvals.items, sizeof(UpvalDesc) * (size_t)fs->upvals.len);
    p->code = code;
    p->ncode = fs->code.len;
    p->lines = lines;
    p->k = k;
    p->nk = fs->k.len;
    p->safepoints = sps;
    p->nsafepoints = fs->sps.len;
    p->ptrbits = bits;
    p->upvals = ups;
    p->nupvals = (uint16_t)fs->upvals.len;
    p->nregs = (uint16_t)(fs->nregs > p->nparams ? fs->nregs : p->nparams);
    if (p->nregs < p->nresults)
        p->nregs = p->nresults;
    p->ncaches = fs->ncaches;
    p->epilogue_pc = fs->epilogue;
}

static FuncState *push_func(Compiler *c, FuncInfo *fi, Proto *p)
{
    FuncState *fs = xcalloc(1, sizeof(FuncState));
    fs->outer = GS(c)->fs;
    fs->fi = fi;
    fs->proto = p;
    fs->last_map = -1;
    fs->epilogue = -1;
    fs->line = p->line;
    GS(c)->fs = fs;
    return fs;
}

static void pop_func(Compiler *c, FuncState *fs)
{
    finish_proto(c, fs, fs->proto);
    GS(c)->fs = fs->outer;
    free_func_state(fs);
    free(fs);
}

void gen_end_synth(Compiler *c, FuncState *fs);
void gen_end_synth(Compiler *c, FuncState *fs)
{
    pop_func(c, fs);
}

static bool var_in_cell(Sym *v)
{
    return !type_is_aggregate(v->type) && (v->captured || v->addr_taken);
}

/* gen_func compiles the body of a declared function, method or literal into [p]. */
void gen_func(Compiler *c, FuncInfo *fi, Node *body, Proto *p)
{
    FuncState *fs = push_func(c, fi, p);
    p->name = fi->name;
    p->sig = fi->sig ? gen_typedesc(c, fi->sig) : NULL;
    if (fi->sig && fi->sig->variadic)
        p->flags |= PROTO_VARIADIC;
    if (fi->has_defer)
        p->flags |= PROTO_HAS_DEFER;
    if (fi->decl && fi->decl->kind != N_BLOCK)
        gen_emit_line(fs, fi->decl->pos.line);
    /* parameters */
    for (int i = 0; i < fi->params.len; i++) {
        Sym *v = fi->params.items[i];
        v->reg = gen_commit(c, gen_peek(c), gen_is_ptr(v->type));
    }
    p->nparams = (uint16_t)fi->params.len;
    p->nresults = (uint16_t)(fi->sig ? fi->sig->nresults : 0);
    /* captured variables of a literal: load their cells once */
    for (int i = 0; i < fi->captures.len; i++) {
        Sym *v = fi->captures.items[i];
        int r = gen_peek(c);
        gen_emit(c, INSTR_ABC(OP_GETUP, r, i, 0));
        gen_commit(c, r, true);
        CapReg cr = {v, r};
        VEC_PUSH(fs->caps, cr);
    }
    /* parameters that escape move to cells; aggregates that are changed get a private copy */
    for (int i = 0; i < fi->params.len; i++) {
        Sym *v = fi->params.items[i];
        if (!v->type)
            continue;
        if (var_in_cell(v)) {
            int cell = gen_peek(c);
            gen_emit(c, INSTR_ABX(OP_NEW, cell, gen_const_ptr(c, gen_typedesc(c, v->type))));
            gen_commit(c, cell, true);
            gen_store_typed(c, v->type, cell, 0, v->reg);
            v->reg = cell;
        } else if (type_is_aggregate(v->type) && (v->mutated || v->captured || v->addr_taken)) {
            int r = gen_peek(c);
            gen_emit(c, INSTR_ABC(OP_CLONE, r, v->reg, gen_const_ptr(c, gen_typedesc(c, v->type))));
            gen_commit(c, r, true);
            v->reg = r;
        }
    }
    /* result variables */
    bool need_result_vars = fi->has_defer || fi->named_results;
    if (need_result_vars) {
        fs->result_regs = xcalloc((size_t)fi->results.len + 1, sizeof(int));
        for (int i = 0; i < fi->results.len; i++) {
            Sym *v = fi->results.items[i];
            int r = gen_peek(c);
            gen_zero_value(c, v->type, r);
            if (var_in_cell(v)) {
                int cell = gen_peek(c);
                gen_emit(c, INSTR_ABX(OP_NEW, cell, gen_const_ptr(c, gen_typedesc(c, v->type))));
                gen_commit(c, cell, true);
                v->reg = cell;
            } else {
                v->reg = r;
            }
            fs->result_regs[i] = v->reg;
        }
    }
    int body_top = gen_peek(c);
    if (body)
        gen_block(c, body);
    gen_free_to(c, body_top);
    /* falling off the end */
    if (body)
        gen_emit_line(fs, body->u.block.rbrace.line > 0 ? body->u.block.rbrace.line : fs->line);
    if (fi->has_defer) {
        int j = gen_jump(c, OP_JMP, 0, 0);
        VEC_PUSH(fs->epilogue_jumps, j);
        fs->epilogue = gen_pc(c);
        for (int i = 0; i < fs->epilogue_jumps.len; i++)
            gen_patch(c, fs->epilogue_jumps.items[i], fs->epilogue);
        gen_emit(c, INSTR_ABC(OP_RUNDEFERS, 0, 0, 0));
        int base = gen_peek(c);
        for (int i = 0; i < fi->results.len; i++) {
            Sym *v = fi->results.items[i];
            int r = gen_peek(c);
            int got = gen_load_var(c, v, r);
            if (got != r) {
                gen_emit(c, INSTR_ABC(OP_MOVE, r, got, 0));
                gen_commit(c, r, gen_is_ptr(v->type));
            }
        }
        if (fi->results.len)
            gen_emit(c, INSTR_ABC(OP_RET, base, fi->results.len, 0));
        else
            gen_emit(c, INSTR_ABC(OP_RET0, 0, 0, 0));
        gen_free_to(c, base);
    } else if (p->nresults == 0) {
        gen_emit(c, INSTR_ABC(OP_RET0, 0, 0, 0));
    } else {
        gen_emit(c, INSTR_ABC(OP_UNREACHABLE, 0, 0, 0));
    }
    free(fs->result_regs);
    pop_func(c, fs);
}

/* ---- Blocks and scopes ---- */

void gen_block(Compiler *c, Node *block)
{
    int top = gen_peek(c);
    for (int i = 0; i < block->u.block.stmts.len; i++)
        gen_stmt(c, block->u.block.stmts.items[i]);
    gen_free_to(c, top);
}

static void gen_stmt_list(Compiler *c, NodeList *l)
{
    int top = gen_peek(c);
    for (int i = 0; i < l->len; i++)
        gen_stmt(c, l->items[i]);
    gen_free_to(c, top);
}

/* ---- Loops, breaks, labels ---- */

static LoopCtx *push_loop(Compiler *c, Node *stmt)
{
    FuncState *fs = GS(c)->fs;
    LoopCtx *l = xcalloc(1, sizeof(LoopCtx));
    l->stmt = stmt;
    l->outer = fs->loops;
    l->top = fs->top;
    fs->loops = l;
    return l;
}

static void pop_loop(Compiler *c, LoopCtx *l, int continue_pc, int break_pc)
{
    FuncState *fs = GS(c)->fs;
    for (int i = 0; i < l->breaks.len; i++)
        gen_patch(c, l->breaks.items[i], break_pc);
    for (int i = 0; i < l->continues.len; i++)
        gen_patch(c, l->continues.items[i], continue_pc);
    VEC_FREE(l->breaks);
    VEC_FREE(l->continues);
    fs->loops = l->outer;
    free(l);
}

static LabelPos *label_pos(Compiler *c, Node *labeled)
{
    FuncState *fs = GS(c)->fs;
    for (int i = 0; i < fs->labels.len; i++)
        if (fs->labels.items[i].stmt == labeled)
            return &fs->labels.items[i];
    LabelPos lp = {labeled, -1, {0}};
    VEC_PUSH(fs->labels, lp);
    return &fs->labels.items[fs->labels.len - 1];
}

static void gen_branch(Compiler *c, Node *s)
{
    FuncState *fs = GS(c)->fs;
    int tok = s->u.branch.tok;
    Node *target = s->u.branch.chk;
    if (tok == TOK_GOTO) {
        LabelPos *lp = label_pos(c, target);
        if (lp->pc >= 0) {
            int j = gen_jump(c, OP_JMP, 0, 0);
            gen_patch(c, j, lp->pc);
        } else {
            int j = gen_jump(c, OP_JMP, 0, 0);
            VEC_PUSH(lp->pending, j);
        }
        return;
    }
    if (tok == TOK_FALLTHROUGH)
        return; /* the next clause body follows this one */
    for (LoopCtx *l = fs->loops; l; l = l->outer) {
        if (l->stmt != target)
            continue;
        int j = gen_jump(c, OP_JMP, 0, 0);
        if (tok == TOK_BREAK)
            VEC_PUSH(l->breaks, j);
        else
            VEC_PUSH(l->continues, j);
        return;
    }
}

/* ---- Variables ---- */

/* copy_loop_var gives an escaping loop variable a fresh cell holding its current value (Go
 * 1.22 per-iteration semantics), before the post statement. */
static void copy_loop_var(Compiler *c, Sym *v)
{
    if (!v || v->is_global || !(v->captured || v->addr_taken))
        return;
    const TypeDesc *td = gen_typedesc(c, v->type);
    if (type_is_aggregate(v->type)) {
        int r = gen_peek(c);
        gen_emit(c, INSTR_ABC(OP_CLONE, r, v->reg, gen_const_ptr(c, td)));
        gen_commit(c, r, true);
        gen_emit(c, INSTR_ABC(OP_MOVE, v->reg, r, 0));
        gen_free_to(c, r);
        return;
    }
    int cell = gen_peek(c);
    gen_emit(c, INSTR_ABX(OP_NEW, cell, gen_const_ptr(c, td)));
    gen_commit(c, cell, true);
    int val = gen_load_typed(c, v->type, v->reg, 0);
    gen_store_typed(c, v->type, cell, 0, val);
    gen_emit(c, INSTR_ABC(OP_MOVE, v->reg, cell, 0));
    gen_free_to(c, cell);
}

static void collect_init_vars(Node *init, SymVec *out)
{
    if (!init)
        return;
    if (init->kind == N_ASSIGN && init->u.assign.tok == TOK_DEFINE) {
        for (int i = 0; i < init->u.assign.lhs.len; i++) {
            Node *l = init->u.assign.lhs.items[i];
            if (l->kind == N_IDENT && l->u.ident.sym && l->u.ident.sym->decl == l)
                VEC_PUSH(*out, l->u.ident.sym);
        }
    } else if (init->kind == N_DECLSTMT) {
        Node *d = init->u.declstmt.decl;
        for (int i = 0; i < d->u.gendecl.specs.len; i++) {
            Node *spec = d->u.gendecl.specs.items[i];
            if (d->u.gendecl.tok != TOK_VAR)
                continue;
            for (int k = 0; k < spec->u.valuespec.names.len; k++)
                if (spec->u.valuespec.names.items[k]->u.ident.sym)
                    VEC_PUSH(*out, spec->u.valuespec.names.items[k]->u.ident.sym);
        }
    }
}

/* ---- Statements ---- */

static void gen_for(Compiler *c, Node *s)
{
    int top = gen_peek(c);
    if (s->u.for_.init)
        gen_stmt(c, s->u.for_.init);
    SymVec loopvars = {0};
    collect_init_vars(s->u.for_.init, &loopvars);
    LoopCtx *l = push_loop(c, s);
    /* layout: jump to the condition at the bottom, so each iteration runs one branch */
    int jcond = -1;
    if (s->u.for_.cond)
        jcond = gen_jump(c, OP_JMP, 0, 0);
    int body_pc = gen_pc(c);
    gen_block(c, s->u.for_.body);
    int cont_pc = gen_pc(c);
    for (int i = 0; i < loopvars.len; i++)
        copy_loop_var(c, loopvars.items[i]);
    if (s->u.for_.post)
        gen_stmt(c, s->u.for_.post);
    if (jcond >= 0) {
        gen_patch_here(c, jcond);
        IntVec exits = {0};
        gen_cond_jump(c, s->u.for_.cond, true, &exits);
        for (int i = 0; i < exits.len; i++)
            gen_patch(c, exits.items[i], body_pc);
        VEC_FREE(exits);
    } else {
        int j = gen_jump(c, OP_JMP, 0, 0);
        gen_patch(c, j, body_pc);
    }
    pop_loop(c, l, cont_pc, gen_pc(c));
    VEC_FREE(loopvars);
    gen_free_to(c, top);
}

static void declare_range_var(Compiler *c, Sym *v, int src)
{
    if (!v)
        return;
    gen_declare_var(c, v, src);
}

static void gen_range(Compiler *c, Node *s)
{
    RangeInfo *ri = (RangeInfo *)s->cval;
    int top = gen_peek(c);
    Node *x = s->u.range.x;
    bool define = s->u.range.tok == TOK_DEFINE;
    Node *kn = s->u.range.key, *vn = s->u.range.value;
    bool has_k = kn && !(kn->kind == N_IDENT && kn->u.ident.name == c->name_blank);
    bool has_v = vn && !(vn->kind == N_IDENT && vn->u.ident.name == c->name_blank);
    LoopCtx *l = push_loop(c, s);
    int cont_pc, end_pc;
    switch (ri->kind) {
    case RANGE_INT:
    case RANGE_ARRAY:
    case RANGE_ARRAY_PTR:
    case RANGE_SLICE:
    case RANGE_STRING: {
        /* evaluate the operand once (arrays are copied unless only the index is used) */
        int xr = -1, n;
        if (ri->kind == RANGE_INT) {
            int r = gen_expr(c, x);
            n = gen_peek(c);
            gen_emit(c, INSTR_ABC(OP_MOVE, n, r, 0));
            gen_commit(c, n, false);
        } else {
            int r = gen_expr(c, x);
            if (ri->kind == RANGE_ARRAY && has_v && !gen_expr_is_fresh(x)) {
                int cp = gen_peek(c);
                gen_emit(c, INSTR_ABC(OP_CLONE, cp, r, gen_const_ptr(c, gen_typedesc(c, x->type))));
                gen_commit(c, cp, true);
                r = cp;
            }
            if (r < top || r != gen_peek(c) - 1) {
                int cp = gen_peek(c);
                gen_emit(c, INSTR_ABC(OP_MOVE, cp, r, 0));
                gen_commit(c, cp, true);
                r = cp;
            }
            xr = r;
            n = gen_peek(c);
            if (ri->kind == RANGE_ARRAY || ri->kind == RANGE_ARRAY_PTR) {
                Type *at = ri->kind == RANGE_ARRAY ? type_under(x->type)
                                                   : type_under(type_under(x->type)->elem);
                if (ri->kind == RANGE_ARRAY_PTR && (has_v))
                    gen_emit(c, INSTR_ABC(OP_NILCHK, xr, 0, 0));
                gen_emit(c, INSTR_ABX(OP_LOADI, n, (uint64_t)at->len & 0xffffffffffull));
            } else {
                gen_emit(c, INSTR_ABC(OP_LEN, n, xr, ri->kind == RANGE_STRING ? 0 : 1));
            }
            gen_commit(c, n, false);
        }
        /* hidden index i */
        int i = gen_peek(c);
        gen_emit(c, INSTR_ABX(OP_LOADI, i, 0));
        gen_commit(c, i, false);
        int next = -1;
        if (ri->kind == RANGE_STRING) {
            next = gen_peek(c);
            gen_emit(c, INSTR_ABX(OP_LOADI, next, 0));
            gen_commit(c, next, false);
        }
        int jcond = gen_jump(c, OP_JMP, 0, 0);
        int body_pc = gen_pc(c);
        int body_top = gen_peek(c);
        /* iteration variables */
        int rune_reg = -1;
        if (ri->kind == RANGE_STRING) {
            rune_reg = gen_peek(c);
            gen_emit(c, INSTR_ABC(OP_RUNEDEC, rune_reg, xr, i));
            gen_commit(c, rune_reg, false);
            gen_commit(c, rune_reg + 1, false);
            gen_emit(c, INSTR_ABC(OP_MOVE, next, rune_reg + 1, 0));
        }
        if (define) {
            if (has_k) {
                int kr = gen_peek(c);
                gen_emit(c, INSTR_ABC(OP_MOVE, kr, i, 0));
                gen_commit(c, kr, false);
                declare_range_var(c, ri->key_sym, kr);
            }
        } else if (has_k && !has_v) {
            gen_assign_to(c, kn, i, ri->key_type);
        }
        if (has_v) {
            int vr;
            Type *et = ri->value_type;
            if (ri->kind == RANGE_STRING) {
                vr = rune_reg;
            } else if (ri->kind == RANGE_SLICE) {
                if (type_is_aggregate(et)) {
                    int a = gen_peek(c);
                    gen_emit(c, INSTR_ABC(OP_SIDXA, a, xr, i));
                    gen_extra(c, (uint64_t)type_size(c, et));
                    gen_commit(c, a, true);
                    /* the variable is a copy of the element */
                    vr = gen_peek(c);
                    gen_emit(c, INSTR_ABC(OP_CLONE, vr, a, gen_const_ptr(c, gen_typedesc(c, et))));
                    gen_commit(c, vr, true);
                } else {
                    vr = gen_peek(c);
                    unsigned op;
                    switch (type_under(et)->kind) {
                    case TY_BOOL:
                    case TY_UINT8: op = OP_SLD8U; break;
                    case TY_INT8: op = OP_SLD8S; break;
                    case TY_INT16: op = OP_SLD16S; break;
                    case TY_UINT16: op = OP_SLD16U; break;
                    case TY_INT32: op = OP_SLD32S; break;
                    case TY_UINT32: op = OP_SLD32U; break;
                    case TY_FLOAT32: op = OP_SLDF32; break;
                    default: op = OP_SLD64; break;
                    }
                    gen_emit(c, INSTR_ABC(op, vr, xr, i));
                    gen_commit(c, vr, gen_is_ptr(et));
                }
            } else {
                Type *at = ri->kind == RANGE_ARRAY ? type_under(x->type)
                                                   : type_under(type_under(x->type)->elem);
                int addr = gen_peek(c);
                gen_emit(c, INSTR_ABC(OP_AIDXA, addr, xr, i));
                gen_extra(c, (uint64_t)type_size(c, et) | ((uint64_t)at->len << 32));
                gen_commit(c, addr, true);
                if (type_is_aggregate(et)) {
                    vr = gen_peek(c);
                    gen_emit(c, INSTR_ABC(OP_CLONE, vr, addr, gen_const_ptr(c, gen_typedesc(c, et))));
                    gen_commit(c, vr, true);
                } else {
                    vr = gen_load_typed(c, et, addr, 0);
                }
            }
            if (define)
                declare_range_var(c, ri->value_sym, vr);
            else if (has_k)
                gen_assign_pair(c, kn, i, ri->key_type, vn, vr, ri->value_type);
            else
                gen_assign_to(c, vn, vr, ri->value_type);
        }
        gen_block(c, s->u.range.body);
        gen_free_to(c, body_top);
        cont_pc = gen_pc(c);
        if (ri->kind == RANGE_STRING)
            gen_emit(c, INSTR_ABC(OP_MOVE, i, next, 0));
        else
            gen_emit(c, INSTR_ABC(OP_ADDI, i, i, 1));
        gen_patch_here(c, jcond);
        int j = gen_jump(c, OP_JLT, i, n);
        gen_patch(c, j, body_pc);
        end_pc = gen_pc(c);
        break;
    }
    case RANGE_MAP: {
        int m = gen_expr(c, x);
        int it = gen_peek(c);
        gen_emit(c, INSTR_ABC(OP_MITER, it, m, 0));
        gen_commit(c, it, true);
        int body_top = gen_peek(c);
        int loop_pc = gen_pc(c);
        int kv = gen_peek(c);
        int jend = gen_jump(c, OP_MNEXT, kv, it);
        gen_commit(c, kv, gen_is_ptr(ri->key_type));
        gen_commit(c, kv + 1, gen_is_ptr(ri->value_type));
        if (define) {
            if (has_k)
                declare_range_var(c, ri->key_sym, kv);
            if (has_v)
                declare_range_var(c, ri->value_sym, kv + 1);
        } else if (has_k && has_v) {
            gen_assign_pair(c, kn, kv, ri->key_type, vn, kv + 1, ri->value_type);
        } else if (has_k) {
            gen_assign_to(c, kn, kv, ri->key_type);
        } else if (has_v) {
            gen_assign_to(c, vn, kv + 1, ri->value_type);
        }
        gen_block(c, s->u.range.body);
        gen_free_to(c, body_top);
        cont_pc = gen_pc(c);
        int j = gen_jump(c, OP_JMP, 0, 0);
        gen_patch(c, j, loop_pc);
        gen_patch_here(c, jend);
        end_pc = gen_pc(c);
        break;
    }
    case RANGE_CHAN: {
        int ch = gen_expr(c, x);
        if (ch < top) {
            int cp = gen_peek(c);
            gen_emit(c, INSTR_ABC(OP_MOVE, cp, ch, 0));
            gen_commit(c, cp, true);
            ch = cp;
        }
        int body_top = gen_peek(c);
        int loop_pc = gen_pc(c);
        int r = gen_peek(c);
        gen_emit(c, INSTR_ABC(OP_RECV2, r, ch, 0));
        gen_commit(c, r, gen_is_ptr(ri->key_type));
        gen_commit(c, r + 1, false);
        int jend = gen_jump(c, OP_JF, r + 1, 0);
        if (has_k) {
            if (define)
                declare_range_var(c, ri->key_sym, r);
            else
                gen_assign_to(c, kn, r, ri->key_type);
        }
        gen_block(c, s->u.range.body);
        gen_free_to(c, body_top);
        cont_pc = gen_pc(c);
        int j = gen_jump(c, OP_JMP, 0, 0);
        gen_patch(c, j, loop_pc);
        gen_patch_here(c, jend);
        end_pc = gen_pc(c);
        break;
    }
    default:
        cont_pc = end_pc = gen_pc(c);
        break;
    }
    pop_loop(c, l, cont_pc, end_pc);
    gen_free_to(c, top);
}

static void gen_if(Compiler *c, Node *s)
{
    int top = gen_peek(c);
    if (s->u.if_.init)
        gen_stmt(c, s->u.if_.init);
    IntVec jfalse = {0};
    gen_cond_jump(c, s->u.if_.cond, false, &jfalse);
    gen_block(c, s->u.if_.body);
    if (s->u.if_.els) {
        int jend = gen_jump(c, OP_JMP, 0, 0);
        for (int i = 0; i < jfalse.len; i++)
            gen_patch_here(c, jfalse.items[i]);
        gen_stmt(c, s->u.if_.els);
        gen_patch_here(c, jend);
    } else {
        for (int i = 0; i < jfalse.len; i++)
            gen_patch_here(c, jfalse.items[i]);
    }
    VEC_FREE(jfalse);
    gen_free_to(c, top);
}

/* gen_equal emits R[dst] = (a == b) for values of type t (b converted already). */
int gen_compare_eq(Compiler *c, Type *t, int a, int b);

static void gen_switch(Compiler *c, Node *s)
{
    int top = gen_peek(c);
    if (s->u.switch_.init)
        gen_stmt(c, s->u.switch_.init);
    Node *tag = s->u.switch_.tag;
    int tagr = -1;
    if (tag) {
        int r = gen_expr(c, tag);
        if (r < gen_peek(c) - 1 || r < top) {
            tagr = gen_peek(c);
            gen_emit(c, INSTR_ABC(OP_MOVE, tagr, r, 0));
            gen_commit(c, tagr, gen_is_ptr(tag->type));
        } else {
            tagr = r;
        }
    }
    NodeList *clauses = &s->u.switch_.body->u.block.stmts;
    int n = clauses->len;
    IntVec *to_body = xcalloc((size_t)(n ? n : 1), sizeof(*to_body));
    int default_idx = -1;
    int test_top = gen_peek(c);
    for (int i = 0; i < n; i++) {
        Node *cl = clauses->items[i];
        if (cl->u.caseclause.is_default)
            default_idx = i;
        for (int k = 0; k < cl->u.caseclause.list.len; k++) {
            Node *e = cl->u.caseclause.list.items[k];
            if (!tag) {
                gen_cond_jump(c, e, true, &to_body[i]);
                continue;
            }
            Type *tt = tag->type;
            int er = gen_expr(c, e);
            if (type_is_interface(tt) && !type_is_interface(e->type)) {
                int b = gen_peek(c);
                gen_emit(c, INSTR_ABC(OP_BOX, b, er, gen_const_ptr(c, gen_exposed_typedesc(c, e->type))));
                gen_commit(c, b, true);
                er = b;
            }
            int eq = gen_compare_eq(c, type_is_interface(e->type) ? e->type : tt, tagr, er);
            int j = gen_jump(c, OP_JT, eq, 0);
            VEC_PUSH(to_body[i], j);
            gen_free_to(c, test_top);
        }
    }
    int jdefault = gen_jump(c, OP_JMP, 0, 0);
    LoopCtx *l = push_loop(c, s);
    int *body_pc = xcalloc((size_t)(n ? n : 1), sizeof(int));
    VEC(int) ends = {0};
    for (int i = 0; i < n; i++) {
        Node *cl = clauses->items[i];
        body_pc[i] = gen_pc(c);
        for (int k = 0; k < to_body[i].len; k++)
            gen_patch(c, to_body[i].items[k], body_pc[i]);
        gen_stmt_list(c, &cl->u.caseclause.body);
        NodeList *b = &cl->u.caseclause.body;
        Node *last = b->len ? b->items[b->len - 1] : NULL;
        while (last && last->kind == N_LABELED)
            last = last->u.labeled.stmt;
        bool falls = last && last->kind == N_BRANCH && last->u.branch.tok == TOK_FALLTHROUGH;
        if (!falls && i < n - 1) {
            int j = gen_jump(c, OP_JMP, 0, 0);
            VEC_PUSH(ends, j);
        }
    }
    int end = gen_pc(c);
    gen_patch(c, jdefault, default_idx >= 0 ? body_pc[default_idx] : end);
    for (int i = 0; i < ends.len; i++)
        gen_patch(c, ends.items[i], end);
    pop_loop(c, l, end, end);
    for (int i = 0; i < n; i++)
        VEC_FREE(to_body[i]);
    free(to_body);
    free(body_pc);
    VEC_FREE(ends);
    gen_free_to(c, top);
}

static void gen_typeswitch(Compiler *c, Node *s)
{
    int top = gen_peek(c);
    if (s->u.typeswitch.init)
        gen_stmt(c, s->u.typeswitch.init);
    Node *x = s->u.typeswitch.x->u.typeassert.x;
    int xr0 = gen_expr(c, x);
    int xr = gen_peek(c);
    gen_emit(c, INSTR_ABC(OP_MOVE, xr, xr0, 0));
    gen_commit(c, xr, true);
    NodeList *clauses = &s->u.typeswitch.body->u.block.stmts;
    int n = clauses->len;
    IntVec *to_body = xcalloc((size_t)(n ? n : 1), sizeof(*to_body));
    int default_idx = -1;
    int test_top = gen_peek(c);
    for (int i = 0; i < n; i++) {
        Node *cl = clauses->items[i];
        if (cl->u.caseclause.is_default)
            default_idx = i;
        for (int k = 0; k < cl->u.caseclause.list.len; k++) {
            Node *e = cl->u.caseclause.list.items[k];
            if (e->type && e->type->kind == TY_UNTYPED_NIL) {
                int j = gen_jump(c, OP_JF, xr, 0);
                VEC_PUSH(to_body[i], j);
                continue;
            }
            if (e->mode != MODE_TYPE || !e->type)
                continue;
            int t = gen_peek(c);
            unsigned op = type_is_interface(e->type) ? OP_ISIFACE : OP_ISTYPE;
            gen_emit(c, INSTR_ABC(op, t, xr, gen_const_ptr(c, gen_typedesc(c, e->type))));
            gen_commit(c, t, false);
            int j = gen_jump(c, OP_JT, t, 0);
            VEC_PUSH(to_body[i], j);
            gen_free_to(c, test_top);
        }
    }
    int jdefault = gen_jump(c, OP_JMP, 0, 0);
    LoopCtx *l = push_loop(c, s);
    int *body_pc = xcalloc((size_t)(n ? n : 1), sizeof(int));
    VEC(int) ends = {0};
    for (int i = 0; i < n; i++) {
        Node *cl = clauses->items[i];
        body_pc[i] = gen_pc(c);
        for (int k = 0; k < to_body[i].len; k++)
            gen_patch(c, to_body[i].items[k], body_pc[i]);
        int body_top = gen_peek(c);
        Sym *v = cl->u.caseclause.chk;
        if (v && v->type) {
            int vr;
            if (type_is_interface(v->type)) {
                vr = xr;
            } else {
                vr = gen_peek(c);
                gen_emit(c, INSTR_ABC(OP_UNBOX, vr, xr, gen_const_ptr(c, gen_typedesc(c, v->type))));
                gen_commit(c, vr, gen_is_ptr(v->type));
                if (type_is_aggregate(v->type)) {
                    /* the box is shared: the variable gets its own copy */
                    int cp = gen_peek(c);
                    gen_emit(c, INSTR_ABC(OP_CLONE, cp, vr, gen_const_ptr(c, gen_typedesc(c, v->type))));
                    gen_commit(c, cp, true);
                    vr = cp;
                }
            }
            gen_declare_var(c, v, vr);
        }
        gen_stmt_list(c, &cl->u.caseclause.body);
        gen_free_to(c, body_top);
        if (i < n - 1) {
            int j = gen_jump(c, OP_JMP, 0, 0);
            VEC_PUSH(ends, j);
        }
    }
    int end = gen_pc(c);
    gen_patch(c, jdefault, default_idx >= 0 ? body_pc[default_idx] : end);
    for (int i = 0; i < ends.len; i++)
        gen_patch(c, ends.items[i], end);
    pop_loop(c, l, end, end);
    for (int i = 0; i < n; i++)
        VEC_FREE(to_body[i]);
    free(to_body);
    free(body_pc);
    VEC_FREE(ends);
    gen_free_to(c, top);
}

static void gen_select(Compiler *c, Node *s)
{
    int top = gen_peek(c);
    NodeList *clauses = &s->u.select_.body->u.block.stmts;
    int n = clauses->len;
    int ncases = 0;
    bool has_default = false;
    for (int i = 0; i < n; i++) {
        if (clauses->items[i]->u.commclause.comm)
            ncases++;
        else
            has_default = true;
    }
    if (ncases > 64) {
        diag_error(c, s->pos, "select with more than 64 cases is not supported");
        return;
    }
    /* case operands, evaluated in source order (Go evaluates all channel and send operands
     * on entry to the select) */
    int base = gen_peek(c);
    uint64_t sendmask = 0;
    int ci = 0;
    int *case_of = xcalloc((size_t)(n ? n : 1), sizeof(int));
    /* reserve registers: case i uses base+2i and base+2i+1 */
    for (int i = 0; i < n; i++) {
        Node *comm = clauses->items[i]->u.commclause.comm;
        case_of[i] = -1;
        if (!comm)
            continue;
        case_of[i] = ci;
        Node *chn, *val = NULL;
        Type *elem;
        if (comm->kind == N_SENDSTMT) {
            chn = comm->u.send.chan;
            val = comm->u.send.value;
            sendmask |= 1ull << ci;
        } else {
            Node *rx = comm->kind == N_EXPRSTMT ? comm->u.exprstmt.x : comm->u.assign.rhs.items[0];
            rx = check_unparen(rx);
            chn = rx->u.unary.x;
        }
        elem = type_under(chn->type)->elem;
        /* the operands may need temporaries, which start at the case's own registers:
         * move each result into its fixed place afterwards */
        int slot = base + 2 * ci;
        int chr = gen_expr(c, chn);
        if (chr != slot)
            gen_emit(c, INSTR_ABC(OP_MOVE, slot, chr, 0));
        gen_free_to(c, slot);
        gen_commit(c, slot, true);
        int vs = slot + 1;
        if (val) {
            int vr = gen_expr(c, val);
            vr = gen_convert_value(c, vr, val->type, elem);
            if (vr != vs)
                gen_emit(c, INSTR_ABC(OP_MOVE, vs, vr, 0));
        } else {
            gen_emit(c, INSTR_ABC(OP_LOADZ, vs, 0, 0));
        }
        gen_free_to(c, vs);
        gen_commit(c, vs, gen_is_ptr(elem));
        ci++;
    }
    int res = gen_peek(c);
    gen_emit(c, INSTR_ABC(OP_SELECT, res, base, ncases | (has_default ? 0x80 : 0)));
    gen_extra(c, sendmask);
    gen_commit(c, res, false);
    gen_commit(c, res + 1, false);
    LoopCtx *l = push_loop(c, s);
    VEC(int) ends = {0};
    for (int i = 0; i < n; i++) {
        Node *cl = clauses->items[i];
        int idx = case_of[i];
        int jnext = gen_emit(c, INSTR_ABC(OP_JNEI, res, (uint16_t)(int16_t)idx, 0));
        int body_top = gen_peek(c);
        Node *comm = cl->u.commclause.comm;
        if (comm && comm->kind == N_ASSIGN) {
            int vreg = base + 2 * idx + 1;
            Node *lhs0 = comm->u.assign.lhs.items[0];
            Node *lhs1 = comm->u.assign.lhs.len > 1 ? comm->u.assign.lhs.items[1] : NULL;
            if (comm->u.assign.tok == TOK_DEFINE) {
                if (lhs0->u.ident.sym && lhs0->u.ident.sym->decl == lhs0)
                    gen_declare_var(c, lhs0->u.ident.sym, vreg);
                if (lhs1 && lhs1->u.ident.sym && lhs1->u.ident.sym->decl == lhs1)
                    gen_declare_var(c, lhs1->u.ident.sym, res + 1);
            } else {
                Node *rx = check_unparen(comm->u.assign.rhs.items[0]);
                Type *et = type_under(rx->u.unary.x->type)->elem;
                if (lhs1)
                    gen_assign_pair(c, lhs0, vreg, et, lhs1, res + 1, type_basic(c, TY_BOOL));
                else
                    gen_assign_to(c, lhs0, vreg, et);
            }
        }
        gen_stmt_list(c, &cl->u.commclause.body);
        gen_free_to(c, body_top);
        int j = gen_jump(c, OP_JMP, 0, 0);
        VEC_PUSH(ends, j);
        gen_patch_here(c, jnext);
    }
    int end = gen_pc(c);
    for (int i = 0; i < ends.len; i++)
        gen_patch(c, ends.items[i], end);
    pop_loop(c, l, end, end);
    VEC_FREE(ends);
    free(case_of);
    gen_free_to(c, top);
}

static void gen_return(Compiler *c, Node *s)
{
    FuncState *fs = GS(c)->fs;
    FuncInfo *fi = fs->fi;
    NodeList *res = &s->u.ret.results;
    int top = gen_peek(c);
    if (fi && fi->is_script) {
        gen_emit(c, INSTR_ABC(OP_RET0, 0, 0, 0));
        return;
    }
    int nres = fs->proto->nresults;
    if (fi && fi->has_defer) {
        /* store into the result variables, then run the epilogue */
        if (res->len == 1 && nres > 1) {
            Type **from = xcalloc((size_t)nres, sizeof(Type *));
            int base = gen_multi_value(c, res->items[0], nres, from);
            for (int i = 0; i < nres; i++) {
                Type *rt = fi->results.items[i]->type;
                gen_store_var(c, fi->results.items[i], gen_convert_value(c, base + i, from[i], rt));
            }
            free(from);
        } else if (res->len) {
            int *regs = xcalloc((size_t)res->len, sizeof(int));
            for (int i = 0; i < res->len; i++) {
                Node *r = res->items[i];
                int reg = type_is_aggregate(fi->results.items[i]->type) ? gen_expr_owned(c, r)
                                                                         : gen_expr(c, r);
                regs[i] = gen_convert_value(c, reg, r->type, fi->results.items[i]->type);
            }
            for (int i = 0; i < res->len; i++)
                gen_store_var(c, fi->results.items[i], regs[i]);
            free(regs);
        }
        int j = gen_jump(c, OP_JMP, 0, 0);
        VEC_PUSH(fs->epilogue_jumps, j);
        gen_free_to(c, top);
        return;
    }
    if (nres == 0) {
        gen_emit(c, INSTR_ABC(OP_RET0, 0, 0, 0));
        return;
    }
    if (res->len == 0) {
        /* naked return of named results */
        int base = gen_peek(c);
        for (int i = 0; i < fi->results.len; i++) {
            Sym *v = fi->results.items[i];
            int r = gen_peek(c);
            int got = gen_load_var(c, v, r);
            if (got != r || type_is_aggregate(v->type)) {
                if (type_is_aggregate(v->type)) {
                    gen_emit(c, INSTR_ABC(OP_CLONE, r, got, gen_const_ptr(c, gen_typedesc(c, v->type))));
                } else {
                    gen_emit(c, INSTR_ABC(OP_MOVE, r, got, 0));
                }
                gen_commit(c, r, gen_is_ptr(v->type));
            }
        }
        gen_emit(c, INSTR_ABC(OP_RET, base, nres, 0));
        gen_free_to(c, top);
        return;
    }
    if (res->len == 1 && nres > 1) {
        /* return f(): each result converted to the function's result type (return two()
         * from a function returning (any, any) boxes both) */
        Type **from = xcalloc((size_t)nres, sizeof(Type *));
        int base = gen_multi_value(c, res->items[0], nres, from);
        bool boxes = false;
        for (int i = 0; i < nres && fi; i++) {
            Type *rt = fi->results.items[i]->type;
            boxes |= from[i] && type_is_interface(rt) && !type_is_interface(from[i]);
        }
        if (boxes) {
            /* the converted results, in order, in fresh registers above the call's */
            int *conv = xcalloc((size_t)nres, sizeof(int));
            for (int i = 0; i < nres; i++)
                conv[i] = gen_convert_value(c, base + i, from[i], fi->results.items[i]->type);
            int out = gen_peek(c);
            for (int i = 0; i < nres; i++) {
                Type *rt = fi->results.items[i]->type;
                gen_emit(c, INSTR_ABC(OP_MOVE, out + i, conv[i], 0));
                gen_commit(c, out + i, gen_is_ptr(rt));
            }
            free(conv);
            base = out;
        }
        free(from);
        gen_emit(c, INSTR_ABC(OP_RET, base, nres, 0));
        gen_free_to(c, top);
        return;
    }
    int base = gen_peek(c);
    Type *sig = fi->sig;
    if (res->len == 1) {
        /* one result: return it from wherever it is */
        Node *r = res->items[0];
        Type *want = sig->results[0];
        int reg = type_is_aggregate(want) ? gen_expr_owned(c, r) : gen_expr(c, r);
        reg = gen_convert_value(c, reg, r->type, want);
        gen_emit(c, INSTR_ABC(OP_RET, reg, 1, 0));
        gen_free_to(c, top);
        return;
    }
    for (int i = 0; i < res->len; i++) {
        Node *r = res->items[i];
        Type *want = sig->results[i];
        int slot = gen_peek(c);
        int reg = type_is_aggregate(want) ? gen_expr_owned(c, r) : gen_expr(c, r);
        reg = gen_convert_value(c, reg, r->type, want);
        if (reg != slot) {
            gen_free_to(c, slot);
            gen_emit(c, INSTR_ABC(OP_MOVE, slot, reg, 0));
            gen_commit(c, slot, gen_is_ptr(want));
        }
    }
    gen_emit(c, INSTR_ABC(OP_RET, base, nres, 0));
    gen_free_to(c, top);
}

/* gen_go_defer emits DEFER or GO for [call]: the function value and the arguments are
 * evaluated now, into consecutive registers. */
static void gen_go_defer(Compiler *c, Node *call, unsigned op)
{
    int top = gen_peek(c);
    Node *cu = check_unparen(call);
    int fnreg = gen_func_value_for(c, cu->u.call.fun, cu);
    (void)fnreg;
    /* gen_func_value_for leaves: R[top] = func value, R[top+1..] = arguments */
    int nargs = gen_peek(c) - top - 1;
    uint64_t mask = 0;
    FuncState *fs = GS(c)->fs;
    for (int i = 0; i < nargs && i < 64; i++)
        if (fs->kind.items[top + 1 + i])
            mask |= 1ull << i;
    if (nargs > 64)
        diag_error(c, call->pos, "too many arguments in %s call",
                   op == OP_DEFER ? "deferred" : "go");
    gen_emit(c, INSTR_ABC(op, top, nargs, 0));
    gen_extra(c, mask);
    gen_free_to(c, top);
}

static void gen_stmt_kind(Compiler *c, Node *s, int top);

void gen_stmt(Compiler *c, Node *s)
{
    if (!s)
        return;
    FuncState *fs = GS(c)->fs;
    gen_emit_line(fs, s->pos.line);
    int top = gen_peek(c);
    int saved_stmt_top = fs->stmt_top;
    fs->stmt_top = top;
    gen_stmt_kind(c, s, top);
    fs->stmt_top = saved_stmt_top;
}

static void gen_stmt_kind(Compiler *c, Node *s, int top)
{
    switch (s->kind) {
    case N_EMPTYSTMT:
    case N_FUNCDECL:
        break;
    case N_DECLSTMT:
    case N_GENDECL: {
        Node *d = s->kind == N_DECLSTMT ? s->u.declstmt.decl : s;
        if (d->u.gendecl.tok != TOK_VAR)
            break;
        for (int i = 0; i < d->u.gendecl.specs.len; i++) {
            Node *spec = d->u.gendecl.specs.items[i];
            NodeList *names = &spec->u.valuespec.names, *values = &spec->u.valuespec.values;
            int spec_top = gen_peek(c);
            if (values->len == 0) {
                for (int k = 0; k < names->len; k++) {
                    Sym *v = names->items[k]->u.ident.sym;
                    if (!v || v->name == c->name_blank)
                        continue;
                    int r = gen_peek(c);
                    gen_zero_value(c, v->type, r);
                    gen_declare_var(c, v, r);
                }
            } else if (values->len == names->len) {
                int *regs = xcalloc((size_t)names->len, sizeof(int));
                for (int k = 0; k < names->len; k++) {
                    Sym *v = names->items[k]->u.ident.sym;
                    Node *e = values->items[k];
                    Type *vt = v && v->type ? v->type : e->type;
                    int r = type_is_aggregate(vt) ? gen_expr_owned(c, e) : gen_expr(c, e);
                    regs[k] = gen_convert_value(c, r, e->type, vt);
                }
                for (int k = 0; k < names->len; k++) {
                    Sym *v = names->items[k]->u.ident.sym;
                    if (v && v->name != c->name_blank)
                        gen_declare_var(c, v, regs[k]);
                }
                free(regs);
            } else {
                /* var a, b T = f() / var v, ok = m[k]: each value converted to its variable */
                Type **from = xcalloc((size_t)names->len, sizeof(Type *));
                int base = gen_multi_value(c, values->items[0], names->len, from);
                int *regs = xcalloc((size_t)names->len, sizeof(int));
                for (int k = 0; k < names->len; k++) {
                    Sym *v = names->items[k]->u.ident.sym;
                    regs[k] = v ? gen_convert_value(c, base + k, from[k], v->type) : base + k;
                }
                for (int k = 0; k < names->len; k++) {
                    Sym *v = names->items[k]->u.ident.sym;
                    if (v && v->name != c->name_blank)
                        gen_declare_var(c, v, regs[k]);
                }
                free(regs);
                free(from);
            }
            /* registers of declared locals stay allocated; only temporaries are freed */
            (void)spec_top;
        }
        return;
    }
    case N_LABELED: {
        LabelPos *lp = label_pos(c, s);
        lp->pc = gen_pc(c);
        for (int i = 0; i < lp->pending.len; i++)
            gen_patch(c, lp->pending.items[i], lp->pc);
        lp->pending.len = 0;
        gen_stmt(c, s->u.labeled.stmt);
        return;
    }
    case N_EXPRSTMT: {
        Node *x = check_unparen(s->u.exprstmt.x);
        if (x->kind == N_CALL)
            gen_call(c, x, 0);
        else
            gen_expr(c, x);
        break;
    }
    case N_SENDSTMT: {
        int ch = gen_expr(c, s->u.send.chan);
        Type *elem = type_under(s->u.send.chan->type)->elem;
        int v = gen_expr(c, s->u.send.value);
        v = gen_convert_value(c, v, s->u.send.value->type, elem);
        gen_emit(c, INSTR_ABC(OP_SEND, ch, v, 0));
        break;
    }
    case N_INCDEC: {
        Node *x = s->u.incdec.x;
        /* x++ is x += 1 */
        Node one = {0};
        one.kind = N_BASICLIT;
        one.pos = s->pos;
        one.mode = MODE_CONST;
        one.type = x->type;
        one.cval = type_is_float(x->type) ? const_float64(&CK(c)->consts, 1.0)
                                          : const_int64(&CK(c)->consts, 1);
        Node bin = {0};
        bin.kind = N_BINARY;
        bin.pos = s->pos;
        bin.mode = MODE_VALUE;
        bin.type = x->type;
        bin.u.binary.op = s->u.incdec.tok == TOK_INC ? TOK_ADD : TOK_SUB;
        bin.u.binary.x = x;
        bin.u.binary.y = &one;
        void gen_op_assign(Compiler * c, Node * lhs, Node * bin);
        gen_op_assign(c, x, &bin);
        break;
    }
    case N_ASSIGN: {
        void gen_assign_stmt(Compiler * c, Node * s);
        gen_assign_stmt(c, s);
        return;
    }
    case N_GO:
        gen_go_defer(c, s->u.go_.call, OP_GO);
        break;
    case N_DEFER:
        gen_go_defer(c, s->u.defer_.call, OP_DEFER);
        break;
    case N_RETURN:
        gen_return(c, s);
        break;
    case N_BRANCH:
        gen_branch(c, s);
        break;
    case N_BLOCK:
        gen_block(c, s);
        break;
    case N_IF:
        gen_if(c, s);
        break;
    case N_SWITCH:
        gen_switch(c, s);
        break;
    case N_TYPESWITCH:
        gen_typeswitch(c, s);
        break;
    case N_SELECT:
        gen_select(c, s);
        break;
    case N_FOR:
        gen_for(c, s);
        break;
    case N_RANGE:
        gen_range(c, s);
        break;
    default:
        break;
    }
    gen_free_to(c, top);
}

/* ---- Packages and the module ---- */

static void alloc_globals(Compiler *c, Package *pkg)
{
    GenState *gs = GS(c);
    VEC(Sym *) vars = {0};
    for (int i = 0; i < pkg->objects.len; i++)
        if (pkg->objects.items[i]->kind == SYM_VAR)
            VEC_PUSH(vars, pkg->objects.items[i]);
    for (int i = 0; i < pkg->script_vars.len; i++)
        VEC_PUSH(vars, pkg->script_vars.items[i]);
    uint32_t off = 0;
    for (int i = 0; i < vars.len; i++) {
        Sym *v = vars.items[i];
        if (!v->type)
            continue;
        int64_t a = type_align(c, v->type), sz = type_size(c, v->type);
        if (a < 8 && sz >= 8)
            a = 8;
        off = (uint32_t)((off + (uint32_t)a - 1) & ~((uint32_t)a - 1));
        v->goffset = off;
        v->gblock = gs->globals.len;
        off += (uint32_t)(sz ? sz : 1);
    }
    uint32_t size = (off + 7) & ~7u;
    GlobalBlock b = {0};
    b.size = size;
    b.data = xcalloc(size ? size : 8, 1);
    uint8_t *mask = ARENA_ARRAY(&c->arena, uint8_t, size / 64 + 1);
    for (int i = 0; i < vars.len; i++) {
        Sym *v = vars.items[i];
        if (!v->type || v->gblock != gs->globals.len)
            continue;
        /* the layout alone: a descriptor would build the type's method set and compile
         * every method (os.Stdout's *File has dozens) whether or not the program uses it */
        gen_ptr_bits(c, v->type, v->goffset, mask);
    }
    b.ptrmask = mask;
    VEC_PUSH(gs->globals, b);
    VEC_FREE(vars);
}

uint8_t *gen_global_addr(Compiler *c, Sym *v);
uint8_t *gen_global_addr(Compiler *c, Sym *v)
{
    return GS(c)->globals.items[v->gblock].data + v->goffset;
}

/* gen_function compiles function or method [s], or describes the native it stands for. */
static void gen_function(Compiler *c, Sym *s)
{
    Proto *p = gen_proto_for(c, s);
    Node *d = s->decl;
    if (c->nerrors)
        return; /* a body checked late had errors: no module, and no well-typed tree */
    if (s->native || !d || !d->u.funcdecl.body) {
        p->flags |= PROTO_NATIVE;
        p->native_name = s->info->name;
        p->name = s->info->name;
        p->nparams = (uint16_t)s->info->params.len;
        p->nresults = (uint16_t)(s->info->sig ? s->info->sig->nresults : 0);
        p->nregs = (uint16_t)(p->nparams > p->nresults ? p->nparams : p->nresults);
        p->sig = s->info->sig ? gen_typedesc(c, s->info->sig) : NULL;
        if (s->info->sig && s->info->sig->variadic)
            p->flags |= PROTO_VARIADIC;
        return;
    }
    gen_func(c, s->info, d->u.funcdecl.body, p);
}

/* gen_package_functions compiles the functions and methods of [pkg]; a lazy package's are
 * compiled on demand instead (gen_proto_for, gen_finish_pending). */
static void gen_package_functions(Compiler *c, Package *pkg)
{
    if (pkg->lazy)
        return;
    for (int i = 0; i < pkg->objects.len; i++) {
        Sym *s = pkg->objects.items[i];
        if (s->kind == SYM_FUNC && s->info && !s->is_init)
            gen_function(c, s);
    }
}

/* gen_finish_pending compiles what was needed but not compiled yet: lazy packages'
 * functions, wrappers and the method sets of exposed types, each of which may need more
 * (a method's body boxes more types, a method set refers to more functions). */
static void gen_finish_pending(Compiler *c)
{
    GenState *gs = GS(c);
    int done = 0;
    bool more;
    do {
        while (done < gs->pending_funcs.len)
            gen_function(c, gs->pending_funcs.items[done++]);
        gen_finish_wrappers(c);
        more = gen_finish_method_sets(c);
    } while (more || done < gs->pending_funcs.len);
}

/* gen_literal_proto compiles a function literal (called from gen_expr.c). */
Proto *gen_literal_proto(Compiler *c, Node *lit);
Proto *gen_literal_proto(Compiler *c, Node *lit)
{
    FuncInfo *fi = lit->u.funclit.chk;
    Proto *p = ARENA_NEW(&c->arena, Proto);
    p->epilogue_pc = -1;
    p->name = fi->name;
    p->file = c->files.items[lit->pos.file].name;
    p->line = lit->pos.line;
    VEC_PUSH(GS(c)->protos, p);
    /* upvalues: each capture comes from a register of the enclosing function */
    FuncState *outer = GS(c)->fs;
    VEC(UpvalDesc) ups = {0};
    for (int i = 0; i < fi->captures.len; i++) {
        Sym *v = fi->captures.items[i];
        int reg = -1;
        for (int k = 0; k < outer->caps.len; k++)
            if (outer->caps.items[k].sym == v)
                reg = outer->caps.items[k].reg;
        if (reg < 0)
            reg = v->reg;
        UpvalDesc u = {(uint16_t)reg, true};
        VEC_PUSH(ups, u);
    }
    gen_func(c, fi, lit->u.funclit.body, p);
    UpvalDesc *arr = ARENA_ARRAY(&c->arena, UpvalDesc, ups.len + 1);
    copy_bytes(arr, ups.items, sizeof(UpvalDesc) * (size_t)ups.len);
    p->upvals = arr;
    p->nupvals = (uint16_t)ups.len;
    VEC_FREE(ups);
    return p;
}

static Proto *gen_package_init(Compiler *c, Package *pkg)
{
    Proto *p = ARENA_NEW(&c->arena, Proto);
    p->epilogue_pc = -1;
    p->name = arena_sprintf(&c->arena, "%s.init", pkg->path);
    p->file = pkg->files.len ? c->files.items[pkg->files.items[0]->pos.file].name : "?";
    p->line = 1;
    p->flags = PROTO_INIT;
    VEC_PUSH(GS(c)->protos, p);
    FuncInfo fi = {0};
    fi.name = p->name;
    FuncState *fs = push_func(c, &fi, p);
    (void)fs;
    /* variables in initialization order; a multi-value spec is initialized once */
    for (int i = 0; i < pkg->var_order.len; i++) {
        Sym *v = pkg->var_order.items[i];
        Node *spec = v->decl;
        if (!spec || spec->kind != N_VALUESPEC || !v->type)
            continue;
        NodeList *names = &spec->u.valuespec.names, *values = &spec->u.valuespec.values;
        gen_emit_line(GS(c)->fs, v->pos.line);
        int top = gen_peek(c);
        if (values->len == 0) {
            continue; /* globals start zeroed */
        } else if (values->len == names->len) {
            Node *e = values->items[v->init_index];
            int r = type_is_aggregate(v->type) ? gen_expr_owned(c, e) : gen_expr(c, e);
            r = gen_convert_value(c, r, e->type, v->type);
            if (v->name != c->name_blank)
                gen_store_var(c, v, r);
        } else {
            if (v->init_index != 0)
                continue; /* done with the first name */
            Type **from = xcalloc((size_t)names->len, sizeof(Type *));
            int base = gen_multi_value(c, values->items[0], names->len, from);
            for (int k = 0; k < names->len; k++) {
                Sym *w = names->items[k]->u.ident.sym;
                if (w && w->name != c->name_blank && w->type)
                    gen_store_var(c, w, gen_convert_value(c, base + k, from[k], w->type));
            }
            free(from);
        }
        gen_free_to(c, top);
    }
    /* init functions, in source order */
    for (int i = 0; i < pkg->init_funcs.len; i++) {
        Node *d = pkg->init_funcs.items[i];
        Sym *s = d->u.funcdecl.sym;
        if (!s->info) {
            FuncInfo *fi2 = d->cval ? (FuncInfo *)d->cval : NULL;
            s->info = fi2;
        }
        if (!s->proto) {
            /* compiled here on first use */
            FuncInfo *ifi = ARENA_NEW(&c->arena, FuncInfo);
            ifi->decl = d;
            ifi->sym = s;
            ifi->name = arena_sprintf(&c->arena, "%s.init.%d", pkg->path, i);
            s->info = ifi;
        }
    }
    for (int i = 0; i < pkg->init_funcs.len; i++) {
        Sym *s = pkg->init_funcs.items[i]->u.funcdecl.sym;
        Proto *ip = s->proto;
        if (!ip)
            continue;
        int r = gen_peek(c);
        gen_emit(c, INSTR_ABX(OP_CALL, r, gen_const_ptr(c, ip)));
    }
    gen_emit(c, INSTR_ABC(OP_RET0, 0, 0, 0));
    pop_func(c, GS(c)->fs);
    return p;
}

static const TypeDesc *lookup_type(Compiler *c, Package *pkg, const char *name, bool ptr)
{
    if (!pkg)
        return NULL;
    Sym *s = scope_lookup_local(pkg->scope, intern_cstr(c, name));
    if (!s || s->kind != SYM_TYPE || !s->type)
        return NULL;
    /* the VM boxes its own error values in these */
    return gen_exposed_typedesc(c, ptr ? type_pointer(c, s->type) : s->type);
}

Module *gen_module(Compiler *c)
{
    CheckState *ck = CK(c);
    GenState *gs = ARENA_NEW(&c->arena, GenState);
    c->gen = gs;
    Module *m = xcalloc(1, sizeof(Module));
    gs->mod = m;
    /* protos for every function first, so that calls can refer to them */
    for (int pi = 0; pi < ck->packages.len; pi++) {
        Package *pkg = ck->packages.items[pi];
        for (int i = 0; i < pkg->objects.len; i++) {
            Sym *s = pkg->objects.items[i];
            if (s->kind == SYM_FUNC && s->info && !s->info->unreached)
                gen_proto_for(c, s);
        }
    }
    /* init functions get their protos and FuncInfos from the checker */
    for (int pi = 0; pi < ck->packages.len; pi++) {
        Package *pkg = ck->packages.items[pi];
        for (int i = 0; i < pkg->init_funcs.len; i++) {
            Node *d = pkg->init_funcs.items[i];
            Sym *s = d->u.funcdecl.sym;
            FuncInfo *fi = (FuncInfo *)d->cval;
            if (!fi)
                continue;
            fi->name = arena_sprintf(&c->arena, "%s.init.%d", pkg->path, i);
            s->info = fi;
            gen_proto_for(c, s);
        }
    }
    for (int pi = 0; pi < ck->packages.len; pi++)
        alloc_globals(c, ck->packages.items[pi]);
    VEC(const Proto *) inits = {0};
    for (int pi = 0; pi < ck->init_order.len; pi++) {
        Package *pkg = ck->init_order.items[pi];
        gen_package_functions(c, pkg);
        for (int i = 0; i < pkg->init_funcs.len; i++) {
            Node *d = pkg->init_funcs.items[i];
            Sym *s = d->u.funcdecl.sym;
            if (s->info && s->proto && d->u.funcdecl.body)
                gen_func(c, s->info, d->u.funcdecl.body, s->proto);
        }
        VEC_PUSH(inits, gen_package_init(c, pkg));
    }
    Package *main = NULL;
    for (int pi = 0; pi < ck->packages.len; pi++)
        if (strcmp(ck->packages.items[pi]->path, "main") == 0)
            main = ck->packages.items[pi];
    if (main->script && main->script_body) {
        FuncInfo *fi = main->script_body;
        Proto *p = gen_proto_for(c, fi->sym);
        gen_func(c, fi, fi->decl, p);
        m->main = p;
    } else {
        Sym *ms = scope_lookup_local(main->scope, intern_cstr(c, "main"));
        if (ms && ms->proto)
            m->main = ms->proto;
    }
    /* well-known types */
    Package *rt = NULL;
    for (int pi = 0; pi < ck->packages.len; pi++)
        if (strcmp(ck->packages.items[pi]->path, "runtime") == 0)
            rt = ck->packages.items[pi];
    m->well_known.rt_error = lookup_type(c, rt, "errorString", false);
    m->well_known.rt_plain_error = lookup_type(c, rt, "plainError", false);
    m->well_known.rt_bounds_error = lookup_type(c, rt, "boundsError", false);
    m->well_known.rt_type_assertion_error = lookup_type(c, rt, "TypeAssertionError", true);
    m->well_known.rt_panic_nil = lookup_type(c, rt, "PanicNilError", true);
    m->well_known.string_type = gen_typedesc(c, type_basic(c, TY_STRING));
    m->well_known.int_type = gen_typedesc(c, type_basic(c, TY_INT));
    m->well_known.float64_type = gen_typedesc(c, type_basic(c, TY_FLOAT64));
    m->well_known.bool_type = gen_typedesc(c, type_basic(c, TY_BOOL));
    m->well_known.string_slice = gen_typedesc(c, type_slice(c, type_basic(c, TY_STRING)));
    m->well_known.byte_type = gen_typedesc(c, type_basic(c, TY_UINT8));
    m->well_known.rune_type = gen_typedesc(c, type_basic(c, TY_INT32));
    m->well_known.error_iface = gen_typedesc(c, ck->error_type);
    gen_finish_pending(c);
    /* copy the vectors into the module */
    m->inits = ARENA_ARRAY(&c->arena, const Proto *, inits.len + 1);
    copy_bytes(m->inits, inits.items, sizeof(Proto *) * (size_t)inits.len);
    m->ninits = inits.len;
    VEC_FREE(inits);
    m->protos = ARENA_ARRAY(&c->arena, const Proto *, gs->protos.len + 1);
    copy_bytes(m->protos, gs->protos.items, sizeof(Proto *) * (size_t)gs->protos.len);
    m->nprotos = gs->protos.len;
    m->globals = xcalloc((size_t)gs->globals.len + 1, sizeof(GlobalBlock));
    copy_bytes(m->globals, gs->globals.items, sizeof(GlobalBlock) * (size_t)gs->globals.len);
    m->nglobals = gs->globals.len;
    m->method_names = ARENA_ARRAY(&c->arena, const char *, gs->method_names.len + 1);
    copy_bytes(m->method_names, gs->method_names.items,
           sizeof(char *) * (size_t)gs->method_names.len);
    m->nmethod_names = gs->method_names.len;
    m->types = ARENA_ARRAY(&c->arena, const TypeDesc *, gs->types.len + 1);
    copy_bytes(m->types, gs->types.items, sizeof(TypeDesc *) * (size_t)gs->types.len);
    m->ntypes = gs->types.len;
    VEC_FREE(gs->protos);
    VEC_FREE(gs->globals);
    VEC_FREE(gs->method_names);
    VEC_FREE(gs->types);
    VEC_FREE(gs->pending_wrappers);
    VEC_FREE(gs->pending_funcs);
    VEC_FREE(gs->exposed);
    VEC_FREE(gs->method_demanded);
    return m;
}
