/*
 * sizeclass.c — Go's allocation size classes (runtime/sizeclasses.go, Go 1.21-1.23), used to
 * round allocation requests the way Go's allocator does, so that cap() after append or a
 * []byte conversion is the same number as in Go, and to lay out the allocator's spans
 * (malloc.c): the tables are Go's.
 */
#include "runtime/gc_internal.h"

const uint16_t gc_class_to_size[NUM_CLASSES] = {
    0,    8,    16,   24,   32,   48,   64,   80,   96,    112,   128,   144,   160,   176,
    192,  208,  224,  240,  256,  288,  320,  352,  384,   416,   448,   480,   512,   576,
    640,  704,  768,  896,  1024, 1152, 1280, 1408, 1536,  1792,  2048,  2304,  2688,  3072,
    3200, 3456, 4096, 4864, 5376, 6144, 6528, 6784, 6912,  8192,  9472,  9728,  10240, 10880,
    12288, 13568, 14336, 16384, 18432, 19072, 20480, 21760, 24576, 27264, 28672, 32768,
};

#define MALLOC_HEADER_SIZE 8
#define MIN_SIZE_FOR_MALLOC_HEADER 512

/* Go's class_to_allocnpages: pages per span of each class. */
const uint8_t gc_class_to_npages[NUM_CLASSES] = {
    0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 1, 2, 1, 2, 1, 3, 2, 3, 1, 3, 2, 3,
    4, 5, 6, 1, 7, 6, 5, 4, 3, 5, 7, 2, 9, 7, 5, 8, 3, 10, 7, 4,
};

/* Go's size_to_class8 (sizes up to 1024 by 8) and size_to_class128 (up to 32 KiB by 128). */
const uint8_t gc_size_to_class8[1024 / 8 + 1] = {
    0, 1, 2, 3, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13, 14,
    14, 15, 15, 16, 16, 17, 17, 18, 18, 19, 19, 19, 19, 20, 20, 20, 20, 21, 21, 21, 21, 22, 22, 22,
    22, 23, 23, 23, 23, 24, 24, 24, 24, 25, 25, 25, 25, 26, 26, 26, 26, 27, 27, 27, 27, 27, 27, 27,
    27, 28, 28, 28, 28, 28, 28, 28, 28, 29, 29, 29, 29, 29, 29, 29, 29, 30, 30, 30, 30, 30, 30, 30,
    30, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 32, 32, 32, 32, 32, 32, 32,
    32, 32, 32, 32, 32, 32, 32, 32, 32,
};

const uint8_t gc_size_to_class128[(MAX_SMALL_SIZE - 1024) / 128 + 1] = {
    32, 33, 34, 35, 36, 37, 37, 38, 38, 39, 39, 40, 40, 40, 41, 41, 41, 42, 43, 43, 44, 44, 44, 44,
    44, 45, 45, 45, 45, 45, 45, 46, 46, 46, 46, 47, 47, 47, 47, 47, 47, 48, 48, 48, 49, 49, 50, 51,
    51, 51, 51, 51, 51, 51, 51, 51, 51, 52, 52, 52, 52, 52, 52, 52, 52, 52, 52, 53, 53, 54, 54, 54,
    54, 55, 55, 55, 55, 55, 56, 56, 56, 56, 56, 56, 56, 56, 56, 56, 56, 57, 57, 57, 57, 57, 57, 57,
    57, 57, 57, 58, 58, 58, 58, 58, 58, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59,
    59, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 61, 61, 61, 61, 61, 62, 62,
    62, 62, 62, 62, 62, 62, 62, 62, 62, 63, 63, 63, 63, 63, 63, 63, 63, 63, 63, 64, 64, 64, 64, 64,
    64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 65, 65, 65, 65, 65, 65, 65,
    65, 65, 65, 65, 65, 65, 65, 65, 65, 65, 65, 65, 65, 65, 66, 66, 66, 66, 66, 66, 66, 66, 66, 66,
    66, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67,
    67, 67, 67, 67, 67, 67, 67, 67, 67,
};

static size_t class_size(size_t req)
{
    /* smallest class holding req (the table is short: a binary search is plenty) */
    size_t lo = 1, hi = NUM_CLASSES - 1;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (gc_class_to_size[mid] >= req)
            hi = mid;
        else
            lo = mid + 1;
    }
    return gc_class_to_size[lo];
}

size_t runtime_roundupsize(size_t size, bool noscan)
{
    size_t req = size;
    if (req <= MAX_SMALL_SIZE - MALLOC_HEADER_SIZE) {
        if (!noscan && req > MIN_SIZE_FOR_MALLOC_HEADER)
            req += MALLOC_HEADER_SIZE;
        if (req == 0)
            return 0;
        return class_size(req) - (req - size);
    }
    req += PAGE_SIZE - 1;
    if (req < size)
        return size;
    return req & ~(size_t)(PAGE_SIZE - 1);
}
