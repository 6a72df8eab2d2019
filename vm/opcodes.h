/*
 * opcodes.h — Gale's instruction set, defined once as an X-macro. The enum, the names, the
 * operand formats used by the disassembler and the verifier are all generated from this list.
 * Part of the compiler/vm contract (with chunk.h and value.h).
 *
 * Encoding: each instruction is one 64-bit word
 *     bits 0..7 op | bits 8..23 A | bits 24..39 B | bits 40..63 C
 * Bx is bits 24..63 (40 bits, unsigned); sBx and sC are the same fields read as signed.
 * Formats with an X take one extra 64-bit word right after the instruction (its meaning is
 * given in the op's description); the interpreter skips it.
 *
 * Conventions used in the descriptions: R[x] register x of the current frame, K[x] constant x
 * of the current function, "(+X ...)" the extra word. Jump offsets are relative to the
 * instruction after the jump (and its extra word). Every instruction leaves integer registers
 * normalized (see value.h): arithmetic on narrow types is followed by SEXT/ZEXT.
 *
 * Typed instructions: the checker picks them, so nothing dispatches on a value's type at run
 * time except interface operations.
 *
 * Aggregate results: instructions that read a struct or array out of a map, a channel or a
 * comma-ok assertion (MGET, MGET2, MNEXT, RECV, RECV2, ASSERT2) return a fresh copy; ASSERT,
 * UNBOX, ADDR, SIDXA and AIDXA return a view into existing storage that the compiler copies
 * before binding it to a variable.
 */
#ifndef GALE_OPCODES_H
#define GALE_OPCODES_H

/* Operand formats. */
enum {
    F_NONE, /* no operands */
    F_A,    /* A: register */
    F_AB,   /* A, B: registers */
    F_ABC,  /* A, B, C: registers */
    F_ABI,  /* A, B: registers; sC: signed immediate */
    F_ABU,  /* A, B: registers; C: unsigned immediate (offset, count, kind) */
    F_ABK,  /* A, B: registers; C: constant index */
    F_AK,   /* A: register; Bx: constant index */
    F_AI,   /* A: register; sBx: signed immediate */
    F_J,    /* sBx: jump offset */
    F_AJ,   /* A: register; sBx: jump offset */
    F_ABJ,  /* A, B: registers; sC: jump offset */
    F_AIJ,  /* A: register; B: signed 16-bit immediate; sC: jump offset */
    F_ABCX, /* A, B, C: registers; then an extra word */
    F_ABKX, /* A, B: registers; C: constant index; then an extra word */
    F_ABIX, /* A, B: registers; sC: signed immediate; then two extra words */
};

/* OP(name, format, description) */
#define GALE_OPCODES(OP)                                                                       \
    OP(NOP, F_NONE, "no operation")                                                            \
    OP(MOVE, F_AB, "R[A] = R[B]")                                                              \
    OP(LOADK, F_AK, "R[A] = K[Bx]")                                                            \
    OP(LOADI, F_AI, "R[A] = sBx")                                                              \
    OP(LOADZ, F_A, "R[A] = 0 (zero of a scalar or pointer-like type)")                         \
    /* ---- integer arithmetic: 64-bit two's complement, wrapping ---- */                       \
    OP(ADD, F_ABC, "R[A] = R[B] + R[C]")                                                       \
    OP(SUB, F_ABC, "R[A] = R[B] - R[C]")                                                       \
    OP(MUL, F_ABC, "R[A] = R[B] * R[C]")                                                       \
    OP(DIV, F_ABC, "R[A] = R[B] / R[C] signed; panics on zero; MinInt64/-1 = MinInt64")        \
    OP(DIVU, F_ABC, "R[A] = R[B] / R[C] unsigned; panics on zero")                             \
    OP(MOD, F_ABC, "R[A] = R[B] % R[C] signed (sign of dividend); panics on zero")             \
    OP(MODU, F_ABC, "R[A] = R[B] % R[C] unsigned; panics on zero")                             \
    OP(AND, F_ABC, "R[A] = R[B] & R[C]")                                                       \
    OP(OR, F_ABC, "R[A] = R[B] | R[C]")                                                        \
    OP(XOR, F_ABC, "R[A] = R[B] ^ R[C]")                                                       \
    OP(ANDNOT, F_ABC, "R[A] = R[B] &^ R[C]")                                                   \
    OP(SHL, F_ABC, "R[A] = R[B] << R[C] (count unsigned; >= 64 gives 0)")                      \
    OP(SHR, F_ABC, "R[A] = R[B] >> R[C] arithmetic (count unsigned; >= 64 gives sign fill)")   \
    OP(SHRU, F_ABC, "R[A] = R[B] >> R[C] logical (count unsigned; >= 64 gives 0)")             \
    OP(ADDI, F_ABI, "R[A] = R[B] + sC")                                                        \
    OP(MULI, F_ABI, "R[A] = R[B] * sC")                                                        \
    OP(DIVI, F_ABIX, "R[A] = R[B] / sC signed, |sC| >= 2 (+X: magic multiplier, then a word " \
                     "with the shift: division by multiplication)")                            \
    OP(MODI, F_ABIX, "R[A] = R[B] % sC signed, |sC| >= 2 (+X: as DIVI)")                       \
    OP(DIVUI, F_ABI, "R[A] = R[B] / sC unsigned (sC > 0)")                                     \
    OP(MODUI, F_ABI, "R[A] = R[B] % sC unsigned (sC > 0)")                                     \
    OP(SHLI, F_ABU, "R[A] = R[B] << C (C < 64)")                                               \
    OP(SHRI, F_ABU, "R[A] = R[B] >> C arithmetic (C < 64)")                                    \
    OP(SHRUI, F_ABU, "R[A] = R[B] >> C logical (C < 64)")                                      \
    OP(NEG, F_AB, "R[A] = -R[B]")                                                              \
    OP(BNOT, F_AB, "R[A] = ^R[B]")                                                             \
    OP(NOT, F_AB, "R[A] = !R[B] (bool)")                                                       \
    OP(SEXT8, F_AB, "R[A] = int8(R[B]) sign-extended")                                         \
    OP(SEXT16, F_AB, "R[A] = int16(R[B]) sign-extended")                                       \
    OP(SEXT32, F_AB, "R[A] = int32(R[B]) sign-extended")                                       \
    OP(ZEXT8, F_AB, "R[A] = uint8(R[B])")                                                      \
    OP(ZEXT16, F_AB, "R[A] = uint16(R[B])")                                                    \
    OP(ZEXT32, F_AB, "R[A] = uint32(R[B])")                                                    \
    OP(CHKSHIFT, F_A, "panic 'negative shift amount' if R[A] < 0 (signed shift counts)")       \
    /* ---- floating point ---- */                                                             \
    OP(FADD, F_ABC, "R[A] = R[B] + R[C] (float64)")                                            \
    OP(FSUB, F_ABC, "R[A] = R[B] - R[C] (float64)")                                            \
    OP(FMUL, F_ABC, "R[A] = R[B] * R[C] (float64)")                                            \
    OP(FDIV, F_ABC, "R[A] = R[B] / R[C] (float64)")                                            \
    OP(FNEG, F_AB, "R[A] = -R[B] (float64)")                                                   \
    OP(F32, F_AB, "R[A] = float64(float32(R[B])): round to float32")                           \
    OP(I2F, F_AB, "R[A] = float64(int64 R[B])")                                                \
    OP(U2F, F_AB, "R[A] = float64(uint64 R[B])")                                               \
    OP(F2I, F_AB, "R[A] = int64(R[B]) truncated (out of range: MinInt64, as amd64)")           \
    OP(F2U, F_AB, "R[A] = uint64(R[B]) truncated (out of range as Go on amd64)")               \
    /* ---- comparisons producing bool ---- */                                                 \
    OP(EQ, F_ABC, "R[A] = R[B] == R[C] (integers, bools, pointers, maps, chans, funcs)")       \
    OP(NE, F_ABC, "R[A] = R[B] != R[C]")                                                       \
    OP(LT, F_ABC, "R[A] = R[B] < R[C] signed")                                                 \
    OP(LE, F_ABC, "R[A] = R[B] <= R[C] signed")                                                \
    OP(LTU, F_ABC, "R[A] = R[B] < R[C] unsigned")                                              \
    OP(LEU, F_ABC, "R[A] = R[B] <= R[C] unsigned")                                             \
    OP(FEQ, F_ABC, "R[A] = R[B] == R[C] (float)")                                              \
    OP(FNE, F_ABC, "R[A] = R[B] != R[C] (float)")                                              \
    OP(FLT, F_ABC, "R[A] = R[B] < R[C] (float)")                                               \
    OP(FLE, F_ABC, "R[A] = R[B] <= R[C] (float)")                                              \
    OP(SEQ, F_ABC, "R[A] = R[B] == R[C] (strings)")                                            \
    OP(SNE, F_ABC, "R[A] = R[B] != R[C] (strings)")                                            \
    OP(SLT, F_ABC, "R[A] = R[B] < R[C] (strings, bytewise)")                                   \
    OP(SLE, F_ABC, "R[A] = R[B] <= R[C] (strings, bytewise)")                                  \
    OP(IMIN, F_ABC, "R[A] = min(R[B], R[C]) signed")                                           \
    OP(IMAX, F_ABC, "R[A] = max(R[B], R[C]) signed")                                           \
    OP(UMIN, F_ABC, "R[A] = min(R[B], R[C]) unsigned")                                         \
    OP(UMAX, F_ABC, "R[A] = max(R[B], R[C]) unsigned")                                         \
    OP(FMIN, F_ABC, "R[A] = min(R[B], R[C]) float (NaN wins; -0 < +0)")                        \
    OP(FMAX, F_ABC, "R[A] = max(R[B], R[C]) float (NaN wins; -0 < +0)")                        \
    OP(SMIN, F_ABC, "R[A] = min(R[B], R[C]) strings")                                          \
    OP(SMAX, F_ABC, "R[A] = max(R[B], R[C]) strings")                                          \
    /* ---- jumps (a backward jump is a preemption point) ---- */                              \
    OP(JMP, F_J, "pc += sBx")                                                                  \
    OP(JT, F_AJ, "if R[A] != 0: pc += sBx")                                                    \
    OP(JF, F_AJ, "if R[A] == 0: pc += sBx")                                                    \
    OP(JEQ, F_ABJ, "if R[A] == R[B]: pc += sC")                                                \
    OP(JNE, F_ABJ, "if R[A] != R[B]: pc += sC")                                                \
    OP(JLT, F_ABJ, "if R[A] < R[B] signed: pc += sC")                                          \
    OP(JLE, F_ABJ, "if R[A] <= R[B] signed: pc += sC")                                         \
    OP(JLTU, F_ABJ, "if R[A] < R[B] unsigned: pc += sC")                                       \
    OP(JLEU, F_ABJ, "if R[A] <= R[B] unsigned: pc += sC")                                      \
    OP(JFEQ, F_ABJ, "if R[A] == R[B] float: pc += sC")                                         \
    OP(JFNE, F_ABJ, "if R[A] != R[B] float: pc += sC")                                         \
    OP(JFLT, F_ABJ, "if R[A] < R[B] float: pc += sC")                                          \
    OP(JFLE, F_ABJ, "if R[A] <= R[B] float: pc += sC")                                         \
    OP(JFNLT, F_ABJ, "if !(R[A] < R[B]) float: pc += sC")                                      \
    OP(JFNLE, F_ABJ, "if !(R[A] <= R[B]) float: pc += sC")                                     \
    OP(JSEQ, F_ABJ, "if R[A] == R[B] strings: pc += sC")                                       \
    OP(JSNE, F_ABJ, "if R[A] != R[B] strings: pc += sC")                                       \
    OP(JEQI, F_AIJ, "if R[A] == B: pc += sC")                                                  \
    OP(JNEI, F_AIJ, "if R[A] != B: pc += sC")                                                  \
    OP(JLTI, F_AIJ, "if R[A] < B signed: pc += sC")                                            \
    OP(JLEI, F_AIJ, "if R[A] <= B signed: pc += sC")                                           \
    OP(JGTI, F_AIJ, "if R[A] > B signed: pc += sC")                                            \
    OP(JGEI, F_AIJ, "if R[A] >= B signed: pc += sC")                                           \
    /* ---- globals: K[Bx] is the address of the global's storage ---- */                      \
    OP(GETG, F_AK, "R[A] = *(uint64 *)K[Bx] (8-byte global)")                                  \
    OP(SETG, F_AK, "*(uint64 *)K[Bx] = R[A] (8-byte scalar global)")                           \
    OP(SETGP, F_AK, "*(void **)K[Bx] = R[A] (pointer global; write barrier)")                  \
    /* ---- memory: loads/stores at R[ptr] + C; a nil pointer panics ---- */                   \
    OP(LD8U, F_ABU, "R[A] = *(uint8 *)(R[B] + C)")                                             \
    OP(LD8S, F_ABU, "R[A] = *(int8 *)(R[B] + C)")                                              \
    OP(LD16U, F_ABU, "R[A] = *(uint16 *)(R[B] + C)")                                           \
    OP(LD16S, F_ABU, "R[A] = *(int16 *)(R[B] + C)")                                            \
    OP(LD32U, F_ABU, "R[A] = *(uint32 *)(R[B] + C)")                                           \
    OP(LD32S, F_ABU, "R[A] = *(int32 *)(R[B] + C)")                                            \
    OP(LD64, F_ABU, "R[A] = *(uint64 *)(R[B] + C)")                                            \
    OP(LDF32, F_ABU, "R[A] = (double)*(float *)(R[B] + C)")                                    \
    OP(ST8, F_ABU, "*(uint8 *)(R[A] + C) = R[B]")                                              \
    OP(ST16, F_ABU, "*(uint16 *)(R[A] + C) = R[B]")                                            \
    OP(ST32, F_ABU, "*(uint32 *)(R[A] + C) = R[B]")                                            \
    OP(ST64, F_ABU, "*(uint64 *)(R[A] + C) = R[B] (scalar)")                                   \
    OP(STF32, F_ABU, "*(float *)(R[A] + C) = (float)R[B]")                                     \
    OP(STP, F_ABU, "*(void **)(R[A] + C) = R[B] (pointer; write barrier)")                     \
    OP(ADDR, F_ABU, "R[A] = R[B] + C (field address; nil R[B] panics)")                       \
    OP(NILCHK, F_A, "panic (nil dereference) if R[A] == nil")                                  \
    OP(NEW, F_AK, "R[A] = new zeroed object of TypeDesc K[Bx]")                                \
    OP(COPY, F_ABK, "*R[A] = *R[B], aggregate of TypeDesc K[C] (write barriers)")              \
    OP(CLONE, F_ABK, "R[A] = new copy of aggregate *R[B] of TypeDesc K[C]")                    \
    OP(EQAGG, F_ABCX, "R[A] = *R[B] == *R[C] (+X: K index of the TypeDesc)")                   \
    /* ---- strings, slices, arrays ---- */                                                    \
    OP(LEN, F_ABU, "R[A] = len(R[B]); C: 0 string, 1 slice, 2 map, 3 chan")                    \
    OP(CAP, F_ABU, "R[A] = cap(R[B]); C: 1 slice, 3 chan")                                     \
    OP(SLD8U, F_ABC, "R[A] = (uint8) R[B][R[C]] (slice element, bounds checked)")              \
    OP(SLD8S, F_ABC, "R[A] = (int8) R[B][R[C]]")                                               \
    OP(SLD16U, F_ABC, "R[A] = (uint16) R[B][R[C]]")                                            \
    OP(SLD16S, F_ABC, "R[A] = (int16) R[B][R[C]]")                                             \
    OP(SLD32U, F_ABC, "R[A] = (uint32) R[B][R[C]]")                                            \
    OP(SLD32S, F_ABC, "R[A] = (int32) R[B][R[C]]")                                             \
    OP(SLD64, F_ABC, "R[A] = (64-bit) R[B][R[C]]")                                             \
    OP(SLDF32, F_ABC, "R[A] = (float32) R[B][R[C]]")                                           \
    OP(SST8, F_ABC, "R[A][R[B]] = (8-bit) R[C]")                                               \
    OP(SST16, F_ABC, "R[A][R[B]] = (16-bit) R[C]")                                             \
    OP(SST32, F_ABC, "R[A][R[B]] = (32-bit) R[C]")                                             \
    OP(SST64, F_ABC, "R[A][R[B]] = (64-bit scalar) R[C]")                                      \
    OP(SSTF32, F_ABC, "R[A][R[B]] = (float32) R[C]")                                           \
    OP(SSTP, F_ABC, "R[A][R[B]] = (pointer; write barrier) R[C]")                              \
    OP(SIDXA, F_ABCX, "R[A] = &R[B][R[C]] (slice; +X: element size)")                          \
    OP(AIDXA, F_ABCX, "R[A] = &(*R[B])[R[C]] (array; +X: element size | length << 32)")        \
    OP(STRIDX, F_ABC, "R[A] = R[B][R[C]] (byte of a string)")                                  \
    OP(SLICE, F_ABCX,                                                                          \
       "R[A] = R[B][lo:hi:max] with lo, hi, max in R[C], R[C+1], R[C+2] (+X: SLICE_* flags | " \
       "element size << 8 | array length << 32)")                                             \
    OP(MAKESLICE, F_ABCX, "R[A] = make([]T, R[B], R[C]) (+X: K index of T's TypeDesc)")        \
    OP(APPEND, F_ABCX, "R[A] = append(R[B], R[C..C+n-1]) (+X: n | K index of elem << 32)")     \
    OP(APPENDSL, F_ABCX, "R[A] = append(R[B], R[C]...) (+X: K index of elem; R[C] may be a "  \
                         "string when elem is byte)")                                          \
    OP(COPYSL, F_ABCX, "R[A] = copy(R[B], R[C]) (+X: K index of elem; R[C] may be a string)")  \
    OP(CLEARSL, F_AK, "clear(R[A]): zero every element; K[Bx] the element TypeDesc")           \
    OP(CONCAT, F_ABC, "R[A] = R[B] + R[C] (strings)")                                          \
    OP(CONCATN, F_ABU, "R[A] = R[B] + R[B+1] + ... + R[B+C-1] (strings)")                      \
    OP(STR2BYTES, F_AB, "R[A] = []byte(R[B])")                                                 \
    OP(BYTES2STR, F_AB, "R[A] = string(R[B] []byte)")                                          \
    OP(STR2RUNES, F_AB, "R[A] = []rune(R[B])")                                                 \
    OP(RUNES2STR, F_AB, "R[A] = string(R[B] []rune)")                                          \
    OP(RUNE2STR, F_AB, "R[A] = string(rune R[B]) (invalid code points give U+FFFD)")           \
    OP(SLICE2ARR, F_ABU, "R[A] = pointer to the elements of slice R[B] as an array of length " \
                         "C (panics when the slice is shorter; nil slice: nil)")               \
    OP(RUNEDEC, F_ABC, "R[A] = rune at R[B][R[C]], R[A+1] = index after it (range loops)")     \
    /* ---- maps ---- */                                                                       \
    OP(MAKEMAP, F_ABK, "R[A] = make(map of TypeDesc K[C], size hint R[B])")                    \
    OP(MGET, F_ABCX, "R[A] = R[B][R[C]] (zero value when missing; aggregates are copied; +X: " \
                     "K index of the map TypeDesc)")                                           \
    OP(MGET2, F_ABCX, "R[A] = R[B][R[C]], R[A+1] = present (+X: K index of the map TypeDesc)") \
    OP(MSET, F_ABC, "R[A][R[B]] = R[C] (nil map panics)")                                      \
    OP(MDEL, F_AB, "delete(R[A], R[B])")                                                       \
    OP(CLEARM, F_A, "clear(R[A]) map")                                                         \
    OP(MITER, F_AB, "R[A] = new iterator over map R[B] (random start)")                        \
    OP(MNEXT, F_ABJ, "advance iterator R[B]; at the end pc += sC; else R[A] = key, "           \
                     "R[A+1] = value")                                                         \
    /* ---- interfaces ---- */                                                                 \
    OP(BOX, F_ABK, "R[A] = R[B] as an interface holding dynamic type K[C]")                    \
    OP(UNBOX, F_ABK, "R[A] = value of type K[C] held by interface R[B] (unchecked)")           \
    OP(ASSERT, F_ABKX, "R[A] = R[B].(K[C]) concrete type; panics (+X: K index of the static "  \
                       "interface TypeDesc, for the message)")                                 \
    OP(ASSERT2, F_ABK, "R[A] = R[B].(K[C]) or zero, R[A+1] = ok (aggregates are copied)")      \
    OP(ASSERTI, F_ABKX, "R[A] = R[B].(K[C]) interface type; panics (+X: K index of the static " \
                        "interface TypeDesc)")                                                 \
    OP(ASSERTI2, F_ABK, "R[A] = R[B].(K[C]) interface type or nil, R[A+1] = ok")               \
    OP(ISTYPE, F_ABK, "R[A] = R[B] != nil && dynamic type of R[B] == K[C]")                    \
    OP(ISIFACE, F_ABK, "R[A] = R[B] != nil && dynamic type of R[B] implements K[C]")           \
    OP(IEQ, F_ABC, "R[A] = R[B] == R[C] (interfaces; uncomparable dynamic types panic)")       \
    OP(INE, F_ABC, "R[A] = R[B] != R[C] (interfaces)")                                         \
    OP(CALLI, F_ABCX, "call method B (method id) of interface R[A], args R[A+1..], results "   \
                      "to R[A..] (+X: inline cache slot)")                                     \
    /* ---- functions ---- */                                                                  \
    OP(CALL, F_AK, "call Proto K[Bx] with args at R[A..]; results to R[A..]")                  \
    OP(CALLN, F_AK, "call native Proto K[Bx] with args at R[A..]; results to R[A..]")          \
    OP(CALLF, F_AB, "call closure R[B] with args at R[A..]; results to R[A..]; nil panics")    \
    OP(RET, F_ABU, "return R[A..A+B-1]")                                                       \
    OP(RET0, F_NONE, "return without results")                                                 \
    OP(CLOSURE, F_AK, "R[A] = new closure of Proto K[Bx], capturing per its upvalue list")     \
    OP(FUNCVAL, F_AK, "R[A] = func value of top-level function Proto K[Bx]")                   \
    OP(GETUP, F_AB, "R[A] = captured slot B of the current closure")                           \
    OP(BINDM, F_ABK, "R[A] = closure of wrapper Proto K[C] whose one captured slot is R[B] "   \
                     "(method values: the receiver's cell or copy)")                           \
    /* ---- defer, panic, goroutines ---- */                                                   \
    OP(DEFER, F_ABCX, "defer call of func value R[A] with B args R[A+1..A+B] (+X: bit i set "   \
                      "when argument i is a pointer)")                                         \
    OP(RUNDEFERS, F_NONE, "run the current frame's next deferred call, re-executing this "     \
                          "instruction after it; fall through when none are left")             \
    OP(PANIC, F_A, "panic(R[A]) with an interface value")                                      \
    OP(RECOVER, F_A, "R[A] = recover()")                                                       \
    OP(GO, F_ABCX, "start a goroutine calling func value R[A] with B args R[A+1..A+B] (+X: "   \
                   "pointer mask of the arguments)")                                           \
    OP(PRINT, F_ABU, "print R[A] of PRINT_* kind B to stderr; C: PRINTF_* flags (a call's "    \
                     "output is written at its last operand, in one write)")                   \
    /* ---- channels ---- */                                                                   \
    OP(MAKECHAN, F_ABK, "R[A] = make(chan of TypeDesc K[C], buffer R[B])")                     \
    OP(SEND, F_AB, "R[A] <- R[B]")                                                             \
    OP(RECV, F_AB, "R[A] = <-R[B]")                                                            \
    OP(RECV2, F_AB, "R[A] = <-R[B], R[A+1] = ok")                                              \
    OP(CLOSE, F_A, "close(R[A])")                                                              \
    OP(SELECT, F_ABCX, "select over cases at R[B..]: case i uses R[B+2i] (channel, nil: never " \
                       "ready) and R[B+2i+1] (value to send, or where a received value goes); " \
                       "R[A] = chosen case (-1: default), R[A+1] = received ok; C = case "    \
                       "count | has default << 7; +X: send mask (bit i: case i sends)")       \
    OP(UNREACHABLE, F_NONE, "fatal: control reached the end of a function with results")

typedef enum Opcode {
#define GALE_OP_ENUM(name, fmt, doc) OP_##name,
    GALE_OPCODES(GALE_OP_ENUM)
#undef GALE_OP_ENUM
        OP__COUNT
} Opcode;

/* PRINT kinds (B operand). */
enum {
    PRINT_NONE,   /* nothing: only the separator/newline flags */
    PRINT_INT,    /* signed integer */
    PRINT_UINT,   /* unsigned integer */
    PRINT_FLOAT,  /* float64/float32: Go's +1.500000e+000 form */
    PRINT_BOOL,
    PRINT_STRING,
    PRINT_POINTER, /* pointers, maps, chans, funcs: 0xADDR */
    PRINT_SLICE,   /* [len/cap]0xADDR */
    PRINT_EFACE,   /* interface: (0xTYPE,0xDATA) */
    PRINT_NIL,     /* untyped nil */
};

/* PRINT flags (C operand). A print or println call's operands are gathered on the goroutine
 * and written at the last one, in one write: concurrent calls do not interleave (Go prints
 * a call under its print lock). */
enum {
    PRINTF_SPACE = 1,   /* a space before (println) */
    PRINTF_NEWLINE = 2, /* a newline after (println's last operand) */
    PRINTF_LAST = 4,    /* the call's last operand: write what it printed */
};

/* SLICE flags (low byte of the extra word). */
enum {
    SLICE_HAS_LO = 1,
    SLICE_HAS_HI = 2,
    SLICE_HAS_MAX = 4,
    SLICE_OF_STRING = 8,  /* operand is a string */
    SLICE_OF_ARRAY = 16,  /* operand is a pointer to an array of the given length */
};

/* ---- encoding helpers ---- */
#define INSTR_OP(i) ((unsigned)((i) & 0xff))
#define INSTR_A(i)  ((unsigned)(((i) >> 8) & 0xffff))
#define INSTR_B(i)  ((unsigned)(((i) >> 24) & 0xffff))
#define INSTR_C(i)  ((unsigned)((i) >> 40))
#define INSTR_SC(i) ((int32_t)((int64_t)(i) >> 40))
#define INSTR_BX(i) ((uint64_t)(i) >> 24)
#define INSTR_SBX(i) ((int64_t)(i) >> 24)
#define INSTR_SB(i)  ((int16_t)(((i) >> 24) & 0xffff))

#define INSTR_ABC(op, a, b, c)                                                                 \
    ((uint64_t)(op) | ((uint64_t)(a) << 8) | ((uint64_t)(b) << 24) | ((uint64_t)(c) << 40))
#define INSTR_ABX(op, a, bx) ((uint64_t)(op) | ((uint64_t)(a) << 8) | ((uint64_t)(bx) << 24))

#define INSTR_MAX_REG 0xffff
#define INSTR_MAX_C   0xffffff
#define INSTR_MIN_SC  (-0x800000)
#define INSTR_MAX_SC  0x7fffff

/* opcode_name, opcode_format and opcode_doc describe [op] (vm/opcodes.c). */
const char *opcode_name(unsigned op);
int opcode_format(unsigned op);
const char *opcode_doc(unsigned op);
/* opcode_has_extra says whether [op] is followed by an extra word. */
int opcode_has_extra(unsigned op);
/* opcode_length returns the number of words of [op] (1 + its extra words). */
int opcode_length(unsigned op);

#endif
