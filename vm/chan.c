/*
 * chan.c — channels and select, after Go's chan.go and select.go
 * (../shared/runtime-reference.md, section 7).
 *
 * A channel is a heap object with a ring buffer of register values (aggregates travel as a
 * pointer to a copy made at the send, so the receiver gets fresh storage), a lock, and two
 * wait queues of sudogs: goroutines parked in a send or a receive. Invariants (under the
 * lock): at most one queue holds waiters (apart from one goroutine in a select on both
 * ends); with a buffer, count > 0 means no receiver waits and count < cap means no sender
 * waits.
 *
 * A blocked operation enqueues a sudog and parks (sched_park, with the channel's unlock as
 * the park's commit); the peer completes it: copies the value into the waiter's register
 * (recv) or out of its sudog (send), sets success, and readies it. When the goroutine runs
 * again, chan_resume finishes its side: frees the sudogs, turns a failed send into the
 * "send on closed channel" panic, and for a select dequeues the losing cases and reports
 * the winner. A select's sudogs share one goroutine; the first peer to CAS its select_done
 * wins, the others skip those sudogs (dequeue).
 *
 * Lock order: channels are locked in address order (select locks all of its channels);
 * no scheduler lock is taken while a channel lock is held, except through sched_ready.
 * Sudogs are malloc'ed and owned by the parked goroutine, which frees them in chan_resume.
 */
#include "vm/vm.h"

#include <stddef.h>
#include <stdlib.h>
#include <string.h>

struct Sudog {
    G *g;
    Sudog *next, *prev;  /* in the channel's wait queue */
    Sudog *wait_link;    /* the goroutine's list of sudogs (select); owned by the goroutine */
    Sudog *woken_link;   /* close's list of the waiters it releases (the channel's lock) */
    ChanObj *c;
    Value *elem;         /* receive: the register the value goes to */
    Value *ok;           /* receive: the comma-ok register, or NULL */
    Value val;           /* send: the value (the collector must see it: see docs) */
    bool is_send;
    bool is_select;
    bool success;        /* a real communication (false: woken by close) */
    int case_index;      /* select: which case */
};

typedef struct WaitQ {
    Sudog *first, *last;
} WaitQ;

struct ChanObj {
    const TypeDesc *elem;
    int64_t cap;
    _Atomic int64_t count;  /* written under lock; len() reads it without */
    int64_t sendx, recvx;
    Value *buf;             /* cap register values (GC memory) */
    bool closed;
    WaitQ recvq, sendq;
    pthread_mutex_t lock;
};

/* A channel object's only heap pointer is its buffer (sudogs are C memory). */
_Static_assert(offsetof(ChanObj, buf) / 8 < 8, "buf must be among the first 8 words");
static const uint8_t chanobj_mask[] = {1u << (offsetof(ChanObj, buf) / 8)};
static const GcLayout chanobj_layout = {sizeof(ChanObj), offsetof(ChanObj, buf) / 8 + 1,
                                        chanobj_mask, 0};
static const uint8_t ptr_word_mask[] = {0x01};
static const GcLayout ptr_word_layout = {sizeof(Value), 1, ptr_word_mask, 0};

static bool elem_is_ptr(const TypeDesc *t)
{
    return (t->flags & (TF_AGGREGATE | TF_HASPTR)) != 0;
}

ChanObj *chan_make(G *g, const TypeDesc *chantype, int64_t size)
{
    const TypeDesc *elem = chantype->elem;
    /* Go bounds the buffer's bytes (elements of the element's size), as makeslice does */
    uint64_t esz = elem->size > sizeof(Value) ? elem->size : sizeof(Value);
    if (size < 0 || (uint64_t)size > (1ull << 40) / esz) {
        vm_plain_error(g, "makechan: size out of range");
        return NULL;
    }
    ChanObj *c = gc_alloc(g->cache, sizeof(ChanObj), &chanobj_layout);
    c->elem = elem;
    c->cap = size;
    if (size > 0)
        c->buf = gc_alloc(g->cache, sizeof(Value) * (size_t)size,
                          elem_is_ptr(elem) ? &ptr_word_layout : NULL);
    pthread_mutex_init(&c->lock, NULL);
    return c;
}

const TypeDesc *chan_elem(const ChanObj *c)
{
    return c->elem;
}

int64_t chan_len(const ChanObj *c)
{
    return c ? atomic_load_explicit(&((ChanObj *)c)->count, memory_order_relaxed) : 0;
}

int64_t chan_cap(const ChanObj *c)
{
    return c ? c->cap : 0;
}

/* own copies an aggregate being sent, so the receiver gets storage nobody else sees. */
static Value own(G *g, const TypeDesc *t, Value v)
{
    if (!(t->flags & TF_AGGREGATE) || !v.p)
        return v;
    Value c;
    c.p = gale_new(g, t);
    vm_copy_value(t, c.p, v.p);
    return c;
}

/* zero is the zero value a receive from a closed channel yields: for a struct or array,
 * fresh zeroed storage. */
static Value zero(G *g, const TypeDesc *t)
{
    Value v;
    v.u = 0;
    if (t->flags & TF_AGGREGATE)
        v.p = gale_new(g, t);
    return v;
}

/* ---- wait queues (channel lock held) ---- */

static void enqueue(WaitQ *q, Sudog *s)
{
    s->next = NULL;
    s->prev = q->last;
    if (q->last)
        q->last->next = s;
    else
        q->first = s;
    q->last = s;
}

static void unlink_sudog(WaitQ *q, Sudog *s)
{
    if (s->prev)
        s->prev->next = s->next;
    else if (q->first == s)
        q->first = s->next;
    else
        return; /* not queued */
    if (s->next)
        s->next->prev = s->prev;
    else
        q->last = s->prev;
    s->next = s->prev = NULL;
}

/* dequeue removes the first waiter that can still be completed: a select whose other case
 * already won is skipped (its goroutine removes that sudog itself). */
static Sudog *dequeue(WaitQ *q)
{
    for (;;) {
        Sudog *s = q->first;
        if (!s)
            return NULL;
        unlink_sudog(q, s);
        if (s->is_select) {
            int zero = 0;
            if (!atomic_compare_exchange_strong(&s->g->select_done, &zero, 1))
                continue;
            atomic_store(&s->g->select_winner, s);
        }
        return s;
    }
}

Sudog *sudog_next(Sudog *s)
{
    return s->wait_link;
}

static void chan_unlock(void *arg)
{
    pthread_mutex_unlock(&((ChanObj *)arg)->lock);
}

/* Sudogs are recycled through their goroutine's own cache (G.sudog_cache, used only by
 * the goroutine itself), as Go caches them per P: a blocking operation costs no malloc. */
static Sudog *new_sudog(G *g, ChanObj *c)
{
    Sudog *s = g->sudog_cache;
    if (s) {
        g->sudog_cache = s->wait_link;
        memset(s, 0, sizeof *s);
    } else {
        s = xcalloc(1, sizeof(Sudog));
    }
    s->g = g;
    s->c = c;
    return s;
}

static void free_sudog(G *g, Sudog *s)
{
    s->wait_link = g->sudog_cache;
    g->sudog_cache = s;
}

void sudog_cache_free(G *g)
{
    while (g->sudog_cache) {
        Sudog *s = g->sudog_cache;
        g->sudog_cache = s->wait_link;
        free(s);
    }
}

/* try_send delivers [v] on the open channel [c] without waiting (lock held): straight to a
 * waiting receiver (returned, for the caller to ready once the lock is released: *sent),
 * or into the buffer (NULL, *sent). Neither possible: NULL, !*sent. */
static G *try_send(ChanObj *c, Value v, bool *sent)
{
    Sudog *r = dequeue(&c->recvq);
    if (r) {
        *r->elem = v;
        if (r->ok)
            r->ok->u = 1;
        r->success = true;
        *sent = true;
        return r->g;
    }
    *sent = atomic_load_explicit(&c->count, memory_order_relaxed) < c->cap;
    if (*sent) {
        c->buf[c->sendx] = v;
        if (++c->sendx == c->cap)
            c->sendx = 0;
        atomic_fetch_add_explicit(&c->count, 1, memory_order_relaxed);
    }
    return NULL;
}

static void ready(G *waker, G *g)
{
    sched_ready(waker->vm->sched, &g->rt, waker->p);
}

/* ---- send, receive, close ---- */

int chan_send(G *g, ChanObj *c, Value v)
{
    if (!c) {
        sched_park(&g->rt, "chan send (nil chan)", NULL, NULL);
        return CHAN_PARKED;
    }
    v = own(g, c->elem, v);
    pthread_mutex_lock(&c->lock);
    if (c->closed) {
        pthread_mutex_unlock(&c->lock);
        vm_plain_error(g, "send on closed channel");
        return CHAN_PANIC;
    }
    bool sent;
    G *receiver = try_send(c, v, &sent);
    if (sent) {
        pthread_mutex_unlock(&c->lock);
        if (receiver)
            ready(g, receiver);
        return CHAN_DONE;
    }
    Sudog *s = new_sudog(g, c);
    s->is_send = true;
    s->val = v;
    enqueue(&c->sendq, s);
    g->wait_kind = WAIT_SEND;
    g->waiting = s;
    sched_park(&g->rt, "chan send", chan_unlock, c);
    return CHAN_PARKED;
}

/* recv_from_sender takes the value of the waiting sender [s] (lock held): directly when
 * unbuffered, else the buffer's head, the sender's value going to the freed tail slot. */
static Value recv_from_sender(ChanObj *c, Sudog *s)
{
    Value v;
    if (c->cap == 0) {
        v = s->val;
    } else {
        v = c->buf[c->recvx];
        c->buf[c->recvx] = s->val;
        if (++c->recvx == c->cap)
            c->recvx = 0;
        c->sendx = c->recvx;
    }
    s->val.u = 0;
    s->success = true;
    return v;
}

static Value recv_from_buffer(ChanObj *c)
{
    Value v = c->buf[c->recvx];
    c->buf[c->recvx].u = 0;
    if (++c->recvx == c->cap)
        c->recvx = 0;
    atomic_fetch_sub_explicit(&c->count, 1, memory_order_relaxed);
    return v;
}

int chan_recv(G *g, ChanObj *c, Value *dst, Value *ok)
{
    if (!c) {
        sched_park(&g->rt, "chan receive (nil chan)", NULL, NULL);
        return CHAN_PARKED;
    }
    pthread_mutex_lock(&c->lock);
    Sudog *s = dequeue(&c->sendq);
    if (s) {
        Value v = recv_from_sender(c, s);
        pthread_mutex_unlock(&c->lock);
        *dst = v;
        if (ok)
            ok->u = 1;
        ready(g, s->g);
        return CHAN_DONE;
    }
    if (atomic_load_explicit(&c->count, memory_order_relaxed) > 0) {
        Value v = recv_from_buffer(c);
        pthread_mutex_unlock(&c->lock);
        *dst = v;
        if (ok)
            ok->u = 1;
        return CHAN_DONE;
    }
    if (c->closed) {
        pthread_mutex_unlock(&c->lock);
        *dst = zero(g, c->elem);
        if (ok)
            ok->u = 0;
        return CHAN_DONE;
    }
    s = new_sudog(g, c);
    s->elem = dst;
    s->ok = ok;
    enqueue(&c->recvq, s);
    g->wait_kind = WAIT_RECV;
    g->waiting = s;
    sched_park(&g->rt, "chan receive", chan_unlock, c);
    return CHAN_PARKED;
}

int chan_close(G *g, ChanObj *c)
{
    if (!c) {
        vm_plain_error(g, "close of nil channel");
        return CHAN_PANIC;
    }
    pthread_mutex_lock(&c->lock);
    if (c->closed) {
        pthread_mutex_unlock(&c->lock);
        vm_plain_error(g, "close of closed channel");
        return CHAN_PANIC;
    }
    c->closed = true;
    /* release every waiter: receivers get the zero value (they make it themselves when they
     * resume, chan_resume: nothing is allocated with the lock held), senders will panic */
    Sudog *woken = NULL;
    for (Sudog *s; (s = dequeue(&c->recvq));) {
        if (s->ok)
            s->ok->u = 0;
        s->success = false;
        s->woken_link = woken;
        woken = s;
    }
    for (Sudog *s; (s = dequeue(&c->sendq));) {
        s->success = false;
        s->woken_link = woken;
        woken = s;
    }
    pthread_mutex_unlock(&c->lock);
    while (woken) {
        /* read the link first: once readied, the goroutine may free its sudog */
        Sudog *next = woken->woken_link;
        ready(g, woken->g);
        woken = next;
    }
    return CHAN_DONE;
}

/* ---- from timers ---- */

bool chan_offer(Vm *vm, P *p, ChanObj *c, Value v)
{
    pthread_mutex_lock(&c->lock);
    if (c->closed) {
        pthread_mutex_unlock(&c->lock);
        return false;
    }
    bool sent;
    G *receiver = try_send(c, v, &sent);
    pthread_mutex_unlock(&c->lock);
    if (receiver)
        sched_ready(vm->sched, &receiver->rt, p);
    return sent;
}

bool chan_drain(ChanObj *c)
{
    bool any = false;
    pthread_mutex_lock(&c->lock);
    while (atomic_load_explicit(&c->count, memory_order_relaxed) > 0) {
        recv_from_buffer(c);
        any = true;
    }
    pthread_mutex_unlock(&c->lock);
    return any;
}

/* ---- select ---- */

static int cmp_chan(const void *a, const void *b)
{
    uintptr_t x = (uintptr_t)*(ChanObj *const *)a, y = (uintptr_t)*(ChanObj *const *)b;
    return x < y ? -1 : x > y;
}

/* SelLock holds a select's channels in lock order, without duplicates. */
typedef struct SelLock {
    ChanObj *chans[64];
    int n;
} SelLock;

static void sel_lock(SelLock *l)
{
    for (int i = 0; i < l->n; i++)
        pthread_mutex_lock(&l->chans[i]->lock);
}

static void sel_unlock(void *arg)
{
    SelLock *l = arg;
    for (int i = l->n - 1; i >= 0; i--)
        pthread_mutex_unlock(&l->chans[i]->lock);
}

static uint32_t g_rand(G *g)
{
    g->rand ^= g->rand << 13;
    g->rand ^= g->rand >> 7;
    g->rand ^= g->rand << 17;
    return (uint32_t)(g->rand >> 32);
}

int chan_select(G *g, int ncases, uint64_t sendmask, bool has_default, Value *cases,
                Value *res)
{
    /* poll order: a random permutation of the cases with a channel */
    int order[64], n = 0;
    for (int i = 0; i < ncases; i++) {
        if (!cases[2 * i].p)
            continue;
        int j = (int)(g_rand(g) % (uint32_t)(n + 1));
        order[n] = order[j];
        order[j] = i;
        n++;
    }
    if (n == 0 && !has_default) {
        sched_park(&g->rt, ncases ? "select" : "select (no cases)", NULL, NULL);
        g->wait_kind = WAIT_NONE;
        return CHAN_PARKED;
    }
    /* the values to send, copied now: nothing is allocated with channel locks held */
    for (int k = 0; k < n; k++) {
        int i = order[k];
        if (sendmask >> i & 1)
            cases[2 * i + 1] = own(g, ((ChanObj *)cases[2 * i].p)->elem, cases[2 * i + 1]);
    }
    SelLock *lk = xmalloc(sizeof(SelLock));
    lk->n = 0;
    for (int k = 0; k < n; k++)
        lk->chans[lk->n++] = cases[2 * order[k]].p;
    qsort(lk->chans, (size_t)lk->n, sizeof(ChanObj *), cmp_chan);
    int u = 0;
    for (int k = 0; k < lk->n; k++)
        if (u == 0 || lk->chans[u - 1] != lk->chans[k])
            lk->chans[u++] = lk->chans[k];
    lk->n = u;
    sel_lock(lk);
    /* pass 1: a case that can proceed now */
    for (int k = 0; k < n; k++) {
        int i = order[k];
        ChanObj *c = cases[2 * i].p;
        Value *slot = &cases[2 * i + 1];
        if (sendmask >> i & 1) {
            if (c->closed) {
                sel_unlock(lk);
                free(lk);
                vm_plain_error(g, "send on closed channel");
                return CHAN_PANIC;
            }
            bool sent;
            G *receiver = try_send(c, *slot, &sent);
            if (sent) {
                sel_unlock(lk);
                free(lk);
                if (receiver)
                    ready(g, receiver);
                res[0].i = i;
                return CHAN_DONE;
            }
        } else {
            Sudog *s = dequeue(&c->sendq);
            if (s) {
                *slot = recv_from_sender(c, s);
                sel_unlock(lk);
                free(lk);
                ready(g, s->g);
                res[0].i = i;
                res[1].u = 1;
                return CHAN_DONE;
            }
            if (atomic_load_explicit(&c->count, memory_order_relaxed) > 0) {
                *slot = recv_from_buffer(c);
                sel_unlock(lk);
                free(lk);
                res[0].i = i;
                res[1].u = 1;
                return CHAN_DONE;
            }
            if (c->closed) {
                sel_unlock(lk);
                free(lk);
                *slot = zero(g, c->elem);
                res[0].i = i;
                res[1].u = 0;
                return CHAN_DONE;
            }
        }
    }
    if (has_default) {
        sel_unlock(lk);
        free(lk);
        res[0].i = -1;
        return CHAN_DONE;
    }
    /* pass 2: wait on every case */
    atomic_store(&g->select_done, 0);
    atomic_store(&g->select_winner, NULL);
    Sudog *list = NULL;
    for (int k = 0; k < n; k++) {
        int i = order[k];
        ChanObj *c = cases[2 * i].p;
        Sudog *s = new_sudog(g, c);
        s->is_select = true;
        s->case_index = i;
        if (sendmask >> i & 1) {
            s->is_send = true;
            s->val = cases[2 * i + 1];
            enqueue(&c->sendq, s);
        } else {
            s->elem = &cases[2 * i + 1];
            s->ok = &res[1];
            enqueue(&c->recvq, s);
        }
        s->wait_link = list;
        list = s;
    }
    g->wait_kind = WAIT_SELECT;
    g->waiting = list;
    g->select_res = res;
    g->select_locks = lk;
    sched_park(&g->rt, "select", sel_unlock, lk);
    return CHAN_PARKED;
}

int chan_resume(G *g)
{
    int kind = g->wait_kind;
    Sudog *list = g->waiting;
    g->wait_kind = WAIT_NONE;
    g->waiting = NULL;
    int rc = CHAN_DONE;
    switch (kind) {
    case WAIT_SEND:
        if (!list->success) {
            vm_plain_error(g, "send on closed channel");
            rc = CHAN_PANIC;
        }
        free_sudog(g, list);
        break;
    case WAIT_RECV:
        if (!list->success)
            *list->elem = zero(g, list->c->elem); /* released by close */
        free_sudog(g, list);
        break;
    case WAIT_SELECT: {
        SelLock *lk = g->select_locks;
        Sudog *win = atomic_load(&g->select_winner);
        sel_lock(lk);
        for (Sudog *s = list; s; s = s->wait_link)
            if (s != win)
                unlink_sudog(s->is_send ? &s->c->sendq : &s->c->recvq, s);
        sel_unlock(lk);
        g->select_res[0].i = win->case_index;
        if (win->is_send) {
            if (!win->success) {
                vm_plain_error(g, "send on closed channel");
                rc = CHAN_PANIC;
            }
        } else if (!win->success) {
            *win->elem = zero(g, win->c->elem); /* woken by close: the zero value, not ok */
            g->select_res[1].u = 0;
        }
        while (list) {
            Sudog *next = list->wait_link;
            free_sudog(g, list);
            list = next;
        }
        free(lk);
        g->select_locks = NULL;
        break;
    }
    default:
        break;
    }
    return rc;
}

void chan_gc_mark_waits(G *g, GcMarker *m)
{
    if (g->wait_kind == WAIT_NONE)
        return;
    for (Sudog *s = g->waiting; s; s = s->wait_link) {
        gc_mark(m, s->c);
        if (!elem_is_ptr(s->c->elem))
            continue;
        if (s->is_send)
            gc_mark(m, s->val.p);
        else if (s->elem)
            gc_mark(m, s->elem->p); /* a sender may have delivered it already */
    }
}

static Value *rebase(Value *p, const Value *old, uint32_t size, Value *now)
{
    uintptr_t a = (uintptr_t)p, o = (uintptr_t)old;
    if (p && a >= o && a < o + size * sizeof(Value))
        return now + (a - o) / sizeof(Value);
    return p;
}

void chan_stack_moved(G *g, const Value *old, uint32_t size)
{
    if (g->wait_kind == WAIT_NONE)
        return;
    for (Sudog *s = g->waiting; s; s = s->wait_link) {
        s->elem = rebase(s->elem, old, size, g->stack);
        s->ok = rebase(s->ok, old, size, g->stack);
    }
    g->select_res = rebase(g->select_res, old, size, g->stack);
}
