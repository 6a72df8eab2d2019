/*
 * runtime.h (stdlib) — the natives of Gale's runtime package (stdlib/runtime/runtime.go).
 */
#ifndef GALE_STDLIB_RUNTIME_H
#define GALE_STDLIB_RUNTIME_H

#include "vm/api.h"

extern const NativeDesc runtime_natives[];

#endif
