/*
 * grammar.y — Go's syntax as a lemon LALR(1) grammar. Edit this file, not the generated
 * build/<mode>/gen/grammar.{c,h}.
 *
 * Design (after the gc compiler's yacc grammar, go.y, of Go 1.4, plus what came later):
 *  1. Types and expressions: Go does not separate them syntactically. Every type is also an
 *     expression (pexpr), as in cmd/compile's parser: `[]byte(s)` is a call whose function
 *     is a type, `interface{ M() }.M` a selector, and the checker decides what denotes a
 *     type. Declarations, parameters, fields and results use `ntype`, the type syntax alone.
 *     `<-chan T` in an expression is parsed as a receive and re-associated (parse_recv).
 *  2. Composite literals in statement headers: a `{` at bracket depth 0 after if, for or
 *     switch is delivered by parse.c as LBODY. A body is always LBODY; a literal of a named
 *     type (`T{`) takes only LBRACE, so `if x == T{} {` is the syntax error Go makes it;
 *     literal types that cannot be conditions (othertype), function literals and struct or
 *     interface types accept either (`lbrace`). Header reductions call parse_header_done so
 *     that parse.c knows which LBODY opened the body.
 *  3. Parameter lists are parsed as entries (name, type, or name and type) and grouped by
 *     parse_params afterwards, as cmd/compile does: whether `a, b` are names or types is
 *     decided by the rest of the list.
 *  4. Top level: one item list serves both modes. Declarations, functions, methods and
 *     statements may all appear; parse_item rejects statements (and late imports) in a file
 *     that has a package clause. `func (` is a method when the `)` is followed by a name and
 *     then `(`; otherwise it starts a function literal (NOTPAREN below).
 *  5. Generics are parsed, not supported: type parameter lists go into typeparams lists and
 *     instantiations are index expressions; the checker rejects both.
 * Conventions: every action is one builder call (ast_* in ast.c build nodes and never fail;
 * parse_* in parse.c validate and may report errors). Statement lists drop empty statements.
 *  6. `if ... else if ...` chains are left-recursive (if_chain) so that a long chain does not
 *     deepen the parser stack; `name [x]` in parameter lists and struct fields is an array
 *     when a type follows the `]`, else an instantiated type (Go's arrayOrTArgs).
 * Error recovery: `error` at statement, case clause, top-level item, composite literal,
 * argument list and parameter list level (where Go's parser resynchronizes too, keeping
 * brackets balanced); parse.c limits and words the reported errors. Some actions look at the
 * lookahead token (lemon's yyLookaheadToken) for Go's error positions.
 * Precedence: binary operators as in the spec, UNARY above them; NOTPAREN below
 * LPAREN/LBRACK/LBRACE/PERIOD/ARROW settles name-vs-type shifts (`func (r T) M(`, `[]T.x`,
 * `func() T {` literal bodies), NORESULT makes `func()` take a following type as its result.
 * Generated with `lemon -c` (see parse.c: exact expected-token sets for error messages).
 */

%include {
#include "compiler/ast.h"
#include "compiler/parse.h"

#include <string.h>

/* The two Token-to-node conversions every rule needs (ast.h does not know Token). */
static Node *name_of(Compiler *c, Token t)
{
    return ast_ident(c, t.pos, t.text, (size_t)t.len);
}

static Node *lit_of(Compiler *c, Token t)
{
    return ast_basiclit(c, t.pos, t.kind, t.text, t.len);
}

struct yyParser;
static void report_syntax_error(struct yyParser *p, int major, const Token *t, ParseState *ps);
}

%name grammar
%token_prefix TOK_
%token_type {Token}
%default_type {Node *}
%extra_context {Compiler *c}
%extra_argument {ParseState *ps}
%stack_size 4096

%syntax_error { report_syntax_error(yypParser, yymajor, &TOKEN, ps); }
%stack_overflow { parse_too_deep(ps); }
%parse_failure { ps->stop = true; }

/* ---- Tokens (go/token's names; LBODY is parse.c's body brace) ---- */

%token IDENT INT FLOAT IMAG CHAR STRING.
%token ADD SUB MUL QUO REM AND OR XOR SHL SHR AND_NOT.
%token ADD_ASSIGN SUB_ASSIGN MUL_ASSIGN QUO_ASSIGN REM_ASSIGN AND_ASSIGN OR_ASSIGN XOR_ASSIGN
       SHL_ASSIGN SHR_ASSIGN AND_NOT_ASSIGN.
%token LAND LOR ARROW INC DEC EQL LSS GTR ASSIGN NOT NEQ LEQ GEQ DEFINE ELLIPSIS.
%token LPAREN LBRACK LBRACE COMMA PERIOD RPAREN RBRACK RBRACE SEMICOLON COLON TILDE.
%token BREAK CASE CHAN CONST CONTINUE DEFAULT DEFER ELSE FALLTHROUGH FOR FUNC GO GOTO IF
       IMPORT INTERFACE MAP PACKAGE RANGE RETURN SELECT STRUCT SWITCH TYPE VAR.
%token LBODY LAZYBODY BODYSTART.

/* ---- Precedence ---- */

%left NORESULT.
%left LOR.
%left LAND.
%left EQL NEQ LSS LEQ GTR GEQ.
%left ADD SUB OR XOR.
%left MUL QUO REM AND AND_NOT SHL SHR.
%right UNARY.
%left NOTPAREN.
%left LPAREN LBRACK LBRACE LBODY PERIOD ARROW.

/* ---- Types of nonterminals ---- */

%type lbrace {Token}
%type if_header {Header}
%type if_chain {IfChain}
%type items {int}
%type importspecs {NodeList}
%type importspecs1 {NodeList}
%type varspecs {NodeList}
%type varspecs1 {NodeList}
%type constspecs {NodeList}
%type constspecs1 {NodeList}
%type typespecs {NodeList}
%type typespecs1 {NodeList}
%type namelist {NodeList}
%type tparams_opt {NodeList}
%type tparams_head {NodeList}
%type tparam_entries {NodeList}
%type params {NodeList}
%type param_entries {NodeList}
%type fnres {NodeList}
%type fields {NodeList}
%type fields1 {NodeList}
%type ielems {NodeList}
%type ielems1 {NodeList}
%type typeargs {NodeList}
%type exprlist {NodeList}
%type kvlist {NodeList}
%type kvlist1 {NodeList}
%type stmt_list {NodeList}
%type caseblocks {NodeList}
%type commblocks {NodeList}

/* ---- File ---- */

file ::= package_clause items.
/* parse_lazy_body: a function body skipped by parse_file, parsed on its own */
file ::= BODYSTART LBRACE(L) stmt_list(S) RBRACE(R).   { ps->body = ast_block(c, L.pos, S, R.pos); }

package_clause ::= .
package_clause ::= PACKAGE(K) IDENT(N) SEMICOLON.      { parse_package(ps, K, N); }

items(A) ::= .                                          { A = 0; }
items(A) ::= items item SEMICOLON.                      { A = 0; }

item ::= .
item ::= decl(D).                                       { parse_item(ps, D); }
item ::= funcdecl(D).                                   { parse_item(ps, D); }
item ::= compound_stmt(S).                              { parse_item(ps, S); }
item ::= non_dcl_stmt(S).                               { parse_item(ps, S); }
item ::= error.

/* ---- Declarations ---- */

decl(A) ::= IMPORT(K) importspec(S).                    { A = ast_gendecl(c, K.pos, K.kind, ast_list1(c, S)); }
decl(A) ::= IMPORT(K) LPAREN importspecs(L) RPAREN.     { A = ast_gendecl(c, K.pos, K.kind, L); }
decl ::= gendecl.

gendecl(A) ::= VAR(K) varspec(S).                       { A = ast_gendecl(c, K.pos, K.kind, ast_list1(c, S)); }
gendecl(A) ::= VAR(K) LPAREN varspecs(L) RPAREN.        { A = ast_gendecl(c, K.pos, K.kind, L); }
gendecl(A) ::= CONST(K) constspec(S).                   { A = ast_gendecl(c, K.pos, K.kind, ast_list1(c, S)); }
gendecl(A) ::= CONST(K) LPAREN constspecs(L) RPAREN.    { A = ast_gendecl(c, K.pos, K.kind, L); }
gendecl(A) ::= TYPE(K) typespec(S).                     { A = ast_gendecl(c, K.pos, K.kind, ast_list1(c, S)); }
gendecl(A) ::= TYPE(K) LPAREN typespecs(L) RPAREN.      { A = ast_gendecl(c, K.pos, K.kind, L); }

importspec(A) ::= STRING(P).                            { A = ast_importspec(c, NULL, lit_of(c, P)); }
importspec(A) ::= IDENT(N) STRING(P).                   { A = ast_importspec(c, name_of(c, N), lit_of(c, P)); }
importspec(A) ::= PERIOD(N) STRING(P).                  { A = ast_importspec(c, name_of(c, N), lit_of(c, P)); }
importspec(A) ::= INT|FLOAT|IMAG|CHAR(P).               { A = parse_bad_import(ps, NULL, P); }
importspec(A) ::= IDENT(N) INT|FLOAT|IMAG|CHAR(P).      { A = parse_bad_import(ps, name_of(c, N), P); }

importspecs(A) ::= .                                    { A = ast_list0(); }
importspecs ::= importspecs1.
importspecs(A) ::= importspecs1(L) SEMICOLON.           { A = L; }
importspecs1(A) ::= importspec(S).                      { A = ast_list1(c, S); }
importspecs1(A) ::= importspecs1(L) SEMICOLON importspec(S).  { A = ast_append(c, L, S); }

varspec(A) ::= namelist(N) ntype(T).                    { A = ast_valuespec(c, N, T, ast_list0()); }
varspec(A) ::= namelist(N) ntype(T) ASSIGN exprlist(V). { A = ast_valuespec(c, N, T, V); }
varspec(A) ::= namelist(N) ASSIGN exprlist(V).          { A = ast_valuespec(c, N, NULL, V); }

varspecs(A) ::= .                                       { A = ast_list0(); }
varspecs ::= varspecs1.
varspecs(A) ::= varspecs1(L) SEMICOLON.                 { A = L; }
varspecs1(A) ::= varspec(S).                            { A = ast_list1(c, S); }
varspecs1(A) ::= varspecs1(L) SEMICOLON varspec(S).     { A = ast_append(c, L, S); }

constspec(A) ::= namelist(N).                           { A = ast_valuespec(c, N, NULL, ast_list0()); }
constspec(A) ::= namelist(N) ntype(T).                  { A = ast_valuespec(c, N, T, ast_list0()); }
constspec(A) ::= namelist(N) ntype(T) ASSIGN exprlist(V).  { A = ast_valuespec(c, N, T, V); }
constspec(A) ::= namelist(N) ASSIGN exprlist(V).        { A = ast_valuespec(c, N, NULL, V); }

constspecs(A) ::= .                                     { A = ast_list0(); }
constspecs ::= constspecs1.
constspecs(A) ::= constspecs1(L) SEMICOLON.             { A = L; }
constspecs1(A) ::= constspec(S).                        { A = ast_list1(c, S); }
constspecs1(A) ::= constspecs1(L) SEMICOLON constspec(S).  { A = ast_append(c, L, S); }

typespec(A) ::= IDENT(N) ntype(T).                      { A = ast_typespec(c, name_of(c, N), ast_list0(), false, T); }
typespec(A) ::= IDENT(N) ASSIGN ntype(T).               { A = ast_typespec(c, name_of(c, N), ast_list0(), true, T); }
typespec(A) ::= IDENT(N) LBRACK tparams_head(P) RBRACK ntype(T).
                                                        { A = ast_typespec(c, name_of(c, N), P, false, T); }
typespec(A) ::= IDENT(N) LBRACK tparams_head(P) RBRACK ASSIGN ntype(T).
                                                        { A = ast_typespec(c, name_of(c, N), P, true, T); }

typespecs(A) ::= .                                      { A = ast_list0(); }
typespecs ::= typespecs1.
typespecs(A) ::= typespecs1(L) SEMICOLON.               { A = L; }
typespecs1(A) ::= typespec(S).                          { A = ast_list1(c, S); }
typespecs1(A) ::= typespecs1(L) SEMICOLON typespec(S).  { A = ast_append(c, L, S); }

namelist(A) ::= IDENT(N).                               { A = ast_list1(c, name_of(c, N)); }
namelist(A) ::= namelist(L) COMMA IDENT(N).             { A = ast_append(c, L, name_of(c, N)); }

/* ---- Type parameters (parsed for the checker to reject) ---- */

/* After `type T [`, a name followed by a constraint or a comma starts a type parameter list;
 * `type T [N]E` stays an array. The first constraint may not start with `*`, `[` or `(`,
 * which would continue an array length expression (Go's parser resolves those by lookahead
 * heuristics: `type T[P *C] ...`). */
tparams_head(A) ::= IDENT(N) constraint_head(C).        { A = parse_typeparam_head(ps, name_of(c, N), C, ast_list0()); }
tparams_head(A) ::= IDENT(N) constraint_head(C) COMMA tparam_entries(L) ocomma.
                                                        { A = parse_typeparam_head(ps, name_of(c, N), C, L); }
tparams_head(A) ::= IDENT(N) COMMA tparam_entries(L) ocomma.
                                                        { A = parse_typeparam_head(ps, name_of(c, N), NULL, L); }

tparams_opt(A) ::= .                                    { A = ast_list0(); }
tparams_opt(A) ::= LBRACK tparam_entries(L) ocomma RBRACK.  { A = parse_params(ps, L, true); }

tparam_entries(A) ::= tparam_entry(E).                  { A = ast_list1(c, E); }
tparam_entries(A) ::= tparam_entries(L) COMMA tparam_entry(E).  { A = ast_append(c, L, E); }

tparam_entry(A) ::= IDENT(N).                           { A = ast_param(c, NULL, name_of(c, N)); }
tparam_entry(A) ::= IDENT(N) constraint(C).             { A = ast_param(c, name_of(c, N), C); }

constraint ::= term.
constraint(A) ::= constraint(X) OR(O) term(Y).          { A = ast_binary(c, O.pos, TOK_OR, X, Y); }
term ::= ntype.
term(A) ::= TILDE(O) ntype(T).                          { A = ast_unary(c, O.pos, TOK_TILDE, T); }

constraint_head ::= term_head.
constraint_head(A) ::= constraint_head(X) OR(O) term(Y).  { A = ast_binary(c, O.pos, TOK_OR, X, Y); }
term_head ::= dotname.
term_head(A) ::= dotname(T) LBRACK typeargs(L) RBRACK.  { A = ast_index(c, T, L); }
term_head(A) ::= TILDE(O) ntype(T).                     { A = ast_unary(c, O.pos, TOK_TILDE, T); }
term_head ::= fntype.
term_head ::= recvchantype.
term_head ::= othertype_nb.

/* ---- Functions ---- */

funcdecl(A) ::= FUNC(K) IDENT(N) tparams_opt(P) signature(S) fnbody(B).
                                                        { A = parse_funcdecl(ps, K, NULL, name_of(c, N), P, S, B); }
funcdecl(A) ::= FUNC(K) LPAREN params(R) RPAREN IDENT(N) signature(S) fnbody(B).
                                                        { A = parse_funcdecl(ps, K, &R, name_of(c, N), ast_list0(), S, B); }
funcdecl(A) ::= FUNC(K) LPAREN params(R) RPAREN IDENT(N) LBRACK(L) tparam_entries(P) ocomma RBRACK signature(S) fnbody(B).
                                                        { A = parse_generic_method(ps, L, parse_funcdecl(ps, K, &R, name_of(c, N), parse_params(ps, P, true), S, B)); }

signature(A) ::= LPAREN(L) params(P) RPAREN fnres(R).  { A = ast_functype(c, L.pos, parse_params(ps, P, false), R); }

fnbody(A) ::= .                                         { A = NULL; }
fnbody(A) ::= LBRACE(L) stmt_list(S) RBRACE(R).         { A = ast_block(c, L.pos, S, R.pos); }
fnbody(A) ::= LAZYBODY(T).                              { A = ast_lazy_block(c, T.pos, T.text); }

fntype(A) ::= FUNC(K) LPAREN params(P) RPAREN fnres(R). { A = ast_functype(c, K.pos, parse_params(ps, P, false), R); }

fnres(A) ::= . [NORESULT]                               { A = ast_list0(); }
fnres(A) ::= fnret_type(T).                             { A = ast_list1(c, ast_field(c, ast_list0(), T, NULL)); }
fnres(A) ::= LPAREN params(P) RPAREN.                   { A = parse_params(ps, P, false); }

fnliteral(A) ::= fntype(T) lbrace(L) stmt_list(S) RBRACE(R).  { A = ast_funclit(c, T, ast_block(c, L.pos, S, R.pos)); }

params(A) ::= .                                         { A = ast_list0(); }
params(A) ::= param_entries(L) ocomma.                  { A = L; }
params(A) ::= error.                                    { A = ast_list0(); }
param_entries(A) ::= param_entry(E).                    { A = ast_list1(c, E); }
param_entries(A) ::= param_entries(L) COMMA param_entry(E).  { A = ast_append(c, L, E); }

param_entry(A) ::= ntype(T).                            { A = ast_param(c, NULL, T); }
param_entry(A) ::= IDENT(N) ntype_nb(T).                { A = ast_param(c, name_of(c, N), T); }
param_entry(A) ::= IDENT(N) LBRACK(L) RBRACK ntype(E).  { A = ast_param(c, name_of(c, N), ast_arraytype(c, L.pos, NULL, E)); }
param_entry(A) ::= IDENT(N) LBRACK(L) ELLIPSIS(D) RBRACK ntype(E).
                                                        { A = ast_param(c, name_of(c, N), ast_arraytype(c, L.pos, ast_ellipsis(c, D.pos, NULL), E)); }
param_entry(A) ::= IDENT(N) LBRACK(L) exprlist(X) ocomma RBRACK ntype(E).
                                                        { A = parse_bracket_param(ps, name_of(c, N), L, X, E); }
param_entry(A) ::= IDENT(N) LBRACK(L) exprlist(X) ocomma RBRACK.
                                                        { A = parse_bracket_param(ps, name_of(c, N), L, X, NULL); }
param_entry(A) ::= IDENT(N) dotdotdot(T).               { A = ast_param(c, name_of(c, N), T); }
param_entry(A) ::= dotdotdot(T).                        { A = ast_param(c, NULL, T); }

dotdotdot(A) ::= ELLIPSIS(E) ntype(T).                  { A = ast_ellipsis(c, E.pos, T); }

/* ---- Types ---- */

ntype ::= recvchantype.
ntype ::= fntype.
ntype ::= othertype.
ntype ::= ptrtype.
ntype ::= dotname. [NOTPAREN]
ntype(A) ::= dotname(T) LBRACK typeargs(L) RBRACK.      { A = ast_index(c, T, L); }
ntype(A) ::= LPAREN(L) ntype(T) RPAREN.                 { A = ast_paren(c, L.pos, T); }

typeargs(A) ::= ntype(T).                               { A = ast_list1(c, T); }
typeargs(A) ::= typeargs(L) COMMA ntype(T).             { A = ast_append(c, L, T); }

non_recvchantype ::= fntype.
non_recvchantype ::= othertype.
non_recvchantype ::= ptrtype.
non_recvchantype ::= dotname. [NOTPAREN]
non_recvchantype(A) ::= dotname(T) LBRACK typeargs(L) RBRACK.  { A = ast_index(c, T, L); }
non_recvchantype(A) ::= LPAREN(L) ntype(T) RPAREN.      { A = ast_paren(c, L.pos, T); }

comptype ::= othertype. [LBRACE]

fnret_type ::= recvchantype.
fnret_type ::= fntype.
fnret_type ::= othertype.
fnret_type ::= ptrtype.
fnret_type ::= dotname. [NOTPAREN]
fnret_type(A) ::= dotname(T) LBRACK typeargs(L) RBRACK. { A = ast_index(c, T, L); }

dotname ::= name. [NOTPAREN]
dotname(A) ::= name(X) PERIOD IDENT(S).                 { A = ast_selector(c, X, name_of(c, S)); }

name(A) ::= IDENT(N). [NOTPAREN]                        { A = name_of(c, N); }

othertype(A) ::= LBRACK(L) oexpr(N) RBRACK ntype(E).    { A = ast_arraytype(c, L.pos, N, E); }
othertype(A) ::= LBRACK(L) ELLIPSIS(D) RBRACK ntype(E). { A = ast_arraytype(c, L.pos, ast_ellipsis(c, D.pos, NULL), E); }
othertype ::= othertype_nb.

/* othertype_nb: the type literals that do not start with `[` (see field) */
othertype_nb(A) ::= CHAN(K) non_recvchantype(E).        { A = ast_chantype(c, K.pos, CHAN_BOTH, E); }
othertype_nb(A) ::= CHAN(K) ARROW ntype(E).             { A = ast_chantype(c, K.pos, CHAN_SEND, E); }
othertype_nb(A) ::= MAP(K) LBRACK ntype(X) RBRACK ntype(Y).  { A = ast_maptype(c, K.pos, X, Y); }
othertype_nb ::= structtype.
othertype_nb ::= interfacetype.

ptrtype(A) ::= MUL(S) ntype(T).                         { A = ast_star(c, S.pos, T); }

recvchantype(A) ::= ARROW(K) CHAN ntype(E).             { A = ast_chantype(c, K.pos, CHAN_RECV, E); }

structtype(A) ::= STRUCT(K) lbrace fields(F) RBRACE(R). { A = ast_structtype(c, K.pos, F, R.pos); }

fields(A) ::= .                                         { A = ast_list0(); }
fields ::= fields1.
fields(A) ::= fields1(L) SEMICOLON.                     { A = L; }
fields1(A) ::= field(F).                                { A = ast_list1(c, F); }
fields1(A) ::= fields1(L) SEMICOLON field(F).           { A = ast_append(c, L, F); }

/* A field `a [...]` is an array or slice field, or, with nothing after the `]`, an embedded
 * instantiated generic type: the bracket rules below decide after the `]` (Go's
 * arrayOrTArgs), so ntype_nb excludes the types that start with `[`. */
field(A) ::= namelist(N) ntype_nb(T) tag(G).            { A = ast_field(c, N, T, G); }
field(A) ::= namelist(N) LBRACK(L) RBRACK ntype(E) tag(G).
                                                        { A = ast_field(c, N, ast_arraytype(c, L.pos, NULL, E), G); }
field(A) ::= namelist(N) LBRACK(L) ELLIPSIS(D) RBRACK ntype(E) tag(G).
                                                        { A = ast_field(c, N, ast_arraytype(c, L.pos, ast_ellipsis(c, D.pos, NULL), E), G); }
field(A) ::= namelist(N) LBRACK(L) exprlist(X) ocomma RBRACK ntype(E) tag(G).
                                                        { A = parse_bracket_field(ps, N, L, X, E, G); }
field(A) ::= namelist(N) LBRACK(L) exprlist(X) ocomma RBRACK tag(G).
                                                        { A = parse_bracket_field(ps, N, L, X, NULL, G); }
field(A) ::= embed(E) tag(G).                           { A = ast_field(c, ast_list0(), E, G); }
field(A) ::= LPAREN(P) embed(E) RPAREN tag(G).          { A = parse_paren_embed(ps, P, E, G); }
field(A) ::= MUL(S) LPAREN(P) embed_name(E) RPAREN tag(G).
                                                        { A = parse_paren_embed(ps, P, ast_star(c, S.pos, E), G); }

tag(A) ::= .                                            { A = NULL; }
tag(A) ::= STRING(G).                                   { A = lit_of(c, G); }

embed ::= embed_name.
embed(A) ::= MUL(S) embed_name(T).                      { A = ast_star(c, S.pos, T); }
embed(A) ::= MUL(S) IDENT(N) LBRACK typeargs(L) RBRACK. { A = ast_star(c, S.pos, ast_index(c, name_of(c, N), L)); }
embed_name(A) ::= IDENT(N).                             { A = name_of(c, N); }
embed_name(A) ::= IDENT(X) PERIOD IDENT(S).             { A = ast_selector(c, name_of(c, X), name_of(c, S)); }
embed_name(A) ::= IDENT(X) PERIOD IDENT(S) LBRACK typeargs(L) RBRACK.
                                                        { A = ast_index(c, ast_selector(c, name_of(c, X), name_of(c, S)), L); }

ntype_nb ::= recvchantype.
ntype_nb ::= fntype.
ntype_nb ::= othertype_nb.
ntype_nb ::= ptrtype.
ntype_nb ::= dotname.
ntype_nb(A) ::= dotname(T) LBRACK typeargs(L) RBRACK.   { A = ast_index(c, T, L); }
ntype_nb(A) ::= LPAREN(L) ntype(T) RPAREN.              { A = ast_paren(c, L.pos, T); }

interfacetype(A) ::= INTERFACE(K) lbrace ielems(L) RBRACE.  { A = ast_interfacetype(c, K.pos, L); }

ielems(A) ::= .                                         { A = ast_list0(); }
ielems ::= ielems1.
ielems(A) ::= ielems1(L) SEMICOLON.                     { A = L; }
ielems1(A) ::= ielem(E).                                { A = ast_list1(c, E); }
ielems1(A) ::= ielems1(L) SEMICOLON ielem(E).           { A = ast_append(c, L, E); }

ielem(A) ::= IDENT(N) LPAREN(L) params(P) RPAREN fnres(R).
                                                        { A = ast_method(c, name_of(c, N), ast_functype(c, L.pos, parse_params(ps, P, false), R)); }
ielem(A) ::= constraint(U).                             { A = ast_field(c, ast_list0(), U, NULL); }

lbrace(A) ::= LBRACE(T).                                { A = T; }
lbrace(A) ::= LBODY(T).                                 { A = T; }

/* ---- Expressions ---- */

expr ::= pexpr.
expr(A) ::= expr(X) LOR(O) expr(Y).                     { A = ast_binary(c, O.pos, TOK_LOR, X, Y); }
expr(A) ::= expr(X) LAND(O) expr(Y).                    { A = ast_binary(c, O.pos, TOK_LAND, X, Y); }
expr(A) ::= expr(X) EQL(O) expr(Y).                     { A = ast_binary(c, O.pos, TOK_EQL, X, Y); }
expr(A) ::= expr(X) NEQ(O) expr(Y).                     { A = ast_binary(c, O.pos, TOK_NEQ, X, Y); }
expr(A) ::= expr(X) LSS(O) expr(Y).                     { A = ast_binary(c, O.pos, TOK_LSS, X, Y); }
expr(A) ::= expr(X) LEQ(O) expr(Y).                     { A = ast_binary(c, O.pos, TOK_LEQ, X, Y); }
expr(A) ::= expr(X) GTR(O) expr(Y).                     { A = ast_binary(c, O.pos, TOK_GTR, X, Y); }
expr(A) ::= expr(X) GEQ(O) expr(Y).                     { A = ast_binary(c, O.pos, TOK_GEQ, X, Y); }
expr(A) ::= expr(X) ADD(O) expr(Y).                     { A = ast_binary(c, O.pos, TOK_ADD, X, Y); }
expr(A) ::= expr(X) SUB(O) expr(Y).                     { A = ast_binary(c, O.pos, TOK_SUB, X, Y); }
expr(A) ::= expr(X) OR(O) expr(Y).                      { A = ast_binary(c, O.pos, TOK_OR, X, Y); }
expr(A) ::= expr(X) XOR(O) expr(Y).                     { A = ast_binary(c, O.pos, TOK_XOR, X, Y); }
expr(A) ::= expr(X) MUL(O) expr(Y).                     { A = ast_binary(c, O.pos, TOK_MUL, X, Y); }
expr(A) ::= expr(X) QUO(O) expr(Y).                     { A = ast_binary(c, O.pos, TOK_QUO, X, Y); }
expr(A) ::= expr(X) REM(O) expr(Y).                     { A = ast_binary(c, O.pos, TOK_REM, X, Y); }
expr(A) ::= expr(X) AND(O) expr(Y).                     { A = ast_binary(c, O.pos, TOK_AND, X, Y); }
expr(A) ::= expr(X) AND_NOT(O) expr(Y).                 { A = ast_binary(c, O.pos, TOK_AND_NOT, X, Y); }
expr(A) ::= expr(X) SHL(O) expr(Y).                     { A = ast_binary(c, O.pos, TOK_SHL, X, Y); }
expr(A) ::= expr(X) SHR(O) expr(Y).                     { A = ast_binary(c, O.pos, TOK_SHR, X, Y); }

expr(A) ::= MUL(O) expr(X). [UNARY] { A = ast_star(c, O.pos, X); }
expr(A) ::= AND(O) expr(X). [UNARY] { A = ast_unary(c, O.pos, TOK_AND, X); }
expr(A) ::= ADD(O) expr(X). [UNARY] { A = ast_unary(c, O.pos, TOK_ADD, X); }
expr(A) ::= SUB(O) expr(X). [UNARY] { A = ast_unary(c, O.pos, TOK_SUB, X); }
expr(A) ::= NOT(O) expr(X). [UNARY] { A = ast_unary(c, O.pos, TOK_NOT, X); }
expr(A) ::= XOR(O) expr(X). [UNARY] { A = ast_unary(c, O.pos, TOK_XOR, X); }
expr(A) ::= ARROW(O) expr(X). [UNARY] { A = parse_recv(ps, O, X, &yyLookaheadToken); }
expr(A) ::= TILDE(O) expr(X). [UNARY] { A = ast_unary(c, O.pos, TOK_TILDE, X); }

pexpr_no_paren(A) ::= INT|FLOAT|IMAG|CHAR|STRING(L).    { A = lit_of(c, L); }
pexpr_no_paren(A) ::= IDENT(N). [NOTPAREN]              { A = name_of(c, N); }
pexpr_no_paren(A) ::= pexpr(X) PERIOD IDENT(S).         { A = ast_selector(c, X, name_of(c, S)); }
pexpr_no_paren(A) ::= pexpr(X) PERIOD LPAREN expr(T) RPAREN.  { A = ast_typeassert(c, X, T); }
pexpr_no_paren(A) ::= pexpr(X) PERIOD LPAREN TYPE RPAREN.             { A = ast_typeassert(c, X, NULL); }
pexpr_no_paren(A) ::= pexpr(X) LBRACK exprlist(L) ocomma RBRACK.  { A = ast_index(c, X, L); }
pexpr_no_paren(A) ::= pexpr(X) LBRACK oexpr(L) COLON oexpr(H) RBRACK.
                                                        { A = ast_slice(c, X, L, H, NULL, false); }
pexpr_no_paren(A) ::= pexpr(X) LBRACK oexpr(L) COLON oexpr(H) COLON(K) oexpr(M) RBRACK(R).
                                                        { A = parse_slice3(ps, X, L, H, K, M, R); }
pexpr_no_paren ::= pseudocall.
pexpr_no_paren ::= othertype. [NOTPAREN]
pexpr_no_paren ::= fntype. [NOTPAREN]
pexpr_no_paren(A) ::= comptype(T) lbrace(L) kvlist(E) RBRACE(R).  { A = ast_composite(c, T, L.pos, E, R.pos); }
pexpr_no_paren(A) ::= pexpr_no_paren(T) LBRACE(L) kvlist(E) RBRACE(R).  { A = ast_composite(c, T, L.pos, E, R.pos); }
pexpr_no_paren(A) ::= comptype(T) lbrace(L) error RBRACE(R).            { A = ast_composite(c, T, L.pos, ast_list0(), R.pos); }
pexpr_no_paren(A) ::= pexpr_no_paren(T) LBRACE(L) error RBRACE(R).      { A = ast_composite(c, T, L.pos, ast_list0(), R.pos); }
pexpr_no_paren(A) ::= LPAREN(P) expr(T) RPAREN LBRACE(L) kvlist(E) RBRACE(R).
                                                        { A = parse_complit_paren(ps, ast_paren(c, P.pos, T), L.pos, E, R.pos); }
pexpr_no_paren ::= fnliteral.

pexpr ::= pexpr_no_paren.
pexpr(A) ::= LPAREN(L) expr(X) RPAREN.          { A = ast_paren(c, L.pos, X); }

pseudocall(A) ::= pexpr(F) LPAREN(P) RPAREN(R).         { A = ast_call(c, F, ast_list0(), false, P.pos, R.pos); }
pseudocall(A) ::= pexpr(F) LPAREN(P) error RPAREN(R).   { A = ast_call(c, F, ast_list0(), false, P.pos, R.pos); }
pseudocall(A) ::= pexpr(F) LPAREN(P) exprlist(L) ocomma RPAREN(R).
                                                        { A = ast_call(c, F, L, false, P.pos, R.pos); }
pseudocall(A) ::= pexpr(F) LPAREN(P) exprlist(L) ELLIPSIS ocomma RPAREN(R).
                                                        { A = ast_call(c, F, L, true, P.pos, R.pos); }

kvlist(A) ::= .                                         { A = ast_list0(); }
kvlist(A) ::= kvlist1(L) ocomma.                        { A = L; }
kvlist1(A) ::= kvelem(E).                               { A = ast_list1(c, E); }
kvlist1(A) ::= kvlist1(L) COMMA kvelem(E).              { A = ast_append(c, L, E); }
kvelem ::= celem.
kvelem(A) ::= celem(K) COLON celem(V).                  { A = ast_keyvalue(c, K, V); }
celem ::= expr.
celem(A) ::= LBRACE(L) kvlist(E) RBRACE(R).             { A = ast_composite(c, NULL, L.pos, E, R.pos); }
celem(A) ::= LBRACE(L) error RBRACE(R).                 { A = ast_composite(c, NULL, L.pos, ast_list0(), R.pos); }

exprlist(A) ::= expr(X).                                { A = ast_list1(c, X); }
exprlist(A) ::= exprlist(L) COMMA expr(X).              { A = ast_append(c, L, X); }

oexpr(A) ::= .                                          { A = NULL; }
oexpr ::= expr.

ocomma ::= .
ocomma ::= COMMA.

/* ---- Statements ---- */

stmt_list(A) ::= stmt(S).                               { A = ast_stmts(c, ast_list0(), S); }
stmt_list(A) ::= stmt_list(L) SEMICOLON stmt(S).        { A = ast_stmts(c, L, S); }

stmt(A) ::= .                                           { A = NULL; }
stmt ::= compound_stmt.
stmt(A) ::= gendecl(D).                                 { A = ast_declstmt(c, D); }
stmt ::= non_dcl_stmt.
stmt(A) ::= error.                                      { A = NULL; }

compound_stmt(A) ::= LBRACE(L) stmt_list(S) RBRACE(R).  { A = ast_block(c, L.pos, S, R.pos); }

non_dcl_stmt ::= simple_stmt.
non_dcl_stmt ::= if_stmt.
non_dcl_stmt ::= for_stmt.
non_dcl_stmt ::= switch_stmt.
non_dcl_stmt ::= select_stmt.
non_dcl_stmt(A) ::= IDENT(L) COLON(K) stmt(S).          { A = parse_labeled(ps, name_of(c, L), K, S, &yyLookaheadToken); }
non_dcl_stmt(A) ::= FALLTHROUGH(K).                     { A = ast_branch(c, K.pos, K.kind, NULL); }
non_dcl_stmt(A) ::= BREAK(K).                           { A = ast_branch(c, K.pos, K.kind, NULL); }
non_dcl_stmt(A) ::= BREAK(K) IDENT(L).                  { A = ast_branch(c, K.pos, K.kind, name_of(c, L)); }
non_dcl_stmt(A) ::= CONTINUE(K).                        { A = ast_branch(c, K.pos, K.kind, NULL); }
non_dcl_stmt(A) ::= CONTINUE(K) IDENT(L).               { A = ast_branch(c, K.pos, K.kind, name_of(c, L)); }
non_dcl_stmt(A) ::= GOTO(K) IDENT(L).                   { A = ast_branch(c, K.pos, K.kind, name_of(c, L)); }
non_dcl_stmt(A) ::= GO(K) pexpr(X).                      { A = parse_call_stmt(ps, K, X); }
non_dcl_stmt(A) ::= DEFER(K) pexpr(X).                   { A = parse_call_stmt(ps, K, X); }
non_dcl_stmt(A) ::= RETURN(K).                          { A = ast_return(c, K.pos, ast_list0()); }
non_dcl_stmt(A) ::= RETURN(K) exprlist(L).              { A = ast_return(c, K.pos, L); }

simple_stmt(A) ::= expr(X).                             { A = ast_exprstmt(c, X); }
simple_stmt(A) ::= expr(X) ADD_ASSIGN|SUB_ASSIGN|MUL_ASSIGN|QUO_ASSIGN|REM_ASSIGN|AND_ASSIGN|OR_ASSIGN|XOR_ASSIGN|SHL_ASSIGN|SHR_ASSIGN|AND_NOT_ASSIGN(O) expr(Y).
                                                        { A = ast_assign(c, ast_list1(c, X), O.kind, O.pos, ast_list1(c, Y)); }
simple_stmt(A) ::= exprlist(L) ASSIGN(O) exprlist(R).   { A = ast_assign(c, L, O.kind, O.pos, R); }
simple_stmt(A) ::= exprlist(L) DEFINE(O) exprlist(R).   { A = ast_assign(c, L, O.kind, O.pos, R); }
simple_stmt(A) ::= expr(X) INC(O).                      { A = ast_incdec(c, X, O.kind, O.pos); }
simple_stmt(A) ::= expr(X) DEC(O).                      { A = ast_incdec(c, X, O.kind, O.pos); }
simple_stmt(A) ::= expr(X) ARROW(O) expr(Y).            { A = ast_send(c, X, O.pos, Y); }

osimple_stmt(A) ::= .                                   { A = NULL; }
osimple_stmt ::= simple_stmt.

/* if, for and switch headers end where their LBODY is the lookahead: see parse_header.
 * An if-else-if chain is left-recursive (if_chain), so its length does not grow the stack. */
if_stmt(A) ::= if_chain(C).                             { A = C.first; }
if_stmt(A) ::= if_chain(C) ELSE compound_stmt(B).       { A = parse_else(C, B); }
if_chain(A) ::= IF(K) if_header(H) LBODY(L) stmt_list(S) RBRACE(R).
                                                        { A = parse_if(ps, NULL, K, H, L, ast_block(c, L.pos, S, R.pos)); }
if_chain(A) ::= if_chain(C) ELSE IF(K) if_header(H) LBODY(L) stmt_list(S) RBRACE(R).
                                                        { A = parse_if(ps, &C, K, H, L, ast_block(c, L.pos, S, R.pos)); }
if_header(A) ::= osimple_stmt(S).                       { A = parse_header(ps, NULL, S, NULL); }
if_header(A) ::= osimple_stmt(I) SEMICOLON(T) osimple_stmt(S).  { A = parse_header(ps, I, S, &T); }

for_stmt(A) ::= FOR(K) for_header(H) LBODY(L) stmt_list(S) RBRACE(R).
                                                        { A = parse_for(ps, K, H, ast_block(c, L.pos, S, R.pos)); }
for_header(A) ::= osimple_stmt(C).                      { A = parse_for_header(ps, NULL, C, NULL, false); }
for_header(A) ::= osimple_stmt(I) SEMICOLON osimple_stmt(C) SEMICOLON osimple_stmt(P).
                                                        { A = parse_for_header(ps, I, C, P, true); }
for_header(A) ::= exprlist(L) ASSIGN(O) RANGE expr(X).  { A = parse_range_header(ps, &L, O, X); }
for_header(A) ::= exprlist(L) DEFINE(O) RANGE expr(X).  { A = parse_range_header(ps, &L, O, X); }
for_header(A) ::= RANGE(O) expr(X).                     { A = parse_range_header(ps, NULL, O, X); }

switch_stmt(A) ::= SWITCH(K) if_header(H) LBODY(L) caseblocks(B) RBRACE(R).
                                                        { A = parse_switch(ps, K, H, ast_block(c, L.pos, B, R.pos)); }
caseblocks(A) ::= .                                     { A = ast_list0(); }
caseblocks(A) ::= caseblocks(L) caseblock(C).           { A = ast_stmts(c, L, C); }
caseblock(A) ::= CASE(K) exprlist(L) COLON stmt_list(S).  { A = ast_caseclause(c, K.pos, L, false, S); }
caseblock(A) ::= DEFAULT(K) COLON stmt_list(S).         { A = ast_caseclause(c, K.pos, ast_list0(), true, S); }
caseblock(A) ::= error.                                 { A = NULL; }

select_stmt(A) ::= SELECT(K) LBRACE(L) commblocks(B) RBRACE(R).
                                                        { A = parse_select(ps, K, ast_block(c, L.pos, B, R.pos)); }
commblocks(A) ::= .                                     { A = ast_list0(); }
commblocks(A) ::= commblocks(L) commblock(C).           { A = ast_stmts(c, L, C); }
commblock(A) ::= CASE(K) simple_stmt(X) COLON stmt_list(S).  { A = ast_commclause(c, K.pos, X, false, S); }
commblock(A) ::= DEFAULT(K) COLON stmt_list(S).         { A = ast_commclause(c, K.pos, NULL, true, S); }
commblock(A) ::= error.                                 { A = NULL; }

%code {
/* ---- Syntax error support (needs the parser's tables, so it lives here) ---- */

/* accepts reports whether the parser, in its current state, would shift terminal [tok]
 * after whatever reductions it implies. It simulates those reductions on a copy of the
 * state stack, as Bison's LAC does, so that default reductions do not hide an error. */
static bool accepts(const yyParser *p, int tok)
{
    static const int cap = YYSTACKDEPTH + 8;
    YYACTIONTYPE st[YYSTACKDEPTH + 8];
    int top = (int)(p->yytos - p->yystack);
    if (top >= cap - 2)
        return false;
    for (int i = 0; i <= top; i++)
        st[i] = p->yystack[i].stateno;
    for (int guard = 0; guard < 10000; guard++) {
        YYACTIONTYPE act = yy_find_shift_action((YYCODETYPE)tok, st[top]);
        if (act <= YY_MAX_SHIFTREDUCE || act == YY_ACCEPT_ACTION)
            return true;
        if (act < YY_MIN_REDUCE)
            return false;
        unsigned rule = act - YY_MIN_REDUCE;
        top += yyRuleInfoNRhs[rule];
        if (top < 0 || top >= cap - 1)
            return false;
        YYACTIONTYPE go = yy_find_reduce_action(st[top], (YYCODETYPE)yyRuleInfoLhs[rule]);
        st[++top] = go;
    }
    return false;
}

static void report_syntax_error(struct yyParser *p, int major, const Token *t, ParseState *ps)
{
    uint64_t expected[2] = {0, 0};
    (void)major;
    for (int k = 1; k < YYNTOKEN && k < 128; k++) {
        if (k != YYERRORSYMBOL && accepts(p, k))
            expected[k / 64] |= (uint64_t)1 << (k % 64);
    }
    parse_syntax_error(ps, t, expected);
}
}
