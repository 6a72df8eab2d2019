/*
 * ast.c — constructing, dumping and printing syntax trees (see ast.h).
 *
 * Constructors: one small function per node kind, called from grammar.y actions. They only
 * allocate (in the compiler's arena) and fill fields; they never report errors, so a
 * constructor is safe to call on any combination the grammar produces. Lists grow by
 * doubling inside the arena (the abandoned arrays are reclaimed with the arena).
 *
 * ast_dump notation (S-expressions; statements, clauses, declarations and specs start on
 * a new line, indented two spaces per level; `_` is an absent node):
 *   x  42  "s"                 identifiers and basic literals (raw text)
 *   (OP X) (OP X Y)            unary and binary operators: (- x) (<- c) (+ a (* b c))
 *   (* X)                      N_STAR (dereference or pointer type)
 *   (paren X) (sel X f) (index X I...) (slice X LO HI) (slice3 X LO HI MAX)
 *   (assert X T) (assert X type) (call F ARG... [...]) (composite T ELT...) (kv K V)
 *   (funclit (func ...) BLOCK) (array LEN ELEM) (map K V) (chan T) (chan<- T) (<-chan T)
 *   (... T) (struct FIELD...) (interface FIELD...) (field (NAME...) TYPE [TAG])
 *   (func [(typeparams F...)] (params F...) (results F...))
 *   (block S...) (expr X) (send C V) (++ X) (= (L...) (R...)) (:= ...) (+= ...)
 *   (go X) (defer X) (return X...) (break [L]) (continue [L]) (goto L) (fallthrough)
 *   (label L S) (empty) (declstmt D) (if INIT COND BLOCK ELSE) (for INIT COND POST BLOCK)
 *   (range KEY VALUE TOK X BLOCK) (switch INIT TAG BLOCK) (typeswitch INIT BIND X BLOCK)
 *   (case (X...) S...) (default S...) (select BLOCK) (comm COMM S...) (comm default S...)
 *   (import SPEC...) (var ...) (const ...) (type ...) (importspec [NAME] PATH)
 *   (valuespec (NAME...) TYPE (VALUE...) [iota=N]) (typespec NAME [(typeparams F...)] [=] T)
 *   (funcdecl [(recv F...)] NAME (func ...) BODY) (file PKG DECL...)
 *
 * ast_print follows cmd/compile's syntax printer in ShortForm, the text types2 puts in
 * error messages: binary operators get blanks, literal and function bodies print as "…".
 */
#include "compiler/ast.h"

#include "base/strbuf.h"
#include "compiler/internal.h"
#include "compiler/lexer.h"
#include "grammar.h"

#include <string.h>

/* ---- Nodes and lists ---- */

Node *ast_node(Compiler *c, NodeKind kind, Pos pos)
{
    Node *n = ARENA_NEW(&c->arena, Node);
    n->kind = kind;
    n->pos = pos;
    return n;
}

void ast_list_push(Compiler *c, NodeList *l, Node *n)
{
    if (l->len == l->cap) {
        int cap = l->cap ? l->cap * 2 : 4;
        Node **items = ARENA_ARRAY(&c->arena, Node *, cap);
        if (l->len)
            memcpy(items, l->items, sizeof(Node *) * (size_t)l->len);
        l->items = items;
        l->cap = cap;
    }
    l->items[l->len++] = n;
}

NodeList ast_list0(void)
{
    return (NodeList){NULL, 0, 0};
}

NodeList ast_list1(Compiler *c, Node *n)
{
    NodeList l = {NULL, 0, 0};
    ast_list_push(c, &l, n);
    return l;
}

NodeList ast_append(Compiler *c, NodeList l, Node *n)
{
    ast_list_push(c, &l, n);
    return l;
}

NodeList ast_stmts(Compiler *c, NodeList l, Node *n)
{
    if (n)
        ast_list_push(c, &l, n);
    return l;
}

Pos ast_start(const Node *n)
{
    while (n->kind == N_BINARY)
        n = n->u.binary.x;
    return n->pos;
}

/* ---- Expressions ---- */

Node *ast_ident(Compiler *c, Pos pos, const char *name, size_t len)
{
    Node *n = ast_node(c, N_IDENT, pos);
    n->u.ident.name = intern(c, name, len);
    return n;
}

Node *ast_basiclit(Compiler *c, Pos pos, int tok, const char *raw, int len)
{
    Node *n = ast_node(c, N_BASICLIT, pos);
    n->u.lit.tok = tok;
    n->u.lit.raw = raw;
    n->u.lit.len = len;
    return n;
}

Node *ast_unary(Compiler *c, Pos pos, int op, Node *x)
{
    Node *n = ast_node(c, N_UNARY, pos);
    n->u.unary.op = op;
    n->u.unary.x = x;
    return n;
}

Node *ast_binary(Compiler *c, Pos oppos, int op, Node *x, Node *y)
{
    Node *n = ast_node(c, N_BINARY, oppos);
    n->u.binary.op = op;
    n->u.binary.x = x;
    n->u.binary.y = y;
    return n;
}

Node *ast_star(Compiler *c, Pos pos, Node *x)
{
    Node *n = ast_node(c, N_STAR, pos);
    n->u.star.x = x;
    return n;
}

Node *ast_paren(Compiler *c, Pos lparen, Node *x)
{
    Node *n = ast_node(c, N_PAREN, lparen);
    n->u.paren.x = x;
    return n;
}

Node *ast_selector(Compiler *c, Node *x, Node *sel)
{
    Node *n = ast_node(c, N_SELECTOR, x->pos);
    n->u.selector.x = x;
    n->u.selector.sel = sel;
    return n;
}

Node *ast_index(Compiler *c, Node *x, NodeList indices)
{
    Node *n = ast_node(c, N_INDEX, x->pos);
    n->u.index.x = x;
    n->u.index.indices = indices;
    return n;
}

Node *ast_slice(Compiler *c, Node *x, Node *lo, Node *hi, Node *max, bool slice3)
{
    Node *n = ast_node(c, N_SLICE, x->pos);
    n->u.slice.x = x;
    n->u.slice.lo = lo;
    n->u.slice.hi = hi;
    n->u.slice.max = max;
    n->u.slice.slice3 = slice3;
    return n;
}

Node *ast_typeassert(Compiler *c, Node *x, Node *type)
{
    Node *n = ast_node(c, N_TYPEASSERT, x->pos);
    n->u.typeassert.x = x;
    n->u.typeassert.type = type;
    return n;
}

Node *ast_call(Compiler *c, Node *fun, NodeList args, bool has_ellipsis, Pos lparen, Pos rparen)
{
    Node *n = ast_node(c, N_CALL, fun->pos);
    n->u.call.fun = fun;
    n->u.call.args = args;
    n->u.call.has_ellipsis = has_ellipsis;
    n->u.call.lparen = lparen;
    n->u.call.rparen = rparen;
    return n;
}

Node *ast_composite(Compiler *c, Node *type, Pos lbrace, NodeList elts, Pos rbrace)
{
    Node *n = ast_node(c, N_COMPOSITE, type ? type->pos : lbrace);
    n->u.composite.type = type;
    n->u.composite.elts = elts;
    n->u.composite.rbrace = rbrace;
    return n;
}

Node *ast_keyvalue(Compiler *c, Node *key, Node *value)
{
    Node *n = ast_node(c, N_KEYVALUE, ast_start(key));
    n->u.kv.key = key;
    n->u.kv.value = value;
    return n;
}

Node *ast_funclit(Compiler *c, Node *functype, Node *body)
{
    Node *n = ast_node(c, N_FUNCLIT, functype->pos);
    n->u.funclit.type = functype;
    n->u.funclit.body = body;
    return n;
}

/* ---- Types ---- */

Node *ast_arraytype(Compiler *c, Pos lbrack, Node *len, Node *elem)
{
    Node *n = ast_node(c, N_ARRAYTYPE, lbrack);
    n->u.arraytype.len = len;
    n->u.arraytype.elem = elem;
    return n;
}

Node *ast_ellipsis(Compiler *c, Pos pos, Node *elt)
{
    Node *n = ast_node(c, N_ELLIPSIS, pos);
    n->u.ellipsis.elt = elt;
    return n;
}

Node *ast_maptype(Compiler *c, Pos pos, Node *key, Node *value)
{
    Node *n = ast_node(c, N_MAPTYPE, pos);
    n->u.maptype.key = key;
    n->u.maptype.value = value;
    return n;
}

Node *ast_chantype(Compiler *c, Pos pos, int dir, Node *elem)
{
    Node *n = ast_node(c, N_CHANTYPE, pos);
    n->u.chantype.dir = dir;
    n->u.chantype.elem = elem;
    return n;
}

Node *ast_structtype(Compiler *c, Pos pos, NodeList fields, Pos rbrace)
{
    Node *n = ast_node(c, N_STRUCTTYPE, pos);
    n->u.structtype.fields = fields;
    n->u.structtype.rbrace = rbrace;
    return n;
}

Node *ast_interfacetype(Compiler *c, Pos pos, NodeList methods)
{
    Node *n = ast_node(c, N_INTERFACETYPE, pos);
    n->u.interfacetype.methods = methods;
    return n;
}

Node *ast_functype(Compiler *c, Pos pos, NodeList params, NodeList results)
{
    Node *n = ast_node(c, N_FUNCTYPE, pos);
    n->u.functype.params = params;
    n->u.functype.results = results;
    return n;
}

Node *ast_field(Compiler *c, NodeList names, Node *type, Node *tag)
{
    Node *n = ast_node(c, N_FIELD, names.len ? names.items[0]->pos : ast_start(type));
    n->u.field.names = names;
    n->u.field.type = type;
    n->u.field.tag = tag;
    return n;
}

Node *ast_param(Compiler *c, Node *name, Node *type)
{
    if (!name && type->kind == N_IDENT)
        return ast_field(c, ast_list1(c, type), NULL, NULL);
    Node *n = ast_node(c, N_FIELD, name ? name->pos : ast_start(type));
    if (name)
        ast_list_push(c, &n->u.field.names, name);
    n->u.field.type = type;
    return n;
}

Node *ast_method(Compiler *c, Node *name, Node *functype)
{
    return ast_field(c, ast_list1(c, name), functype, NULL);
}

/* ---- Statements ---- */

Node *ast_exprstmt(Compiler *c, Node *x)
{
    Node *n = ast_node(c, N_EXPRSTMT, ast_start(x));
    n->u.exprstmt.x = x;
    return n;
}

Node *ast_send(Compiler *c, Node *chan, Pos oppos, Node *value)
{
    Node *n = ast_node(c, N_SENDSTMT, ast_start(chan));
    n->u.send.chan = chan;
    n->u.send.value = value;
    n->u.send.oppos = oppos;
    return n;
}

Node *ast_incdec(Compiler *c, Node *x, int tok, Pos oppos)
{
    Node *n = ast_node(c, N_INCDEC, ast_start(x));
    n->u.incdec.x = x;
    n->u.incdec.tok = tok;
    n->u.incdec.oppos = oppos;
    return n;
}

Node *ast_assign(Compiler *c, NodeList lhs, int tok, Pos oppos, NodeList rhs)
{
    Node *n = ast_node(c, N_ASSIGN, ast_start(lhs.items[0]));
    n->u.assign.lhs = lhs;
    n->u.assign.tok = tok;
    n->u.assign.rhs = rhs;
    n->u.assign.oppos = oppos;
    return n;
}

Node *ast_return(Compiler *c, Pos pos, NodeList results)
{
    Node *n = ast_node(c, N_RETURN, pos);
    n->u.ret.results = results;
    return n;
}

Node *ast_branch(Compiler *c, Pos pos, int tok, Node *label)
{
    Node *n = ast_node(c, N_BRANCH, pos);
    n->u.branch.tok = tok;
    n->u.branch.label = label;
    return n;
}

Node *ast_block(Compiler *c, Pos lbrace, NodeList stmts, Pos rbrace)
{
    Node *n = ast_node(c, N_BLOCK, lbrace);
    n->u.block.stmts = stmts;
    n->u.block.rbrace = rbrace;
    return n;
}

Node *ast_lazy_block(Compiler *c, Pos pos, const char *lbrace)
{
    Node *n = ast_node(c, N_BLOCK, pos);
    n->u.block.lazy = lbrace;
    return n;
}

Node *ast_labeled(Compiler *c, Node *label, Pos colon, Node *stmt)
{
    if (!stmt)
        stmt = ast_node(c, N_EMPTYSTMT, colon);
    const char *name = label->u.ident.name;
    switch (stmt->kind) {
    case N_FOR: stmt->u.for_.label = name; break;
    case N_RANGE: stmt->u.range.label = name; break;
    case N_SWITCH: stmt->u.switch_.label = name; break;
    case N_TYPESWITCH: stmt->u.typeswitch.label = name; break;
    case N_SELECT: stmt->u.select_.label = name; break;
    default: break;
    }
    Node *n = ast_node(c, N_LABELED, label->pos);
    n->u.labeled.label = label;
    n->u.labeled.stmt = stmt;
    return n;
}

Node *ast_declstmt(Compiler *c, Node *decl)
{
    Node *n = ast_node(c, N_DECLSTMT, decl->pos);
    n->u.declstmt.decl = decl;
    return n;
}

Node *ast_caseclause(Compiler *c, Pos pos, NodeList list, bool is_default, NodeList body)
{
    Node *n = ast_node(c, N_CASECLAUSE, pos);
    n->u.caseclause.list = list;
    n->u.caseclause.is_default = is_default;
    n->u.caseclause.body = body;
    return n;
}

Node *ast_commclause(Compiler *c, Pos pos, Node *comm, bool is_default, NodeList body)
{
    Node *n = ast_node(c, N_COMMCLAUSE, pos);
    n->u.commclause.comm = comm;
    n->u.commclause.is_default = is_default;
    n->u.commclause.body = body;
    return n;
}

/* ---- Declarations ---- */

Node *ast_gendecl(Compiler *c, Pos pos, int tok, NodeList specs)
{
    Node *n = ast_node(c, N_GENDECL, pos);
    n->u.gendecl.tok = tok;
    n->u.gendecl.specs = specs;
    if (tok == TOK_CONST) {
        for (int i = 0; i < specs.len; i++)
            specs.items[i]->u.valuespec.iota = i;
    }
    return n;
}

Node *ast_importspec(Compiler *c, Node *name, Node *path)
{
    Node *n = ast_node(c, N_IMPORTSPEC, name ? name->pos : path->pos);
    n->u.importspec.name = name;
    n->u.importspec.path = path;
    return n;
}

Node *ast_valuespec(Compiler *c, NodeList names, Node *type, NodeList values)
{
    Node *n = ast_node(c, N_VALUESPEC, names.items[0]->pos);
    n->u.valuespec.names = names;
    n->u.valuespec.type = type;
    n->u.valuespec.values = values;
    return n;
}

Node *ast_typespec(Compiler *c, Node *name, NodeList typeparams, bool alias, Node *type)
{
    Node *n = ast_node(c, N_TYPESPEC, name->pos);
    n->u.typespec.name = name;
    n->u.typespec.typeparams = typeparams;
    n->u.typespec.alias = alias;
    n->u.typespec.type = type;
    return n;
}

/* ---- Names of kinds ---- */

const char *ast_kind_name(NodeKind k)
{
    static const char *const names[N_KIND_COUNT] = {
        [N_BAD] = "Bad",
        [N_IDENT] = "Ident",
        [N_BASICLIT] = "BasicLit",
        [N_COMPOSITE] = "CompositeLit",
        [N_KEYVALUE] = "KeyValueExpr",
        [N_FUNCLIT] = "FuncLit",
        [N_PAREN] = "ParenExpr",
        [N_SELECTOR] = "SelectorExpr",
        [N_INDEX] = "IndexExpr",
        [N_SLICE] = "SliceExpr",
        [N_TYPEASSERT] = "TypeAssertExpr",
        [N_CALL] = "CallExpr",
        [N_STAR] = "StarExpr",
        [N_UNARY] = "UnaryExpr",
        [N_BINARY] = "BinaryExpr",
        [N_ARRAYTYPE] = "ArrayType",
        [N_STRUCTTYPE] = "StructType",
        [N_FUNCTYPE] = "FuncType",
        [N_INTERFACETYPE] = "InterfaceType",
        [N_MAPTYPE] = "MapType",
        [N_CHANTYPE] = "ChanType",
        [N_ELLIPSIS] = "Ellipsis",
        [N_FIELD] = "Field",
        [N_DECLSTMT] = "DeclStmt",
        [N_EMPTYSTMT] = "EmptyStmt",
        [N_LABELED] = "LabeledStmt",
        [N_EXPRSTMT] = "ExprStmt",
        [N_SENDSTMT] = "SendStmt",
        [N_INCDEC] = "IncDecStmt",
        [N_ASSIGN] = "AssignStmt",
        [N_GO] = "GoStmt",
        [N_DEFER] = "DeferStmt",
        [N_RETURN] = "ReturnStmt",
        [N_BRANCH] = "BranchStmt",
        [N_BLOCK] = "BlockStmt",
        [N_IF] = "IfStmt",
        [N_CASECLAUSE] = "CaseClause",
        [N_SWITCH] = "SwitchStmt",
        [N_TYPESWITCH] = "TypeSwitchStmt",
        [N_COMMCLAUSE] = "CommClause",
        [N_SELECT] = "SelectStmt",
        [N_FOR] = "ForStmt",
        [N_RANGE] = "RangeStmt",
        [N_GENDECL] = "GenDecl",
        [N_IMPORTSPEC] = "ImportSpec",
        [N_VALUESPEC] = "ValueSpec",
        [N_TYPESPEC] = "TypeSpec",
        [N_FUNCDECL] = "FuncDecl",
        [N_FILE] = "File",
    };
    return (unsigned)k < N_KIND_COUNT && names[k] ? names[k] : "?";
}

/* ---- ast_dump ---- */

static bool on_own_line(NodeKind k)
{
    return (k >= N_DECLSTMT && k <= N_RANGE) || (k >= N_GENDECL && k <= N_FILE);
}

static void dump(StrBuf *out, const Node *n, int depth);

/* dump_items writes the items of [l], each after a space unless it starts a line; [lead]
 * false omits the space before the first. */
static void dump_items(StrBuf *out, const NodeList *l, int depth, bool lead)
{
    for (int i = 0; i < l->len; i++) {
        if ((lead || i > 0) && !on_own_line(l->items[i]->kind))
            strbuf_putc(out, ' ');
        dump(out, l->items[i], depth);
    }
}

static void dump_list(StrBuf *out, const NodeList *l, int depth)
{
    dump_items(out, l, depth, true);
}

/* dump_group writes " (HEAD items...)", or " (items...)" when [head] is empty. */
static void dump_group(StrBuf *out, const char *head, const NodeList *l, int depth)
{
    strbuf_puts(out, " (");
    strbuf_puts(out, head);
    dump_items(out, l, depth, *head != 0);
    strbuf_putc(out, ')');
}

static void dump_child(StrBuf *out, const Node *n, int depth)
{
    if (!n || !on_own_line(n->kind))
        strbuf_putc(out, ' ');
    dump(out, n, depth);
}

static void dump(StrBuf *out, const Node *n, int depth)
{
    if (!n) {
        strbuf_putc(out, '_');
        return;
    }
    if (on_own_line(n->kind) && depth > 0) {
        strbuf_putc(out, '\n');
        for (int i = 0; i < depth; i++)
            strbuf_puts(out, "  ");
    }
    int d = depth + 1;
    const char *tok;
    switch (n->kind) {
    case N_IDENT:
        strbuf_puts(out, n->u.ident.name);
        return;
    case N_BASICLIT:
        strbuf_append(out, n->u.lit.raw, (size_t)n->u.lit.len);
        return;
    case N_EMPTYSTMT:
        strbuf_puts(out, "(empty)");
        return;
    default:
        break;
    }
    strbuf_putc(out, '(');
    switch (n->kind) {
    case N_COMPOSITE:
        strbuf_puts(out, "composite");
        dump_child(out, n->u.composite.type, d);
        dump_list(out, &n->u.composite.elts, d);
        break;
    case N_KEYVALUE:
        strbuf_puts(out, "kv");
        dump_child(out, n->u.kv.key, d);
        dump_child(out, n->u.kv.value, d);
        break;
    case N_FUNCLIT:
        strbuf_puts(out, "funclit");
        dump_child(out, n->u.funclit.type, d);
        dump_child(out, n->u.funclit.body, d);
        break;
    case N_PAREN:
        strbuf_puts(out, "paren");
        dump_child(out, n->u.paren.x, d);
        break;
    case N_SELECTOR:
        strbuf_puts(out, "sel");
        dump_child(out, n->u.selector.x, d);
        dump_child(out, n->u.selector.sel, d);
        break;
    case N_INDEX:
        strbuf_puts(out, "index");
        dump_child(out, n->u.index.x, d);
        dump_list(out, &n->u.index.indices, d);
        break;
    case N_SLICE:
        strbuf_puts(out, n->u.slice.slice3 ? "slice3" : "slice");
        dump_child(out, n->u.slice.x, d);
        dump_child(out, n->u.slice.lo, d);
        dump_child(out, n->u.slice.hi, d);
        if (n->u.slice.slice3)
            dump_child(out, n->u.slice.max, d);
        break;
    case N_TYPEASSERT:
        strbuf_puts(out, "assert");
        dump_child(out, n->u.typeassert.x, d);
        if (n->u.typeassert.type)
            dump_child(out, n->u.typeassert.type, d);
        else
            strbuf_puts(out, " type");
        break;
    case N_CALL:
        strbuf_puts(out, "call");
        dump_child(out, n->u.call.fun, d);
        dump_list(out, &n->u.call.args, d);
        if (n->u.call.has_ellipsis)
            strbuf_puts(out, " ...");
        break;
    case N_STAR:
        strbuf_putc(out, '*');
        dump_child(out, n->u.star.x, d);
        break;
    case N_UNARY:
        strbuf_puts(out, lex_token_string(n->u.unary.op));
        dump_child(out, n->u.unary.x, d);
        break;
    case N_BINARY:
        strbuf_puts(out, lex_token_string(n->u.binary.op));
        dump_child(out, n->u.binary.x, d);
        dump_child(out, n->u.binary.y, d);
        break;
    case N_ARRAYTYPE:
        strbuf_puts(out, "array");
        if (n->u.arraytype.len && n->u.arraytype.len->kind == N_ELLIPSIS &&
            !n->u.arraytype.len->u.ellipsis.elt)
            strbuf_puts(out, " ...");
        else
            dump_child(out, n->u.arraytype.len, d);
        dump_child(out, n->u.arraytype.elem, d);
        break;
    case N_STRUCTTYPE:
        strbuf_puts(out, "struct");
        dump_list(out, &n->u.structtype.fields, d);
        break;
    case N_FUNCTYPE:
        strbuf_puts(out, "func");
        if (n->u.functype.typeparams.len)
            dump_group(out, "typeparams", &n->u.functype.typeparams, d);
        dump_group(out, "params", &n->u.functype.params, d);
        dump_group(out, "results", &n->u.functype.results, d);
        break;
    case N_INTERFACETYPE:
        strbuf_puts(out, "interface");
        dump_list(out, &n->u.interfacetype.methods, d);
        break;
    case N_MAPTYPE:
        strbuf_puts(out, "map");
        dump_child(out, n->u.maptype.key, d);
        dump_child(out, n->u.maptype.value, d);
        break;
    case N_CHANTYPE:
        strbuf_puts(out, n->u.chantype.dir == CHAN_SEND   ? "chan<-"
                         : n->u.chantype.dir == CHAN_RECV ? "<-chan"
                                                          : "chan");
        dump_child(out, n->u.chantype.elem, d);
        break;
    case N_ELLIPSIS:
        strbuf_puts(out, "...");
        dump_child(out, n->u.ellipsis.elt, d);
        break;
    case N_FIELD:
        strbuf_puts(out, "field");
        dump_group(out, "", &n->u.field.names, d);
        dump_child(out, n->u.field.type, d);
        if (n->u.field.tag)
            dump_child(out, n->u.field.tag, d);
        break;
    case N_DECLSTMT:
        strbuf_puts(out, "declstmt");
        dump_child(out, n->u.declstmt.decl, d);
        break;
    case N_LABELED:
        strbuf_puts(out, "label");
        dump_child(out, n->u.labeled.label, d);
        dump_child(out, n->u.labeled.stmt, d);
        break;
    case N_EXPRSTMT:
        strbuf_puts(out, "expr");
        dump_child(out, n->u.exprstmt.x, d);
        break;
    case N_SENDSTMT:
        strbuf_puts(out, "send");
        dump_child(out, n->u.send.chan, d);
        dump_child(out, n->u.send.value, d);
        break;
    case N_INCDEC:
        strbuf_puts(out, lex_token_string(n->u.incdec.tok));
        dump_child(out, n->u.incdec.x, d);
        break;
    case N_ASSIGN:
        strbuf_puts(out, lex_token_string(n->u.assign.tok));
        dump_group(out, "", &n->u.assign.lhs, d);
        dump_group(out, "", &n->u.assign.rhs, d);
        break;
    case N_GO:
        strbuf_puts(out, "go");
        dump_child(out, n->u.go_.call, d);
        break;
    case N_DEFER:
        strbuf_puts(out, "defer");
        dump_child(out, n->u.defer_.call, d);
        break;
    case N_RETURN:
        strbuf_puts(out, "return");
        dump_list(out, &n->u.ret.results, d);
        break;
    case N_BRANCH:
        strbuf_puts(out, lex_token_string(n->u.branch.tok));
        if (n->u.branch.label)
            dump_child(out, n->u.branch.label, d);
        break;
    case N_BLOCK:
        strbuf_puts(out, n->u.block.lazy ? "lazyblock" : "block");
        dump_list(out, &n->u.block.stmts, d);
        break;
    case N_IF:
        strbuf_puts(out, "if");
        dump_child(out, n->u.if_.init, d);
        dump_child(out, n->u.if_.cond, d);
        dump_child(out, n->u.if_.body, d);
        dump_child(out, n->u.if_.els, d);
        break;
    case N_CASECLAUSE:
        if (n->u.caseclause.is_default) {
            strbuf_puts(out, "default");
        } else {
            strbuf_puts(out, "case");
            dump_group(out, "", &n->u.caseclause.list, d);
        }
        dump_list(out, &n->u.caseclause.body, d);
        break;
    case N_SWITCH:
        strbuf_puts(out, "switch");
        dump_child(out, n->u.switch_.init, d);
        dump_child(out, n->u.switch_.tag, d);
        dump_child(out, n->u.switch_.body, d);
        break;
    case N_TYPESWITCH:
        strbuf_puts(out, "typeswitch");
        dump_child(out, n->u.typeswitch.init, d);
        dump_child(out, n->u.typeswitch.bind, d);
        dump_child(out, n->u.typeswitch.x, d);
        dump_child(out, n->u.typeswitch.body, d);
        break;
    case N_COMMCLAUSE:
        strbuf_puts(out, "comm");
        if (n->u.commclause.is_default)
            strbuf_puts(out, " default");
        else
            dump_child(out, n->u.commclause.comm, d);
        dump_list(out, &n->u.commclause.body, d);
        break;
    case N_SELECT:
        strbuf_puts(out, "select");
        dump_child(out, n->u.select_.body, d);
        break;
    case N_FOR:
        strbuf_puts(out, "for");
        dump_child(out, n->u.for_.init, d);
        dump_child(out, n->u.for_.cond, d);
        dump_child(out, n->u.for_.post, d);
        dump_child(out, n->u.for_.body, d);
        break;
    case N_RANGE:
        strbuf_puts(out, "range");
        dump_child(out, n->u.range.key, d);
        dump_child(out, n->u.range.value, d);
        tok = n->u.range.tok ? lex_token_string(n->u.range.tok) : "_";
        strbuf_printf(out, " %s", tok);
        dump_child(out, n->u.range.x, d);
        dump_child(out, n->u.range.body, d);
        break;
    case N_GENDECL:
        strbuf_puts(out, lex_token_string(n->u.gendecl.tok));
        dump_list(out, &n->u.gendecl.specs, d);
        break;
    case N_IMPORTSPEC:
        strbuf_puts(out, "importspec");
        if (n->u.importspec.name)
            dump_child(out, n->u.importspec.name, d);
        dump_child(out, n->u.importspec.path, d);
        break;
    case N_VALUESPEC:
        strbuf_puts(out, "valuespec");
        dump_group(out, "", &n->u.valuespec.names, d);
        dump_child(out, n->u.valuespec.type, d);
        dump_group(out, "", &n->u.valuespec.values, d);
        if (n->u.valuespec.iota)
            strbuf_printf(out, " iota=%d", n->u.valuespec.iota);
        break;
    case N_TYPESPEC:
        strbuf_puts(out, "typespec");
        dump_child(out, n->u.typespec.name, d);
        if (n->u.typespec.typeparams.len)
            dump_group(out, "typeparams", &n->u.typespec.typeparams, d);
        if (n->u.typespec.alias)
            strbuf_puts(out, " =");
        dump_child(out, n->u.typespec.type, d);
        break;
    case N_FUNCDECL:
        strbuf_puts(out, "funcdecl");
        if (n->u.funcdecl.recv.len)
            dump_group(out, "recv", &n->u.funcdecl.recv, d);
        dump_child(out, n->u.funcdecl.name, d);
        dump_child(out, n->u.funcdecl.type, d);
        dump_child(out, n->u.funcdecl.body, d);
        break;
    case N_FILE:
        strbuf_puts(out, "file");
        dump_child(out, n->u.file.package, d);
        dump_list(out, &n->u.file.decls, d);
        break;
    default:
        strbuf_puts(out, ast_kind_name(n->kind));
        break;
    }
    strbuf_putc(out, ')');
}

void ast_dump(StrBuf *out, const Node *n)
{
    dump(out, n, 0);
}

/* ---- ast_print (cmd/compile's syntax.String) ---- */

static void print_node(StrBuf *out, const Node *n);

static void print_list(StrBuf *out, const NodeList *l)
{
    for (int i = 0; i < l->len; i++) {
        if (i > 0)
            strbuf_puts(out, ", ");
        print_node(out, l->items[i]);
    }
}

static const Node *unparen(const Node *n)
{
    while (n && n->kind == N_PAREN)
        n = n->u.paren.x;
    return n;
}

/* print_params writes (a, b int, c string); fields carry grouped names already. */
static void print_params(StrBuf *out, const NodeList *l, char open, char close)
{
    strbuf_putc(out, open);
    for (int i = 0; i < l->len; i++) {
        const Node *f = l->items[i];
        if (i > 0)
            strbuf_puts(out, ", ");
        if (f->u.field.names.len) {
            print_list(out, &f->u.field.names);
            strbuf_putc(out, ' ');
        }
        print_node(out, unparen(f->u.field.type));
    }
    strbuf_putc(out, close);
}

static void print_signature(StrBuf *out, const Node *ft)
{
    print_params(out, &ft->u.functype.params, '(', ')');
    const NodeList *r = &ft->u.functype.results;
    if (r->len) {
        strbuf_putc(out, ' ');
        if (r->len == 1 && r->items[0]->u.field.names.len == 0)
            print_node(out, r->items[0]->u.field.type);
        else
            print_params(out, r, '(', ')');
    }
}

static void print_node(StrBuf *out, const Node *n)
{
    if (!n)
        return;
    switch (n->kind) {
    case N_IDENT:
        strbuf_puts(out, n->u.ident.name);
        break;
    case N_BASICLIT:
        strbuf_append(out, n->u.lit.raw, (size_t)n->u.lit.len);
        break;
    case N_COMPOSITE:
        print_node(out, n->u.composite.type);
        strbuf_puts(out, n->u.composite.elts.len ? "{…}" : "{}");
        break;
    case N_KEYVALUE:
        print_node(out, n->u.kv.key);
        strbuf_puts(out, ": ");
        print_node(out, n->u.kv.value);
        break;
    case N_FUNCLIT:
        print_node(out, n->u.funclit.type);
        strbuf_puts(out, n->u.funclit.body->u.block.stmts.len ? " {…}" : " {}");
        break;
    case N_PAREN:
        strbuf_putc(out, '(');
        print_node(out, n->u.paren.x);
        strbuf_putc(out, ')');
        break;
    case N_SELECTOR:
        print_node(out, n->u.selector.x);
        strbuf_putc(out, '.');
        print_node(out, n->u.selector.sel);
        break;
    case N_INDEX:
        print_node(out, n->u.index.x);
        strbuf_putc(out, '[');
        print_list(out, &n->u.index.indices);
        strbuf_putc(out, ']');
        break;
    case N_SLICE:
        print_node(out, n->u.slice.x);
        strbuf_putc(out, '[');
        print_node(out, n->u.slice.lo);
        strbuf_putc(out, ':');
        print_node(out, n->u.slice.hi);
        if (n->u.slice.max) {
            strbuf_putc(out, ':');
            print_node(out, n->u.slice.max);
        }
        strbuf_putc(out, ']');
        break;
    case N_TYPEASSERT:
        print_node(out, n->u.typeassert.x);
        strbuf_puts(out, ".(");
        if (n->u.typeassert.type)
            print_node(out, n->u.typeassert.type);
        else
            strbuf_puts(out, "type");
        strbuf_putc(out, ')');
        break;
    case N_CALL:
        print_node(out, n->u.call.fun);
        strbuf_putc(out, '(');
        print_list(out, &n->u.call.args);
        if (n->u.call.has_ellipsis)
            strbuf_puts(out, "...");
        strbuf_putc(out, ')');
        break;
    case N_STAR:
        strbuf_putc(out, '*');
        print_node(out, n->u.star.x);
        break;
    case N_UNARY:
        strbuf_puts(out, lex_token_string(n->u.unary.op));
        print_node(out, n->u.unary.x);
        break;
    case N_BINARY:
        print_node(out, n->u.binary.x);
        strbuf_printf(out, " %s ", lex_token_string(n->u.binary.op));
        print_node(out, n->u.binary.y);
        break;
    case N_ARRAYTYPE:
        strbuf_putc(out, '[');
        if (n->u.arraytype.len)
            print_node(out, n->u.arraytype.len);
        strbuf_putc(out, ']');
        print_node(out, n->u.arraytype.elem);
        break;
    case N_ELLIPSIS:
        strbuf_puts(out, "...");
        print_node(out, n->u.ellipsis.elt);
        break;
    case N_STRUCTTYPE:
        strbuf_puts(out, "struct{");
        for (int i = 0; i < n->u.structtype.fields.len; i++) {
            const Node *f = n->u.structtype.fields.items[i];
            if (i > 0)
                strbuf_puts(out, "; ");
            if (f->u.field.names.len) {
                print_list(out, &f->u.field.names);
                strbuf_putc(out, ' ');
            }
            print_node(out, f->u.field.type);
            if (f->u.field.tag) {
                strbuf_putc(out, ' ');
                print_node(out, f->u.field.tag);
            }
        }
        strbuf_putc(out, '}');
        break;
    case N_FUNCTYPE:
        strbuf_puts(out, "func");
        print_signature(out, n);
        break;
    case N_INTERFACETYPE:
        strbuf_puts(out, "interface{");
        for (int i = 0; i < n->u.interfacetype.methods.len; i++) {
            const Node *m = n->u.interfacetype.methods.items[i];
            if (i > 0)
                strbuf_puts(out, "; ");
            if (m->u.field.names.len) {
                print_node(out, m->u.field.names.items[0]);
                print_signature(out, m->u.field.type);
            } else {
                print_node(out, m->u.field.type);
            }
        }
        strbuf_putc(out, '}');
        break;
    case N_MAPTYPE:
        strbuf_puts(out, "map[");
        print_node(out, n->u.maptype.key);
        strbuf_putc(out, ']');
        print_node(out, n->u.maptype.value);
        break;
    case N_CHANTYPE: {
        const Node *e = n->u.chantype.elem;
        bool wrap = n->u.chantype.dir == CHAN_BOTH && e && e->kind == N_CHANTYPE &&
                    e->u.chantype.dir == CHAN_RECV;
        strbuf_puts(out, n->u.chantype.dir == CHAN_RECV   ? "<-chan "
                         : n->u.chantype.dir == CHAN_SEND ? "chan<- "
                                                          : "chan ");
        if (wrap)
            strbuf_putc(out, '(');
        print_node(out, e);
        if (wrap)
            strbuf_putc(out, ')');
        break;
    }
    case N_EXPRSTMT:
        print_node(out, n->u.exprstmt.x);
        break;
    case N_SENDSTMT:
        print_node(out, n->u.send.chan);
        strbuf_puts(out, " <- ");
        print_node(out, n->u.send.value);
        break;
    case N_INCDEC:
        print_node(out, n->u.incdec.x);
        strbuf_puts(out, lex_token_string(n->u.incdec.tok));
        break;
    case N_ASSIGN:
        print_list(out, &n->u.assign.lhs);
        strbuf_printf(out, " %s ", lex_token_string(n->u.assign.tok));
        print_list(out, &n->u.assign.rhs);
        break;
    case N_RANGE:
        if (n->u.range.key) {
            print_node(out, n->u.range.key);
            if (n->u.range.value) {
                strbuf_puts(out, ", ");
                print_node(out, n->u.range.value);
            }
            strbuf_printf(out, " %s ", lex_token_string(n->u.range.tok));
        }
        strbuf_puts(out, "range ");
        print_node(out, n->u.range.x);
        break;
    default:
        strbuf_puts(out, "…");
        break;
    }
}

void ast_print(StrBuf *out, const Node *n)
{
    print_node(out, n);
}
