/*
 * parse.h — the parser's private interface between grammar.y's actions and parse.c.
 *
 * grammar.y builds nodes with the ast_* constructors (ast.c), which never fail. Everything
 * that needs the parse state or may report an error goes through the parse_* functions here
 * (parse.c): grouping parameter lists, turning headers into conditions, type switches, comm
 * clauses, the file's item list, and syntax errors. ParseState is the lemon
 * %extra_argument: one per parse_file call; nothing here is global.
 */
#ifndef GALE_COMPILER_PARSE_H
#define GALE_COMPILER_PARSE_H

#include "compiler/internal.h"
#include "compiler/lexer.h"

#define PARSE_MAX_SYNTAX_ERRORS 10
#define PARSE_MAX_DEPTH 4096 /* open brackets; also bounds the lemon stack (YYSTACKDEPTH) */

/* Frame records an open bracket for the LBODY rule and for error messages. */
typedef struct Frame {
    uint8_t kind;    /* FRAME_* */
    uint8_t restore; /* header keyword (TOK_IF...) to restore when the bracket closes, or 0 */
} Frame;

enum {
    FRAME_GROUP,     /* ( of a parenthesized expression or type */
    FRAME_CALL,      /* ( of a call's argument list */
    FRAME_PARAMS,    /* ( of a parameter, receiver or result list */
    FRAME_DECL,      /* ( of a grouped var, const or type declaration */
    FRAME_IMPORT,    /* ( of a grouped import declaration */
    FRAME_BRACK,     /* [ of an index, slice, array or map type */
    FRAME_TPARAMS,   /* [ of a type parameter list */
    FRAME_BRACE,     /* { of a block, body or composite literal */
    FRAME_STRUCT,    /* { of a struct type */
    FRAME_INTERFACE, /* { of an interface type */
};

typedef struct ParseState {
    Compiler *c;
    int file;
    Node *root;        /* the N_FILE being built (arena) */
    /* LBODY (see parse.c): the header keyword whose `{` would open the body, or 0 */
    int header;
    bool header_done;  /* set by a header's reduction while its LBODY is the lookahead */
    int depth;
    Token tok;              /* the token being pushed */
    int prev, prev2;        /* the kinds of the two tokens before it */
    int depth0, header0;    /* depth and header before tok was classified */
    int pending_var;        /* `if var`: the keyword, until the next token reports it */
    int closed_kind;        /* FRAME_* of the bracket the previous token closed, or -1 */
    /* errors */
    int errors0;          /* c->nerrors when the file's parse began */
    int nsyntax;          /* syntax errors reported in this file */
    int32_t last_line;    /* line of the last syntax error, to report one per line */
    bool stop;            /* stop pushing tokens: too many errors or too deep */
    /* file-level bookkeeping */
    bool seen_decl;       /* package mode: a non-import declaration was seen */
    bool skip_stmts;      /* package mode: statements after one reported as misplaced */
    Node *last_item;      /* the previous top-level item */
    /* lazy function bodies (parse_file's lazy_bodies) */
    bool lazy;            /* skip the bodies of top-level functions */
    bool in_signature;    /* between a top-level function's name and its body or `;` */
    Node *body;           /* parse_lazy_body's result */
    Frame frames[PARSE_MAX_DEPTH]; /* last: new_parse_state clears only what precedes it */
} ParseState;

/* parse_header_done is called by if/for/switch header reductions: the LBODY being pushed
 * opens the statement's body rather than a literal inside the header. */
void parse_header_done(ParseState *ps);
/* parse_syntax_error reports the token [t] that the parser could not accept; [expected] is
 * the set of acceptable terminals (bit k set for terminal k), used to word the message. */
void parse_syntax_error(ParseState *ps, const Token *t, const uint64_t expected[2]);
/* parse_too_deep reports input nested beyond the parser's stack and stops the parse. */
void parse_too_deep(ParseState *ps);
/* parse_error_at reports "syntax error: [msg]" at [pos] unless a syntax error was already
 * reported on that line (cmd/compile's rule). */
void parse_error_at(ParseState *ps, Pos pos, const char *msg);

/* ---- Validating builders (parse.c), called from grammar actions ---- */

/* Header is an if or switch header: `init; stmt` (each may be NULL). */
typedef struct Header {
    Node *init, *stmt;
    Token semi; /* the `;` after init; kind 0 when there is none */
} Header;

/* parse_header builds a header and marks the LBODY now being pushed as the body's (see
 * parse_header_done); parse_for_header and parse_range_header do the same for for loops,
 * returning an N_FOR or N_RANGE whose pos and body parse_for fills in. */
Header parse_header(ParseState *ps, Node *init, Node *stmt, const Token *semi);
Node *parse_for_header(ParseState *ps, Node *init, Node *cond, Node *post, bool clauses);
Node *parse_range_header(ParseState *ps, NodeList *lhs, Token op, Node *x);
/* parse_params groups a parameter list as Go does: entries are N_FIELDs with one name or
 * none and a type or none; bare names become types when no entry is named, else each takes
 * the type on its right ("mixed named and unnamed parameters" otherwise). [tparams] selects
 * the rules for type parameter lists. Returns the grouped list. */
NodeList parse_params(ParseState *ps, NodeList entries, bool tparams);
/* parse_typeparam_head starts a generic type's parameter list from the name [x] that
 * followed `type T [` and its constraint [c] (NULL for a grouped name, `[P, Q any]`). */
NodeList parse_typeparam_head(ParseState *ps, Node *x, Node *c, NodeList rest);
/* IfChain is an if statement being built: the outermost N_IF and the last `else if`. */
typedef struct IfChain {
    Node *first, *last;
} IfChain;

/* parse_if builds an if statement whose body opened at [lbody] and, if [chain] is not NULL,
 * hangs it as the else branch of the chain's last if. parse_else ends a chain with an else
 * block and returns the chain's statement. */
IfChain parse_if(ParseState *ps, const IfChain *chain, Token kw, Header h, Token lbody,
                 Node *body);
Node *parse_else(IfChain chain, Node *els);
/* parse_for completes the N_FOR or N_RANGE [hdr] of a for statement. */
Node *parse_for(ParseState *ps, Token kw, Node *hdr, Node *body);
/* parse_switch builds an expression switch or, if the header's statement is a type switch
 * guard (`x.(type)` or `v := x.(type)`), a type switch. */
Node *parse_switch(ParseState *ps, Token kw, Header h, Node *body);
/* parse_select builds a select; each case's statement must be a send or a receive. */
Node *parse_select(ParseState *ps, Token kw, Node *body);
/* parse_call_stmt builds go/defer [x] ("expression in go must be function call"). */
Node *parse_call_stmt(ParseState *ps, Token kw, Node *x);
/* parse_slice3 builds x[lo:hi:max], which requires hi and max. */
Node *parse_slice3(ParseState *ps, Node *x, Node *lo, Node *hi, Token colon, Node *max,
                   Token rbrack);
/* parse_complit_paren builds a composite literal whose type was parenthesized (an error). */
Node *parse_complit_paren(ParseState *ps, Node *paren, Pos lbrace, NodeList elts, Pos rbrace);
/* parse_bracket_field builds the struct field `names [x] elem tag`, an array field, or
 * with [elem] NULL the embedded instantiated type `name[x] tag`. */
Node *parse_bracket_field(ParseState *ps, NodeList names, Token lbrack, NodeList x, Node *elem,
                          Node *tag);
/* parse_bracket_param builds the parameter `name [x] elem` (an array type) or, with [elem]
 * NULL, the unnamed parameter of instantiated type `name[x]` (Go's arrayOrTArgs). */
Node *parse_bracket_param(ParseState *ps, Node *name, Token lbrack, NodeList x, Node *elem);
/* parse_recv builds `<-x` at [arrow]: a receive, or, when [x] is a channel type, the
 * receive-only channel type (`<-chan T`), re-associating `<-` as the spec says; errors are
 * reported at [next], the lookahead, as cmd/compile does. */
Node *parse_recv(ParseState *ps, Token arrow, Node *x, const Token *next);
/* parse_bad_import builds an import spec whose path [path] is not a string (an error). */
Node *parse_bad_import(ParseState *ps, Node *name, Token path);
/* parse_generic_method reports the type parameters (at [lbrack]) of method [decl]. */
Node *parse_generic_method(ParseState *ps, Token lbrack, Node *decl);
/* parse_paren_embed builds the embedded field `(T)` (an error) of type [type]. */
Node *parse_paren_embed(ParseState *ps, Token lparen, Node *type, Node *tag);
/* parse_labeled labels [stmt]; an empty statement must be followed by `;` or `}`
 * ([next] is the lookahead), else "missing statement after label". */
Node *parse_labeled(ParseState *ps, Node *label, Token colon, Node *stmt, const Token *next);
/* parse_funcdecl builds a function ([recv] NULL) or method declaration. */
Node *parse_funcdecl(ParseState *ps, Token kw, NodeList *recv, Node *name, NodeList tparams,
                     Node *type, Node *body);
/* parse_package records the package clause. */
void parse_package(ParseState *ps, Token kw, Token name);
/* parse_item appends the top-level declaration or statement [n] to the file, enforcing the
 * package-mode rules (imports first, no statements outside function bodies). */
void parse_item(ParseState *ps, Node *n);

#endif
