/*
 * fields.c — what the encoder and the decoder share: the JSON fields of a struct type (Go's
 * typeFields: tags, promotion through embedded structs, Go's rules for hidden and
 * conflicting names), method lookup on type descriptors, and writing a JSON string.
 *
 * Fields. Breadth-first over the embedded structs, as Go does: each level lists the
 * exported fields (and embedded structs, even unexported ones, to explore at the next
 * level); a tag "-" drops a field; a tag name replaces the Go name. Then, for each JSON name,
 * the shallowest field wins, a tagged one over an untagged one at the same depth; two at the
 * same depth and tagging cancel each other. The result is in the order of the fields'
 * index paths. A JsonCache keeps the result per struct type for the length of one call.
 */
#include "stdlib/encoding/json/json.h"

#include "base/strbuf.h"
#include "stdlib/strconv/strconv.h"
#include "stdlib/unicode/unicode.h"

/* ---- Methods ---- */

bool json_has_method(const TypeDesc *t, const char *name)
{
    if (!t)
        return false;
    for (int32_t i = 0; i < t->nmethods; i++)
        if (t->methods[i].name[0] == name[0] && strcmp(t->methods[i].name, name) == 0)
            return t->methods[i].fn != NULL || t->kind == TK_INTERFACE;
    return false;
}

static bool is_json_pkg(const TypeDesc *t)
{
    return t->pkg && strcmp(t->pkg, "encoding/json") == 0;
}

bool json_is_number(const TypeDesc *t)
{
    return t->kind == TK_STRING && (t->flags & TF_NAMED) && t->name &&
           strcmp(t->name, "Number") == 0 && is_json_pkg(t);
}

bool json_is_raw(const TypeDesc *t)
{
    return t->kind == TK_SLICE && (t->flags & TF_NAMED) && t->name &&
           strcmp(t->name, "RawMessage") == 0 && is_json_pkg(t);
}

/* ---- Strings ---- */

static const char hexdig[] = "0123456789abcdef";

void json_append_string(JBuf *b, const uint8_t *s, size_t n, bool escape_html)
{
    jbuf_putc(b, '"');
    size_t start = 0, i = 0;
    while (i < n) {
        uint8_t c = s[i];
        if (c < 0x80) {
            if (c >= 0x20 && c != '"' && c != '\\' &&
                (!escape_html || (c != '<' && c != '>' && c != '&'))) {
                i++;
                continue;
            }
            jbuf_put(b, s + start, i - start);
            char e[6] = {'\\', (char)c, 0, 0, 0, 0};
            size_t en = 2;
            switch (c) {
            case '\\':
            case '"': break;
            case '\b': e[1] = 'b'; break;
            case '\f': e[1] = 'f'; break;
            case '\n': e[1] = 'n'; break;
            case '\r': e[1] = 'r'; break;
            case '\t': e[1] = 't'; break;
            default:
                e[1] = 'u';
                e[2] = '0';
                e[3] = '0';
                e[4] = hexdig[c >> 4];
                e[5] = hexdig[c & 0xF];
                en = 6;
            }
            jbuf_put(b, e, en);
            i++;
            start = i;
            continue;
        }
        int32_t r;
        int size = runes_decode(s + i, n - i, &r);
        if (r == 0xFFFD && size == 1) {
            jbuf_put(b, s + start, i - start);
            jbuf_puts(b, "\\ufffd");
            i += 1;
            start = i;
            continue;
        }
        if (r == 0x2028 || r == 0x2029) {
            jbuf_put(b, s + start, i - start);
            char e[6] = {'\\', 'u', '2', '0', '2', hexdig[r & 0xF]};
            jbuf_put(b, e, 6);
            i += (size_t)size;
            start = i;
            continue;
        }
        i += (size_t)size;
    }
    jbuf_put(b, s + start, n - start);
    jbuf_putc(b, '"');
}

/* ---- Tags ---- */

/* tag_get finds key "json" in struct tag [tag] as reflect.StructTag.Get does; returns a
 * malloc'd value, or NULL when absent. */
static char *tag_get(const char *tag)
{
    const char *p = tag;
    while (p && *p) {
        while (*p == ' ')
            p++;
        if (!*p)
            break;
        const char *name = p;
        while (*p > ' ' && *p != ':' && *p != '"' && *p != 0x7f)
            p++;
        if (p == name || p[0] != ':' || p[1] != '"')
            break;
        size_t nlen = (size_t)(p - name);
        p++;
        const char *q = p + 1;
        while (*q && *q != '"') {
            if (*q == '\\' && q[1])
                q++;
            q++;
        }
        if (!*q)
            break;
        q++;
        if (nlen == 4 && memcmp(name, "json", 4) == 0) {
            StrBuf b = {0};
            if (!quote_unquote(&b, (const uint8_t *)p, (size_t)(q - p))) {
                strbuf_free(&b);
                break;
            }
            char *v = xmalloc(b.len + 1);
            memcpy(v, b.data ? b.data : "", b.len);
            v[b.len] = 0;
            strbuf_free(&b);
            return v;
        }
        p = q;
    }
    return NULL;
}

static bool valid_tag_name(const char *s, size_t n)
{
    if (n == 0)
        return false;
    for (size_t i = 0; i < n;) {
        int32_t r;
        int size = runes_decode((const uint8_t *)s + i, n - i, &r);
        i += (size_t)size;
        if (r < 0x80 && strchr("!#$%&()*+-./:;<=>?@[]^_{|}~ ", (int)r) && r != 0)
            continue;
        if (!chars_is(UC_LETTER, r) && !chars_is(UC_DIGIT, r))
            return false;
    }
    return true;
}

/* has_opt reports whether the comma-separated options [opts] contain [name]. */
static bool has_opt(const char *opts, const char *name)
{
    size_t n = strlen(name);
    while (opts && *opts) {
        const char *c = strchr(opts, ',');
        size_t len = c ? (size_t)(c - opts) : strlen(opts);
        if (len == n && memcmp(opts, name, n) == 0)
            return true;
        opts = c ? c + 1 : NULL;
    }
    return false;
}

/* ---- typeFields ---- */

typedef struct Cand {
    JsonField f;
    const TypeDesc *st; /* the struct type being explored (next level) */
} Cand;

typedef struct CandVec {
    Cand *items;
    int len, cap;
} CandVec;

static void cand_push(CandVec *v, Cand c)
{
    if (v->len == v->cap) {
        v->cap = v->cap ? v->cap * 2 : 8;
        v->items = xrealloc(v->items, (size_t)v->cap * sizeof(Cand));
    }
    v->items[v->len++] = c;
}

static int cmp_index(const JsonField *a, const JsonField *b)
{
    for (int i = 0; i <= a->depth && i <= b->depth; i++)
        if (a->path[i] != b->path[i])
            return a->path[i] < b->path[i] ? -1 : 1;
    return a->depth - b->depth;
}

static int cmp_by_name(const void *x, const void *y)
{
    const JsonField *a = x, *b = y;
    size_t n = a->namelen < b->namelen ? a->namelen : b->namelen;
    int c = memcmp(a->name, b->name, n);
    if (c)
        return c;
    if (a->namelen != b->namelen)
        return a->namelen < b->namelen ? -1 : 1;
    if (a->depth != b->depth)
        return a->depth - b->depth;
    if (a->tagged != b->tagged)
        return a->tagged ? -1 : 1;
    return cmp_index(a, b);
}

static int cmp_by_index(const void *x, const void *y)
{
    return cmp_index(x, y);
}

static int count_of(const TypeDesc *const *types, const int *counts, int n, const TypeDesc *t)
{
    for (int i = 0; i < n; i++)
        if (types[i] == t)
            return counts[i];
    return 0;
}

static void build_fields(JsonStruct *js, const TypeDesc *root)
{
    CandVec cur = {0}, next = {0}, fields = {0};
    const TypeDesc **visited = NULL;
    int nvisited = 0;
    /* counts of struct types at the current and next level */
    const TypeDesc **ctypes = NULL, **ntypes = NULL;
    int *ccounts = NULL, *ncounts = NULL, nc = 0, nn = 0;
    Cand first = {0};
    first.st = root;
    first.f.depth = -1;
    cand_push(&next, first);
    while (next.len > 0) {
        CandVec tmp = cur;
        cur = next;
        next = tmp;
        next.len = 0;
        free(ctypes);
        free(ccounts);
        ctypes = ntypes;
        ccounts = ncounts;
        nc = nn;
        ntypes = NULL;
        ncounts = NULL;
        nn = 0;
        for (int ci = 0; ci < cur.len; ci++) {
            Cand f = cur.items[ci];
            bool seen = false;
            for (int i = 0; i < nvisited; i++)
                if (visited[i] == f.st)
                    seen = true;
            if (seen)
                continue;
            visited = xrealloc(visited, (size_t)(nvisited + 1) * sizeof *visited);
            visited[nvisited++] = f.st;
            for (int32_t i = 0; i < f.st->nfields; i++) {
                const FieldDesc *sf = &f.st->fields[i];
                if (sf->embedded) {
                    const TypeDesc *t = sf->type;
                    if (t->kind == TK_POINTER)
                        t = t->elem;
                    if (!sf->exported && t->kind != TK_STRUCT)
                        continue;
                } else if (!sf->exported) {
                    continue;
                }
                char *tag = sf->tag ? tag_get(sf->tag) : NULL;
                if (tag && strcmp(tag, "-") == 0) {
                    free(tag);
                    continue;
                }
                const char *comma = tag ? strchr(tag, ',') : NULL;
                size_t nlen = tag ? (comma ? (size_t)(comma - tag) : strlen(tag)) : 0;
                const char *opts = comma ? comma + 1 : "";
                if (tag && !valid_tag_name(tag, nlen))
                    nlen = 0;
                if (f.f.depth + 1 >= 8) {
                    free(tag);
                    continue; /* deeper embedding than we track */
                }
                JsonField nf = {0};
                memcpy(nf.path, f.f.path, sizeof nf.path);
                nf.depth = f.f.depth + 1;
                nf.path[nf.depth] = (uint16_t)i;
                const TypeDesc *ft = sf->type;
                if (!(ft->flags & TF_NAMED) && ft->kind == TK_POINTER)
                    ft = ft->elem;
                if (has_opt(opts, "string")) {
                    switch (ft->kind) {
                    case TK_BOOL:
                    case TK_INT: case TK_INT8: case TK_INT16: case TK_INT32: case TK_INT64:
                    case TK_UINT: case TK_UINT8: case TK_UINT16: case TK_UINT32:
                    case TK_UINT64: case TK_UINTPTR:
                    case TK_FLOAT32: case TK_FLOAT64:
                    case TK_STRING: nf.quoted = true; break;
                    default: break;
                    }
                }
                if (nlen > 0 || !sf->embedded || ft->kind != TK_STRUCT) {
                    nf.tagged = nlen > 0;
                    char *name;
                    if (nlen > 0) {
                        name = xmalloc(nlen + 1);
                        memcpy(name, tag, nlen);
                        name[nlen] = 0;
                    } else {
                        name = xmalloc(strlen(sf->name) + 1);
                        strcpy(name, sf->name);
                    }
                    nf.name = name;
                    nf.namelen = strlen(name);
                    nf.type = sf->type;
                    nf.omitempty = has_opt(opts, "omitempty");
                    Cand c = {nf, NULL};
                    cand_push(&fields, c);
                    if (count_of(ctypes, ccounts, nc, f.st) > 1) {
                        /* several instances: a duplicate so that they annihilate */
                        char *dup = xmalloc(nf.namelen + 1);
                        memcpy(dup, name, nf.namelen + 1);
                        c.f.name = dup;
                        cand_push(&fields, c);
                    }
                    free(tag);
                    continue;
                }
                free(tag);
                /* an embedded struct to explore at the next level */
                int k = 0;
                for (; k < nn; k++)
                    if (ntypes[k] == ft)
                        break;
                if (k == nn) {
                    ntypes = xrealloc(ntypes, (size_t)(nn + 1) * sizeof *ntypes);
                    ncounts = xrealloc(ncounts, (size_t)(nn + 1) * sizeof *ncounts);
                    ntypes[nn] = ft;
                    ncounts[nn] = 0;
                    nn++;
                }
                if (++ncounts[k] == 1) {
                    Cand c = {nf, ft};
                    cand_push(&next, c);
                }
            }
        }
    }
    free(cur.items);
    free(next.items);
    free(visited);
    free(ctypes);
    free(ccounts);
    free(ntypes);
    free(ncounts);

    JsonField *fl = xmalloc((size_t)(fields.len + 1) * sizeof(JsonField));
    for (int i = 0; i < fields.len; i++)
        fl[i] = fields.items[i].f;
    free(fields.items);
    int n = fields.len;
    qsort(fl, (size_t)n, sizeof(JsonField), cmp_by_name);
    int out = 0;
    for (int i = 0, adv; i < n; i += adv) {
        for (adv = 1; i + adv < n; adv++)
            if (fl[i + adv].namelen != fl[i].namelen ||
                memcmp(fl[i + adv].name, fl[i].name, fl[i].namelen) != 0)
                break;
        bool keep = adv == 1 ||
                    !(fl[i].depth == fl[i + 1].depth && fl[i].tagged == fl[i + 1].tagged);
        for (int k = 0; k < adv; k++) {
            if (k == 0 && keep)
                fl[out++] = fl[i];
            else
                free((char *)fl[i + k].name);
        }
    }
    qsort(fl, (size_t)out, sizeof(JsonField), cmp_by_index);
    /* the encoded keys: "name": plain, then HTML-escaped */
    for (int i = 0; i < out; i++) {
        JBuf b = {0};
        jbuf_putc(&b, '"');
        jbuf_put(&b, fl[i].name, fl[i].namelen);
        jbuf_put(&b, "\":", 2);
        fl[i].enc_len = b.len;
        jbuf_putc(&b, '"');
        html_escape(&b, (const uint8_t *)fl[i].name, fl[i].namelen);
        jbuf_put(&b, "\":", 2);
        fl[i].enc_html_len = b.len - fl[i].enc_len;
        fl[i].enc_name = (char *)b.data;
    }
    js->fields = fl;
    js->nfields = out;
}

const JsonStruct *json_struct_fields(JsonCache *c, const TypeDesc *t)
{
    for (int i = c->len - 1; i >= 0; i--)
        if (c->items[i]->type == t)
            return c->items[i];
    if (c->len == c->cap) {
        c->cap = c->cap ? c->cap * 2 : 8;
        c->items = xrealloc(c->items, (size_t)c->cap * sizeof(JsonStruct *));
    }
    /* each entry has its own allocation: callers keep pointers while the cache grows */
    JsonStruct *js = xmalloc(sizeof *js);
    js->type = t;
    build_fields(js, t);
    c->items[c->len++] = js;
    return js;
}

void json_cache_free(JsonCache *c)
{
    for (int i = 0; i < c->len; i++) {
        for (int k = 0; k < c->items[i]->nfields; k++) {
            free((char *)c->items[i]->fields[k].name);
            free(c->items[i]->fields[k].enc_name);
        }
        free(c->items[i]->fields);
        free(c->items[i]);
    }
    free(c->items);
    c->items = NULL;
    c->len = c->cap = 0;
}
