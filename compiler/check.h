/*
 * check.h — the type checker's shared state and the annotations it leaves for the code
 * generator. Private to compiler/.
 *
 * The checker follows Go's type checker (go/types, types2) in structure and wording:
 *   1. collect: every package-level object of every file is declared in the package scope
 *      (check.c), methods are attached to their receiver's base type;
 *   2. resolve: package-level objects are resolved lazily and in source order (check_decl.c),
 *      with cycle detection through Sym.state (0 unresolved, 1 resolving, 2 done);
 *   3. bodies: function bodies are checked after all package-level declarations
 *      (check_stmt.c, check_expr.c, check_call.c), then unused variables, labels and imports
 *      are reported, and package variables are put in initialization order.
 *
 * Annotations: every checked expression gets mode, type (the final type after untyped
 * constants meet their context), and cval for constants; identifiers get their Sym;
 * selectors, calls, range and type-switch clauses get the structures below in their `chk`
 * fields. The code generator trusts them and never re-derives types.
 */
#ifndef GALE_CHECK_H
#define GALE_CHECK_H

#include "compiler/compiler.h"
#include "compiler/lexer.h"
#include "compiler/literal.h"
#include "compiler/types.h"
#include "grammar.h"

/* ---- annotations for the code generator ---- */

typedef enum SelKind {
    SEL_FIELD,        /* x.f: struct field (through embedded fields in path) */
    SEL_METHOD,       /* x.m: method of a concrete type (value or call) */
    SEL_IFACE_METHOD, /* x.m: method of an interface value */
    SEL_METHOD_EXPR,  /* T.m or (*T).m: a function taking the receiver first */
    SEL_QUALIFIED,    /* pkg.Name: the selector's sel ident holds the Sym */
} SelKind;

typedef struct Selection {
    SelKind kind;
    int *path;        /* field indices from the operand to the field / method receiver */
    int npath;
    Type *recv_type;  /* type of the operand after following [path] (before any auto & or *) */
    Sym *method;      /* SEL_METHOD, SEL_METHOD_EXPR */
    const char *name; /* method or field name */
    bool addr;        /* method needs &operand (pointer receiver on addressable value) */
    bool deref;       /* method needs *operand (value receiver on a pointer) */
} Selection;

typedef enum CallKind {
    CALL_FUNC,    /* call of a package-level function (static) */
    CALL_METHOD,  /* static method call x.m(...) */
    CALL_IFACE,   /* interface method call */
    CALL_VALUE,   /* call of a func value */
    CALL_CONV,    /* conversion T(x) */
    CALL_BUILTIN, /* builtin function */
} CallKind;

typedef struct CallInfo {
    CallKind kind;
    Builtin builtin;
    Type *sig;         /* the called signature (TY_FUNC) */
    Sym *fn;           /* CALL_FUNC, CALL_METHOD: the function */
    Selection *sel;    /* CALL_METHOD, CALL_IFACE */
    bool spread;       /* f(g()) where g returns several values */
    bool pack_variadic; /* the variadic arguments are packed into a new slice */
} CallInfo;

typedef enum RangeKind {
    RANGE_INT, RANGE_ARRAY, RANGE_ARRAY_PTR, RANGE_SLICE, RANGE_STRING, RANGE_MAP, RANGE_CHAN,
    RANGE_FUNC,
} RangeKind;

typedef struct RangeInfo {
    RangeKind kind;
    Type *key_type, *value_type;
    Sym *key_sym, *value_sym; /* := form: the declared variables (NULL for _ or absent) */
} RangeInfo;

/* ---- checker state ---- */

typedef struct LabelInfo {
    const char *name;
    Node *stmt;       /* the N_LABELED statement */
    bool used;
} LabelInfo;

typedef VEC(LabelInfo) LabelVec;
typedef VEC(Node *) NodeVec;

typedef struct CheckState {
    Scope *universe;
    Package *pkg;              /* package being checked */
    VEC(Package *) packages;   /* every package, in the order checking began (owned) */
    VEC(Package *) init_order; /* every package, dependencies first (owned) */
    Scope *scope;              /* innermost scope */
    FuncInfo *func;            /* function whose body is being checked, or NULL */
    ConstArena consts;
    int64_t iota;              /* value of iota, or -1 outside constant declarations */
    Sym *decl_obj;             /* package-level object being resolved (dependency edges) */
    VEC(Scope *) all_scopes;   /* for freeing the scopes' vectors */
    VEC(Type *) named_types;   /* for freeing their method vectors */
    VEC(FuncInfo *) funcs;     /* every function body, for freeing and for code generation */
    VEC(Node *) delayed;       /* function bodies to check after package-level declarations */
    VEC(FuncInfo *) reached;   /* lazy packages' functions referred to, bodies not checked */
    /* per function body */
    LabelVec labels;
    NodeVec breakable;         /* enclosing for/switch/select statements */
    bool in_defer_go;
    int glob_lits;             /* function literals outside functions (main.init.funcN) */
    Type *error_type;
    Sym *builtin_syms[BI_RECOVER + 1];
    Node *arg_call;            /* the call whose argument check_assignable_arg is checking */
    CompileOptions opts;
} CheckState;

/* check.c */
Package *check_import(Compiler *c, const char *path, Pos pos);
void check_package_body(Compiler *c, Package *pkg);
Scope *check_push_scope(Compiler *c);
void check_pop_scope(Compiler *c);
/* check_declare declares [sym] in the current scope, reporting redeclarations. */
void check_declare(Compiler *c, Scope *s, Sym *sym);
/* check_record_use notes that the current declaration/function refers to [sym]. */
void check_record_use(Compiler *c, Sym *sym);
/* check_reach notes that checked code refers to function [fi] of a lazy package, whose
 * body is then checked (check_reached_bodies) and compiled. */
void check_reach(Compiler *c, FuncInfo *fi);
/* check_reached_bodies checks the bodies of the functions reached so far, and of those
 * their bodies reach; the code generator calls it too, when it needs a method first. */
void check_reached_bodies(Compiler *c);
void check_report_unused_func(Compiler *c, FuncInfo *fi);

/* check_decl.c */
void check_obj(Compiler *c, Sym *sym);
Type *check_type_expr(Compiler *c, Node *n);
Type *check_signature(Compiler *c, Node *functype, Node *recv, FuncInfo *fi, bool declare);
void check_const_spec(Compiler *c, Node *spec, Node *prev_spec, bool local);
void check_var_spec(Compiler *c, Node *spec, bool local);
void check_type_spec(Compiler *c, Node *spec, bool local);
void check_func_body(Compiler *c, FuncInfo *fi, Node *body);
void check_collect_methods(Compiler *c, Type *named);

/* check_expr.c */
/* check_expr checks [n] in value context; [hint] is the type an untyped composite literal
 * without a type should take (elided types), or NULL. */
void check_expr(Compiler *c, Node *n, Type *hint);
/* check_expr_or_type allows [n] to denote a type (conversions, composite literals). */
void check_expr_or_type(Compiler *c, Node *n, Type *hint);
/* check_multi checks [n] allowing a multi-valued call (tuple type). */
void check_multi(Compiler *c, Node *n);
/* check_assignable converts [n] (already checked) to [target] in context [context]
 * ("assignment", "argument", "return statement"...), reporting Go's errors. Returns false on
 * error. */
bool check_assignable(Compiler *c, Node *n, Type *target, const char *context);
/* check_assignable_arg is check_assignable for an argument of [call]; the context
 * ("argument to f") is only spelled out when there is an error to report, since building
 * it for every argument was a measurable share of start-up. */
bool check_assignable_arg(Compiler *c, Node *n, Type *target, Node *call);
/* check_convert_untyped gives an untyped expression its final type [target]. */
bool check_convert_untyped(Compiler *c, Node *n, Type *target);
/* check_default gives an untyped expression its default type (int, float64, string, ...). */
void check_default(Compiler *c, Node *n);
void check_default_ctx(Compiler *c, Node *n, const char *ctx);
bool check_implements(Compiler *c, Type *t, Type *iface, const char **missing, bool *wrong_ptr);
Selection *check_lookup(Compiler *c, Type *t, const char *name, bool *indirect,
                        const char **why);
void check_operand_string(Compiler *c, StrBuf *b, Node *n);
bool check_is_addressable(Node *n);
/* check_mark_addr marks the variable under &x (or an implicit &x) as address-taken. */
void check_mark_addr(Compiler *c, Node *n);
/* check_mark_mutated marks the root variable of an assignment target as mutated. */
void check_mark_mutated(Compiler *c, Node *n);
Node *check_unparen(Node *n);
Pos check_start_pos(Node *n);
bool check_representable(Compiler *c, Node *n, ConstVal *v, Type *t, ConstVal **out,
                         bool *overflow);

/* check_call.c */
void check_call(Compiler *c, Node *n, Type *hint);
void check_conversion(Compiler *c, Node *n, Type *t);

/* check_stmt.c */
void check_block(Compiler *c, Node *block);
void check_stmt_list(Compiler *c, NodeList *l);
void check_stmt(Compiler *c, Node *s);
bool check_is_terminating(Node *s, const char *label);
void check_labels_in_body(Compiler *c, Node *body);
bool check_gotos(Compiler *c, Node *body);
bool can_convert_silently(Compiler *c, Node *x, Type *t);
void check_attach_methods(Compiler *c, Package *pkg);

/* exprstr.c */
void expr_string(Compiler *c, StrBuf *b, Node *n);

#define CK(c) ((c)->check)

#endif
