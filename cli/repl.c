/*
 * repl.c — the interactive loop (basic: no line editing or history yet).
 *
 * How it works:
 *   1. Read a line, or more lines until parentheses, brackets and braces balance (outside
 *      strings, runes and comments).
 *   2. If the input type-checks as an expression with a value, it becomes
 *      fmt.Println(input), so its value is printed as fmt.Println would.
 *   3. The session is a script: the accepted inputs so far. The new input is appended after
 *      a call of runtime.GaleReplBoundary(), and the whole script runs with output off until
 *      that call — so earlier declarations stay visible and earlier output is not repeated.
 *   4. An input that does not compile prints its errors (lines counted from the input) and is
 *      dropped; one that panics prints the panic and is dropped too.
 * Limitation (documented in lang.md): earlier inputs are executed again at each step, so
 * their side effects other than output (files, time, input) repeat. The incremental compiler
 * of a later issue removes this.
 */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "include/gale.h"

/* ---- growable text ---- */

typedef struct Text {
    char *data;
    size_t len, cap;
} Text;

static void text_append(Text *t, const char *s, size_t n)
{
    if (t->len + n + 1 > t->cap) {
        size_t cap = t->cap ? t->cap * 2 : 256;
        while (cap < t->len + n + 1)
            cap *= 2;
        char *d = realloc(t->data, cap);
        if (!d) {
            fputs("gale: out of memory\n", stderr);
            exit(2);
        }
        t->data = d;
        t->cap = cap;
    }
    memcpy(t->data + t->len, s, n);
    t->len += n;
    t->data[t->len] = 0;
}

static void text_puts(Text *t, const char *s)
{
    text_append(t, s, strlen(s));
}

/* ---- input ---- */

/* depth_of returns how many brackets the text leaves open (strings and comments skipped);
 * a negative result means too many closers. */
static int depth_of(const char *s)
{
    int depth = 0;
    for (const char *p = s; *p; p++) {
        char ch = *p;
        if (ch == '/' && p[1] == '/') {
            while (*p && *p != '\n')
                p++;
            if (!*p)
                break;
        } else if (ch == '/' && p[1] == '*') {
            p += 2;
            while (*p && !(p[0] == '*' && p[1] == '/'))
                p++;
            if (!*p)
                return depth + 1; /* unterminated comment: keep reading */
            p++;
        } else if (ch == '"' || ch == '\'') {
            p++;
            while (*p && *p != ch && *p != '\n') {
                if (*p == '\\' && p[1])
                    p++;
                p++;
            }
            if (!*p)
                break;
        } else if (ch == '`') {
            p++;
            while (*p && *p != '`')
                p++;
            if (!*p)
                return depth + 1; /* raw string spans lines */
        } else if (ch == '(' || ch == '[' || ch == '{') {
            depth++;
        } else if (ch == ')' || ch == ']' || ch == '}') {
            depth--;
        }
    }
    return depth;
}

static bool read_input(Text *in)
{
    char line[4096];
    in->len = 0;
    if (in->data)
        in->data[0] = 0;
    fputs("> ", stdout);
    fflush(stdout);
    for (;;) {
        if (!fgets(line, sizeof line, stdin))
            return in->len > 0;
        text_puts(in, line);
        if (depth_of(in->data) <= 0)
            return true;
        fputs("... ", stdout);
        fflush(stdout);
    }
}

static bool blank(const char *s)
{
    for (; *s; s++)
        if (*s != ' ' && *s != '\t' && *s != '\n' && *s != '\r')
            return false;
    return true;
}

static int count_lines(const char *s)
{
    int n = 0;
    for (; *s; s++)
        n += *s == '\n';
    return n;
}

/* print_errors prints compiler messages with lines counted from the input's first line. */
static void print_errors(const char *errs, int offset)
{
    const char *p = errs;
    while (*p) {
        const char *nl = strchr(p, '\n');
        size_t n = nl ? (size_t)(nl - p) : strlen(p);
        int line, col, used = 0;
        if (sscanf(p, "repl:%d:%d:%n", &line, &col, &used) == 2 && used > 0) {
            fprintf(stderr, "%d:%d:%.*s\n", line - offset, col, (int)(n - (size_t)used),
                    p + used);
        } else {
            fprintf(stderr, "%.*s\n", (int)n, p);
        }
        p += n + (nl ? 1 : 0);
    }
}

int gale_repl(void);
int gale_repl(void)
{
    char *argv[] = {(char *)"gale", NULL};
    GaleVM *vm = gale_open(1, argv);
    Text session = {0}, input = {0}, prog = {0};
    text_puts(&session, "");
    fputs("Gale " GALE_VERSION " (Go 1.23 semantics). Enter Go statements; Ctrl-D exits.\n",
          stdout);
    while (read_input(&input)) {
        if (blank(input.data))
            continue;
        if (strncmp(input.data, ":q", 2) == 0)
            break;
        /* an expression? print its value */
        Text expr = {0};
        text_puts(&expr, "fmt.Println(");
        /* drop the trailing newline inside the call */
        size_t n = input.len;
        while (n && (input.data[n - 1] == '\n' || input.data[n - 1] == '\r'))
            n--;
        text_append(&expr, input.data, n);
        text_puts(&expr, ")\n");
        const char *entry = input.data;
        char *errs = NULL;
        prog.len = 0;
        text_append(&prog, session.data, session.len);
        text_puts(&prog, "runtime.GaleReplBoundary()\n");
        int offset = count_lines(prog.data);
        size_t base_len = prog.len;
        text_puts(&prog, expr.data);
        if (gale_check_string(vm, "repl", prog.data, prog.len, NULL) == 0) {
            entry = expr.data;
        } else {
            prog.len = base_len;
            text_puts(&prog, input.data);
            if (gale_check_string(vm, "repl", prog.data, prog.len, &errs) != 0) {
                print_errors(errs ? errs : "", offset);
                free(errs);
                free(expr.data);
                continue;
            }
        }
        gale_set_replay(vm, 1);
        int rc = gale_run_string(vm, "repl", prog.data, prog.len);
        gale_set_replay(vm, 0);
        fflush(stdout);
        if (rc == 0) {
            text_puts(&session, entry);
            if (session.data[session.len - 1] != '\n')
                text_puts(&session, "\n");
        }
        free(expr.data);
    }
    fputc('\n', stdout);
    free(session.data);
    free(input.data);
    free(prog.data);
    gale_close(vm);
    return 0;
}
