/*
 * hash.h — private to vm/: the hash primitives shared by hash.c (hashing by type) and map.c
 * (the maps' fast paths for word and string keys). Inline so that map.c's loops get them
 * without a call.
 *
 * Bytes are hashed with wyhash (final version 4, public domain, by Wang Yi): 64-bit
 * multiply-and-fold rounds over 16- or 48-byte blocks, at most two loads per side for keys up
 * to 16 bytes. One word (ints, pointers) takes one fold (hash_word). Seeds are per map
 * (map.c); hash_seed whitens a raw seed once so each hash call need not.
 */
#ifndef GALE_VM_HASH_H
#define GALE_VM_HASH_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "base/base.h"

static const uint64_t wyp[4] = {0x2d358dccaa6c78a5ull, 0x8bb84b93962eacc9ull,
                                0x4b33a62ed433d4a3ull, 0x4d5a2da51de1aa47ull};

/* hash_mix multiplies [a] by [b] to 128 bits and folds the halves (wyhash's wymix). */
static inline uint64_t hash_mix(uint64_t a, uint64_t b)
{
    __uint128_t r = (__uint128_t)a * b;
    return (uint64_t)r ^ (uint64_t)(r >> 64);
}

/* hash_word hashes one 64-bit word [w] (a scalar key zero-extended) with [seed]. */
static inline uint64_t hash_word(uint64_t w, uint64_t seed)
{
    return hash_mix(w ^ seed ^ wyp[0], w ^ wyp[1]);
}

/* hash_seed turns raw entropy [x] into a seed. */
static inline uint64_t hash_seed(uint64_t x)
{
    return x ^ hash_mix(x ^ wyp[0], wyp[1]);
}

static inline uint64_t hash_r8(const uint8_t *p)
{
    uint64_t v;
    memcpy(&v, p, 8);
    return v;
}

static inline uint64_t hash_r4(const uint8_t *p)
{
    uint32_t v;
    memcpy(&v, p, 4);
    return v;
}

/* hash_bytes hashes [len] bytes at [key] with [seed] (wyhash). */
static inline uint64_t hash_bytes(const void *key, size_t len, uint64_t seed)
{
    const uint8_t *p = key;
    uint64_t a, b;
    if (LIKELY(len <= 16)) {
        if (LIKELY(len >= 4)) {
            a = (hash_r4(p) << 32) | hash_r4(p + ((len >> 3) << 2));
            b = (hash_r4(p + len - 4) << 32) | hash_r4(p + len - 4 - ((len >> 3) << 2));
        } else if (LIKELY(len > 0)) {
            a = ((uint64_t)p[0] << 16) | ((uint64_t)p[len >> 1] << 8) | p[len - 1];
            b = 0;
        } else {
            a = b = 0;
        }
    } else {
        size_t i = len;
        if (UNLIKELY(i > 48)) {
            uint64_t see1 = seed, see2 = seed;
            do {
                seed = hash_mix(hash_r8(p) ^ wyp[1], hash_r8(p + 8) ^ seed);
                see1 = hash_mix(hash_r8(p + 16) ^ wyp[2], hash_r8(p + 24) ^ see1);
                see2 = hash_mix(hash_r8(p + 32) ^ wyp[3], hash_r8(p + 40) ^ see2);
                p += 48;
                i -= 48;
            } while (LIKELY(i > 48));
            seed ^= see1 ^ see2;
        }
        while (UNLIKELY(i > 16)) {
            seed = hash_mix(hash_r8(p) ^ wyp[1], hash_r8(p + 8) ^ seed);
            i -= 16;
            p += 16;
        }
        a = hash_r8(p + i - 16);
        b = hash_r8(p + i - 8);
    }
    a ^= wyp[1];
    b ^= seed;
    __uint128_t r = (__uint128_t)a * b;
    a = (uint64_t)r;
    b = (uint64_t)(r >> 64);
    return hash_mix(a ^ wyp[0] ^ len, b ^ wyp[1]);
}

/* hash_entropy returns a cheap, fast-changing number (the cycle counter): not a secure
 * random source, but enough to seed maps and start iterations at unpredictable places. */
uint64_t hash_entropy(void);

#endif
