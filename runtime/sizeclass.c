/*
 * sizeclass.c — Go's allocation size classes (runtime/sizeclasses.go, Go 1.21-1.23), used to
 * round allocation requests the way Go's allocator does, so that cap() after append or a
 * []byte conversion is the same number as in Go. The collector's allocator (GC issue) uses
 * the same table for its spans.
 */
#include "runtime/runtime.h"

static const uint16_t class_to_size[] = {
    0,    8,    16,   24,   32,   48,   64,   80,   96,    112,   128,   144,   160,   176,
    192,  208,  224,  240,  256,  288,  320,  352,  384,   416,   448,   480,   512,   576,
    640,  704,  768,  896,  1024, 1152, 1280, 1408, 1536,  1792,  2048,  2304,  2688,  3072,
    3200, 3456, 4096, 4864, 5376, 6144, 6528, 6784, 6912,  8192,  9472,  9728,  10240, 10880,
    12288, 13568, 14336, 16384, 18432, 19072, 20480, 21760, 24576, 27264, 28672, 32768,
};

#define MAX_SMALL_SIZE 32768
#define MALLOC_HEADER_SIZE 8
#define MIN_SIZE_FOR_MALLOC_HEADER 512
#define PAGE_SIZE 8192

static size_t class_size(size_t req)
{
    /* smallest class holding req (the table is short: a binary search is plenty) */
    size_t lo = 1, hi = ARRAY_LEN(class_to_size) - 1;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (class_to_size[mid] >= req)
            hi = mid;
        else
            lo = mid + 1;
    }
    return class_to_size[lo];
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
