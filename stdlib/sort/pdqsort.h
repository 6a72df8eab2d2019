/*
 * pdqsort.h — Go's pattern-defeating quicksort for ordered element types (slices.Sort, which
 * sort.Ints, sort.Float64s and sort.Strings call since Go 1.22), as a C template:
 * PDQSORT_DEFINE(name, T, LESS) defines `static void name(T *data, int64_t n)`. It makes
 * the same comparisons and swaps in the same order as Go's pdqsortOrdered (insertion sort
 * below 13 elements, ninther pivots, pattern breaking with Go's xorshift, heapsort after
 * too many unbalanced partitions), so that elements that compare equal but print
 * differently (-0 and +0, NaNs) end up where Go puts them.
 */
#ifndef GALE_STDLIB_SORT_PDQSORT_H
#define GALE_STDLIB_SORT_PDQSORT_H

#include <stdbool.h>
#include <stdint.h>

static inline int pdq_bits_len(uint64_t x)
{
    return x ? 64 - __builtin_clzll(x) : 0;
}

enum { PDQ_UNKNOWN, PDQ_INCREASING, PDQ_DECREASING };

#define PDQSORT_DEFINE(name, T, LESS)                                                          \
    static inline void name##_swap(T *d, int64_t i, int64_t j)                                 \
    {                                                                                          \
        T t = d[i];                                                                            \
        d[i] = d[j];                                                                           \
        d[j] = t;                                                                              \
    }                                                                                          \
    static void name##_insertion(T *d, int64_t a, int64_t b)                                   \
    {                                                                                          \
        for (int64_t i = a + 1; i < b; i++)                                                    \
            for (int64_t j = i; j > a && LESS(d[j], d[j - 1]); j--)                            \
                name##_swap(d, j, j - 1);                                                      \
    }                                                                                          \
    static void name##_sift_down(T *d, int64_t lo, int64_t hi, int64_t first)                  \
    {                                                                                          \
        int64_t root = lo;                                                                     \
        for (;;) {                                                                             \
            int64_t child = 2 * root + 1;                                                      \
            if (child >= hi)                                                                   \
                return;                                                                        \
            if (child + 1 < hi && LESS(d[first + child], d[first + child + 1]))                \
                child++;                                                                       \
            if (!LESS(d[first + root], d[first + child]))                                      \
                return;                                                                        \
            name##_swap(d, first + root, first + child);                                       \
            root = child;                                                                      \
        }                                                                                      \
    }                                                                                          \
    static void name##_heap(T *d, int64_t a, int64_t b)                                        \
    {                                                                                          \
        int64_t first = a, hi = b - a;                                                         \
        for (int64_t i = (hi - 1) / 2; i >= 0; i--)                                            \
            name##_sift_down(d, i, hi, first);                                                 \
        for (int64_t i = hi - 1; i >= 0; i--) {                                                \
            name##_swap(d, first, first + i);                                                  \
            name##_sift_down(d, 0, i, first);                                                  \
        }                                                                                      \
    }                                                                                          \
    static int64_t name##_partition(T *d, int64_t a, int64_t b, int64_t pivot, bool *already)  \
    {                                                                                          \
        name##_swap(d, a, pivot);                                                              \
        int64_t i = a + 1, j = b - 1;                                                          \
        while (i <= j && LESS(d[i], d[a]))                                                     \
            i++;                                                                               \
        while (i <= j && !LESS(d[j], d[a]))                                                    \
            j--;                                                                               \
        if (i > j) {                                                                           \
            name##_swap(d, j, a);                                                              \
            *already = true;                                                                   \
            return j;                                                                          \
        }                                                                                      \
        name##_swap(d, i, j);                                                                  \
        i++;                                                                                   \
        j--;                                                                                   \
        for (;;) {                                                                             \
            while (i <= j && LESS(d[i], d[a]))                                                 \
                i++;                                                                           \
            while (i <= j && !LESS(d[j], d[a]))                                                \
                j--;                                                                           \
            if (i > j)                                                                         \
                break;                                                                         \
            name##_swap(d, i, j);                                                              \
            i++;                                                                               \
            j--;                                                                               \
        }                                                                                      \
        name##_swap(d, j, a);                                                                  \
        *already = false;                                                                      \
        return j;                                                                              \
    }                                                                                          \
    static int64_t name##_partition_equal(T *d, int64_t a, int64_t b, int64_t pivot)           \
    {                                                                                          \
        name##_swap(d, a, pivot);                                                              \
        int64_t i = a + 1, j = b - 1;                                                          \
        for (;;) {                                                                             \
            while (i <= j && !LESS(d[a], d[i]))                                                \
                i++;                                                                           \
            while (i <= j && LESS(d[a], d[j]))                                                 \
                j--;                                                                           \
            if (i > j)                                                                         \
                break;                                                                         \
            name##_swap(d, i, j);                                                              \
            i++;                                                                               \
            j--;                                                                               \
        }                                                                                      \
        return i;                                                                              \
    }                                                                                          \
    static bool name##_partial_insertion(T *d, int64_t a, int64_t b)                           \
    {                                                                                          \
        int64_t i = a + 1;                                                                     \
        for (int step = 0; step < 5; step++) {                                                 \
            while (i < b && !LESS(d[i], d[i - 1]))                                             \
                i++;                                                                           \
            if (i == b)                                                                        \
                return true;                                                                   \
            if (b - a < 50)                                                                    \
                return false;                                                                  \
            name##_swap(d, i, i - 1);                                                          \
            if (i - a >= 2)                                                                    \
                for (int64_t j = i - 1; j >= 1; j--) {                                         \
                    if (!LESS(d[j], d[j - 1]))                                                 \
                        break;                                                                 \
                    name##_swap(d, j, j - 1);                                                  \
                }                                                                              \
            if (b - i >= 2)                                                                    \
                for (int64_t j = i + 1; j < b; j++) {                                          \
                    if (!LESS(d[j], d[j - 1]))                                                 \
                        break;                                                                 \
                    name##_swap(d, j, j - 1);                                                  \
                }                                                                              \
        }                                                                                      \
        return false;                                                                          \
    }                                                                                          \
    static void name##_break_patterns(T *d, int64_t a, int64_t b)                              \
    {                                                                                          \
        int64_t len = b - a;                                                                   \
        if (len < 8)                                                                           \
            return;                                                                            \
        uint64_t r = (uint64_t)len, mod = 1ULL << pdq_bits_len((uint64_t)len);                 \
        for (int64_t idx = a + (len / 4) * 2 - 1; idx <= a + (len / 4) * 2 + 1; idx++) {       \
            r ^= r << 13;                                                                      \
            r ^= r >> 17;                                                                      \
            r ^= r << 5;                                                                       \
            int64_t other = (int64_t)(r & (mod - 1));                                          \
            if (other >= len)                                                                  \
                other -= len;                                                                  \
            name##_swap(d, idx, a + other);                                                    \
        }                                                                                      \
    }                                                                                          \
    static int64_t name##_median(T *d, int64_t a, int64_t b, int64_t c, int *swaps)            \
    {                                                                                          \
        int64_t t;                                                                             \
        if (LESS(d[b], d[a])) {                                                                \
            ++*swaps;                                                                          \
            t = a, a = b, b = t;                                                               \
        }                                                                                      \
        if (LESS(d[c], d[b])) {                                                                \
            ++*swaps;                                                                          \
            t = b, b = c, c = t;                                                               \
        }                                                                                      \
        if (LESS(d[b], d[a])) {                                                                \
            ++*swaps;                                                                          \
            t = a, a = b, b = t;                                                               \
        }                                                                                      \
        return b;                                                                              \
    }                                                                                          \
    static int64_t name##_choose_pivot(T *d, int64_t a, int64_t b, int *hint)                  \
    {                                                                                          \
        int64_t l = b - a, i = a + l / 4 * 1, j = a + l / 4 * 2, k = a + l / 4 * 3;            \
        int swaps = 0;                                                                         \
        if (l >= 8) {                                                                          \
            if (l >= 50) {                                                                     \
                i = name##_median(d, i - 1, i, i + 1, &swaps);                                 \
                j = name##_median(d, j - 1, j, j + 1, &swaps);                                 \
                k = name##_median(d, k - 1, k, k + 1, &swaps);                                 \
            }                                                                                  \
            j = name##_median(d, i, j, k, &swaps);                                             \
        }                                                                                      \
        *hint = swaps == 0 ? PDQ_INCREASING : swaps == 12 ? PDQ_DECREASING : PDQ_UNKNOWN;      \
        return j;                                                                              \
    }                                                                                          \
    static void name##_reverse(T *d, int64_t a, int64_t b)                                     \
    {                                                                                          \
        for (int64_t i = a, j = b - 1; i < j; i++, j--)                                        \
            name##_swap(d, i, j);                                                              \
    }                                                                                          \
    static void name##_pdq(T *d, int64_t a, int64_t b, int limit)                              \
    {                                                                                          \
        bool balanced = true, partitioned = true;                                              \
        for (;;) {                                                                             \
            int64_t len = b - a;                                                               \
            if (len <= 12) {                                                                   \
                name##_insertion(d, a, b);                                                     \
                return;                                                                        \
            }                                                                                  \
            if (limit == 0) {                                                                  \
                name##_heap(d, a, b);                                                          \
                return;                                                                        \
            }                                                                                  \
            if (!balanced) {                                                                   \
                name##_break_patterns(d, a, b);                                                \
                limit--;                                                                       \
            }                                                                                  \
            int hint;                                                                          \
            int64_t pivot = name##_choose_pivot(d, a, b, &hint);                               \
            if (hint == PDQ_DECREASING) {                                                      \
                name##_reverse(d, a, b);                                                       \
                pivot = (b - 1) - (pivot - a);                                                 \
                hint = PDQ_INCREASING;                                                         \
            }                                                                                  \
            if (balanced && partitioned && hint == PDQ_INCREASING &&                           \
                name##_partial_insertion(d, a, b))                                             \
                return;                                                                        \
            if (a > 0 && !LESS(d[a - 1], d[pivot])) {                                          \
                a = name##_partition_equal(d, a, b, pivot);                                    \
                continue;                                                                      \
            }                                                                                  \
            int64_t mid = name##_partition(d, a, b, pivot, &partitioned);                      \
            int64_t left = mid - a, right = b - mid, threshold = len / 8;                      \
            if (left < right) {                                                                \
                balanced = left >= threshold;                                                  \
                name##_pdq(d, a, mid, limit);                                                  \
                a = mid + 1;                                                                   \
            } else {                                                                           \
                balanced = right >= threshold;                                                 \
                name##_pdq(d, mid + 1, b, limit);                                              \
                b = mid;                                                                       \
            }                                                                                  \
        }                                                                                      \
    }                                                                                          \
    static void name(T *d, int64_t n)                                                          \
    {                                                                                          \
        name##_pdq(d, 0, n, pdq_bits_len((uint64_t)n));                                        \
    }

#endif
