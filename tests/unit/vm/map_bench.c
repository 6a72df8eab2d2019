/*
 * map_bench.c — micro-benchmark of vm/map.c (not run by make; a plain main): 2M inserts and
 * 2M lookups of short string keys "k%d" (50k distinct keys, reused) and of int keys, printed
 * as ns/op, to compare with Lua 5.4's tables. Build and run from the repository root:
 *
 *   make build/release/libgale.a
 *   cc -O2 -std=gnu11 -I. -pthread -o /tmp/map_bench tests/unit/vm/map_bench.c \
 *      build/release/libgale.a -lgmp -lffi -lm && /tmp/map_bench
 *
 * The string keys are built once; "same" uses the very key objects that were inserted (a
 * pointer-equal hit, as for constants), "copy" uses other objects with the same bytes (as
 * keys built at run time, strconv.Itoa), which must be compared by content.
 */
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "runtime/runtime.h"
#include "vm/vm.h"

enum { OPS = 2000000, DISTINCT = 50000 };

static const uint8_t mask1[] = {0x01}, mask0[] = {0x00};
static const TypeDesc t_int = {.kind = TK_INT, .align = 8, .size = 8,
                               .flags = TF_COMPARABLE | TF_SIMPLEKEY, .ptrmask = mask0,
                               .str = "int"};
static const TypeDesc t_string = {.kind = TK_STRING, .align = 8, .size = 8,
                                  .flags = TF_COMPARABLE | TF_HASPTR, .ptrwords = 1,
                                  .ptrmask = mask1, .str = "string"};
static const TypeDesc m_str_int = {.kind = TK_MAP, .align = 8, .size = 8, .flags = TF_HASPTR,
                                   .ptrwords = 1, .ptrmask = mask1, .key = &t_string,
                                   .elem = &t_int, .str = "map[string]int"};
static const TypeDesc m_int_int = {.kind = TK_MAP, .align = 8, .size = 8, .flags = TF_HASPTR,
                                   .ptrwords = 1, .ptrmask = mask1, .key = &t_int,
                                   .elem = &t_int, .str = "map[int]int"};

static double now_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1e9 + ts.tv_nsec;
}

static StrObj *make_str(G *g, const char *s)
{
    size_t n = strlen(s);
    StrObj *o = gc_alloc(g->cache, sizeof(StrObj) + n, NULL);
    memcpy(o + 1, s, n);
    o->data = (const uint8_t *)(o + 1);
    o->len = (int64_t)n;
    return o;
}

static void report(const char *what, double t0, int64_t check)
{
    printf("%-44s %6.1f ns/op   (check %lld)\n", what, (now_ns() - t0) / OPS, (long long)check);
}

int main(void)
{
    static G g0;
    G *g = &g0;
    g->cache = heap_cache_new(heap_new());
    static StrObj *keys[DISTINCT], *copies[DISTINCT];
    char buf[32];
    for (int i = 0; i < DISTINCT; i++) {
        snprintf(buf, sizeof buf, "k%d", i);
        keys[i] = make_str(g, buf);
        copies[i] = make_str(g, buf);
    }

    for (int round = 0; round < 2; round++) {
        printf("-- round %d\n", round + 1);
        MapObj *m = map_new(g, &m_str_int, 0);
        double t0 = now_ns();
        for (int64_t i = 0; i < OPS; i++)
            *(int64_t *)map_assign(g, m, &keys[i % DISTINCT], NULL) += i;
        report("string insert/update, same key objects", t0, gale_map_len(m));

        MapObj *m2 = map_new(g, &m_str_int, 0);
        t0 = now_ns();
        for (int64_t i = 0; i < OPS; i++)
            *(int64_t *)map_assign(g, m2, &copies[(i * 7919) % DISTINCT], NULL) += i;
        report("string insert/update, keys by content", t0, gale_map_len(m2));

        int64_t sum = 0;
        t0 = now_ns();
        for (int64_t i = 0; i < OPS; i++) {
            int64_t *v = map_lookup(m, &copies[(i * 31) % DISTINCT], NULL);
            sum += v ? *v : 0;
        }
        report("string lookup (hit, by content)", t0, sum);

        MapObj *mi = map_new(g, &m_int_int, 0);
        t0 = now_ns();
        for (int64_t i = 0; i < OPS; i++)
            *(int64_t *)map_assign(g, mi, &i, NULL) = i;
        report("int insert, 2M distinct keys 0..2M-1", t0, gale_map_len(mi));

        sum = 0;
        t0 = now_ns();
        for (int64_t i = 0; i < OPS; i++) {
            int64_t k = (i * 1000003) % OPS;
            int64_t *v = map_lookup(mi, &k, NULL);
            sum += *v;
        }
        report("int lookup (hit, scattered, 2M-entry map)", t0, sum);

        sum = 0;
        t0 = now_ns();
        for (int64_t i = 0; i < OPS; i++) {
            int64_t k = i + OPS;
            sum += map_lookup(mi, &k, NULL) != NULL;
        }
        report("int lookup (miss)", t0, sum);

        MapObj *mc = map_new(g, &m_int_int, 0);
        int64_t x = 7;
        t0 = now_ns();
        for (int64_t i = 0; i < OPS; i++) {
            x = x * 48271 % 2147483647;
            int64_t k = x % DISTINCT;
            *(int64_t *)map_assign(g, mc, &k, NULL) += 1;
        }
        report("int count, 50k distinct keys (mapcount)", t0, gale_map_len(mc));

        sum = 0;
        t0 = now_ns();
        MapIter *it = map_iter_new(g, mi);
        void *kp, *vp;
        while (map_iter_next(it, &kp, &vp))
            sum += *(int64_t *)vp;
        report("range over the 2M-entry int map", t0, sum);
    }
    return 0;
}
