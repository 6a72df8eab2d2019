/*
 * types.h — the compiler's model of Go types, symbols, scopes and packages.
 *
 * Types are hash-consed: type_slice(c, T) returns the same Type for the same T, and likewise
 * for every composite type (structs and interfaces compare field by field, method by method),
 * so identical types (Go spec "Type identity") are pointer-equal after type_identity()
 * strips the byte/rune aliases. Defined (named) types are unique per declaration.
 *
 * Symbols (Sym) are what identifiers denote: constants, types, variables, functions,
 * packages, builtins, labels. A Scope maps interned names to symbols; package scopes use a
 * hash table, block scopes a short list. Everything is arena-allocated in the Compiler.
 *
 * Memory layout (type_size/type_align) follows value.h: Go's sizes and alignment with every
 * pointer-like type one word.
 */
#ifndef GALE_TYPES_H
#define GALE_TYPES_H

#include "compiler/constant.h"
#include "compiler/internal.h"

struct TypeDesc;
struct Proto;

typedef enum TyKind {
    TY_INVALID = 0,
    /* typed basic kinds: same numbering as vm/chunk.h TypeKind */
    TY_BOOL, TY_INT, TY_INT8, TY_INT16, TY_INT32, TY_INT64,
    TY_UINT, TY_UINT8, TY_UINT16, TY_UINT32, TY_UINT64, TY_UINTPTR,
    TY_FLOAT32, TY_FLOAT64, TY_COMPLEX64, TY_COMPLEX128,
    TY_STRING, TY_UNSAFEPOINTER,
    /* untyped constant kinds */
    TY_UNTYPED_BOOL, TY_UNTYPED_INT, TY_UNTYPED_RUNE, TY_UNTYPED_FLOAT, TY_UNTYPED_STRING,
    TY_UNTYPED_NIL,
    /* composite */
    TY_ARRAY, TY_SLICE, TY_STRUCT, TY_POINTER, TY_FUNC, TY_INTERFACE, TY_MAP, TY_CHAN,
    TY_NAMED, TY_TUPLE,
} TyKind;

typedef struct Package Package;

typedef struct Field {
    const char *name;     /* interned; for embedded fields the type's name */
    Type *type;
    bool embedded;
    const char *tag;      /* unquoted tag or NULL */
    Package *pkg;         /* package of an unexported name */
    Pos pos;
    int64_t offset;       /* byte offset (layout) */
} Field;

typedef struct IMethod {
    const char *name;     /* interned */
    Type *sig;            /* TY_FUNC without receiver */
    Package *pkg;         /* package of an unexported name */
    Pos pos;
} IMethod;

struct Type {
    uint8_t kind;         /* TyKind */
    uint8_t named_state;  /* TY_NAMED: 0 unresolved, 1 resolving, 2 resolved */
    bool variadic;        /* TY_FUNC */
    uint8_t dir;          /* TY_CHAN: CHAN_BOTH/SEND/RECV */
    bool iface_complete;  /* TY_INTERFACE: method set computed */
    bool layout_done;
    Type *ident;          /* identity representative (byte -> uint8, rune -> int32, else self) */
    Type *elem;           /* array, slice, pointer, chan, map value */
    Type *key;            /* map key */
    int64_t len;          /* array length */
    Field *fields;        /* struct fields */
    int nfields;
    Type **params, **results; /* func; TY_TUPLE uses results */
    int nparams, nresults;
    IMethod *methods;     /* interface: complete method set sorted by name */
    int nmethods;
    Type **embeds;        /* interface: embedded types, before completion */
    int nembeds;
    /* TY_NAMED */
    Sym *obj;             /* the type name */
    Type *underlying;
    VEC(Sym *) decl_methods; /* methods declared on this type (owned vector) */
    /* caches */
    int64_t size, align;
    const char *str;      /* type_string cache */
    uint32_t hash;
    Type *hnext;          /* hash-cons bucket chain */
    Type *ptr_to;         /* memo of type_pointer(this) */
    Type *slice_of;       /* memo of type_slice(this) */
    struct TypeDesc *desc; /* runtime descriptor (gen) */
    struct TypeDesc *desc_ptr_wrappers_done; /* gen bookkeeping */
    bool desc_exposed;    /* gen: values of this type can reach the run time's method lookups */
    bool desc_partial;    /* gen: its method set left out methods nothing demanded yet */
    int desc_demand_seen; /* gen: GenState.ndemanded when its method set was built */
    int64_t id;           /* creation order, for deterministic output */
};

typedef enum SymKind {
    SYM_BAD = 0,
    SYM_CONST,
    SYM_TYPE,
    SYM_VAR,
    SYM_FUNC,
    SYM_PKG,
    SYM_BUILTIN,
    SYM_NIL,
    SYM_LABEL,
} SymKind;

typedef enum Builtin {
    BI_NONE, BI_APPEND, BI_CAP, BI_CLEAR, BI_CLOSE, BI_COMPLEX, BI_COPY, BI_DELETE, BI_IMAG,
    BI_LEN, BI_MAKE, BI_MAX, BI_MIN, BI_NEW, BI_PANIC, BI_PRINT, BI_PRINTLN, BI_REAL,
    BI_RECOVER,
} Builtin;

typedef struct FuncInfo FuncInfo;
typedef VEC(Sym *) SymVec;

struct Sym {
    uint8_t kind;         /* SymKind */
    uint8_t state;        /* package-level objects: 0 unresolved, 1 resolving, 2 resolved */
    bool used;            /* referenced (variables, imports, labels) */
    bool is_global;       /* package-level variable */
    bool is_param, is_result;
    bool captured;        /* referenced from a nested function literal */
    bool addr_taken;      /* &x, or an implicit &x (pointer method call, slicing an array) */
    bool is_method;
    bool ptr_recv;        /* method with a pointer receiver */
    bool native;          /* function declared without a body (implemented in C) */
    bool is_init;         /* a func init(): not in scope, run by the package's init */
    bool universe;        /* predeclared */
    uint8_t builtin;      /* SYM_BUILTIN: Builtin */
    const char *name;     /* interned */
    Pos pos;
    Type *type;
    Package *pkg;         /* declaring package (NULL for universe) */
    Node *decl;           /* SYM_FUNC: N_FUNCDECL; SYM_TYPE: N_TYPESPEC; SYM_VAR/CONST: the
                             N_VALUESPEC (package level) or declaring node */
    Node *init;           /* package-level var/const: the initializer expression (or NULL) */
    int init_index;       /* index of the value in a multi-value spec (-1: whole tuple) */
    ConstVal *cval;       /* SYM_CONST */
    Package *imported;    /* SYM_PKG */
    FuncInfo *owner;      /* locals: the function that declares them */
    FuncInfo *info;       /* functions: the checked body */
    bool mutated;         /* assigned after its declaration (params: need a private copy) */
    Type *recv_named;     /* methods: the receiver's base named type */
    VEC(Sym *) deps;      /* package-level var/func: objects its initializer/body refers to */
    /* code generation */
    int reg;              /* local: its register (or -1) */
    int gblock;           /* global variable: GlobalBlock index */
    uint32_t goffset;     /* global variable: byte offset in its block */
    struct Proto *proto;  /* functions: compiled function */
    struct Proto *wrapper_proto; /* methods: *T wrapper for a value method (gen) */
    int order;            /* declaration order within its package */
};

/* Scope maps names to symbols. */
struct Scope {
    Scope *parent;
    VEC(Sym *) syms;      /* owned (block scopes: searched linearly) */
    Sym **table;          /* owned hash table (package/universe scopes), or NULL */
    uint32_t tcap, tlen;
    bool is_func;         /* outermost scope of a function body (parameters) */
    FuncInfo *func;       /* the function whose body this scope belongs to */
};

struct Package {
    const char *path;     /* import path ("fmt", "main") */
    const char *name;     /* package name */
    Scope *scope;
    VEC(Node *) files;    /* N_FILE nodes (owned vector) */
    VEC(Sym *) objects;   /* package-level objects in declaration order */
    VEC(Sym *) var_order; /* package-level variables in initialization order */
    VEC(Node *) init_funcs; /* func init() declarations */
    VEC(Package *) imports;
    bool checked;
    bool checking;
    bool lazy;            /* imported: function bodies are checked when reached */
    bool script;          /* the main file has no package clause (script mode) */
    VEC(Sym *) script_vars; /* script mode: top-level variables, in declaration order */
    FuncInfo *script_body; /* script mode: the top-level statements as a function */
    int index;            /* order of completion (dependencies first) */
};

/* FuncInfo describes one function body being checked: declared or literal. */
struct FuncInfo {
    FuncInfo *outer;      /* enclosing function for literals */
    Node *decl;           /* N_FUNCDECL or N_FUNCLIT */
    Sym *sym;             /* declared functions and methods */
    Type *sig;
    VEC(Sym *) params;    /* receiver first, then parameters */
    VEC(Sym *) results;   /* named or synthesized result variables */
    bool named_results;
    bool is_script;       /* the top-level statements of a script */
    bool has_defer;
    bool has_recover;
    bool unreached;       /* a lazy package's function nothing checked refers to (yet) */
    VEC(Sym *) captures;  /* free variables of a literal (owned vector) */
    VEC(Sym *) locals;    /* local variables, for the unused-variable report (owned) */
    VEC(Node *) literals; /* nested function literals, in order (owned) */
    int lit_count;        /* number of nested literals so far (for names func1, func2) */
    const char *name;     /* traceback name: main.f, main.(*T).M, main.f.func1 */
};

/* ---- type construction (types.c) ---- */
void types_init(Compiler *c);  /* creates the predeclared types */
Type *type_basic(Compiler *c, TyKind k);
Type *type_byte(Compiler *c);
Type *type_rune(Compiler *c);
Type *type_pointer(Compiler *c, Type *elem);
Type *type_slice(Compiler *c, Type *elem);
Type *type_array(Compiler *c, Type *elem, int64_t len);
Type *type_map(Compiler *c, Type *key, Type *elem);
Type *type_chan(Compiler *c, Type *elem, int dir);
Type *type_struct(Compiler *c, Field *fields, int n);
Type *type_func(Compiler *c, Type **params, int np, Type **results, int nr, bool variadic);
Type *type_tuple(Compiler *c, Type **elems, int n);
/* type_interface makes an interface from explicit methods and embedded interface types; its
 * method set is completed by type_complete_interface. */
Type *type_interface(Compiler *c, IMethod *methods, int n, Type **embeds, int nembeds);
Type *type_named(Compiler *c, Sym *obj);
Type *type_error(Compiler *c);      /* predeclared error */
Type *type_any(Compiler *c);        /* interface{} */

/* ---- predicates ---- */
Type *type_under(Type *t);          /* underlying type (named -> its underlying) */
bool type_identical(Type *a, Type *b);
bool type_is_named(Type *t);
bool type_is_untyped(Type *t);
bool type_is_integer(Type *t);      /* typed or untyped integers (incl. rune) */
bool type_is_unsigned(Type *t);
bool type_is_float(Type *t);
bool type_is_numeric(Type *t);
bool type_is_string(Type *t);
bool type_is_boolean(Type *t);
bool type_is_interface(Type *t);
bool type_is_aggregate(Type *t);    /* struct or array (register holds a pointer) */
bool type_is_pointer_like(Type *t); /* one machine pointer in a register */
bool type_comparable(Type *t);
bool type_is_ordered(Type *t);
bool type_has_nil(Type *t);         /* pointer, slice, map, chan, func, interface */
int type_int_bits(Type *t);         /* width of an integer type in bits */
TyKind type_default_kind(TyKind untyped);
Type *type_default(Compiler *c, Type *t); /* default type of an untyped type */

/* ---- layout ---- */
int64_t type_size(Compiler *c, Type *t);
int64_t type_align(Compiler *c, Type *t);

/* ---- interfaces and method sets ---- */
void type_complete_interface(Compiler *c, Type *t);
/* type_lookup_method finds interface method [name] (with package [pkg] for unexported). */
IMethod *type_iface_method(Type *iface, const char *name);

/* ---- printing ---- */
/* type_string prints [t] as Go's type checker does in messages ("[]int", "map[string]T",
 * "func(x int) string", "struct{a int}", "interface{M()}", "main.T" qualified only for
 * packages other than [relative_to]). */
const char *type_string(Compiler *c, Type *t);
/* type_rtstring prints [t] as reflect does for %T ("struct { A int }", "main.T"). */
const char *type_rtstring(Compiler *c, Type *t);

/* ---- scopes and symbols (scope.c) ---- */
Scope *scope_new(Compiler *c, Scope *parent, bool hashed);
Sym *scope_lookup_local(Scope *s, const char *name);
Sym *scope_lookup(Scope *s, const char *name);
/* scope_insert adds [sym]; returns the existing symbol instead if the name is taken. */
Sym *scope_insert(Compiler *c, Scope *s, Sym *sym);
Sym *sym_new(Compiler *c, SymKind kind, const char *name, Pos pos);

#endif
