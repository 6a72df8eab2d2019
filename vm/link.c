/*
 * link.c — creating a VM, linking a compiled module into it, method lookup, and running a
 * program's initializers and main.
 *
 * Linking fills the fields chunk.h marks "VM": natives are resolved by name through the
 * resolver the embedder passed (the standard library's table), each Proto gets its inline
 * caches and static closure (ProtoVm in Proto.vm), each TypeDesc its GC layouts. A module is
 * linked once; its Protos are then read-only except for the inline caches, which are single
 * atomic pointers (a racing update installs one valid MethodDesc or another).
 */
#include "vm/vm.h"

#include <stdlib.h>
#include <string.h>

void vm_type_init(const TypeDesc *t);
void vm_type_free(const TypeDesc *t);

typedef struct ProtoVm {
    Closure static_closure;              /* the func value of a top-level function */
    _Atomic(const MethodDesc *) *caches; /* CALLI inline caches, one per slot */
} ProtoVm;

/* PkgState is one package's C state in a VM (gale_pkg_state), freed by vm_free. */
typedef struct PkgState {
    const void *key;
    void *state;               /* owned, freed with [destroy] */
    void (*destroy)(void *);
    struct PkgState *next;
} PkgState;

void *gale_pkg_state(G *g, const void *key, void *(*create)(void), void (*destroy)(void *))
{
    Vm *vm = gale_vm(g);
    pthread_mutex_lock(&vm->pkg_lock);
    PkgState *s = vm->pkg_states;
    while (s && s->key != key)
        s = s->next;
    if (!s) {
        s = xcalloc(1, sizeof(PkgState));
        s->key = key;
        s->state = create();
        s->destroy = destroy;
        s->next = vm->pkg_states;
        vm->pkg_states = s;
    }
    void *state = s->state;
    pthread_mutex_unlock(&vm->pkg_lock);
    return state;
}

static void pkg_states_free(Vm *vm)
{
    PkgState *s = vm->pkg_states;
    while (s) {
        PkgState *next = s->next;
        s->destroy(s->state);
        free(s);
        s = next;
    }
    vm->pkg_states = NULL;
}

Vm *vm_new(NativeResolver resolve, int argc, char **argv)
{
    Vm *vm = xcalloc(1, sizeof(Vm));
    vm->heap = heap_new();
    vm->cache = heap_cache_new(vm->heap);
    vm->resolve = resolve;
    vm->argc = argc;
    vm->argv = argv;
    pthread_rwlock_init(&vm->out_lock, NULL);
    pthread_mutex_init(&vm->exit_lock, NULL);
    pthread_mutex_init(&vm->gfree_lock, NULL);
    pthread_mutex_init(&vm->pkg_lock, NULL);
    vm_sched_init(vm);
    vm_gc_init(vm);
    vm_sema_init(vm);
    vm_time_init(vm);
    return vm;
}

void vm_free(Vm *vm)
{
    const Module *m = vm->module;
    if (m) {
        for (int i = 0; i < m->nprotos; i++) {
            ProtoVm *pv = m->protos[i]->vm;
            if (pv) {
                free(pv->caches);
                free(pv);
                ((Proto *)m->protos[i])->vm = NULL;
            }
        }
        for (int i = 0; i < m->ntypes; i++)
            vm_type_free(m->types[i]);
    }
    vm_sched_free(vm); /* first: it joins the threads that may still use the rest */
    vm_sema_free(vm);
    vm_time_free(vm);
    pkg_states_free(vm);
    heap_cache_free(vm->cache);
    heap_free(vm->heap);
    pthread_rwlock_destroy(&vm->out_lock);
    pthread_mutex_destroy(&vm->exit_lock);
    pthread_mutex_destroy(&vm->gfree_lock);
    pthread_mutex_destroy(&vm->pkg_lock);
    free(vm);
}

static void link_proto(const Proto *cp)
{
    Proto *p = (Proto *)cp;
    if (p->vm)
        return;
    ProtoVm *pv = xcalloc(1, sizeof(ProtoVm));
    pv->static_closure.proto = p;
    if (p->ncaches)
        pv->caches = xcalloc((size_t)p->ncaches, sizeof(*pv->caches));
    p->vm = pv;
}

/* vm_missing_native stands for a native function no package defines: calling it is fatal
 * (it names the function through the caller's frame). */
static int vm_missing_native(G *g, Value *args)
{
    (void)args;
    const Frame *f = &g->frames[g->nframes - 1];
    const Instr *pc = f->pc - 1;
    const char *name = "?";
    if (INSTR_OP(*pc) == OP_CALLN || INSTR_OP(*pc) == OP_CALL) {
        const Proto *callee = f->proto->k[INSTR_BX(*pc)].p;
        name = callee->native_name;
    }
    fatal("native function %s is not implemented", name);
}

bool vm_link(Vm *vm, const Module *m)
{
    vm->module = m;
    bool ok = true;
    for (int i = 0; i < m->ntypes; i++)
        vm_type_init(m->types[i]);
    for (int i = 0; i < m->nprotos; i++) {
        Proto *p = (Proto *)m->protos[i];
        link_proto(p);
        if ((p->flags & PROTO_NATIVE) && !p->native) {
            /* an unresolved native is an error only if it is called (vm_missing_native) */
            p->native = vm->resolve ? vm->resolve(p->native_name) : NULL;
            if (!p->native)
                p->native = vm_missing_native;
        }
    }
    return ok;
}

Closure *vm_static_closure(const Proto *p);
Closure *vm_static_closure(const Proto *p)
{
    ProtoVm *pv = p->vm;
    if (!pv) {
        link_proto(p);
        pv = p->vm;
    }
    return &pv->static_closure;
}

_Atomic(const MethodDesc *) *vm_icache(const Proto *p, uint64_t slot);
_Atomic(const MethodDesc *) *vm_icache(const Proto *p, uint64_t slot)
{
    ProtoVm *pv = p->vm;
    return &pv->caches[slot];
}

/* ---- Methods ---- */

const MethodDesc *vm_find_method(const TypeDesc *t, int id);
const MethodDesc *vm_find_method(const TypeDesc *t, int id)
{
    int lo = 0, hi = t->nmethods - 1;
    while (lo <= hi) {
        int mid = (lo + hi) / 2;
        int mid_id = t->methods[mid].id;
        if (mid_id == id)
            return &t->methods[mid];
        if (mid_id < id)
            lo = mid + 1;
        else
            hi = mid - 1;
    }
    return NULL;
}

const MethodDesc *vm_find_method_by_name(const TypeDesc *t, const char *name);
const MethodDesc *vm_find_method_by_name(const TypeDesc *t, const char *name)
{
    for (int i = 0; i < t->nmethods; i++)
        if (strcmp(t->methods[i].name, name) == 0)
            return &t->methods[i];
    return NULL;
}

/* vm_implements says whether dynamic type [t] has every method of interface [iface] with
 * the same signature; sets *missing to the first absent method's name. */
bool vm_implements(const TypeDesc *t, const TypeDesc *iface, const char **missing);
bool vm_implements(const TypeDesc *t, const TypeDesc *iface, const char **missing)
{
    int j = 0;
    for (int i = 0; i < iface->nmethods; i++) {
        const MethodDesc *im = &iface->methods[i];
        while (j < t->nmethods && t->methods[j].id < im->id)
            j++;
        if (j >= t->nmethods || t->methods[j].id != im->id || t->methods[j].sig != im->sig) {
            *missing = im->name;
            return false;
        }
    }
    return true;
}

bool gale_implements(const TypeDesc *t, const TypeDesc *iface)
{
    const char *missing;
    return vm_implements(t, iface, &missing);
}

Value vm_unbox_receiver(const Box *b);
Value vm_unbox_receiver(const Box *b)
{
    const TypeDesc *t = b->type;
    if (t->flags & TF_AGGREGATE) {
        Value v;
        v.p = (void *)b->data;
        return v;
    }
    return value_load(t, b->data);
}
