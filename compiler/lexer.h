/*
 * lexer.h — Go's lexical grammar: bytes of one source file in, tokens out.
 *
 * The lexer is a re2c DFA (lexer.re) over the whole file held in memory with a NUL sentinel
 * (compiler_add_file guarantees it). Token kinds are the TOK_* codes of the lemon-generated
 * grammar.h (go/token's names), so parse.c can push them straight into the parser; 0
 * (TOK_EOF) ends the input. The lexer inserts Go's automatic semicolons itself.
 *
 * Conventions the parser and checker rely on:
 *  - Token.text points into the source (borrowed for the Compiler's lifetime), except for an
 *    automatic semicolon, whose text is the static string "newline" or "EOF" — the words Go's
 *    syntax errors use. An explicit semicolon has text ";".
 *  - Literal tokens (TOK_INT TOK_FLOAT TOK_IMAG TOK_CHAR TOK_STRING) carry their raw source
 *    text, quotes and prefixes included; literal.h converts strings and runes. Malformed
 *    literals are reported here and still returned with their best-guess kind, so the parser
 *    goes on; the checker must not assume a literal token is well formed if c->nerrors > 0.
 *  - Pos columns count bytes from 1, as cmd/compile reports them.
 * Errors use cmd/compile's wording and positions ("invalid character U+0040 '@'",
 * "newline in string", "'_' must separate successive digits"...). A file produces at most
 * LEX_MAX_ERRORS lexical errors; later ones are dropped (the input may be fuzzed garbage).
 */
#ifndef GALE_COMPILER_LEXER_H
#define GALE_COMPILER_LEXER_H

#include "compiler/internal.h"

#define TOK_EOF 0
#define LEX_MAX_ERRORS 50

typedef struct Token {
    int kind;         /* TOK_* */
    Pos pos;          /* first byte of the token */
    const char *text; /* borrowed: the source bytes (see above for semicolons) */
    int len;
} Token;

typedef struct Lexer {
    Compiler *c;
    int file;
    const char *cur;        /* next byte to scan */
    const char *end;        /* the NUL sentinel after the last byte */
    const char *marker;     /* re2c backtracking state */
    const char *line_start; /* first byte of the current line */
    int line;
    bool nlsemi;            /* a newline or EOF here becomes a semicolon (Go's nlsemi) */
    int nerrors;            /* lexical errors seen in this file */
} Lexer;

/* lex_init prepares [lx] to scan file [file] of [c] from its first byte, skipping a leading
 * UTF-8 byte order mark and a first line starting with "#!". */
void lex_init(Lexer *lx, Compiler *c, int file);
/* lex_next stores the next token in *[tok] and returns its kind; at the end of the input it
 * returns TOK_EOF (after an automatic semicolon if one is due) and keeps returning it.
 * Lexical errors are reported through diag_error and never stop the scan. */
int lex_next(Lexer *lx, Token *tok);
/* lex_init_at prepares [lx] to scan file [file] from [at], a byte of it at position [pos]
 * (the start of a token): how a lazily parsed function body is read again. */
void lex_init_at(Lexer *lx, Compiler *c, int file, const char *at, Pos pos);
/* lex_token_string returns Go's spelling of token [kind]: "+", "&^=", "(", "break"; "name"
 * for TOK_IDENT, "literal" for literal kinds, "EOF" for TOK_EOF. Static storage. */
const char *lex_token_string(int kind);

#endif
