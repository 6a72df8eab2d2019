/*
 * exprstr.c — prints expressions and type expressions as Go's type checker quotes them in
 * error messages: `x + 1`, `f(a, b)`, `T{…}`, `func() {…}`, `m[k]`, `[]int`.
 *
 * Binary operators are printed with spaces, as cmd/compile's syntax printer does; composite
 * and function literal bodies are elided with "…".
 */
#include "compiler/check.h"

static void put(Compiler *c, StrBuf *b, Node *n);

static const char *op_string(int op)
{
    return lex_token_string(op);
}

static void put_list(Compiler *c, StrBuf *b, NodeList *l)
{
    for (int i = 0; i < l->len; i++) {
        if (i)
            strbuf_puts(b, ", ");
        put(c, b, l->items[i]);
    }
}

static void put_fields(Compiler *c, StrBuf *b, NodeList *l, const char *sep)
{
    for (int i = 0; i < l->len; i++) {
        Node *f = l->items[i];
        if (i)
            strbuf_puts(b, sep);
        for (int k = 0; k < f->u.field.names.len; k++) {
            if (k)
                strbuf_puts(b, ", ");
            strbuf_puts(b, f->u.field.names.items[k]->u.ident.name);
        }
        if (f->u.field.names.len)
            strbuf_putc(b, ' ');
        put(c, b, f->u.field.type);
    }
}

static void put_sig(Compiler *c, StrBuf *b, Node *ft)
{
    strbuf_putc(b, '(');
    put_fields(c, b, &ft->u.functype.params, ", ");
    strbuf_putc(b, ')');
    NodeList *r = &ft->u.functype.results;
    if (r->len == 1 && r->items[0]->u.field.names.len == 0) {
        strbuf_putc(b, ' ');
        put(c, b, r->items[0]->u.field.type);
    } else if (r->len) {
        strbuf_puts(b, " (");
        put_fields(c, b, r, ", ");
        strbuf_putc(b, ')');
    }
}

static void put(Compiler *c, StrBuf *b, Node *n)
{
    if (!n) {
        return;
    }
    switch (n->kind) {
    case N_IDENT:
        strbuf_puts(b, n->u.ident.name);
        break;
    case N_BASICLIT:
        strbuf_append(b, n->u.lit.raw, (size_t)n->u.lit.len);
        break;
    case N_COMPOSITE:
        put(c, b, n->u.composite.type);
        strbuf_puts(b, n->u.composite.elts.len ? "{…}" : "{}");
        break;
    case N_KEYVALUE:
        put(c, b, n->u.kv.key);
        strbuf_puts(b, ": ");
        put(c, b, n->u.kv.value);
        break;
    case N_FUNCLIT:
        strbuf_puts(b, "func");
        put_sig(c, b, n->u.funclit.type);
        strbuf_puts(b, " {…}");
        break;
    case N_PAREN:
        strbuf_putc(b, '(');
        put(c, b, n->u.paren.x);
        strbuf_putc(b, ')');
        break;
    case N_SELECTOR:
        put(c, b, n->u.selector.x);
        strbuf_putc(b, '.');
        put(c, b, n->u.selector.sel);
        break;
    case N_INDEX:
        put(c, b, n->u.index.x);
        strbuf_putc(b, '[');
        put_list(c, b, &n->u.index.indices);
        strbuf_putc(b, ']');
        break;
    case N_SLICE:
        put(c, b, n->u.slice.x);
        strbuf_putc(b, '[');
        put(c, b, n->u.slice.lo);
        strbuf_putc(b, ':');
        put(c, b, n->u.slice.hi);
        if (n->u.slice.slice3) {
            strbuf_putc(b, ':');
            put(c, b, n->u.slice.max);
        }
        strbuf_putc(b, ']');
        break;
    case N_TYPEASSERT:
        put(c, b, n->u.typeassert.x);
        strbuf_puts(b, ".(");
        if (n->u.typeassert.type)
            put(c, b, n->u.typeassert.type);
        else
            strbuf_puts(b, "type");
        strbuf_putc(b, ')');
        break;
    case N_CALL:
        put(c, b, n->u.call.fun);
        strbuf_putc(b, '(');
        put_list(c, b, &n->u.call.args);
        if (n->u.call.has_ellipsis)
            strbuf_puts(b, "...");
        strbuf_putc(b, ')');
        break;
    case N_STAR:
        strbuf_putc(b, '*');
        put(c, b, n->u.star.x);
        break;
    case N_UNARY:
        strbuf_puts(b, op_string(n->u.unary.op));
        put(c, b, n->u.unary.x);
        break;
    case N_BINARY:
        put(c, b, n->u.binary.x);
        strbuf_putc(b, ' ');
        strbuf_puts(b, op_string(n->u.binary.op));
        if (n->aux == 1)
            strbuf_putc(b, '='); /* an operation assignment x op= y */
        strbuf_putc(b, ' ');
        put(c, b, n->u.binary.y);
        break;
    case N_ARRAYTYPE:
        strbuf_putc(b, '[');
        if (n->u.arraytype.len) {
            if (n->u.arraytype.len->kind == N_ELLIPSIS)
                strbuf_puts(b, "...");
            else
                put(c, b, n->u.arraytype.len);
        }
        strbuf_putc(b, ']');
        put(c, b, n->u.arraytype.elem);
        break;
    case N_STRUCTTYPE:
        strbuf_puts(b, "struct{");
        put_fields(c, b, &n->u.structtype.fields, "; ");
        strbuf_putc(b, '}');
        break;
    case N_FUNCTYPE:
        strbuf_puts(b, "func");
        put_sig(c, b, n);
        break;
    case N_INTERFACETYPE:
        strbuf_puts(b, "interface{");
        for (int i = 0; i < n->u.interfacetype.methods.len; i++) {
            Node *f = n->u.interfacetype.methods.items[i];
            if (i)
                strbuf_puts(b, "; ");
            if (f->u.field.names.len) {
                strbuf_puts(b, f->u.field.names.items[0]->u.ident.name);
                put_sig(c, b, f->u.field.type);
            } else {
                put(c, b, f->u.field.type);
            }
        }
        strbuf_putc(b, '}');
        break;
    case N_MAPTYPE:
        strbuf_puts(b, "map[");
        put(c, b, n->u.maptype.key);
        strbuf_putc(b, ']');
        put(c, b, n->u.maptype.value);
        break;
    case N_CHANTYPE:
        if (n->u.chantype.dir == CHAN_RECV)
            strbuf_puts(b, "<-chan ");
        else if (n->u.chantype.dir == CHAN_SEND)
            strbuf_puts(b, "chan<- ");
        else
            strbuf_puts(b, "chan ");
        put(c, b, n->u.chantype.elem);
        break;
    case N_ELLIPSIS:
        strbuf_puts(b, "...");
        put(c, b, n->u.ellipsis.elt);
        break;
    default:
        strbuf_puts(b, "?");
        break;
    }
}

/* expr_string appends Go's rendering of [n] to [b]. */
void expr_string(Compiler *c, StrBuf *b, Node *n);
void expr_string(Compiler *c, StrBuf *b, Node *n)
{
    put(c, b, n);
}
