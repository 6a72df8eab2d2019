/*
 * value.h — how Gale values look in registers and in memory. This is part of the contract
 * between compiler/ and vm/ (with chunk.h and opcodes.h): the compiler lays out types and
 * builds constant strings by these rules; the interpreter and the runtime rely on them.
 *
 * Registers. Every register is one 64-bit word (Value):
 *   - integers of every width hold their value sign- or zero-extended to 64 bits (an int8
 *     register holds -128..127, a uint16 0..65535): instructions that can overflow a narrow
 *     type are followed by SEXT/ZEXT, so a register is always normalized;
 *   - bool is 0 or 1; float64 is a double; float32 is a double that is exactly a float (F32
 *     rounds after every float32 operation);
 *   - string, slice, map, chan, func, pointer and interface values are one pointer each (NULL
 *     is the zero value: "", nil slice, nil map ...);
 *   - struct and array values are a pointer to their storage (never NULL). A variable owns its
 *     storage; a temporary may point into another object (read-only by convention).
 *
 * Memory. A value of type T stored in a heap object, a global or an element occupies T's
 * size with Go's alignment: bool/int8/uint8 1 byte, int16 2, int32/uint32/float32 4,
 * int/uint/int64/uint64/uintptr/float64 8, every pointer-like type (string, slice, map, chan,
 * func, pointer, interface) 8; arrays and structs are laid out inline like Go's. Pointer-like
 * words are always 8-aligned, so a bitmap with one bit per word (TypeDesc.ptrmask) describes
 * where pointers are, for the precise collector.
 *
 * Why one word per string, slice and interface (unlike Go's 2-3 words): memory safety under
 * data races. A racy reader can only ever see a whole word written by some writer; if a slice
 * were {ptr,len,cap} in three words, a torn read could pair a short array with a long length
 * and index out of bounds. Here the words a value depends on live together in an immutable
 * object (StrObj, SliceObj, Box), so any word read is a consistent value. See docs/design.md.
 */
#ifndef GALE_VALUE_H
#define GALE_VALUE_H

#include <stdint.h>

typedef union Value {
    int64_t i;
    uint64_t u;
    double f;
    void *p;
} Value;

/* StrObj is a string's header. Immutable after creation. [data] points at [len] bytes: inline
 * after the header for a fresh string, or into another string's bytes for a substring (the
 * collector resolves interior pointers). The empty string is NULL, never a StrObj with len 0
 * (constructors normalize), so `s == ""` is a pointer test. */
typedef struct StrObj {
    const uint8_t *data;
    int64_t len;
} StrObj;

/* SliceObj is a slice's header. Immutable after creation: slicing and append make new
 * headers. [data] points at element 0 of the window inside a backing array; [len] <= [cap],
 * and [cap] elements are addressable from [data]. A nil slice is NULL; an empty non-nil slice
 * is a SliceObj with len 0. */
typedef struct SliceObj {
    uint8_t *data;
    int64_t len, cap;
} SliceObj;

struct TypeDesc;

/* Box is a non-nil interface value: the dynamic type and a copy of the value (immutable).
 * Pointer-shaped values are boxed too (the box holds the pointer), so an interface is always
 * one word. */
typedef struct Box {
    const struct TypeDesc *type;
    _Alignas(8) uint8_t data[];
} Box;

struct Proto;

/* Closure is a func value: a function and the variables it captured (proto->nupvals of
 * them). Every captured slot is a pointer (to a heap cell holding an escaping variable, to an
 * aggregate's storage, or to a bound receiver's copy), so every word of a closure can be
 * scanned as a pointer (proto points outside the heap and is ignored). Top-level functions
 * have static closures without upvalues. */
typedef struct Closure {
    const struct Proto *proto;
    void *up[];
} Closure;

#endif
