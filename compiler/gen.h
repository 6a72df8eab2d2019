/*
 * gen.h — the code generator's private interface: from the checked syntax tree to Protos,
 * TypeDescs and global blocks (vm/chunk.h). Private to compiler/.
 *
 * Registers are allocated like a stack: fs->top is the first free register; an expression's
 * result is produced in a fresh register at the top (or is an existing variable's register),
 * and a statement frees its temporaries on exit. The destination of an instruction is the
 * top register at the time it is emitted; gen_commit then claims it. This discipline is what
 * makes the collector's pointer maps exact: every register below top holds a valid value of
 * the kind recorded in fs->kind, so the map of an instruction is "pointer-kind registers
 * below top" taken before the instruction's destinations are committed (see chunk.h).
 *
 * Variables live in one of four places (VarHome): a register (scalars and pointer-like
 * values never captured or address-taken), a heap cell held in a register (captured or
 * address-taken scalars), aggregate storage held in a register (structs and arrays), or a
 * global block (package variables, at a constant address).
 */
#ifndef GALE_GEN_H
#define GALE_GEN_H

#include "compiler/check.h"
#include "vm/opcodes.h"

typedef struct LoopCtx {
    Node *stmt;                 /* the for/range/switch/select statement */
    VEC(int) breaks;            /* jumps to patch to the statement's end (owned) */
    VEC(int) continues;         /* jumps to patch to the continue point (owned) */
    int top;                    /* register top at the statement (for checks) */
    struct LoopCtx *outer;
} LoopCtx;

typedef struct LabelPos {
    Node *stmt;                 /* the N_LABELED statement */
    int pc;                     /* its position, or -1 while unknown */
    VEC(int) pending;           /* gotos waiting for it (owned) */
} LabelPos;

typedef struct CapReg {
    Sym *sym;
    int reg;                    /* register holding the captured cell/storage pointer */
} CapReg;

typedef struct FuncState {
    struct FuncState *outer;
    FuncInfo *fi;               /* NULL for synthesized functions (wrappers, inits) */
    Proto *proto;
    VEC(Instr) code;
    VEC(int32_t) lines;
    VEC(Value) k;
    int *kslots;     /* owned: hash of k (index + 1, 0 empty), for gen_const's dedup */
    int kcap;
    int top;                    /* first free register */
    int stmt_top;               /* top when the current statement began: registers from
                                   here on are its temporaries */
    int nregs;                  /* high-water mark */
    VEC(uint8_t) kind;          /* per register: 1 pointer, 0 scalar (below top) */
    VEC(SafePoint) sps;
    VEC(uint8_t) ptrbits;
    int last_map;               /* index of the last SafePoint's bits, -1 none */
    bool map_dirty;             /* registers changed since the last recorded map */
    int last_instr;             /* pc of the last instruction emitted (not an extra word) */
    VEC(UpvalDesc) upvals;
    VEC(CapReg) caps;           /* captured variables of a literal: their registers */
    LoopCtx *loops;
    VEC(LabelPos) labels;
    int line;                   /* current source line */
    int ncaches;
    int epilogue;               /* pc of the epilogue (functions with defer), or -1 */
    VEC(int) epilogue_jumps;    /* returns waiting for the epilogue (owned) */
    int *result_regs;           /* registers of the result variables (defer functions) */
} FuncState;

typedef struct GenState {
    Module *mod;
    VEC(Proto *) protos;        /* owned vector */
    VEC(const TypeDesc *) types;
    VEC(GlobalBlock) globals;
    VEC(const char *) method_names; /* method id -> name */
    VEC(bool) method_demanded;      /* method id -> some interface or CALLI names it */
    int ndemanded;                  /* how many ids are demanded */
    VEC(void *) pending_wrappers;   /* wrappers (gen_type.c), generated at the end */
    VEC(Type *) exposed;            /* exposed types (gen_expose_type), in exposure order */
    int exposed_done;               /* how many of them have their method sets */
    VEC(Sym *) pending_funcs;       /* lazy packages' functions needed so far (gen_proto_for) */
    Arena *arena;               /* the module's arena */
    FuncState *fs;              /* function being generated */
} GenState;

#define GS(c) ((c)->gen)

/* ---- gen.c ---- */
Module *gen_module(Compiler *c);
void gen_emit_line(FuncState *fs, int line);
int gen_emit(Compiler *c, Instr i);
void gen_extra(Compiler *c, uint64_t x);
int gen_const(Compiler *c, Value v);
int gen_const_ptr(Compiler *c, const void *p);
int gen_peek(Compiler *c);
int gen_commit(Compiler *c, int reg, bool is_ptr);
void gen_free_to(Compiler *c, int top);
int gen_jump(Compiler *c, unsigned op, int a, int b);
void gen_patch(Compiler *c, int at, int target);
void gen_patch_here(Compiler *c, int at);
int gen_pc(Compiler *c);
void gen_block(Compiler *c, Node *block);
void gen_stmt(Compiler *c, Node *s);
Proto *gen_proto_for(Compiler *c, Sym *fn);
const StrObj *gen_static_string(Compiler *c, const char *s, size_t n);
void gen_func(Compiler *c, FuncInfo *fi, Node *body, Proto *p);
bool gen_is_ptr(Type *t);

/* ---- gen_expr.c ---- */
/* gen_expr evaluates [n] and returns the register holding its value: a fresh register at
 * the top, or the register of a variable (never written by the caller). */
int gen_expr(Compiler *c, Node *n);
/* gen_expr_top evaluates [n] into a fresh register at the top. */
int gen_expr_top(Compiler *c, Node *n);
/* gen_expr_fresh evaluates an aggregate-typed [n] into storage the caller owns. */
int gen_expr_owned(Compiler *c, Node *n);
void gen_cond_jump(Compiler *c, Node *cond, bool jump_if, IntVec *jumps);
int gen_load_var(Compiler *c, Sym *v, int dst);
void gen_store_var(Compiler *c, Sym *v, int src);
void gen_assign_to(Compiler *c, Node *lhs, int src, Type *from);
/* gen_assign_pair stores [s0] (of type [f0]) into [l0] and [s1] into [l1] as one assignment
 * does: both targets' operands are evaluated before either store (range and select
 * clauses with two targets, for i, a[i] = range ...). The sources must be temporaries. */
void gen_assign_pair(Compiler *c, Node *l0, int s0, Type *f0, Node *l1, int s1, Type *f1);
/* gen_print_kind is the PRINT_* kind of an operand of print/println of type [t];
 * gen_print_flags the PRINTF_* flags of operand [i] of [n] (println: [ln]). */
int gen_print_kind(Type *t);
int gen_print_flags(bool ln, int i, int n);
/* gen_multi_value evaluates [r], a call with [n] results or a comma-ok form (n == 2), into
 * n consecutive registers (returned: the first) and sets types[i] to each one's type (NULL
 * when unknown). */
int gen_multi_value(Compiler *c, Node *r, int n, Type **types);
void gen_zero_value(Compiler *c, Type *t, int dst);
void gen_declare_var(Compiler *c, Sym *v, int src);
int gen_call(Compiler *c, Node *n, int nresults_wanted);
void gen_store_typed(Compiler *c, Type *t, int base, uint32_t off, int src);
int gen_load_typed(Compiler *c, Type *t, int base, uint32_t off);
int gen_convert_value(Compiler *c, int r, Type *from, Type *to);
int gen_lvalue_addr(Compiler *c, Node *n, uint32_t *off);
bool gen_expr_is_fresh(Node *n);
void gen_print_call(Compiler *c, Node *n);
int gen_func_value_for(Compiler *c, Node *fun, Node *call);

/* ---- gen_type.c ---- */
const TypeDesc *gen_typedesc(Compiler *c, Type *t);
/* gen_exposed_typedesc is gen_typedesc for a type whose values can reach the run time's
 * method lookups (boxing, the VM's own error values); see gen_type.c. */
const TypeDesc *gen_exposed_typedesc(Compiler *c, Type *t);
/* gen_finish_method_sets builds the method sets of the types exposed so far (and of those
 * they reach); returns false when there was nothing to do. */
bool gen_finish_method_sets(Compiler *c);
/* gen_ptr_bits sets, in [mask] (one bit per 8-byte word), the words of a value of type [t]
 * at byte offset [off] that hold pointers: a layout without a descriptor. */
void gen_ptr_bits(Compiler *c, Type *t, uint64_t off, uint8_t *mask);
int gen_method_id(Compiler *c, const char *name, Package *pkg);
/* gen_demand_method_id is gen_method_id for a method that the run time may look up by id:
 * an interface type's method or an interface call's (see "Exposure" in gen_type.c). */
int gen_demand_method_id(Compiler *c, const char *name, Package *pkg);
Proto *gen_method_value_wrapper(Compiler *c, Sym *m, Type *recv);
Proto *gen_iface_method_wrapper(Compiler *c, Type *iface, const char *name, bool expr);
Proto *gen_ptr_wrapper(Compiler *c, Sym *m);
Proto *gen_promoted_wrapper(Compiler *c, Type *recv, Selection *sel);
Proto *gen_promoted_iface_wrapper(Compiler *c, Type *recv, Selection *sel);
void gen_finish_wrappers(Compiler *c);

#endif
