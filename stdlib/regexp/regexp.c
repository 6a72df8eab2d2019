/*
 * regexp.c — the natives of package regexp: compiling through RE2 (re2_shim.h) with Go's
 * syntax (prepare.h) and errors, matching, QuoteMeta and LiteralPrefix. The loops of
 * FindAll, ReplaceAll and Split are Gale code in regexp.go, one match native call each.
 *
 * Who frees compiled programs: the collector has no finalizers, so a *Regexp (a Gale
 * object) cannot free the C memory of its RE2 program. Each VM keeps a cache of compiled
 * programs keyed by (mode, pattern), made by gale_pkg_state and freed with the VM; a
 * Regexp holds a pointer to its entry (an int field the collector ignores). Compiling the
 * same pattern again (regexp.MatchString in a loop) reuses the entry, so memory grows with
 * the number of distinct patterns a program compiles, not with the number of compiles.
 * Entries are never evicted: a live Regexp may point at any of them.
 *
 * Matching (match): RE2 searches bytes, Go runes. Two places differ and are bridged here:
 *   1. Text with invalid UTF-8 is matched through a copy where each invalid byte is
 *      U+FFFD (Go's reading of it), offsets mapped back (match_fixed); the Gale loops say
 *      when the text is known valid, so that the check runs once per FindAll.
 *   2. \B holds between the bytes of a multi-byte rune; such an empty match is skipped
 *      (search).
 * A search over more than LONG_TEXT bytes runs outside the VM (gale_entersyscall).
 *
 * Compiling: RE2's compile of a pattern with big repetitions or Unicode classes takes up to
 * seconds (`\pL{50}` forty times: 2 s), so it runs outside the VM (gale_entersyscall) unless
 * the pattern is small and plain (compile_is_long): the other goroutines, and the
 * collector's stops of the world, do not wait for it. Failures are cached like programs
 * (an entry without a program, holding the error code and fragment): when the goroutine
 * comes back from the compile without a P it cannot allocate the fragment string, so the
 * native answers code -1 and regexp.go asks again, finding the error in the cache.
 *
 * Errors: RE2's error codes map one to one onto Go's (regexp.go's errorCodes); the
 * fragment is cut from the Go pattern through prepare.c's offset map, and corrected where
 * Go's parser reports differently (bad_utf8_fragment, repeat_fragment).
 *
 * Locking: ReCache.lock guards the table; an entry is immutable once published, so
 * matching takes no lock (RE2 matches from several threads at once).
 */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "stdlib/internal.h"
#include "stdlib/regexp/prepare.h"
#include "stdlib/regexp/re2_shim.h"
#include "stdlib/unicode/unicode.h"

/* ReEntry is one compiled pattern: immutable after it is published in the cache. */
typedef struct ReEntry {
    struct ReEntry *next; /* bucket chain (ReCache.lock) */
    uint64_t hash;
    int mode;
    char *expr; /* owned */
    size_t len;
    ReProg *prog; /* owned */
    int ncap;
    char **names; /* owned, ncap + 1 entries, NULL for unnamed groups */
    bool has_nb;  /* the pattern may hold \B, whose empty match can fall inside a rune */
    /* a pattern that failed to compile: prog and names are NULL */
    int err_code;   /* RE2's error code */
    char *err_frag; /* owned: the fragment Go's error names */
    size_t err_len;
} ReEntry;

typedef struct ReCache {
    pthread_mutex_t lock;
    ReEntry **buckets; /* owned; nbuckets is a power of two */
    size_t nbuckets, count;
} ReCache;

static const char cache_key = 0;

static void *cache_new(void)
{
    ReCache *c = xcalloc(1, sizeof(ReCache));
    pthread_mutex_init(&c->lock, NULL);
    c->nbuckets = 64;
    c->buckets = xcalloc(c->nbuckets, sizeof(ReEntry *));
    return c;
}

static void entry_free(ReEntry *e)
{
    re2shim_free(e->prog);
    if (e->names)
        for (int i = 0; i <= e->ncap; i++)
            free(e->names[i]);
    free(e->names);
    free(e->err_frag);
    free(e->expr);
    free(e);
}

static void cache_free(void *p)
{
    ReCache *c = p;
    for (size_t b = 0; b < c->nbuckets; b++)
        for (ReEntry *e = c->buckets[b], *next; e; e = next) {
            next = e->next;
            entry_free(e);
        }
    free(c->buckets);
    pthread_mutex_destroy(&c->lock);
    free(c);
}

static uint64_t hash_of(const uint8_t *s, size_t n, int mode)
{
    uint64_t h = 14695981039346656037ull ^ (uint64_t)mode;
    for (size_t i = 0; i < n; i++)
        h = (h ^ s[i]) * 1099511628211ull;
    return h;
}

static ReEntry *cache_find(ReCache *c, uint64_t h, int mode, const uint8_t *s, size_t n)
{
    for (ReEntry *e = c->buckets[h & (c->nbuckets - 1)]; e; e = e->next)
        if (e->hash == h && e->mode == mode && e->len == n && memcmp(e->expr, s, n) == 0)
            return e;
    return NULL;
}

/* cache_insert publishes [e] unless an equal entry won the race; returns the one kept. */
static ReEntry *cache_insert(ReCache *c, ReEntry *e)
{
    pthread_mutex_lock(&c->lock);
    ReEntry *old = cache_find(c, e->hash, e->mode, (const uint8_t *)e->expr, e->len);
    if (old) {
        pthread_mutex_unlock(&c->lock);
        entry_free(e);
        return old;
    }
    if (c->count >= c->nbuckets * 2) {
        size_t nb = c->nbuckets * 2;
        ReEntry **b = xcalloc(nb, sizeof(ReEntry *));
        for (size_t i = 0; i < c->nbuckets; i++)
            for (ReEntry *x = c->buckets[i], *next; x; x = next) {
                next = x->next;
                x->next = b[x->hash & (nb - 1)];
                b[x->hash & (nb - 1)] = x;
            }
        free(c->buckets);
        c->buckets = b;
        c->nbuckets = nb;
    }
    e->next = c->buckets[e->hash & (c->nbuckets - 1)];
    c->buckets[e->hash & (c->nbuckets - 1)] = e;
    c->count++;
    pthread_mutex_unlock(&c->lock);
    return e;
}

/* bad_utf8_fragment finds the fragment Go names for RE2's "invalid UTF-8": the text from
 * the first invalid byte to the end of the pattern, or to the > closing the group name
 * holding it. RE2 also says so for \x{ at the very end, which Go calls an invalid escape. */
static void bad_utf8_fragment(const uint8_t *s, size_t n, int *code, size_t *start,
                              size_t *end)
{
    size_t i = 0;
    while (i < n) {
        int32_t r;
        int w = runes_decode(s + i, n - i, &r);
        if (r == 0xFFFD && w == 1)
            break;
        i += (size_t)w;
    }
    *end = n;
    if (i == n) {
        *code = 2; /* RE2's ErrorBadEscape */
        *start = n >= 3 ? n - 3 : 0;
        return;
    }
    *start = i;
    for (size_t k = i; k-- > 0 && s[k] != '>';) {
        bool lt = s[k] == '<' && k >= 2 && s[k - 1] == '?' && s[k - 2] == '(';
        bool plt = s[k] == '<' && k >= 3 && s[k - 1] == 'P' && s[k - 2] == '?' && s[k - 3] == '(';
        if (lt || plt) {
            const uint8_t *gt = memchr(s + i, '>', n - i);
            if (gt)
                *end = (size_t)(gt - s);
            break;
        }
    }
}

/* repeat_fragment corrects RE2's repetition errors to Go's: Go checks a count's range
 * before stacked repetitions (x*{1001}) and names only the {n,m} (RE2 adds a following
 * ?), so when the last {n,m} of the fragment is out of range, that is the error. */
static void repeat_fragment(const uint8_t *s, int *code, size_t *fs, size_t *fe)
{
    for (size_t k = *fe; k-- > *fs;) {
        if (s[k] != '{')
            continue;
        size_t j = k + 1;
        long lo = 0, hi;
        if (j >= *fe || s[j] < '0' || s[j] > '9')
            return;
        for (; j < *fe && s[j] >= '0' && s[j] <= '9'; j++)
            lo = lo > 100000 ? lo : lo * 10 + (s[j] - '0');
        hi = lo;
        if (j < *fe && s[j] == ',') {
            hi = -1;
            for (j++; j < *fe && s[j] >= '0' && s[j] <= '9'; j++)
                hi = hi > 100000 ? hi : (hi < 0 ? 0 : hi) * 10 + (s[j] - '0');
        }
        if (j >= *fe || s[j] != '}')
            return;
        if (lo > 1000 || hi > 1000 || (hi >= 0 && lo > hi)) {
            *code = 10; /* RE2's ErrorRepeatSize */
            *fs = k;
            *fe = j + 1;
        }
        return;
    }
}

/* compile_is_long says whether compiling [pr] may take long enough to be worth leaving the
 * VM for: RE2's compile time grows with counted repetitions and Unicode classes (hundreds
 * of ranges each), and with the length of the pattern. */
static bool compile_is_long(const Prepared *pr)
{
    if (pr->out.len >= 64)
        return true;
    const char *p = pr->out.data;
    for (size_t i = 0; i < pr->out.len; i++)
        if (p[i] == '{' || (p[i] == '\\' && i + 1 < pr->out.len && (p[i + 1] | 0x20) == 'p'))
            return true;
    return false;
}

/* new_entry makes the cache entry of [mode] and pattern [s] (hash [h]). */
static ReEntry *new_entry(uint64_t h, int mode, const uint8_t *s, size_t n)
{
    ReEntry *e = xcalloc(1, sizeof(ReEntry));
    e->hash = h;
    e->mode = mode;
    e->expr = xmalloc(n + 1);
    memcpy(e->expr, s, n);
    e->len = n;
    return e;
}

/* compile_result writes compileProg's results for the cache entry [e]. */
static void compile_result(G *g, Value *args, const ReEntry *e)
{
    if (!e->prog) {
        args[3] = native_string(g, e->err_frag, e->err_len);
        args[0] = native_int(0);
        args[1] = native_int(0);
        args[2] = native_int(e->err_code);
        return;
    }
    args[0] = native_int((int64_t)(intptr_t)e);
    args[1] = native_int(e->ncap);
    args[2] = native_int(0);
    args[3].p = NULL;
}

/* regexp.compileProg(expr string, mode int) (prog int, ncap int, code int, frag string):
 * [code] is RE2's error code (0: compiled), [frag] the fragment of [expr] Go's error
 * names; code -1 asks the caller to call again (an error came back without a P). */
static int regexp_compile(G *g, Value *args)
{
    StrObj *es = args[0].p;
    int mode = (int)args[1].i;
    const uint8_t *s = str_data(es);
    size_t n = (size_t)str_len(es);
    ReCache *c = gale_pkg_state(g, &cache_key, cache_new, cache_free);
    uint64_t h = hash_of(s, n, mode);

    pthread_mutex_lock(&c->lock);
    ReEntry *e = cache_find(c, h, mode, s, n);
    pthread_mutex_unlock(&c->lock);
    if (e) {
        compile_result(g, args, e);
        return NATIVE_OK;
    }

    if (re_too_deep((const char *)s, n)) {
        enum { GALE_NESTING_DEPTH = 16 }; /* Go's ErrNestingDepth, which RE2 lacks */
        args[3] = native_string(g, s, n);
        args[0] = native_int(0);
        args[1] = native_int(0);
        args[2] = native_int(GALE_NESTING_DEPTH);
        return NATIVE_OK;
    }
    Prepared pr;
    re_prepare(&pr, (const char *)s, n, (mode & RE2SHIM_POSIX) != 0);
    int code;
    char *arg;
    bool out = compile_is_long(&pr);
    if (out)
        gale_entersyscall(g); /* pr is C memory: nothing of the VM is touched */
    ReProg *prog = re2shim_compile(pr.out.data, pr.out.len, mode, &code, &arg);
    int rc = out ? gale_exitsyscall(g) : NATIVE_OK;
    es = args[0].p; /* re-read after the system call */
    s = str_data(es);
    if (!prog) {
        size_t fs = 0, fe = n;
        const uint8_t *src = s;
        enum { MISSING_PAREN = 6, UNEXPECTED_PAREN = 7, REPEAT_SIZE = 10, REPEAT_OP = 11 };
        enum { BAD_UTF8 = 13 };
        enum { TOO_LARGE = 15 };
        if (code == BAD_UTF8) {
            bad_utf8_fragment(s, n, &code, &fs, &fe);
        } else if (code != MISSING_PAREN && code != UNEXPECTED_PAREN && code != TOO_LARGE) {
            if (!arg || !arg[0]) {
                fs = fe = 0;
            } else if (!re_fragment(&pr, (const char *)s, arg, &fs, &fe)) {
                src = (const uint8_t *)arg;
                fs = 0;
                fe = strlen(arg);
            }
        }
        if ((code == REPEAT_SIZE || code == REPEAT_OP) && src == s)
            repeat_fragment(s, &code, &fs, &fe);
        e = new_entry(h, mode, s, n);
        e->err_code = code;
        e->err_len = fe - fs;
        e->err_frag = xmalloc(e->err_len + 1);
        memcpy(e->err_frag, src + fs, e->err_len);
        free(arg);
        re_prepared_free(&pr);
        e = cache_insert(c, e);
        if (rc == NATIVE_NO_P) {
            /* no P, so no fragment string: the caller asks again and finds e */
            args[0] = native_int(0);
            args[1] = native_int(0);
            args[2] = native_int(-1);
            args[3].p = NULL;
            return rc;
        }
        compile_result(g, args, e);
        return NATIVE_OK;
    }
    e = new_entry(h, mode, s, n);
    e->prog = prog;
    e->ncap = re2shim_ncap(prog);
    for (size_t i = 0; i + 1 < n; i++)
        if (s[i] == '\\' && s[++i] == 'B')
            e->has_nb = true;
    e->names = xcalloc((size_t)e->ncap + 1, sizeof(char *));
    if (pr.nnames == e->ncap)
        for (int i = 0; i < e->ncap; i++) {
            e->names[i + 1] = pr.names[i];
            pr.names[i] = NULL;
        }
    re_prepared_free(&pr);
    e = cache_insert(c, e);
    compile_result(g, args, e); /* allocates nothing for a program */
    return rc;
}

/* nil_regexp is the panic of a zero Regexp (no program), as Go's nil program gives. */
static int nil_regexp(G *g)
{
    return gale_panic_runtime(g, "invalid memory address or nil pointer dereference");
}

/* regexp.capName(prog int, i int) string */
static int regexp_cap_name(G *g, Value *args)
{
    ReEntry *e = (ReEntry *)(intptr_t)args[0].i;
    int64_t i = args[1].i;
    if (!e)
        return nil_regexp(g);
    const char *name = i >= 0 && i <= e->ncap ? e->names[i] : NULL;
    args[0] = native_string(g, name, name ? strlen(name) : 0);
    return NATIVE_OK;
}

/* search runs RE2 from [pos] on valid UTF-8. Go tries matches only at rune boundaries;
 * RE2 works on bytes, and \B (two non-word bytes) also holds between the bytes of one
 * rune, the only place an empty match can fall inside one. Such a match is skipped:
 * the search goes on from the next rune boundary, where Go would have found its match. */
static bool search(const ReEntry *e, const uint8_t *text, int64_t n, int64_t pos, int64_t *cap,
                   int npairs)
{
    int64_t one[2];
    if (e->has_nb && npairs == 0) {
        cap = one;
        npairs = 1;
    }
    for (;;) {
        if (re2shim_match(e->prog, (const char *)text, (size_t)n, (size_t)pos, cap, npairs) != 1)
            return false;
        if (!e->has_nb || cap[0] != cap[1] || cap[0] >= n || (text[cap[0]] & 0xC0) != 0x80)
            return true;
        for (pos = cap[0]; pos < n && (text[pos] & 0xC0) == 0x80;)
            pos++;
    }
}

/* match_fixed runs [e] on text that holds invalid UTF-8, as Go reads it: each invalid
 * byte is U+FFFD one byte wide, so that . and [^a] match it. RE2 only matches valid
 * UTF-8, so the text is copied with every invalid byte spelled EF BF BD, matched, and the
 * offsets mapped back (a match starts and ends on rune boundaries, never inside a
 * replaced byte). [bad] lists the copy's offsets of the replacements, ascending. */
static bool match_fixed(ReEntry *e, const uint8_t *text, int64_t n, int64_t pos, int64_t *cap,
                        int npairs)
{
    int64_t nbad = 0;
    for (int64_t i = 0; i < n;) {
        int32_t r;
        int w = text[i] < 0x80 ? 1 : runes_decode(text + i, (size_t)(n - i), &r);
        if (w == 1 && text[i] >= 0x80)
            nbad++;
        i += w;
    }
    uint8_t *t = xmalloc((size_t)(n + 2 * nbad) + 1);
    int64_t *bad = xmalloc((size_t)(nbad + 1) * sizeof(int64_t));
    int64_t tn = 0, k = 0, tpos = -1;
    for (int64_t i = 0; i < n;) {
        if (i == pos)
            tpos = tn;
        int32_t r;
        int w = text[i] < 0x80 ? 1 : runes_decode(text + i, (size_t)(n - i), &r);
        if (w == 1 && text[i] >= 0x80) {
            bad[k++] = tn;
            memcpy(t + tn, "\xEF\xBF\xBD", 3);
            tn += 3;
        } else {
            memcpy(t + tn, text + i, (size_t)w);
            tn += w;
        }
        for (int j = 1; j < w; j++)
            if (i + j == pos) /* pos inside a rune: Go would start there too; rare */
                tpos = tn - w + j;
        i += w;
    }
    if (tpos < 0)
        tpos = tn;
    bool ok = search(e, t, tn, tpos, cap, npairs);
    if (ok)
        for (int i = 0; i < 2 * npairs; i++) {
            if (cap[i] < 0)
                continue;
            int64_t lo = 0, hi = nbad; /* replacements before cap[i] */
            while (lo < hi) {
                int64_t mid = (lo + hi) / 2;
                if (bad[mid] < cap[i])
                    lo = mid + 1;
                else
                    hi = mid;
            }
            cap[i] -= 2 * lo;
        }
    free(t);
    free(bad);
    return ok;
}

/* match runs [e] on text[pos:n] and writes the submatch offsets to [dst] (len(dst)/2
 * pairs, at most the program's groups + 1). [valid]: the text is known to be valid UTF-8
 * (the FindAll and ReplaceAll loops check once, not at every match). */
static bool match(ReEntry *e, const uint8_t *text, int64_t n, int64_t pos, SliceObj *dst,
                  bool valid)
{
    if (pos < 0 || pos > n)
        return false;
    int npairs = (int)(slice_len(dst) / 2);
    if (npairs > e->ncap + 1)
        npairs = e->ncap + 1;
    int64_t one[2];
    int64_t *cap = npairs ? (int64_t *)dst->data : one;
    if (!valid && !runes_valid(text, (size_t)n))
        return match_fixed(e, text, n, pos, cap, npairs);
    return search(e, text, n, pos, cap, npairs);
}

/* Texts longer than this are matched outside the VM (gale_entersyscall), so that a long
 * search neither holds up a collection nor the goroutines queued on this P. */
enum { LONG_TEXT = 1 << 20 };

/* match_native is matchString and matchBytes once the text is found: the text and dst
 * stay reachable through args while the goroutine is out of the VM, and nothing but dst's
 * ints and the result register is written there. */
static int match_native(G *g, Value *args, const uint8_t *text, int64_t n)
{
    ReEntry *e = (ReEntry *)(intptr_t)args[0].i;
    if (!e)
        return nil_regexp(g);
    int64_t pos = args[2].i;
    bool out = n - pos > LONG_TEXT;
    if (out)
        gale_entersyscall(g);
    bool ok = match(e, text, n, pos, args[3].p, args[4].i != 0);
    args[0] = native_bool(ok);
    return out ? gale_exitsyscall(g) : NATIVE_OK;
}

/* regexp.matchString(prog int, s string, pos int, dst []int, valid bool) bool */
static int regexp_match_string(G *g, Value *args)
{
    StrObj *s = args[1].p;
    return match_native(g, args, str_data(s), str_len(s));
}

/* regexp.matchBytes(prog int, b []byte, pos int, dst []int, valid bool) bool */
static int regexp_match_bytes(G *g, Value *args)
{
    SliceObj *b = args[1].p;
    return match_native(g, args, b ? b->data : (const uint8_t *)"", slice_len(b));
}

/* regexp.literalPrefix(expr string, posix bool) (string, bool) */
static int regexp_literal_prefix(G *g, Value *args)
{
    StrObj *es = args[0].p;
    StrBuf b = {0};
    bool complete = re_literal_prefix((const char *)str_data(es), (size_t)str_len(es),
                                      args[1].i != 0, &b);
    args[0] = native_string(g, b.data, b.len);
    args[1] = native_bool(complete);
    strbuf_free(&b);
    return NATIVE_OK;
}

/* regexp.QuoteMeta(s string) string */
static int regexp_quote_meta(G *g, Value *args)
{
    StrObj *s = args[0].p;
    const uint8_t *p = str_data(s);
    int64_t n = str_len(s), extra = 0;
    for (int64_t i = 0; i < n; i++)
        if (p[i] < 0x80 && strchr("\\.+*?()|[]{}^$", p[i]) && p[i])
            extra++;
    if (extra == 0)
        return NATIVE_OK;
    uint8_t *d;
    StrObj *r = gale_string_alloc(g, (size_t)(n + extra), &d);
    for (int64_t i = 0; i < n; i++) {
        if (p[i] < 0x80 && strchr("\\.+*?()|[]{}^$", p[i]) && p[i])
            *d++ = '\\';
        *d++ = p[i];
    }
    args[0].p = r;
    return NATIVE_OK;
}

const NativeDesc regexp_natives[] = {
    {"regexp.compileProg", regexp_compile},
    {"regexp.capName", regexp_cap_name},
    {"regexp.matchString", regexp_match_string},
    {"regexp.matchBytes", regexp_match_bytes},
    {"regexp.literalPrefix", regexp_literal_prefix},
    {"regexp.QuoteMeta", regexp_quote_meta},
    {NULL, NULL},
};
