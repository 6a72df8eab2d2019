/*
 * prepare.c — Go's regexp syntax as RE2 (2022-06, Debian bookworm) reads it, and Go's
 * LiteralPrefix.
 *
 * RE2 and Go's regexp/syntax share one design (Go's parser is a port of RE2's), so nearly
 * every pattern means the same to both and fails with the same error at the same
 * fragment. re_prepare rewrites the few places where they differ, in one pass that skips
 * escapes, \Q...\E and character classes as Go's parser does:
 *   1. Named groups, (?P<name>re) and Go 1.22's (?<name>re): a valid name is recorded in
 *      Prepared.names and RE2 gets (?P<gN> instead, N counting groups (Go allows
 *      duplicate names, RE2 does not); an invalid one is left to RE2's error as (?P<...,
 *      which reports the same fragment as Go.
 *   2. POSIX mode: a negated class gets \n, which Go's POSIX classes never match.
 *   3. \C (any byte): RE2 accepts it, Go rejects it; it becomes \8, which RE2 rejects as
 *      Go does ("invalid escape sequence"), and the map points the fragment back at \C.
 * Each output byte remembers the input offset it came from (Prepared.map), so that an
 * error fragment RE2 reports is cut from the Go pattern.
 *
 * re_too_deep estimates the height of the tree Go's parser builds (Go refuses more than
 * 1000 with "expression nests too deeply"; RE2 accepts any depth): a capturing group, a
 * repetition, a concatenation of several items and an alternation of several branches
 * each add a level; a run of literals is one node; a non-capturing group adds none (Go
 * hoists its items into the enclosing concatenation, and its alternatives into an
 * enclosing alternation); an alternation of single runes and classes is one class. It
 * walks the text with an explicit stack, so deep nesting costs no C stack here.
 *
 * re_literal_prefix follows Go's Prog.Prefix/onePassPrefix on the pattern's text: the
 * literal runes every match starts with (escapes such as \x41 and \Q..\E, one-rune
 * classes, groups, x+ and x{n,m} as Go simplifies them), the common prefix of an
 * alternation (Go factors it out), and for ^...$ (Go's one-pass programs) the runes after
 * ^ up to a capturing group. Where Go's simplifier finds more (factoring deeper inside
 * alternations), the prefix can be shorter than Go's; it is never wrong about what
 * matches start with.
 */
#include "stdlib/regexp/prepare.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "stdlib/strconv/strconv.h"
#include "stdlib/unicode/unicode.h"

/* emit appends byte [c] to the output, from input offset [from]. */
static void emit(Prepared *pr, char c, size_t from, size_t *cap)
{
    if (pr->out.len + 1 > *cap) {
        *cap = *cap ? *cap * 2 : 64;
        pr->map = xrealloc(pr->map, *cap * sizeof(size_t));
    }
    pr->map[pr->out.len] = from;
    strbuf_putc(&pr->out, c);
}

/* skip_class returns the offset just past the character class opening at [i] (n when it
 * is not closed: RE2 then reports the missing ]). */
static size_t skip_class_closed(const char *p, size_t n, size_t i, bool *closed)
{
    i++;
    if (i < n && p[i] == '^')
        i++;
    bool first = true;
    while (i < n && (p[i] != ']' || first)) {
        first = false;
        if (p[i] == '[' && i + 2 < n && p[i + 1] == ':') {
            const char *e = NULL;
            for (size_t k = i + 2; k + 1 < n; k++)
                if (p[k] == ':' && p[k + 1] == ']') {
                    e = p + k;
                    break;
                }
            if (e) {
                i = (size_t)(e - p) + 2;
                continue;
            }
        }
        i += (p[i] == '\\' && i + 1 < n) ? 2 : 1;
    }
    *closed = i < n;
    return i < n ? i + 1 : n;
}

static size_t skip_class(const char *p, size_t n, size_t i)
{
    bool closed;
    return skip_class_closed(p, n, i, &closed);
}

/* skip_escape returns the offset past the escape at [i]: two bytes, or all of \Q...\E. */
static size_t skip_escape(const char *p, size_t n, size_t i)
{
    if (i + 1 < n && p[i + 1] == 'Q') {
        for (size_t j = i + 2; j + 1 < n; j++)
            if (p[j] == '\\' && p[j + 1] == 'E')
                return j + 2;
        return n;
    }
    return i + 2 < n ? i + 2 : n;
}

static bool valid_name(const char *s, size_t n)
{
    if (n == 0)
        return false;
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (!(c == '_' || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') ||
              (c >= 'A' && c <= 'Z')))
            return false;
    }
    return true;
}

static void add_name(Prepared *pr, const char *s, size_t n)
{
    pr->names = xrealloc(pr->names, (size_t)(pr->nnames + 1) * sizeof(char *));
    char *name = NULL;
    if (s) {
        name = xmalloc(n + 1);
        memcpy(name, s, n);
        name[n] = 0;
    }
    pr->names[pr->nnames++] = name;
}

void re_prepare(Prepared *pr, const char *p, size_t n, bool posix)
{
    memset(pr, 0, sizeof(*pr));
    size_t cap = 0, i = 0;
    strbuf_puts(&pr->out, "");
    while (i < n) {
        char c = p[i];
        if (c == '\\' && i + 1 < n) {
            char d = p[i + 1];
            if (d == 'Q' && !posix) {
                size_t j = i + 2;
                while (j + 1 < n && !(p[j] == '\\' && p[j + 1] == 'E'))
                    j++;
                j = j + 1 < n ? j + 2 : n;
                for (; i < j; i++)
                    emit(pr, p[i], i, &cap);
                continue;
            }
            emit(pr, '\\', i, &cap);
            emit(pr, d == 'C' ? '8' : d, i + 1, &cap);
            i += 2;
            continue;
        }
        if (c == '[') {
            bool closed;
            size_t j = skip_class_closed(p, n, i, &closed);
            /* POSIX: a negated class does not match \n in Go (no ClassNL); RE2's does,
             * so \n joins the class, last but before a final literal - */
            size_t nl = j;
            if (posix && closed && p[i + 1] == '^') {
                nl = j - 1;
                if (p[i + 2] == '-')
                    nl = p[i + 3] == ']' ? i + 2 : i + 3;
                else if (p[nl - 1] == '-' && p[nl - 2] != '\\')
                    nl--;
            }
            for (; i < j; i++) {
                if (i == nl && nl != j)
                    emit(pr, '\n', i, &cap);
                emit(pr, p[i], i, &cap);
            }
            continue;
        }
        if (c == '(' && (i + 1 >= n || p[i + 1] != '?')) {
            add_name(pr, NULL, 0);
        } else if (c == '(' && !posix) {
            const char *t = p + i;
            size_t tl = n - i;
            bool with_p = tl > 4 && t[2] == 'P' && t[3] == '<';
            bool with_lt = tl > 3 && t[2] == '<';
            if (with_p || with_lt) {
                size_t ns = with_p ? 4 : 3;
                const char *end = memchr(t, '>', tl);
                if (end && valid_name(t + ns, (size_t)(end - t) - ns)) {
                    /* RE2 gets a unique name of its own: (?P<gN> */
                    add_name(pr, t + ns, (size_t)(end - t) - ns);
                    char head[32];
                    int hl = snprintf(head, sizeof head, "(?P<g%d>", pr->nnames);
                    size_t glen = (size_t)(end - t) + 1;
                    for (int k = 0; k < hl; k++)
                        emit(pr, head[k], i + ((size_t)k < glen ? (size_t)k : glen - 1), &cap);
                    i += glen;
                    continue;
                }
                if (with_lt) {
                    emit(pr, '(', i, &cap);
                    emit(pr, '?', i + 1, &cap);
                    emit(pr, 'P', i + 2, &cap);
                    emit(pr, '<', i + 2, &cap);
                    i += 3;
                    continue;
                }
            }
        }
        emit(pr, c, i, &cap);
        i++;
    }
}

void re_prepared_free(Prepared *pr)
{
    strbuf_free(&pr->out);
    free(pr->map);
    for (int i = 0; i < pr->nnames; i++)
        free(pr->names[i]);
    free(pr->names);
    memset(pr, 0, sizeof(*pr));
}

bool re_fragment(const Prepared *pr, const char *pat, const char *frag, size_t *start,
                 size_t *end)
{
    size_t fl = strlen(frag);
    if (fl == 0 || fl > pr->out.len)
        return false;
    const char *o = pr->out.data;
    bool found = false;
    for (size_t k = 0; k + fl <= pr->out.len; k++) {
        if (memcmp(o + k, frag, fl) != 0)
            continue;
        size_t s = pr->map[k], e = pr->map[k + fl - 1] + 1;
        if (!found) {
            *start = s;
            *end = e;
            found = true;
        }
        /* prefer text RE2 saw unchanged over text this file rewrote */
        if (e - s == fl && memcmp(pat + s, frag, fl) == 0) {
            *start = s;
            *end = e;
            return true;
        }
    }
    return found;
}

/* ---- Nesting depth ---- */

/* Level is one open group while re_too_deep walks a pattern. */
typedef struct Level {
    bool capture;
    int nitems, nbranches;
    long item_max, branch_max; /* highest item of this branch, highest finished branch */
    bool last_literal;
    bool flat_alt; /* the branch so far is one non-capturing group holding a | */
    int units;     /* runes and classes in the branch (2 for anything else) */
    bool classes;  /* every finished branch was one rune or class: Go makes a class */
} Level;

/* single reports whether the current branch of [l] is one rune or class. */
static bool single(const Level *l)
{
    return l->units == 1 && l->item_max == 1;
}

/* branch_height is the height of the current branch; [in_alt]: it is one branch of
 * several, where a branch that is a non-capturing alternation merges into ours (Go
 * hoists the alternatives of (?:a|b) into the enclosing alternation). */
static long branch_height(const Level *l, bool in_alt)
{
    if (in_alt && l->flat_alt && l->nitems == 1)
        return l->item_max - 1;
    return l->item_max + (l->nitems > 1);
}

static long group_height(const Level *l)
{
    if (l->nbranches > 0 && l->classes && single(l))
        return 1; /* a|b|[cd] is the class [a-d] */
    long b = branch_height(l, l->nbranches > 0);
    long h = b > l->branch_max ? b : l->branch_max;
    return h + (l->nbranches > 0);
}

/* add_item records an item of height [h] in [l]; [literal]: a plain literal rune, which
 * joins a preceding one in a single node; [alt]: a non-capturing group holding a |. */
static void add_item(Level *l, long h, bool literal, bool alt, bool unit)
{
    l->units += unit ? 1 : 2;
    if (!(literal && l->last_literal))
        l->nitems++;
    if (h > l->item_max)
        l->item_max = h;
    l->last_literal = literal;
    l->flat_alt = alt && l->nitems == 1;
}

bool re_too_deep(const char *p, size_t n)
{
    if (n < 1000)
        return false;
    size_t cap = 64, top = 0;
    Level *st = xcalloc(cap, sizeof(Level));
    st[0].classes = true;
    size_t i = 0;
    while (i < n) {
        char c = p[i];
        long h = 1;
        bool literal = false;
        if (c == '(') {
            if (++top == cap) {
                st = xrealloc(st, 2 * cap * sizeof(Level));
                cap *= 2;
            }
            memset(&st[top], 0, sizeof(Level));
            st[top].classes = true;
            st[top].capture = !(i + 1 < n && p[i + 1] == '?') ||
                              (i + 2 < n && (p[i + 2] == '<' || p[i + 2] == 'P'));
            if (i + 1 < n && p[i + 1] == '?') {
                /* the group's head ends at > (named), : (flags and group) or ) (flags) */
                size_t k = i + 2;
                while (k < n && p[k] != ')' && p[k] != (st[top].capture ? '>' : ':'))
                    k++;
                if (!st[top].capture && (k >= n || p[k] == ')'))
                    top--; /* (?flags): no group */
                i = k < n ? k + 1 : n;
            } else {
                i++;
            }
            continue;
        }
        if (c == '|') {
            Level *l = &st[top];
            long b = branch_height(l, true);
            if (b > l->branch_max)
                l->branch_max = b;
            l->classes = l->classes && single(l);
            l->units = 0;
            l->nbranches++;
            l->nitems = 0;
            l->item_max = 0;
            l->last_literal = false;
            l->flat_alt = false;
            i++;
            continue;
        }
        bool alt = false, unit = false;
        if (c == ')' && top > 0) {
            Level *l = &st[top--];
            if (l->capture)
                h = 1 + group_height(l);
            else
                h = l->nbranches ? group_height(l) : l->item_max;
            alt = !l->capture && l->nbranches > 0;
            i++;
        } else if (c == '[') {
            i = skip_class(p, n, i);
            unit = true;
        } else if (c == '\\') {
            literal = i + 1 < n && p[i + 1] == 'Q';
            unit = !literal && i + 1 < n && !strchr("bBAz", p[i + 1]);
            i = skip_escape(p, n, i);
        } else {
            literal = !strchr(".^$*+?{", c);
            unit = !strchr("^$*+?{", c);
            i++;
            while (i < n && ((unsigned char)p[i] & 0xC0) == 0x80)
                i++; /* the rest of a multi-byte rune */
        }
        /* a repetition adds a level; x{n,m} counts as one */
        while (i < n && (p[i] == '*' || p[i] == '+' || p[i] == '?' || p[i] == '{')) {
            if (p[i] == '{') {
                const char *e = memchr(p + i, '}', n - i);
                if (!e)
                    break;
                i = (size_t)(e - p) + 1;
            } else {
                i++;
            }
            h++;
            literal = false;
            alt = false;
            unit = false;
        }
        add_item(&st[top], h, literal, alt, unit);
        if (h > 1001)
            break;
    }
    bool deep = false;
    for (size_t k = top + 1; k-- > 0 && !deep;) {
        /* close whatever is still open, as if the pattern ended there */
        long h = group_height(&st[k]) + st[k].capture;
        deep = h > 1000;
        if (k > 0)
            add_item(&st[k - 1], h, false, false, false);
    }
    free(st);
    return deep;
}

/* ---- LiteralPrefix ---- */

/* next_meta returns the offset of the first (, ) or | at or after [i] that is neither
 * escaped nor inside a character class, or n. */
static size_t next_meta(const char *p, size_t n, size_t i)
{
    while (i < n) {
        char c = p[i];
        if (c == '\\')
            i = skip_escape(p, n, i);
        else if (c == '[')
            i = skip_class(p, n, i);
        else if (c == '(' || c == ')' || c == '|')
            return i;
        else
            i++;
    }
    return n;
}

/* group_end returns the offset of the ) closing the group opened at [i], or n; sets
 * *[alt] when a | sits directly inside it. */
static size_t group_end(const char *p, size_t n, size_t i, bool *alt)
{
    int depth = 0;
    *alt = false;
    for (i = next_meta(p, n, i); i < n; i = next_meta(p, n, i + 1)) {
        if (p[i] == '(')
            depth++;
        else if (p[i] == ')' && --depth == 0)
            return i;
        else if (p[i] == '|' && depth == 1)
            *alt = true;
    }
    return n;
}

/* repeat_count parses {n}, {n,} or {n,m} at [i]: returns its length (0 if not one) and
 * the minimum and whether it is exact. */
static size_t repeat_count(const char *p, size_t n, size_t i, long *min, bool *exact)
{
    size_t j = i + 1;
    long lo = 0;
    if (j >= n || p[j] < '0' || p[j] > '9')
        return 0;
    for (; j < n && p[j] >= '0' && p[j] <= '9'; j++)
        if (lo <= 1000)
            lo = lo * 10 + (p[j] - '0');
    *exact = true;
    if (j < n && p[j] == ',') {
        long hi = 0;
        size_t d = ++j;
        for (; j < n && p[j] >= '0' && p[j] <= '9'; j++)
            if (hi <= 1000)
                hi = hi * 10 + (p[j] - '0');
        *exact = j > d && hi == lo; /* x{n,n} is x{n} */
    }
    if (j >= n || p[j] != '}')
        return 0;
    *min = lo;
    return j + 1 - i;
}

static bool scan_alt(const char *p, size_t n, StrBuf *out, bool onepass, bool fold, int depth);

/* literal_escape decodes the escape at p[i] (a backslash) when it stands for one rune
 * (\., \n, \x41, \x{263a}, \101): returns the rune and sets *[w] to the escape's length;
 * -1 for the others (\d, \b, \pL...). */
static int32_t literal_escape(const char *p, size_t n, size_t i, size_t *w)
{
    if (i + 1 >= n)
        return -1;
    char d = p[i + 1];
    *w = 2;
    if ((unsigned char)d < 0x80 && !(d >= '0' && d <= '9') && !(d >= 'a' && d <= 'z') &&
        !(d >= 'A' && d <= 'Z'))
        return d;
    const char *from = "ntrfva", *to = "\n\t\r\f\v\a";
    const char *f = strchr(from, d);
    if (f && d)
        return to[f - from];
    if (d == 'x' && i + 2 < n && p[i + 2] == '{') {
        int32_t r = 0;
        size_t j = i + 3;
        for (; j < n && quote_unhex((uint8_t)p[j]) >= 0 && r <= 0x10FFFF; j++)
            r = r * 16 + quote_unhex((uint8_t)p[j]);
        if (j >= n || p[j] != '}' || j == i + 3)
            return -1;
        *w = j + 1 - i;
        return r;
    }
    if (d == 'x' && i + 3 < n && quote_unhex((uint8_t)p[i + 2]) >= 0 &&
        quote_unhex((uint8_t)p[i + 3]) >= 0) {
        *w = 4;
        return quote_unhex((uint8_t)p[i + 2]) * 16 + quote_unhex((uint8_t)p[i + 3]);
    }
    if (d >= '0' && d <= '7' && (d == '0' || (i + 2 < n && p[i + 2] >= '0' && p[i + 2] <= '7'))) {
        int32_t r = 0;
        size_t j = i + 1;
        for (; j < n && j < i + 4 && p[j] >= '0' && p[j] <= '7'; j++)
            r = r * 8 + (p[j] - '0');
        *w = j - i;
        return r;
    }
    return -1;
}

/* single_class reads a class of one literal rune, [a] or [\.], which Go makes a literal. */
static int32_t single_class(const char *p, size_t n, size_t i, size_t *w)
{
    size_t j = i + 1, ew = 1;
    int32_t r;
    if (j >= n || p[j] == '^' || p[j] == ']' || p[j] == '[')
        return -1;
    if (p[j] == '\\') {
        r = literal_escape(p, n, j, &ew);
    } else {
        int len = runes_decode((const uint8_t *)p + j, n - j, &r);
        ew = (size_t)len;
        if (r == 0xFFFD && len == 1)
            return -1;
    }
    if (r < 0 || j + ew >= n || p[j + ew] != ']')
        return -1;
    *w = j + ew + 1 - i;
    return r;
}

/* with_flags returns case folding after the flags of (?flags) or (?flags:, at p[i..e). */
static bool with_flags(bool fold, const char *p, size_t i, size_t e)
{
    bool neg = false;
    for (size_t k = i; k < e; k++) {
        if (p[k] == '-')
            neg = true;
        else if (p[k] == 'i')
            fold = !neg;
    }
    return fold;
}

/* scan_seq appends the literal prefix of the alternation-free sequence p[0:n] to [out];
 * true when the sequence is nothing but that literal. [onepass]: Go's one-pass prefix,
 * which stops at a capturing group. */
static bool scan_seq(const char *p, size_t n, StrBuf *out, bool onepass, bool fold, int depth)
{
    size_t i = 0;
    if (depth > 32)
        return false; /* deep nesting: C stack (an M has 256 KiB), and each level rescans */
    while (i < n) {
        char c = p[i];
        if (c == '(') {
            bool alt;
            size_t e = group_end(p, n, i, &alt);
            if (e >= n)
                return false;
            size_t in = i + 1;
            bool capture = p[in] != '?', gfold = fold;
            if (!capture) {
                const char *colon = memchr(p + in, ':', e - in);
                const char *lt = memchr(p + in, '<', e - in);
                if ((p[in + 1] == 'P' && p[in + 2] == '<') || p[in + 1] == '<') {
                    in = (size_t)((const char *)memchr(lt, '>', e - (size_t)(lt - p)) - p) + 1;
                    capture = true;
                } else if (colon) {
                    gfold = with_flags(fold, p, in + 1, (size_t)(colon - p)); /* (?i:re) */
                    in = (size_t)(colon - p) + 1;
                } else {
                    fold = with_flags(fold, p, in + 1, e); /* (?i) */
                    i = e + 1;
                    continue;
                }
            }
            if (onepass && capture)
                return false;
            char q = e + 1 < n ? p[e + 1] : 0;
            long min;
            bool exact;
            if (q == '{' && !repeat_count(p, n, e + 1, &min, &exact))
                q = 0; /* a literal { */
            if (q == '*' || q == '?')
                return false;
            bool whole = alt ? scan_alt(p + in, e - in, out, onepass, gfold, depth + 1)
                             : scan_seq(p + in, e - in, out, onepass, gfold, depth + 1);
            if (!whole || q == '+' || q == '{')
                return false;
            i = e + 1;
            continue;
        }
        /* one literal rune: lit[0:w] in UTF-8; the next item starts at k */
        uint8_t lit[UTF8_MAX];
        size_t w, k;
        int32_t r;
        if (c == '\\' && i + 1 < n && p[i + 1] == 'Q') {
            /* \Q...\E: literals, the last of which a repetition after \E applies to */
            size_t j = i + 2, qe = i + 2;
            while (qe + 1 < n && !(p[qe] == '\\' && p[qe + 1] == 'E'))
                qe++;
            if (qe + 1 >= n)
                qe = n;
            size_t after = qe < n ? qe + 2 : n;
            while (j < qe) {
                int len = runes_decode((const uint8_t *)p + j, qe - j, &r);
                if (r == 0xFFFD || (fold && chars_simple_fold(r) != r))
                    return false;
                bool last = j + (size_t)len >= qe;
                char q = last && after < n ? p[after] : 0;
                if (q == '*' || q == '?' || q == '{')
                    return false;
                strbuf_append(out, p + j, (size_t)len);
                if (q == '+')
                    return false;
                j += (size_t)len;
            }
            i = after;
            continue;
        }
        if (c == '\\') {
            r = literal_escape(p, n, i, &w);
            if (r < 0 || r == 0xFFFD || r > 0x10FFFF)
                return false;
            k = i + w;
        } else if (c == '[') {
            r = single_class(p, n, i, &w);
            if (r < 0 || r == 0xFFFD)
                return false;
            k = i + w;
        } else if (strchr(".$^*+?|)", c)) {
            return false; /* ] { } alone are literals */
        } else {
            int len = runes_decode((const uint8_t *)p + i, n - i, &r);
            if (r == 0xFFFD)
                return false;
            k = i + (size_t)len;
        }
        if (fold && chars_simple_fold(r) != r)
            return false; /* a rune with other cases: Go's program folds it */
        w = (size_t)runes_encode(lit, r);
        if (k < n && (p[k] == '*' || p[k] == '?'))
            return false;
        if (k < n && p[k] == '+') {
            strbuf_append(out, (const char *)lit, w);
            return false;
        }
        long min;
        bool exact;
        size_t rl = k < n && p[k] == '{' ? repeat_count(p, n, k, &min, &exact) : 0;
        if (rl) {
            for (long rep = 0; rep < min && rep <= 1000; rep++)
                strbuf_append(out, (const char *)lit, w);
            if (!exact || (k + rl < n && strchr("?+*", p[k + rl])))
                return false;
            i = k + rl;
            continue;
        }
        strbuf_append(out, (const char *)lit, w);
        i = k;
    }
    return true;
}

/* scan_alt handles a sequence that may hold top-level |: the common prefix of the
 * branches (Go's factoring of common literal prefixes), complete only when every branch
 * is the same literal. [depth] counts enclosing groups (scan_seq gives up past 32). */
static bool scan_alt(const char *p, size_t n, StrBuf *out, bool onepass, bool fold, int depth)
{
    size_t starts[64], nb = 0;
    int level = 0;
    starts[nb++] = 0;
    for (size_t i = next_meta(p, n, 0); i < n; i = next_meta(p, n, i + 1)) {
        if (p[i] == '(')
            level++;
        else if (p[i] == ')')
            level--;
        else if (level == 0) {
            if (nb == 64)
                return false;
            starts[nb++] = i + 1;
        }
    }
    if (nb == 1)
        return scan_seq(p, n, out, onepass, fold, depth);
    StrBuf common = {0}, b = {0};
    bool same = true; /* every branch the same literal: Go keeps one */
    for (size_t k = 0; k < nb; k++) {
        size_t end = k + 1 < nb ? starts[k + 1] - 1 : n;
        strbuf_reset(&b);
        bool whole = scan_seq(p + starts[k], end - starts[k], &b, onepass, fold, depth);
        if (k == 0) {
            strbuf_append(&common, b.data ? b.data : "", b.len);
            same = whole;
            continue;
        }
        same = same && whole && b.len == common.len &&
               (b.len == 0 || memcmp(b.data, common.data, b.len) == 0);
        size_t m = 0;
        while (m < common.len && m < b.len && common.data[m] == b.data[m])
            m++;
        while (m > 0 && m < common.len && ((unsigned char)common.data[m] & 0xC0) == 0x80)
            m--;
        common.len = m;
    }
    strbuf_append(out, common.data ? common.data : "", common.len);
    strbuf_free(&common);
    strbuf_free(&b);
    return same;
}

/* top_alt reports whether p[0:n] has a | outside any group. */
static bool top_alt(const char *p, size_t n)
{
    int depth = 0;
    for (size_t i = next_meta(p, n, 0); i < n; i = next_meta(p, n, i + 1)) {
        if (p[i] == '(')
            depth++;
        else if (p[i] == ')')
            depth--;
        else if (depth == 0)
            return true;
    }
    return false;
}

bool re_literal_prefix(const char *p, size_t n, bool posix, StrBuf *out)
{
    if (posix)
        return scan_alt(p, n, out, false, false, 0);
    size_t b = n > 0 && p[0] == '^' ? 1 : n > 1 && p[0] == '\\' && p[1] == 'A' ? 2 : 0;
    if (b) {
        /* Go's one-pass programs: anchored at both ends (^ or \A, $ or \z), no top-level
         * | (a rough test of Go's); the prefix is the runes right after ^, complete only
         * if not empty */
        size_t e = n >= 1 && p[n - 1] == '$' && (n < 2 || p[n - 2] != '\\') ? 1 : 0;
        if (!e && n >= 2 && p[n - 2] == '\\' && p[n - 1] == 'z' && (n < 3 || p[n - 3] != '\\'))
            e = 2;
        if (!e || n < b + e || top_alt(p, n))
            return false;
        bool whole = scan_seq(p + b, n - b - e, out, true, false, 0);
        return whole && out->len > 0;
    }
    return scan_alt(p, n, out, false, false, 0);
}
