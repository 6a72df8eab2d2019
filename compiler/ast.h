/*
 * ast.h — the syntax tree that the parser builds and the checker annotates.
 *
 * One struct, Node, tagged by NodeKind, with a union of per-kind fields. The parser (grammar.y
 * actions, through the ast_* builders in ast.c) fills only the syntax fields; the checker
 * (check*.c) fills the annotation fields (mode, type, cval, sym and the `chk` members); the code
 * generator reads both. All nodes and lists live in the compilation's arena: nothing here is
 * freed individually.
 *
 * Go's grammar does not separate types from expressions (`[]int{1}`, `[]byte(s)`, `*T`), so
 * type syntax nodes (N_ARRAYTYPE ... N_CHANTYPE) appear wherever an expression may, and the
 * checker decides which is which (mode MODE_TYPE).
 *
 * Invariants: every node has a valid pos (file, line, col of its first token, except binary
 * expressions, whose pos is the operator, as in go/ast's error positions); assignments,
 * ++/-- and sends also record their operator's position in oppos (cmd/compile's statement
 * position, used by some of Go's messages); lists are never NULL pointers inside a NodeList
 * (empty lists have len 0).
 */
#ifndef GALE_AST_H
#define GALE_AST_H

#include "base/base.h"

typedef struct Compiler Compiler;
typedef struct Node Node;
typedef struct Type Type;
typedef struct Sym Sym;
typedef struct ConstVal ConstVal;
typedef struct Scope Scope;

/* Pos is a source position; file indexes Compiler.files, line and col count from 1 (col in
 * bytes, as Go's compiler reports). */
typedef struct Pos {
    int32_t file, line, col;
} Pos;

typedef struct NodeList {
    Node **items; /* arena */
    int len, cap;
} NodeList;

typedef enum NodeKind {
    N_BAD = 0,
    /* ---- expressions ---- */
    N_IDENT,      /* name */
    N_BASICLIT,   /* lit: tok (TOK_INT, TOK_FLOAT, TOK_IMAG, TOK_CHAR, TOK_STRING), raw text */
    N_COMPOSITE,  /* composite: type (NULL when elided), elts, rbrace */
    N_KEYVALUE,   /* kv: key, value */
    N_FUNCLIT,    /* funclit: type (N_FUNCTYPE), body (N_BLOCK) */
    N_PAREN,      /* paren: x */
    N_SELECTOR,   /* selector: x, sel (N_IDENT) */
    N_INDEX,      /* index: x, indices (more than one only for generic instantiation) */
    N_SLICE,      /* slice: x, lo, hi, max (each may be NULL), slice3 */
    N_TYPEASSERT, /* typeassert: x, type (NULL for x.(type)) */
    N_CALL,       /* call: fun, args, has_ellipsis, rparen */
    N_STAR,       /* star: x — *x, a dereference or a pointer type */
    N_UNARY,      /* unary: op (TOK_ADD TOK_SUB TOK_NOT TOK_XOR TOK_AND TOK_ARROW), x */
    N_BINARY,     /* binary: op (TOK_ADD ... TOK_LOR), x, y; pos is the operator's */
    /* ---- types ---- */
    N_ARRAYTYPE,     /* arraytype: len (NULL: slice type; N_ELLIPSIS: [...]T), elem */
    N_STRUCTTYPE,    /* structtype: fields (N_FIELD) */
    N_FUNCTYPE,      /* functype: params, results (N_FIELD lists), typeparams (non-empty: error) */
    N_INTERFACETYPE, /* interfacetype: methods (N_FIELD: named method with N_FUNCTYPE type, or
                        unnamed embedded type; a union/~T element is an N_BINARY/N_UNARY type) */
    N_MAPTYPE,       /* maptype: key, value */
    N_CHANTYPE,      /* chantype: dir, elem */
    N_ELLIPSIS,      /* ellipsis: elt (NULL inside [...]T) — also `...T` in a parameter list */
    N_FIELD,         /* field: names (N_IDENT, may be empty), type, tag (N_BASICLIT or NULL) */
    /* ---- statements ---- */
    N_DECLSTMT,   /* declstmt: decl (N_GENDECL) */
    N_EMPTYSTMT,  /* (no fields) — also the implicit empty statement */
    N_LABELED,    /* labeled: label (N_IDENT), stmt */
    N_EXPRSTMT,   /* exprstmt: x */
    N_SENDSTMT,   /* send: chan, value */
    N_INCDEC,     /* incdec: x, tok (TOK_INC or TOK_DEC) */
    N_ASSIGN,     /* assign: lhs, tok (TOK_ASSIGN, TOK_DEFINE, TOK_ADD_ASSIGN...), rhs */
    N_GO,         /* go_: call */
    N_DEFER,      /* defer_: call */
    N_RETURN,     /* ret: results */
    N_BRANCH,     /* branch: tok (TOK_BREAK TOK_CONTINUE TOK_GOTO TOK_FALLTHROUGH), label */
    N_BLOCK,      /* block: stmts, rbrace */
    N_IF,         /* if_: init, cond, body (N_BLOCK), els (N_IF, N_BLOCK or NULL) */
    N_CASECLAUSE, /* caseclause: list (empty and is_default for default), body (stmts) */
    N_SWITCH,     /* switch_: init, tag (may be NULL), body (N_BLOCK of N_CASECLAUSE) */
    N_TYPESWITCH, /* typeswitch: init, bind (N_IDENT of `v := x.(type)` or NULL),
                     x (the N_TYPEASSERT with NULL type), body (N_BLOCK of N_CASECLAUSE) */
    N_COMMCLAUSE, /* commclause: comm (N_SENDSTMT, N_EXPRSTMT of <-c, N_ASSIGN with
                     recv on the right, or NULL for default), body (stmts) */
    N_SELECT,     /* select_: body (N_BLOCK of N_COMMCLAUSE) */
    N_FOR,        /* for_: init, cond, post (each may be NULL), body */
    N_RANGE,      /* range: key, value (may be NULL), tok (TOK_DEFINE, TOK_ASSIGN or 0), x,
                     body */
    /* ---- declarations ---- */
    N_GENDECL,    /* gendecl: tok (TOK_IMPORT TOK_CONST TOK_TYPE TOK_VAR), specs */
    N_IMPORTSPEC, /* importspec: name (N_IDENT, "." or "_", or NULL), path (N_BASICLIT) */
    N_VALUESPEC,  /* valuespec: names, type, values, iota; for const specs with no type and
                     no values the parser leaves both empty and the checker repeats the
                     previous spec's, as Go's implicit repetition says */
    N_TYPESPEC,   /* typespec: name, typeparams (non-empty: error), alias, type */
    N_FUNCDECL,   /* funcdecl: recv (N_FIELD list, len 0 for functions), name, type,
                     body (NULL when the function has no body: a native) */
    N_FILE,       /* file: package (N_IDENT or NULL in script mode), decls: imports first,
                     then N_GENDECL / N_FUNCDECL and, in script mode, statements in order */
    N_KIND_COUNT
} NodeKind;

/* Expression modes set by the checker (Go's operand modes). */
enum {
    MODE_INVALID = 0, /* not checked, or an error was reported */
    MODE_NOVALUE,     /* call of a function without results */
    MODE_BUILTIN,     /* a builtin function name (len, append...) */
    MODE_TYPE,        /* the expression denotes a type */
    MODE_CONST,       /* a constant: cval is set */
    MODE_VAR,         /* an addressable variable */
    MODE_MAPINDEX,    /* m[k]: assignable but not addressable; comma-ok capable */
    MODE_VALUE,       /* a computed value */
    MODE_COMMAOK,     /* a value that may be used in a comma-ok assignment (x.(T), <-c) */
    MODE_PACKAGE,     /* an imported package name */
};

struct Node {
    NodeKind kind;
    uint8_t mode; /* checker: MODE_* */
    Pos pos;
    Type *type;     /* checker: the expression's type (for MODE_TYPE, the type denoted) */
    ConstVal *cval; /* checker: the constant's value in MODE_CONST */
    int32_t aux;    /* checker: per-kind extra (composite-literal keys: field index) */
    union {
        struct { const char *name; Sym *sym; /* interned name; checker: what it denotes */ } ident;
        struct { int tok; const char *raw; int len; } lit;
        struct { Node *type; NodeList elts; Pos rbrace; bool addr; int32_t *index; } composite;
        /* composite checker fields: addr: an elided &T; index[i]: field or element index of
         * element i */
        struct { Node *key, *value; } kv;
        struct { Node *type, *body; void *chk; } funclit;
        struct { Node *x; } paren;
        struct { Node *x, *sel; void *chk; /* checker: Selection */ } selector;
        struct { Node *x; NodeList indices; } index;
        struct { Node *x, *lo, *hi, *max; bool slice3; } slice;
        struct { Node *x, *type; } typeassert;
        struct { Node *fun; NodeList args; bool has_ellipsis; Pos lparen, rparen; void *chk; } call;
        struct { Node *x; } star;
        struct { int op; Node *x; } unary;
        struct { int op; Node *x, *y; } binary;
        struct { Node *len, *elem; } arraytype;
        struct { NodeList fields; Pos rbrace; } structtype;
        struct { NodeList params, results, typeparams; } functype;
        struct { NodeList methods; } interfacetype;
        struct { Node *key, *value; } maptype;
        struct { int dir; Node *elem; } chantype; /* dir: CHAN_BOTH, CHAN_SEND, CHAN_RECV */
        struct { Node *elt; } ellipsis;
        struct { NodeList names; Node *type, *tag; } field;
        struct { Node *decl; } declstmt;
        struct { Node *label, *stmt; } labeled;
        struct { Node *x; } exprstmt;
        struct { Node *chan, *value; Pos oppos; } send;   /* oppos: the operator's position */
        struct { Node *x; int tok; Pos oppos; } incdec;
        struct { NodeList lhs, rhs; int tok; Pos oppos; } assign;
        struct { Node *call; } go_;
        struct { Node *call; } defer_;
        struct { NodeList results; void *chk; } ret;
        struct { int tok; Node *label; void *chk; /* checker: target statement */ } branch;
        struct { NodeList stmts; Pos rbrace; Scope *scope;
                 const char *lazy; /* unparsed body: its `{` in the source */ } block;
        struct { Node *init, *cond, *body, *els; } if_;
        struct { NodeList list, body; bool is_default; Scope *scope; void *chk; } caseclause;
        struct { Node *init, *tag, *body; const char *label; } switch_;
        struct { Node *init, *bind, *x, *body; const char *label; } typeswitch;
        struct { Node *comm, *rbody; NodeList body; bool is_default; Scope *scope; } commclause;
        struct { Node *body; const char *label; } select_;
        struct { Node *init, *cond, *post, *body; const char *label; Scope *scope; } for_;
        struct { Node *key, *value, *x, *body; int tok; const char *label; Scope *scope; } range;
        struct { int tok; NodeList specs; } gendecl;
        struct { Node *name, *path; } importspec;
        struct { NodeList names, values; Node *type; int iota; } valuespec;
        struct { Node *name, *type; NodeList typeparams; bool alias; } typespec;
        struct { NodeList recv; Node *name, *type, *body; Sym *sym; } funcdecl;
        struct { Node *package; NodeList decls; } file;
    } u;
};

enum { CHAN_BOTH = 0, CHAN_SEND = 1, CHAN_RECV = 2 };

/* ---- Builders, called from grammar.y actions; all allocate in c's arena ---- */

Node *ast_node(Compiler *c, NodeKind kind, Pos pos);
Node *ast_ident(Compiler *c, Pos pos, const char *name, size_t len);
Node *ast_basiclit(Compiler *c, Pos pos, int tok, const char *raw, int len);
Node *ast_unary(Compiler *c, Pos pos, int op, Node *x);
Node *ast_binary(Compiler *c, Pos oppos, int op, Node *x, Node *y);
/* ast_start returns the position of the first token of [n] (n->pos, except that binary
 * expressions carry their operator's position): types2's syntax.StartPos. */
Pos ast_start(const Node *n);
/* ast_list_push appends [n] to [l], growing it in the arena. */
void ast_list_push(Compiler *c, NodeList *l, Node *n);

/* List helpers for grammar actions (lemon passes NodeLists by value). ast_list0 is the empty
 * list; ast_list1 a list of [n]; ast_append returns [l] with [n] appended; ast_stmts is
 * ast_append that drops a NULL (empty) statement. */
NodeList ast_list0(void);
NodeList ast_list1(Compiler *c, Node *n);
NodeList ast_append(Compiler *c, NodeList l, Node *n);
NodeList ast_stmts(Compiler *c, NodeList l, Node *n);

/* Constructors for each node kind. They never fail and report nothing; pos is the node's
 * first token unless the name says otherwise (parse.c validates what needs validating). */
Node *ast_star(Compiler *c, Pos pos, Node *x);
Node *ast_paren(Compiler *c, Pos lparen, Node *x);
Node *ast_selector(Compiler *c, Node *x, Node *sel);
Node *ast_index(Compiler *c, Node *x, NodeList indices);
Node *ast_slice(Compiler *c, Node *x, Node *lo, Node *hi, Node *max, bool slice3);
Node *ast_typeassert(Compiler *c, Node *x, Node *type); /* type NULL: x.(type) */
Node *ast_call(Compiler *c, Node *fun, NodeList args, bool has_ellipsis, Pos lparen, Pos rparen);
/* ast_composite: [type] NULL for an elided type; pos is the type's, else the brace's. */
Node *ast_composite(Compiler *c, Node *type, Pos lbrace, NodeList elts, Pos rbrace);
Node *ast_keyvalue(Compiler *c, Node *key, Node *value);
Node *ast_funclit(Compiler *c, Node *functype, Node *body);
Node *ast_arraytype(Compiler *c, Pos lbrack, Node *len, Node *elem);
Node *ast_ellipsis(Compiler *c, Pos pos, Node *elt);
Node *ast_maptype(Compiler *c, Pos pos, Node *key, Node *value);
Node *ast_chantype(Compiler *c, Pos pos, int dir, Node *elem);
Node *ast_structtype(Compiler *c, Pos pos, NodeList fields, Pos rbrace);
Node *ast_interfacetype(Compiler *c, Pos pos, NodeList methods);
Node *ast_functype(Compiler *c, Pos pos, NodeList params, NodeList results);
/* ast_field: pos is the first name's, or the type's when there are no names. */
Node *ast_field(Compiler *c, NodeList names, Node *type, Node *tag);
/* ast_param makes one ungrouped parameter entry: [name] may be NULL, and a lone N_IDENT
 * [type] is recorded as a name (parse_params decides later whether it names a type). */
Node *ast_param(Compiler *c, Node *name, Node *type);
/* ast_method makes an interface method: an N_FIELD named [name] with an N_FUNCTYPE. */
Node *ast_method(Compiler *c, Node *name, Node *functype);
Node *ast_exprstmt(Compiler *c, Node *x);
Node *ast_send(Compiler *c, Node *chan, Pos oppos, Node *value);
Node *ast_incdec(Compiler *c, Node *x, int tok, Pos oppos);
Node *ast_assign(Compiler *c, NodeList lhs, int tok, Pos oppos, NodeList rhs);
Node *ast_return(Compiler *c, Pos pos, NodeList results);
Node *ast_branch(Compiler *c, Pos pos, int tok, Node *label);
Node *ast_block(Compiler *c, Pos lbrace, NodeList stmts, Pos rbrace);
/* ast_lazy_block makes a function body, whose text starts with the `{` at [lbrace], that is
 * parsed only when the body is needed (parse_lazy_body). */
Node *ast_lazy_block(Compiler *c, Pos pos, const char *lbrace);
/* ast_labeled labels [stmt] (NULL: an empty statement at [colon]) and records the label's
 * name in the labeled for/range/switch/typeswitch/select's label field. */
Node *ast_labeled(Compiler *c, Node *label, Pos colon, Node *stmt);
Node *ast_declstmt(Compiler *c, Node *decl);
Node *ast_caseclause(Compiler *c, Pos pos, NodeList list, bool is_default, NodeList body);
Node *ast_commclause(Compiler *c, Pos pos, Node *comm, bool is_default, NodeList body);
/* ast_gendecl: for TOK_CONST it numbers the specs' iota 0, 1, 2... */
Node *ast_gendecl(Compiler *c, Pos pos, int tok, NodeList specs);
Node *ast_importspec(Compiler *c, Node *name, Node *path);
Node *ast_valuespec(Compiler *c, NodeList names, Node *type, NodeList values);
Node *ast_typespec(Compiler *c, Node *name, NodeList typeparams, bool alias, Node *type);

/* ast_kind_name returns a short name of [k] for debugging dumps ("IfStmt"). */
const char *ast_kind_name(NodeKind k);
/* ast_dump writes an indented S-expression of [n] to the StrBuf [out] (for parser tests).
 * The notation is described at the top of ast.c. */
struct StrBuf;
void ast_dump(struct StrBuf *out, const Node *n);
/* ast_print writes expression, type or simple statement [n] in Go syntax to [out] the way
 * cmd/compile's syntax.String does for error messages ("x + 1", "[]int{…}",
 * "func(a, b int) string", "x := 1"); other statements print as "…". */
void ast_print(struct StrBuf *out, const Node *n);

#endif
