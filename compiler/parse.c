/*
 * parse.c — drives the lemon parser (grammar.y) over the lexer's tokens; the only file that
 * calls lemon. Also the grammar's validating builders and Go-style syntax error messages.
 *
 * How parse_file works:
 *  1. The first token decides the mode: a file that starts with `package` is a package file,
 *     anything else a script (c->script_mode), whose top level mixes declarations and
 *     statements. One grammar serves both; parse_item enforces the package-file rules.
 *  2. Each token is classified before it is pushed (classify): brackets open and close
 *     Frames, and a `{` at bracket depth 0 of an if/for/switch header becomes LBODY. This is
 *     the "loophack" of the gc yacc grammar: `header` holds the keyword of the header being
 *     read at the current depth; an opening bracket saves it in its Frame and clears it, the
 *     closing bracket restores it. An LBODY whose push made the parser reduce the header
 *     (parse_header_done) is the body: its Frame restores nothing, so after the body's `}`
 *     we are back in statements. Any other LBODY was a brace inside the header (`[]T{...}`,
 *     a function literal's body, `struct{...}`): its `}` restores the header keyword so the
 *     real body's `{` still becomes LBODY.
 *  3. Syntax errors: lemon calls report_syntax_error (grammar.y), which computes the set of
 *     tokens the parser could have accepted; parse_syntax_error words the message the way
 *     cmd/compile does ("unexpected X, expected Y", "at end of statement", "in argument
 *     list; possibly missing comma or )"...), using that set and the innermost Frame.
 *     As in cmd/compile, only the first syntax error of a line is reported, none at EOF
 *     after an earlier error, and the parse stops after PARSE_MAX_SYNTAX_ERRORS. The grammar
 *     is generated with `lemon -c` (no default reductions), so the parser stops in the state
 *     where the bad token arrived and the acceptable set is exact.
 *  4. A few of Go's messages depend on tokens, not on grammar states; the driver checks them
 *     before pushing: `var` in an if/for/switch header, a function body on the line after
 *     its signature, and `case`/`default` right after a statement.
 * Memory: nodes live in the compiler's arena. The parser state (the ParseState with its
 * bracket stack, and the lemon parser, whose stack of YYSTACKDEPTH entries bounds nesting:
 * deeper input is "too deeply nested") belongs to the Compiler, made on its first parse and
 * reset for each (begin_parse, new_parse_state); parse_free releases it. No globals, so
 * compilers may run in parallel.
 * Lazy bodies: for imported packages, parse_file skips each function body with the lexer
 * (skip_body) and the grammar takes it as one LAZYBODY token; parse_lazy_body parses it
 * later, starting the grammar with BODYSTART and the lexer at the body's position.
 * Rejected: a hand-written LBODY decision in the lexer from previous tokens alone — `[]T{`
 * and `T {` look alike; only the parser knows when a header ends.
 */
#include "compiler/parse.h"

#include "base/strbuf.h"
#include "compiler/ast.h"
#include "grammar.h"

#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The lemon-generated entry points (grammar.c has no header for them). */
void *grammarAlloc(void *(*alloc)(size_t), Compiler *c);
void grammar(void *parser, int kind, Token tok, ParseState *ps);
void grammarFree(void *parser, void (*dealloc)(void *));
void grammarInit(void *parser, Compiler *c);
void grammarFinalize(void *parser);

/* The lemon parser (its stack is YYSTACKDEPTH entries, a large block) and the ParseState
 * (its bracket stack too) are made once per Compiler and reset for each parse: imported
 * packages' function bodies are parsed one at a time (parse_lazy_body), many per run. */
static void *begin_parse(Compiler *c)
{
    if (!c->parser)
        c->parser = grammarAlloc(xmalloc, c);
    else
        grammarInit(c->parser, c);
    return c->parser;
}

static ParseState *new_parse_state(Compiler *c, int file)
{
    if (!c->parse_state)
        c->parse_state = xmalloc(sizeof(ParseState));
    ParseState *ps = c->parse_state;
    /* frames[] is read only below depth: clear the rest */
    memset(ps, 0, offsetof(ParseState, frames));
    ps->c = c;
    ps->file = file;
    ps->closed_kind = -1;
    ps->errors0 = c->nerrors;
    return ps;
}

void parse_free(Compiler *c)
{
    if (c->parser)
        grammarFree(c->parser, free);
    free(c->parse_state);
}

/* ---- Errors ---- */

static bool has(const uint64_t set[2], int k)
{
    return k > 0 && k < 128 && (set[k / 64] >> (k % 64)) & 1;
}

/* describe writes how Go names token [t] in "unexpected X". */
static void describe(StrBuf *b, const Token *t)
{
    switch (t->kind) {
    case TOK_IDENT:
        strbuf_printf(b, "name %.*s", t->len, t->text);
        break;
    case TOK_INT: case TOK_FLOAT: case TOK_IMAG: case TOK_CHAR: case TOK_STRING:
        strbuf_printf(b, "literal %.*s", t->len, t->text);
        break;
    case TOK_SEMICOLON:
        strbuf_puts(b, t->text[0] == ';' ? "semicolon" : t->text);
        break;
    case TOK_COMMA:
        strbuf_puts(b, "comma");
        break;
    default:
        strbuf_puts(b, lex_token_string(t->kind));
        break;
    }
}

void parse_error_at(ParseState *ps, Pos pos, const char *msg)
{
    if (ps->nsyntax > 0 && pos.line == ps->last_line)
        return;
    ps->last_line = pos.line;
    diag_error(ps->c, pos, "syntax error: %s", msg);
    if (++ps->nsyntax >= PARSE_MAX_SYNTAX_ERRORS)
        ps->stop = true;
}

/* innermost returns the innermost bracket open before the current token, if any. */
static const Frame *innermost(const ParseState *ps)
{
    return ps->depth0 > 0 ? &ps->frames[ps->depth0 - 1] : NULL;
}

/* list_context returns cmd/compile's "in X; possibly missing S or C" wording for the list
 * the parser is in, or NULL. */
static const char *list_context(const ParseState *ps, const uint64_t e[2])
{
    const Frame *f = innermost(ps);
    if (!f)
        return NULL;
    bool comma = has(e, TOK_COMMA), semi = has(e, TOK_SEMICOLON);
    switch (f->kind) {
    case FRAME_CALL:
        return comma && has(e, TOK_RPAREN) ? "in argument list; possibly missing comma or )"
                                           : NULL;
    case FRAME_PARAMS:
        if (!has(e, TOK_RPAREN))
            return NULL;
        return comma ? "in parameter list; possibly missing comma or )" : "expected )";
    case FRAME_TPARAMS:
        if (!has(e, TOK_RBRACK))
            return NULL;
        return comma ? "in parameter list; possibly missing comma or ]" : "expected ]";
    case FRAME_DECL: case FRAME_IMPORT:
        return semi && has(e, TOK_RPAREN)
                   ? "in grouped declaration; possibly missing semicolon or newline or )"
                   : NULL;
    case FRAME_STRUCT:
        return semi && has(e, TOK_RBRACE)
                   ? "in struct type; possibly missing semicolon or newline or }"
                   : NULL;
    case FRAME_INTERFACE:
        return semi && has(e, TOK_RBRACE)
                   ? "in interface type; possibly missing semicolon or newline or }"
                   : NULL;
    case FRAME_BRACE:
        return comma && has(e, TOK_RBRACE) && !semi
                   ? "in composite literal; possibly missing comma or }"
                   : NULL;
    default:
        return NULL;
    }
}

/* eof_in_list returns "expected )" (or ] or }) when the input ends inside a bracketed list:
 * Go's list parser stops at EOF and then wants the closing token. */
static const char *eof_in_list(const ParseState *ps, const Token *t)
{
    const Frame *f = innermost(ps);
    bool eof = t->kind == TOK_EOF || (t->kind == TOK_SEMICOLON && t->len == 3);
    if (!eof || !f)
        return NULL;
    switch (f->kind) {
    case FRAME_GROUP: case FRAME_CALL: case FRAME_PARAMS: case FRAME_DECL: case FRAME_IMPORT:
        return "expected )";
    case FRAME_BRACK: case FRAME_TPARAMS:
        return "expected ]";
    default:
        return "expected }";
    }
}

/* expectation chooses the "expected ..." text (or a whole message, returned with *plain
 * set) for token [t] given the acceptable set [e] and the context before [t]. */
static const char *expectation(const ParseState *ps, const Token *t, const uint64_t e[2],
                               bool *plain)
{
    static const struct {
        int tok;
        const char *text;
    } singles[] = {
        {TOK_COLON, "expected :"},     {TOK_RPAREN, "expected )"},
        {TOK_RBRACK, "expected ]"},    {TOK_RBRACE, "expected }"},
        {TOK_IDENT, "expected name"},  {TOK_LPAREN, "expected ("},
        {TOK_LBRACE, "expected {"},    {TOK_LBODY, "expected {"},
        {TOK_CHAN, "expected chan"},   {TOK_ASSIGN, "expected ="},
        {TOK_SEMICOLON, "expected semicolon or newline"},
    };
    int prev = ps->prev, hdr = ps->header0;
    bool top = ps->depth0 == 0;
    bool stmt_start = has(e, TOK_RETURN);
    bool type_start = has(e, TOK_IDENT) && has(e, TOK_MAP) && has(e, TOK_CHAN);
    *plain = true;
    if (prev == TOK_ELSE)
        return "else must be followed by if or statement block";
    if (type_start && (prev == TOK_CHAN || (prev == TOK_ARROW && ps->prev2 == TOK_CHAN)))
        return "missing channel element type";
    if (has(e, TOK_IMPORT) && has(e, TOK_FUNC) && !ps->c->script_mode)
        return "non-declaration statement outside function body";
    if (hdr == TOK_SWITCH && has(e, TOK_LBODY) && !has(e, TOK_SEMICOLON))
        return "missing { after switch clause";
    if (type_start && prev == TOK_ELLIPSIS)
        return "... is missing type";
    const Frame *f = innermost(ps);
    if (has(e, TOK_STRING) &&
        (prev == TOK_IMPORT || ps->prev2 == TOK_IMPORT || (f && f->kind == FRAME_IMPORT)))
        return "missing import path";
    *plain = false;
    if (type_start && prev == TOK_IDENT && ps->prev2 == TOK_TYPE)
        return "in type declaration";
    const char *list = list_context(ps, e);
    if (list)
        return list;
    const char *close = eof_in_list(ps, t);
    if (close)
        return close;
    if (prev == TOK_FUNC && has(e, TOK_IDENT) && has(e, TOK_LPAREN))
        return "expected name or (";
    if (hdr == TOK_FOR && t->kind == TOK_LBODY)
        return "expected for loop condition";
    if (has(e, TOK_LBODY)) {
        if (has(e, TOK_SEMICOLON))
            return "expected {";
        return hdr == TOK_FOR ? "expected { after for clause" : "expected { after if clause";
    }
    if (stmt_start && has(e, TOK_CASE))
        return "expected case or default or }";
    if (stmt_start && has(e, TOK_RBRACE))
        return "expected }";
    if (has(e, TOK_SEMICOLON))
        return top && !ps->c->script_mode ? "after top level declaration" : "at end of statement";
    if (has(e, TOK_CASE) && has(e, TOK_DEFAULT))
        return "expected case or default or }";
    if (has(e, TOK_COMMA) && has(e, TOK_COLON) && has(e, TOK_RBRACK))
        return "expected comma, : or ]";
    if (prev == TOK_PERIOD && has(e, TOK_IDENT))
        return "expected name or (";
    if (has(e, TOK_IDENT) && has(e, TOK_INT))
        return "expected expression";
    if (type_start)
        return "expected type";
    for (size_t i = 0; i < ARRAY_LEN(singles); i++) {
        if (has(e, singles[i].tok))
            return singles[i].text;
    }
    return "";
}

void parse_syntax_error(ParseState *ps, const Token *t, const uint64_t expected[2])
{
    if (ps->stop)
        return;
    if (t->kind == TOK_EOF && ps->c->nerrors > ps->errors0)
        return; /* cmd/compile: no "unexpected EOF" after an earlier error in the file */
    bool plain;
    const char *exp = expectation(ps, t, expected, &plain);
    StrBuf b = {0};
    if (plain) {
        strbuf_puts(&b, exp);
    } else {
        strbuf_puts(&b, "unexpected ");
        describe(&b, t);
        if (strncmp(exp, "expected", 8) == 0)
            strbuf_puts(&b, ", ");
        else if (*exp)
            strbuf_putc(&b, ' ');
        strbuf_puts(&b, exp);
    }
    parse_error_at(ps, t->pos, strbuf_cstr(&b));
    strbuf_free(&b);
}

void parse_too_deep(ParseState *ps)
{
    if (!ps->stop)
        diag_error(ps->c, ps->tok.pos, "syntax error: too deeply nested");
    ps->nsyntax++;
    ps->stop = true;
}

/* ---- Token classification: frames and LBODY ---- */

static bool ends_operand(int kind)
{
    switch (kind) {
    case TOK_IDENT: case TOK_INT: case TOK_FLOAT: case TOK_IMAG: case TOK_CHAR:
    case TOK_STRING: case TOK_RPAREN: case TOK_RBRACK: case TOK_RBRACE:
        return true;
    default:
        return false;
    }
}

static int paren_kind(const ParseState *ps)
{
    int p = ps->prev, p2 = ps->prev2;
    const Frame *f = innermost(ps);
    if (p == TOK_FUNC)
        return FRAME_PARAMS;
    if (p == TOK_IMPORT)
        return FRAME_IMPORT;
    if (p == TOK_VAR || p == TOK_CONST || p == TOK_TYPE)
        return FRAME_DECL;
    if (p == TOK_IDENT && (p2 == TOK_FUNC || (p2 == TOK_RPAREN && ps->closed_kind ==
                                                                      FRAME_PARAMS)))
        return FRAME_PARAMS;
    if (p == TOK_RPAREN && ps->closed_kind == FRAME_PARAMS)
        return FRAME_PARAMS;
    if (p == TOK_RBRACK && ps->closed_kind == FRAME_TPARAMS)
        return FRAME_PARAMS;
    if (p == TOK_IDENT && f && f->kind == FRAME_INTERFACE)
        return FRAME_PARAMS;
    return ends_operand(p) ? FRAME_CALL : FRAME_GROUP;
}

static void push_frame(ParseState *ps, int kind)
{
    if (ps->depth == PARSE_MAX_DEPTH) {
        parse_too_deep(ps);
        return;
    }
    ps->frames[ps->depth++] = (Frame){(uint8_t)kind, (uint8_t)ps->header};
    ps->header = 0;
}

static void pop_frame(ParseState *ps)
{
    if (ps->depth == 0)
        return;
    const Frame *f = &ps->frames[--ps->depth];
    ps->header = f->restore;
    ps->closed_kind = f->kind;
}

/* classify updates the frames for token [t] before it is pushed and turns a header's `{`
 * into LBODY. */
static void classify(ParseState *ps, Token *t)
{
    switch (t->kind) {
    case TOK_IF: case TOK_FOR: case TOK_SWITCH:
        ps->header = t->kind;
        break;
    case TOK_LPAREN:
        push_frame(ps, paren_kind(ps));
        break;
    case TOK_LBRACK:
        push_frame(ps, ps->prev == TOK_IDENT &&
                               (ps->prev2 == TOK_FUNC || ps->prev2 == TOK_TYPE)
                           ? FRAME_TPARAMS
                           : FRAME_BRACK);
        break;
    case TOK_LBRACE:
        if (ps->header)
            t->kind = TOK_LBODY;
        push_frame(ps, ps->prev == TOK_STRUCT      ? FRAME_STRUCT
                       : ps->prev == TOK_INTERFACE ? FRAME_INTERFACE
                                                        : FRAME_BRACE);
        break;
    case TOK_RPAREN: case TOK_RBRACK: case TOK_RBRACE:
        pop_frame(ps);
        break;
    default:
        break;
    }
}

void parse_header_done(ParseState *ps)
{
    ps->header_done = true;
}

/* ---- The driver ---- */

/* header_var drops the `var` of `if var x = 0; ...`, to be reported where Go does, at the
 * token after it (report_header_var); the rest parses as the simple statement cmd/compile
 * recovers to. Returns true if the `var` was dropped. */
static bool header_var(ParseState *ps)
{
    int p = ps->prev;
    if ((p == TOK_IF || p == TOK_FOR || p == TOK_SWITCH) && ps->header) {
        ps->pending_var = p;
        return true;
    }
    return false;
}

static void report_header_var(ParseState *ps, const Token *t)
{
    char msg[64];
    snprintf(msg, sizeof msg, "var declaration not allowed in %s initializer",
             lex_token_string(ps->pending_var));
    parse_error_at(ps, t->pos, msg);
    ps->pending_var = 0;
}

/* case_after_stmt reports a case or default that follows a statement on the same line:
 * the grammar lets a clause's statement list end there, but Go requires the `;` that only
 * a `}` may replace. */
static void case_after_stmt(ParseState *ps, const Token *t)
{
    int p = ps->prev;
    if (p != TOK_SEMICOLON && p != TOK_COLON && p != TOK_LBRACE && p != TOK_LBODY && p != 0) {
        char msg[64];
        snprintf(msg, sizeof msg, "unexpected %s at end of statement", lex_token_string(t->kind));
        parse_error_at(ps, t->pos, msg);
    }
}

/* top_level_brace reports a function body that starts on the line after its signature
 * (the newline ended the declaration), as cmd/compile does, before the block confuses
 * the rest of the file. */
static void top_level_brace(ParseState *ps, const Token *t)
{
    const Node *last = ps->last_item;
    if (ps->depth == 0 && ps->prev == TOK_SEMICOLON && last &&
        last->kind == N_FUNCDECL && !last->u.funcdecl.body && !ps->c->script_mode &&
        !ps->skip_stmts) {
        parse_error_at(ps, t->pos, "unexpected semicolon or newline before {");
        ps->skip_stmts = true;
    }
}

/* push_token feeds the classified token [t] to the parser; false when the parse is over (EOF,
 * or stopped by errors). */
static bool push_token(ParseState *ps, void *parser, Token t)
{
    ps->tok = t;
    ps->header_done = false;
    grammar(parser, t.kind, t, ps);
    if (t.kind == TOK_LBODY && ps->header_done && ps->depth > 0)
        ps->frames[ps->depth - 1].restore = 0;
    if (t.kind == TOK_EOF || ps->stop)
        return false;
    ps->prev2 = ps->prev;
    ps->prev = t.kind;
    return true;
}

/* note_lazy_signature tracks, in lazy mode, whether [t] is within the signature of a
 * function or method declaration: from its `func` to its body's `{` or the `;` of a
 * body-less (native) declaration. init functions are left out: they always run. */
static void note_lazy_signature(ParseState *ps, const Token *t)
{
    if (ps->depth != 0)
        return;
    if (t->kind == TOK_FUNC && (ps->prev == TOK_SEMICOLON || ps->prev == 0))
        ps->in_signature = true;
    else if (t->kind == TOK_SEMICOLON ||
             (t->kind == TOK_IDENT && ps->prev == TOK_FUNC && t->len == 4 &&
              memcmp(t->text, "init", 4) == 0))
        ps->in_signature = false;
}

/* fast_skip scans from [lx]'s position (just after a body's `{`) to the matching `}` by
 * bytes: braces, newlines, and the literals and comments that may hide either; on success
 * it leaves the lexer after the `}` and returns its address. Returns NULL, lexer untouched,
 * for anything irregular (a NUL or the end, a newline in a string or rune literal), which
 * skip_body then scans with the lexer to report it. Lexical errors inside a skipped body
 * are reported when the body is parsed (parse_lazy_body), as every syntax error there is. */
static const char *fast_skip(Lexer *lx)
{
    const char *p = lx->cur, *line_start = lx->line_start;
    int line = lx->line, depth = 1;
    for (;;) {
        switch (*p) {
        case '\0':
            return NULL;
        case '\n':
            line++;
            line_start = ++p;
            break;
        case '{':
            depth++;
            p++;
            break;
        case '}':
            if (--depth == 0) {
                lx->cur = p + 1;
                lx->line = line;
                lx->line_start = line_start;
                lx->nlsemi = true;
                return p;
            }
            p++;
            break;
        case '"':
        case '\'': {
            char q = *p++;
            while (*p != q) {
                if (*p == '\\')
                    p++;
                if (*p == '\n' || *p == '\0')
                    return NULL;
                p++;
            }
            p++;
            break;
        }
        case '`':
            p++;
            while (*p != '`') {
                if (*p == '\0')
                    return NULL;
                if (*p == '\n') {
                    line++;
                    line_start = p + 1;
                }
                p++;
            }
            p++;
            break;
        case '/':
            if (p[1] == '/') {
                p += 2;
                while (*p != '\n' && *p != '\0')
                    p++;
            } else if (p[1] == '*') {
                p += 2;
                while (!(p[0] == '*' && p[1] == '/')) {
                    if (*p == '\0')
                        return NULL;
                    if (*p == '\n') {
                        line++;
                        line_start = p + 1;
                    }
                    p++;
                }
                p += 2;
            } else {
                p++;
            }
            break;
        default:
            p++;
            break;
        }
    }
}

/* skip_body turns the body that opens with [t] (a top-level `{` ending a signature) into one
 * LAZYBODY token spanning its text, scanning to the matching `}` (fast_skip, or the lexer
 * for irregular text). Returns false, having reported the error, when the input ends
 * first. */
static bool skip_body(ParseState *ps, Lexer *lx, Token *t)
{
    Token start = *t, u;
    const char *close = fast_skip(lx);
    if (close) {
        t->kind = TOK_LAZYBODY;
        t->text = start.text;
        t->len = (int)(close + 1 - start.text);
        t->pos = start.pos;
        ps->in_signature = false;
        return true;
    }
    int depth = 1;
    do {
        lex_next(lx, &u);
        if (u.kind == TOK_LBRACE)
            depth++;
        else if (u.kind == TOK_RBRACE)
            depth--;
        else if (u.kind == TOK_EOF) {
            parse_error_at(ps, u.pos, "unexpected EOF, expected }");
            ps->stop = true;
            return false;
        }
    } while (depth > 0);
    t->kind = TOK_LAZYBODY;
    t->text = start.text;
    t->len = (int)(u.text + 1 - start.text);
    t->pos = start.pos;
    ps->in_signature = false;
    return true;
}

void parse_lazy_body(Compiler *c, Node *block)
{
    if (!block->u.block.lazy)
        return;
    ParseState *ps = new_parse_state(c, block->pos.file);
    Lexer lx;
    lex_init_at(&lx, c, ps->file, block->u.block.lazy, block->pos);
    void *parser = begin_parse(c);
    Token t = {TOK_BODYSTART, block->pos, block->u.block.lazy, 0};
    grammar(parser, t.kind, t, ps);
    bool done = false;
    for (;;) {
        if (done)
            t.kind = TOK_EOF; /* instead of what follows the body's closing brace */
        else
            lex_next(&lx, &t);
        ps->depth0 = ps->depth;
        ps->header0 = ps->header;
        classify(ps, &t);
        if (!push_token(ps, parser, t))
            break;
        done = t.kind == TOK_RBRACE && ps->depth == 0;
    }
    grammarFinalize(parser);
    if (ps->body) { /* else a syntax error, reported */
        block->u.block.stmts = ps->body->u.block.stmts;
        block->u.block.rbrace = ps->body->u.block.rbrace;
    }
    block->u.block.lazy = NULL;
}

Node *parse_file(Compiler *c, int file, bool lazy_bodies)
{
    ParseState *ps = new_parse_state(c, file);
    ps->lazy = lazy_bodies;
    ps->root = ast_node(c, N_FILE, (Pos){file, 1, 1});
    Lexer lx;
    lex_init(&lx, c, file);
    void *parser = begin_parse(c);
    Token t;
    lex_next(&lx, &t);
    c->script_mode = t.kind != TOK_PACKAGE;
    for (;;) {
        ps->depth0 = ps->depth;
        ps->header0 = ps->header;
        if (UNLIKELY(ps->pending_var))
            report_header_var(ps, &t);
        switch (t.kind) {
        case TOK_VAR:
            if (header_var(ps))
                goto next;
            break;
        case TOK_LBRACE:
            top_level_brace(ps, &t);
            break;
        case TOK_CASE: case TOK_DEFAULT:
            case_after_stmt(ps, &t);
            break;
        default:
            break;
        }
        if (ps->lazy) {
            note_lazy_signature(ps, &t);
            if (ps->in_signature && t.kind == TOK_LBRACE && ps->depth == 0 &&
                ps->prev != TOK_STRUCT && ps->prev != TOK_INTERFACE && !skip_body(ps, &lx, &t))
                break;
        }
        if (t.kind != TOK_LAZYBODY)
            classify(ps, &t);
        if (ps->stop || !push_token(ps, parser, t))
            break;
    next:
        lex_next(&lx, &t);
    }
    grammarFinalize(parser);
    Node *root = ps->root;
    return root;
}

/* ---- Validating builders ---- */

static void bad_syntax(ParseState *ps, Pos pos, const char *fmt, const Node *n)
{
    StrBuf b = {0};
    const char *pct = strstr(fmt, "%s");
    strbuf_append(&b, fmt, pct ? (size_t)(pct - fmt) : strlen(fmt));
    if (pct) {
        ast_print(&b, n);
        strbuf_puts(&b, pct + 2);
    }
    parse_error_at(ps, pos, strbuf_cstr(&b));
    strbuf_free(&b);
}

/* emphasize prints [l] for "cannot use assignment ... as value", parenthesizing a single
 * binary expression as cmd/compile does. */
static void emphasize(StrBuf *b, const NodeList *l)
{
    bool paren = l->len == 1 && l->items[0]->kind == N_BINARY;
    if (paren)
        strbuf_putc(b, '(');
    for (int i = 0; i < l->len; i++) {
        if (i > 0)
            strbuf_puts(b, ", ");
        ast_print(b, l->items[i]);
    }
    if (paren)
        strbuf_putc(b, ')');
}

static Node *bad_node(ParseState *ps, Pos pos)
{
    return ast_node(ps->c, N_BAD, pos);
}

/* parse_cond unpacks the condition of a header from its simple statement [s]. */
static Node *parse_cond(ParseState *ps, Node *s)
{
    if (s->kind == N_EXPRSTMT)
        return s->u.exprstmt.x;
    Pos pos = s->kind == N_ASSIGN     ? s->u.assign.oppos
              : s->kind == N_SENDSTMT ? s->u.send.oppos
              : s->kind == N_INCDEC   ? s->u.incdec.oppos
                                      : ast_start(s);
    if (s->kind == N_ASSIGN && s->u.assign.tok == TOK_ASSIGN) {
        StrBuf b = {0};
        strbuf_puts(&b, "cannot use assignment ");
        emphasize(&b, &s->u.assign.lhs);
        strbuf_puts(&b, " = ");
        emphasize(&b, &s->u.assign.rhs);
        strbuf_puts(&b, " as value");
        parse_error_at(ps, pos, strbuf_cstr(&b));
        strbuf_free(&b);
    } else {
        bad_syntax(ps, pos, "cannot use %s as value", s);
    }
    return bad_node(ps, pos);
}

Header parse_header(ParseState *ps, Node *init, Node *stmt, const Token *semi)
{
    Header h = {init, stmt, {0}};
    if (semi)
        h.semi = *semi;
    parse_header_done(ps);
    return h;
}

IfChain parse_if(ParseState *ps, const IfChain *chain, Token kw, Header h, Token lbody,
                 Node *body)
{
    Node *n = ast_node(ps->c, N_IF, kw.pos);
    Node *cond;
    if (h.stmt) {
        cond = parse_cond(ps, h.stmt);
    } else if (h.semi.kind && h.semi.text[0] != ';') {
        parse_error_at(ps, h.semi.pos, "unexpected newline, expected { after if clause");
        cond = bad_node(ps, h.semi.pos);
    } else {
        Pos pos = h.semi.kind ? h.semi.pos : lbody.pos;
        parse_error_at(ps, pos, "missing condition in if statement");
        cond = bad_node(ps, pos);
    }
    n->u.if_.init = h.init;
    n->u.if_.cond = cond;
    n->u.if_.body = body;
    if (!chain)
        return (IfChain){n, n};
    chain->last->u.if_.els = n;
    return (IfChain){chain->first, n};
}

Node *parse_else(IfChain chain, Node *els)
{
    chain.last->u.if_.els = els;
    return chain.first;
}

Node *parse_for_header(ParseState *ps, Node *init, Node *cond, Node *post, bool clauses)
{
    Node *n = ast_node(ps->c, N_FOR, cond ? cond->pos : (Pos){ps->file, 0, 0});
    parse_header_done(ps);
    n->u.for_.init = init;
    n->u.for_.cond = cond ? parse_cond(ps, cond) : NULL;
    if (clauses && post && post->kind == N_ASSIGN && post->u.assign.tok == TOK_DEFINE)
        parse_error_at(ps, post->u.assign.oppos, "cannot declare in post statement of for loop");
    n->u.for_.post = post;
    return n;
}

Node *parse_range_header(ParseState *ps, NodeList *lhs, Token op, Node *x)
{
    Node *n = ast_node(ps->c, N_RANGE, op.pos);
    parse_header_done(ps);
    if (lhs) {
        n->u.range.key = lhs->items[0];
        n->u.range.value = lhs->len > 1 ? lhs->items[1] : NULL;
        n->u.range.tok = op.kind;
        if (lhs->len > 2)
            diag_error(ps->c, ast_start(lhs->items[2]),
                       "range clause permits at most two iteration variables");
    }
    n->u.range.x = x;
    return n;
}

Node *parse_for(ParseState *ps, Token kw, Node *hdr, Node *body)
{
    (void)ps;
    hdr->pos = kw.pos;
    if (hdr->kind == N_FOR)
        hdr->u.for_.body = body;
    else
        hdr->u.range.body = body;
    return hdr;
}

static bool is_type_guard(const Node *x)
{
    return x->kind == N_TYPEASSERT && !x->u.typeassert.type;
}

Node *parse_switch(ParseState *ps, Token kw, Header h, Node *body)
{
    Node *s = h.stmt;
    Node *guard = NULL, *bind = NULL;
    if (s && s->kind == N_EXPRSTMT && is_type_guard(s->u.exprstmt.x)) {
        guard = s->u.exprstmt.x;
    } else if (s && s->kind == N_ASSIGN && s->u.assign.tok == TOK_DEFINE &&
               s->u.assign.lhs.len == 1 && s->u.assign.lhs.items[0]->kind == N_IDENT &&
               s->u.assign.rhs.len == 1 && is_type_guard(s->u.assign.rhs.items[0])) {
        bind = s->u.assign.lhs.items[0];
        guard = s->u.assign.rhs.items[0];
    }
    if (guard) {
        Node *n = ast_node(ps->c, N_TYPESWITCH, kw.pos);
        n->u.typeswitch.init = h.init;
        n->u.typeswitch.bind = bind;
        n->u.typeswitch.x = guard;
        n->u.typeswitch.body = body;
        return n;
    }
    Node *n = ast_node(ps->c, N_SWITCH, kw.pos);
    n->u.switch_.init = h.init;
    n->u.switch_.tag = s ? parse_cond(ps, s) : NULL;
    n->u.switch_.body = body;
    return n;
}

Node *parse_select(ParseState *ps, Token kw, Node *body)
{
    Node *n = ast_node(ps->c, N_SELECT, kw.pos);
    n->u.select_.body = body;
    return n;
}

Node *parse_call_stmt(ParseState *ps, Token kw, Node *x)
{
    if (x->kind == N_PAREN) {
        diag_error(ps->c, x->pos, "expression in %s must not be parenthesized",
                   lex_token_string(kw.kind));
        while (x->kind == N_PAREN)
            x = x->u.paren.x;
    }
    Node *n = ast_node(ps->c, kw.kind == TOK_GO ? N_GO : N_DEFER, kw.pos);
    if (kw.kind == TOK_GO)
        n->u.go_.call = x;
    else
        n->u.defer_.call = x;
    return n;
}

Node *parse_slice3(ParseState *ps, Node *x, Node *lo, Node *hi, Token colon, Node *max,
                   Token rbrack)
{
    if (!hi)
        diag_error(ps->c, colon.pos, "middle index required in 3-index slice");
    if (!max)
        diag_error(ps->c, rbrack.pos, "final index required in 3-index slice");
    return ast_slice(ps->c, x, lo, hi ? hi : bad_node(ps, colon.pos),
                     max ? max : bad_node(ps, rbrack.pos), true);
}

Node *parse_complit_paren(ParseState *ps, Node *paren, Pos lbrace, NodeList elts, Pos rbrace)
{
    parse_error_at(ps, lbrace, "cannot parenthesize type in composite literal");
    Node *n = ast_composite(ps->c, paren->u.paren.x, lbrace, elts, rbrace);
    n->pos = paren->pos;
    return n;
}

Node *parse_bracket_field(ParseState *ps, NodeList names, Token lbrack, NodeList x, Node *elem,
                          Node *tag)
{
    Compiler *c = ps->c;
    if (elem) {
        if (x.len > 1)
            parse_error_at(ps, x.items[1]->pos, "unexpected comma; expected ]");
        return ast_field(c, names, ast_arraytype(c, lbrack.pos, x.items[0], elem), tag);
    }
    if (names.len > 1)
        parse_error_at(ps, lbrack.pos, "unexpected [, expected type");
    return ast_field(c, ast_list0(), ast_index(c, names.items[names.len - 1], x), tag);
}

Node *parse_bracket_param(ParseState *ps, Node *name, Token lbrack, NodeList x, Node *elem)
{
    Compiler *c = ps->c;
    if (elem) {
        if (x.len > 1)
            parse_error_at(ps, x.items[1]->pos, "unexpected comma; expected ]");
        return ast_param(c, name, ast_arraytype(c, lbrack.pos, x.items[0], elem));
    }
    return ast_param(c, NULL, ast_index(c, name, x));
}

Node *parse_recv(ParseState *ps, Token arrow, Node *x, const Token *next)
{
    if (x->kind != N_CHANTYPE)
        return ast_unary(ps->c, arrow.pos, TOK_ARROW, x);
    /* <-(chan E) => (<-chan E); <-(chan<- E) => (<-chan (<-E)), and so on down */
    int dir = CHAN_SEND;
    Node *t = x;
    while (dir == CHAN_SEND && t && t->kind == N_CHANTYPE) {
        dir = t->u.chantype.dir;
        if (dir == CHAN_RECV)
            parse_error_at(ps, next->pos, "unexpected <-, expected chan");
        t->u.chantype.dir = CHAN_RECV;
        t = t->u.chantype.elem;
    }
    if (dir == CHAN_SEND)
        bad_syntax(ps, next->pos, "unexpected %s, expected chan", t);
    x->pos = arrow.pos;
    return x;
}

Node *parse_bad_import(ParseState *ps, Node *name, Token path)
{
    parse_error_at(ps, path.pos, "import path must be a string");
    return ast_importspec(ps->c, name, ast_basiclit(ps->c, path.pos, path.kind, path.text,
                                                    path.len));
}

Node *parse_generic_method(ParseState *ps, Token lbrack, Node *decl)
{
    parse_error_at(ps, lbrack.pos, "method must have no type parameters");
    return decl;
}

Node *parse_paren_embed(ParseState *ps, Token lparen, Node *type, Node *tag)
{
    parse_error_at(ps, lparen.pos, "cannot parenthesize embedded type");
    return ast_field(ps->c, ast_list0(), type, tag);
}

Node *parse_labeled(ParseState *ps, Node *label, Token colon, Node *stmt, const Token *next)
{
    if (!stmt && next->kind != TOK_SEMICOLON && next->kind != TOK_RBRACE)
        parse_error_at(ps, colon.pos, "missing statement after label");
    return ast_labeled(ps->c, label, colon.pos, stmt);
}

/* ---- Parameter lists ---- */

NodeList parse_params(ParseState *ps, NodeList l, bool tparams)
{
    Compiler *c = ps->c;
    int named = 0, typed = 0;
    for (int i = 0; i < l.len; i++) {
        const Node *f = l.items[i];
        named += f->u.field.names.len && f->u.field.type;
        typed += f->u.field.type != NULL;
    }
    if (l.len == 0)
        return l;
    if (named == 0 && !tparams) {
        /* all unnamed: the bare names are type names */
        for (int i = 0; i < l.len; i++) {
            Node *f = l.items[i];
            if (!f->u.field.type) {
                f->u.field.type = f->u.field.names.items[0];
                f->u.field.names = ast_list0();
            }
        }
        return l;
    }
    if (named != l.len) {
        /* some named: every entry needs a name and takes the type to its right */
        Pos err = {0, 0, 0};
        Node *typ = NULL;
        for (int i = l.len - 1; i >= 0; i--) {
            Node *f = l.items[i];
            if (f->u.field.type) {
                typ = f->u.field.type;
                if (!f->u.field.names.len)
                    err = ast_start(typ);
            } else if (typ) {
                f->u.field.type = typ;
            } else {
                err = f->u.field.names.items[0]->pos;
                f->u.field.type = bad_node(ps, err);
            }
        }
        if (err.line) {
            const char *msg = "mixed named and unnamed parameters";
            if (tparams && named == typed) {
                msg = "missing type constraint";
                err = l.items[l.len - 1]->pos;
            } else if (tparams) {
                msg = l.len == 1 ? "missing type parameter name or invalid array length"
                                 : "missing type parameter name";
            }
            parse_error_at(ps, err, msg);
        }
    }
    /* group consecutive names that share one type node: a, b int */
    NodeList out = ast_list0();
    for (int i = 0; i < l.len; i++) {
        Node *f = l.items[i];
        Node *last = out.len ? out.items[out.len - 1] : NULL;
        if (last && f->u.field.names.len && last->u.field.names.len &&
            last->u.field.type == f->u.field.type) {
            for (int j = 0; j < f->u.field.names.len; j++)
                ast_list_push(c, &last->u.field.names, f->u.field.names.items[j]);
            continue;
        }
        ast_list_push(c, &out, f);
    }
    return out;
}

NodeList parse_typeparam_head(ParseState *ps, Node *x, Node *c, NodeList rest)
{
    Node *name = x;
    if (x->kind != N_IDENT) {
        parse_error_at(ps, ast_start(x), "missing type parameter name");
        name = ast_ident(ps->c, x->pos, "_", 1);
    }
    NodeList all = ast_list1(ps->c, c ? ast_param(ps->c, name, c) : ast_param(ps->c, NULL, name));
    for (int i = 0; i < rest.len; i++)
        ast_list_push(ps->c, &all, rest.items[i]);
    return parse_params(ps, all, true);
}

/* ---- Declarations and the file ---- */

Node *parse_funcdecl(ParseState *ps, Token kw, NodeList *recv, Node *name, NodeList tparams,
                     Node *type, Node *body)
{
    Node *n = ast_node(ps->c, N_FUNCDECL, kw.pos);
    type->pos = kw.pos;
    type->u.functype.typeparams = tparams;
    if (recv) {
        NodeList r = parse_params(ps, *recv, false);
        int count = 0;
        for (int i = 0; i < r.len; i++)
            count += r.items[i]->u.field.names.len ? r.items[i]->u.field.names.len : 1;
        if (count == 0)
            diag_error(ps->c, name->pos, "method has no receiver");
        else if (count > 1)
            diag_error(ps->c, name->pos, "method has multiple receivers");
        n->u.funcdecl.recv = r;
    }
    n->u.funcdecl.name = name;
    n->u.funcdecl.type = type;
    n->u.funcdecl.body = body;
    return n;
}

void parse_package(ParseState *ps, Token kw, Token name)
{
    ps->root->pos = kw.pos;
    ps->root->u.file.package = ast_ident(ps->c, name.pos, name.text, (size_t)name.len);
}

/* misplaced_stmt reports statement [n] at the top level of a package file. A statement that
 * starts with `func (` was meant as a method: word it as Go's parser would. */
static void misplaced_stmt(ParseState *ps, const Node *n)
{
    const Node *x = n->kind == N_EXPRSTMT ? n->u.exprstmt.x : NULL;
    while (x && x->kind == N_CALL)
        x = x->u.call.fun;
    if (x && x->kind == N_FUNCLIT && x->pos.line == n->pos.line && x->pos.col == n->pos.col) {
        const NodeList *res = &x->u.funclit.type->u.functype.results;
        Pos body = x->u.funclit.body->pos;
        if (res->len == 0)
            parse_error_at(ps, body, "unexpected {, expected name");
        else if (res->len == 1 && !res->items[0]->u.field.names.len &&
                 res->items[0]->u.field.type->kind == N_IDENT)
            parse_error_at(ps, body, "unexpected {, expected (");
        else
            parse_error_at(ps, n->pos, "non-declaration statement outside function body");
        return;
    }
    parse_error_at(ps, ast_start(n), "non-declaration statement outside function body");
}

void parse_item(ParseState *ps, Node *n)
{
    if (!n)
        return;
    bool decl = n->kind == N_GENDECL || n->kind == N_FUNCDECL;
    if (!ps->c->script_mode) {
        if (!decl) {
            if (!ps->skip_stmts)
                misplaced_stmt(ps, n);
            ps->skip_stmts = true;
            ps->last_item = n;
            return;
        }
        ps->skip_stmts = false;
        if (n->kind == N_GENDECL && n->u.gendecl.tok == TOK_IMPORT) {
            if (ps->seen_decl)
                parse_error_at(ps, n->pos, "imports must appear before other declarations");
        } else {
            ps->seen_decl = true;
        }
    }
    ast_list_push(ps->c, &ps->root->u.file.decls, n);
    ps->last_item = n;
}
