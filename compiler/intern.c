/*
 * intern.c — the compiler's name table: one canonical arena copy of each identifier, so that
 * scopes and selectors compare names by pointer.
 *
 * Open addressing with linear probing over a power-of-two table, kept at most half full.
 */
#include "compiler/internal.h"

#include <stdlib.h>
#include <string.h>

static uint32_t hash_bytes(const char *s, size_t n)
{
    uint32_t h = 2166136261u; /* FNV-1a */
    for (size_t i = 0; i < n; i++) {
        h ^= (uint8_t)s[i];
        h *= 16777619u;
    }
    return h;
}

static void grow(InternTable *t)
{
    uint32_t cap = t->cap ? t->cap * 2 : 1024;
    const char **slots = xcalloc(cap, sizeof(char *));
    uint32_t *hashes = xcalloc(cap, sizeof(uint32_t));
    for (uint32_t i = 0; i < t->cap; i++) {
        const char *s = t->slots[i];
        if (!s)
            continue;
        uint32_t j = t->hashes[i] & (cap - 1);
        while (slots[j])
            j = (j + 1) & (cap - 1);
        slots[j] = s;
        hashes[j] = t->hashes[i];
    }
    free(t->slots);
    free(t->hashes);
    t->slots = slots;
    t->hashes = hashes;
    t->cap = cap;
}

const char *intern(Compiler *c, const char *s, size_t n)
{
    InternTable *t = &c->names;
    if (2 * (t->len + 1) > t->cap)
        grow(t);
    uint32_t h = hash_bytes(s, n);
    uint32_t j = h & (t->cap - 1);
    for (;;) {
        const char *e = t->slots[j];
        if (!e)
            break;
        if (t->hashes[j] == h && memcmp(e, s, n) == 0 && e[n] == 0)
            return e;
        j = (j + 1) & (t->cap - 1);
    }
    const char *copy = arena_strndup(&c->arena, s, n);
    t->slots[j] = copy;
    t->hashes[j] = h;
    t->len++;
    return copy;
}

const char *intern_cstr(Compiler *c, const char *s)
{
    return intern(c, s, strlen(s));
}
