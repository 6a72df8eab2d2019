/*
 * internal.h — the Compiler context shared by every phase of compiler/ (lexer, parser, checker,
 * code generator), and the diagnostics that phases report through it.
 *
 * A Compiler lives for one compilation (or, in the REPL, for a whole session, so that later
 * inputs see earlier declarations). Everything it allocates — AST, types, scopes, interned
 * names — lives in its arena and dies with compiler_free. Phases never exit or longjmp on a
 * user error: they call diag_error, which records the message and returns, and the driver
 * checks c->nerrors at each phase boundary (SQLite's pParse->nErr). Errors are kept in source
 * order of reporting and printed by the driver, at most DIAG_MAX of them, as Go does.
 */
#ifndef GALE_COMPILER_INTERNAL_H
#define GALE_COMPILER_INTERNAL_H

#include "base/arena.h"
#include "base/strbuf.h"
#include "compiler/ast.h"

#define DIAG_MAX 10

typedef struct SourceFile {
    const char *name; /* path as given on the command line (arena) */
    const char *src;  /* NUL-terminated contents (arena, or borrowed from the loader) */
    size_t len;
} SourceFile;

typedef struct Diag {
    Pos pos;
    const char *msg; /* arena */
    bool soft;       /* "declared and not used"-style error: reported after hard ones at the
                        same position, never suppresses others */
    bool typecheck;  /* reported by the type checker (deduplicated per line, as types2's
                        errors are; syntax errors are not) */
} Diag;

typedef struct InternTable {
    const char **slots; /* owned table of arena strings, open addressing */
    uint32_t *hashes;   /* owned: each slot's full hash, compared before the bytes */
    uint32_t cap, len;
} InternTable;

struct Compiler {
    Arena arena;
    VEC(SourceFile) files;
    VEC(Diag) diags;   /* owned vector; messages in the arena */
    int nerrors;
    bool script_mode;  /* current file has no package clause */
    InternTable names; /* owned */
    const char *name_blank; /* the interned "_", compared against on every declaration */
    struct TypeState *types;  /* predeclared types and the hash-cons table (types.c) */
    struct CheckState *check; /* checker state (check.c) */
    struct GenState *gen;     /* code generator state (gen.c) */
    void *parser;                    /* the lemon parser, reused by every parse (parse.c) */
    struct ParseState *parse_state;  /* likewise */
    void *host;        /* the driver's data (package loader), opaque to the phases */
};

/* diag_error records an error at [pos]; it never stops the phase. */
void diag_error(Compiler *c, Pos pos, const char *fmt, ...) PRINTF_LIKE(3, 4);
/* diag_print writes the recorded errors, sorted by position, to [out] in Go's form
 * "file:line:col: msg", at most DIAG_MAX followed by "too many errors". */
void diag_print(Compiler *c, StrBuf *out);

/* intern returns the canonical copy of the [n] bytes at [s]: equal names compare equal as
 * pointers. The copy lives in the compiler's arena. */
const char *intern(Compiler *c, const char *s, size_t n);
const char *intern_cstr(Compiler *c, const char *s);

/* compiler_new returns an owned, zeroed Compiler (empty arena, no files); compiler_free
 * releases it with its arena, file and diagnostic vectors and intern table. */
Compiler *compiler_new(void);
void compiler_free(Compiler *c);

/* compiler_add_file registers a source buffer (copied into the arena) and returns its index
 * for Pos.file. compiler_add_borrowed_file registers one without copying: [src] must stay
 * valid until compiler_free and have a NUL after its [len] bytes (the lexer's sentinel). */
int compiler_add_file(Compiler *c, const char *name, const char *src, size_t len);
int compiler_add_borrowed_file(Compiler *c, const char *name, const char *src, size_t len);

/* check_free releases the type checker's heap memory (called by compiler_free). */
void check_free(Compiler *c);

/* parse_file lexes and parses file [file] into an N_FILE node (never NULL). Syntax errors are
 * reported through diag_error; after the first syntax error in a file the parser recovers
 * at most a little, as Go's does (Go reports only the first syntax error of each line). */
Node *parse_file(Compiler *c, int file, bool lazy_bodies);
/* With [lazy_bodies], parse_file only skips over the bodies of functions and methods (not
 * init) and leaves N_BLOCKs holding their text; parse_lazy_body parses such a
 * block in place when the checker needs it. Imported packages are parsed this way, so that
 * start-up pays only for the functions a program reaches. */
void parse_lazy_body(Compiler *c, Node *block);
/* parse_free releases the parser state kept between parses (called by compiler_free). */
void parse_free(Compiler *c);

#endif
