/*
 * crc32.c — the natives of package hash/crc32: building a table for a reversed polynomial
 * and the table-driven update, byte by byte (Go uses slicing-by-8 or CLMUL instructions for
 * speed; the checksums are the same). Tables live in Gale ([256]uint32 values).
 */
#include "stdlib/internal.h"

/* crc32.makeTable(poly uint32, t *Table) */
static int crc32_make_table(G *g, Value *args)
{
    uint32_t poly = (uint32_t)args[0].u, *t = args[1].p;
    for (uint32_t i = 0; i < 256; i++) {
        uint32_t crc = i;
        for (int j = 0; j < 8; j++)
            crc = crc & 1 ? (crc >> 1) ^ poly : crc >> 1;
        t[i] = crc;
    }
    return NATIVE_OK;
}

/* crc32.update(crc uint32, t *Table, p []byte) uint32 */
static int crc32_update(G *g, Value *args)
{
    uint32_t crc = ~(uint32_t)args[0].u;
    const uint32_t *t = args[1].p;
    SliceObj *p = args[2].p;
    int64_t n = slice_len(p);
    if (!t && n > 0)
        return gale_panic_runtime(g, "invalid memory address or nil pointer dereference");
    for (int64_t i = 0; i < n; i++)
        crc = t[(uint8_t)crc ^ p->data[i]] ^ (crc >> 8);
    args[0].u = ~crc;
    return NATIVE_OK;
}

const NativeDesc crc32_natives[] = {
    {"hash/crc32.makeTable", crc32_make_table},
    {"hash/crc32.update", crc32_update},
    {NULL, NULL},
};
