/*
 * chunk.h — compiled code: functions (Proto), runtime type descriptors (TypeDesc) and modules.
 * This is the contract between compiler/ (which builds these structures in memory) and vm/
 * (which links and runs them); see also opcodes.h and value.h.
 *
 * Ownership: everything reachable from a Module is allocated in the module's arena (static
 * strings, TypeDescs, Protos and their arrays) or is a global block owned by the module. None
 * of it is in the garbage-collected heap, and the collector ignores pointers to it; the global
 * blocks are roots (described by their pointer masks). The VM may fill the fields marked "VM"
 * when it links the module; the compiler leaves them zero.
 *
 * Frames (how the interpreter and the collector read a Proto):
 *   - registers 0..nparams-1 hold the parameters (receiver first); results are returned in
 *     registers 0..nresults-1 of the callee, which are the caller's R[A..] of the call;
 *   - a frame never keeps a pointer into the goroutine's register stack, which moves when it
 *     grows; variables whose address is taken or that closures capture live in heap cells;
 *   - the Proto records, for every instruction, which registers hold live pointers while it
 *     runs (before it writes its destination registers): SafePoint entries are sorted by pc
 *     and the map of the instruction at index i is the entry with the largest pc <= i (runs
 *     of instructions share an entry). A suspended frame is at the instruction before its
 *     saved pc. Registers not in the map are dead or hold scalars.
 */
#ifndef GALE_CHUNK_H
#define GALE_CHUNK_H

#include <stdbool.h>
#include <stdint.h>

#include "vm/value.h"

typedef uint64_t Instr;

/* ---- runtime type descriptors ---- */

typedef enum TypeKind {
    TK_INVALID = 0,
    TK_BOOL,
    TK_INT,
    TK_INT8,
    TK_INT16,
    TK_INT32,
    TK_INT64,
    TK_UINT,
    TK_UINT8,
    TK_UINT16,
    TK_UINT32,
    TK_UINT64,
    TK_UINTPTR,
    TK_FLOAT32,
    TK_FLOAT64,
    TK_COMPLEX64,
    TK_COMPLEX128,
    TK_ARRAY,
    TK_CHAN,
    TK_FUNC,
    TK_INTERFACE,
    TK_MAP,
    TK_POINTER,
    TK_SLICE,
    TK_STRING,
    TK_STRUCT,
    TK_UNSAFEPOINTER,
    TK__COUNT
} TypeKind; /* the order of Go's reflect.Kind */

enum {
    TF_NAMED = 1,        /* a defined (named) type */
    TF_COMPARABLE = 2,   /* == is defined */
    TF_HASPTR = 4,       /* some word of the memory layout is a pointer */
    TF_AGGREGATE = 8,    /* struct or array: registers hold a pointer to storage */
    TF_FLOATKEY = 16,    /* contains floats or interfaces: hashing needs care (NaN, -0) */
    TF_SIMPLEKEY = 32,   /* equality is memcmp of the memory bytes (no padding, no floats,
                            no strings, no interfaces) */
    TF_ERROR_TYPE = 64,  /* has an Error() string method in its method set */
    TF_STRINGER = 128,   /* has a String() string method in its method set */
};

struct Proto;
struct TypeDesc;

typedef struct FieldDesc {
    const char *name;              /* field name ("T" for an embedded T or *T) */
    const struct TypeDesc *type;
    uint32_t offset;               /* byte offset in the struct */
    bool embedded, exported;
    const char *tag;               /* raw tag string (unquoted) or NULL */
} FieldDesc;

typedef struct MethodDesc {
    const char *name;              /* Go name; unexported names are package-qualified
                                      "pkg.name" so that they never match other packages' */
    int32_t id;                    /* method id: index in Module.method_names */
    const struct Proto *fn;        /* receiver is exactly the owning type (wrappers are
                                      generated for promoted methods and *T's value methods);
                                      NULL in an interface's method list */
    const struct TypeDesc *owner;  /* the type whose method set holds this entry */
    const struct TypeDesc *sig;    /* the method's signature, receiver excluded */
} MethodDesc;

typedef struct TypeDesc {
    uint8_t kind;       /* TypeKind */
    uint8_t align;      /* memory alignment in bytes */
    uint16_t flags;     /* TF_* */
    uint32_t size;      /* bytes in memory */
    uint32_t hash;      /* hash of the type's identity (equal for identical types) */
    uint32_t ptrwords;  /* words of the layout up to and including the last pointer */
    const uint8_t *ptrmask; /* bit i (LSB first): memory word i holds a pointer */
    const char *str;    /* the type as %T prints it: "main.Point", "[]int", "*main.T" */
    const char *name;   /* defined and predeclared types: "Point", "int"; else NULL */
    const char *pkg;    /* package path of a defined type ("main"), "" otherwise */
    const struct TypeDesc *elem; /* pointer, slice, array, chan: element; map: value */
    const struct TypeDesc *key;  /* map key */
    const struct TypeDesc *ptrto; /* *T, when the program needs it (NULL otherwise) */
    const struct TypeDesc *underlying_basic; /* for printing named basic types */
    int64_t len;        /* array length */
    int32_t nfields;
    const FieldDesc *fields;
    int32_t nmethods;   /* method set, sorted by id (interfaces: their methods, fn NULL) */
    const MethodDesc *methods;
    int32_t nin, nout;  /* func: parameter and result counts */
    const struct TypeDesc *const *in, *const *out;
    bool variadic;
    int8_t dir;         /* chan: 0 both, 1 send-only, 2 receive-only */
    void *vm;           /* VM: per-type data filled at link time (GC layout, caches) */
} TypeDesc;

/* ---- functions ---- */

enum {
    PROTO_VARIADIC = 1,    /* last parameter is a ...T slice */
    PROTO_NATIVE = 2,      /* implemented in C: see native / native_name */
    PROTO_HAS_DEFER = 4,   /* contains DEFER: RET must run deferred calls (RUNDEFERS) */
    PROTO_WRAPPER = 8,     /* compiler-generated method wrapper (shown as <autogenerated>) */
    PROTO_INIT = 16,       /* a package initializer */
};

/* UpvalDesc says where CLOSURE finds each captured slot: a register of the enclosing frame
 * (from_parent_reg) or a slot of the enclosing closure. */
typedef struct UpvalDesc {
    uint16_t index;
    bool from_parent_reg;
} UpvalDesc;

typedef struct SafePoint {
    int32_t pc;      /* first instruction this map applies to (see top) */
    int32_t bits;    /* byte index in Proto.ptrbits of the map: a 16-bit little-endian count n
                        of registers, then ceil(n/8) bytes of bits (LSB first); registers at
                        or above n hold no live pointer */
} SafePoint;

struct G;
/* NativeFn runs a native function: [args] are the call's registers (arguments in, results
 * out at args[0..]); it returns 0, or nonzero after recording a panic on [g]. */
typedef int (*NativeFn)(struct G *g, Value *args);

typedef struct Proto {
    const char *name;       /* Go's traceback name: "main.f", "main.(*T).M", "main.main.func1" */
    const char *file;       /* source path as given */
    int32_t line;           /* line of the declaration */
    uint16_t nparams;       /* parameter registers, receiver included */
    uint16_t nresults;
    uint16_t nregs;         /* frame size, parameters included */
    uint16_t nupvals;
    uint32_t flags;         /* PROTO_* */
    const Instr *code;
    int32_t ncode;
    const int32_t *lines;   /* lines[pc]: source line of each instruction word */
    const Value *k;         /* constants: ints, float bits, StrObj*, TypeDesc*, Proto*,
                               global addresses; none points into the GC heap */
    int32_t nk;
    const UpvalDesc *upvals;
    const SafePoint *safepoints; /* sorted by pc */
    int32_t nsafepoints;
    const uint8_t *ptrbits;
    int32_t epilogue_pc;    /* where a frame resumes after a recovered panic: RUNDEFERS, load
                               results, RET; -1 when the function has no defer */
    int32_t ncaches;        /* inline cache slots used by CALLI */
    const TypeDesc *sig;    /* the function's type */
    const char *native_name; /* natives: "strings.Index", "math.Sqrt" */
    NativeFn native;        /* VM: resolved from native_name at link time */
    void *vm;               /* VM: per-function data (inline caches, static closure) */
} Proto;

/* GlobalBlock is the storage of a compilation unit's package-level variables, zeroed. */
typedef struct GlobalBlock {
    uint8_t *data;          /* owned by the module (xcalloc), 8-aligned */
    uint32_t size;
    const uint8_t *ptrmask; /* bit per 8-byte word */
} GlobalBlock;

/* Well-known types the VM needs to build runtime values (runtime errors, os.Args...). */
typedef struct ModuleTypes {
    const TypeDesc *rt_error;        /* runtime.Error concrete type for "runtime error: ..." */
    const TypeDesc *rt_plain_error;  /* runtime.plainError (messages without the prefix) */
    const TypeDesc *rt_bounds_error; /* runtime.boundsError (index and slice bounds) */
    const TypeDesc *rt_type_assertion_error; /* *runtime.TypeAssertionError */
    const TypeDesc *rt_panic_nil;    /* *runtime.PanicNilError */
    const TypeDesc *string_type;
    const TypeDesc *int_type;
    const TypeDesc *float64_type;
    const TypeDesc *bool_type;
    const TypeDesc *string_slice;    /* []string for os.Args */
    const TypeDesc *byte_type;
    const TypeDesc *rune_type;
    const TypeDesc *error_iface;
} ModuleTypes;

typedef struct Module {
    struct ModuleArena *arena;  /* owned allocation arena (opaque to the VM) */
    const Proto *main;          /* main.main, or the script's body */
    const Proto **inits;        /* package initializers in dependency order */
    int32_t ninits;
    const Proto **protos;       /* every function, for the disassembler */
    int32_t nprotos;
    GlobalBlock *globals;
    int32_t nglobals;
    const char **method_names;  /* method id -> name ("Error", "main.unexported") */
    int32_t nmethod_names;
    const TypeDesc **types;     /* every TypeDesc, for linking */
    int32_t ntypes;
    ModuleTypes well_known;
    void *vm;                   /* VM: link state */
} Module;

#endif
