/*
 * rand.h — what math/rand's rand.c lends math/rand/v2's v2.c: the unseeded source of the
 * top-level functions (wyrand over an atomic counter, seeded from getrandom(2)), which the
 * two packages share, natives included.
 */
#ifndef GALE_STDLIB_MATH_RAND_H
#define GALE_STDLIB_MATH_RAND_H

#include "stdlib/internal.h"

uint64_t rand_wyrand(uint64_t *state);
int rand_runtime_rand(G *g, Value *args);
int rand_runtime_seed(G *g, Value *args);

#endif
