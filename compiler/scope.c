/*
 * scope.c — symbols and scopes (see types.h).
 *
 * Block scopes are small and short-lived, so they are plain vectors searched from the end;
 * package and universe scopes hold hundreds of names and use an open-addressing table keyed by
 * the interned name pointer.
 */
#include "compiler/types.h"

#include <stdlib.h>

Sym *sym_new(Compiler *c, SymKind kind, const char *name, Pos pos)
{
    Sym *s = ARENA_NEW(&c->arena, Sym);
    s->kind = (uint8_t)kind;
    s->name = name;
    s->pos = pos;
    s->reg = -1;
    s->gblock = -1;
    s->init_index = -1;
    return s;
}

Scope *scope_new(Compiler *c, Scope *parent, bool hashed)
{
    Scope *s = ARENA_NEW(&c->arena, Scope);
    s->parent = parent;
    if (parent)
        s->func = parent->func;
    if (hashed) {
        s->tcap = 64;
        s->table = xcalloc(s->tcap, sizeof(Sym *));
    }
    return s;
}

static uint32_t name_hash(const char *name)
{
    uintptr_t p = (uintptr_t)name;
    p ^= p >> 17;
    p *= 0x9E3779B97F4A7C15ull;
    return (uint32_t)(p >> 32);
}

static void table_put(Scope *s, Sym *sym)
{
    uint32_t i = name_hash(sym->name) & (s->tcap - 1);
    while (s->table[i])
        i = (i + 1) & (s->tcap - 1);
    s->table[i] = sym;
}

Sym *scope_lookup_local(Scope *s, const char *name)
{
    if (s->table) {
        uint32_t i = name_hash(name) & (s->tcap - 1);
        for (;;) {
            Sym *e = s->table[i];
            if (!e)
                return NULL;
            if (e->name == name)
                return e;
            i = (i + 1) & (s->tcap - 1);
        }
    }
    for (int i = s->syms.len - 1; i >= 0; i--)
        if (s->syms.items[i]->name == name)
            return s->syms.items[i];
    return NULL;
}

Sym *scope_lookup(Scope *s, const char *name)
{
    for (; s; s = s->parent) {
        Sym *e = scope_lookup_local(s, name);
        if (e)
            return e;
    }
    return NULL;
}

Sym *scope_insert(Compiler *c, Scope *s, Sym *sym)
{
    (void)c;
    Sym *old = scope_lookup_local(s, sym->name);
    if (old)
        return old;
    if (s->table) {
        if (2 * (s->tlen + 1) > s->tcap) {
            Sym **oldt = s->table;
            uint32_t oldcap = s->tcap;
            s->tcap *= 2;
            s->table = xcalloc(s->tcap, sizeof(Sym *));
            for (uint32_t i = 0; i < oldcap; i++)
                if (oldt[i])
                    table_put(s, oldt[i]);
            free(oldt);
        }
        table_put(s, sym);
        s->tlen++;
    }
    VEC_PUSH(s->syms, sym);
    return NULL;
}
