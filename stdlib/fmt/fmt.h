/*
 * fmt.h — the C engine of package fmt, shared by its natives (fmt.c) and the unit tests.
 *
 * format.c is a port of Go's fmt/format.go: a Fmt holds the flags, width and precision of
 * one verb and appends padded numbers, strings and quoted text to a StrBuf.
 *
 * printer.c is a port of fmt/print.go: a Printer walks the operands of Print/Println/Printf/
 * Errorf through their type descriptors (doPrint, doPrintln, doPrintf, printArg,
 * printValue), with Go's spacing rules, complaint forms (%!d(string=hi), %!d(MISSING),
 * %!(EXTRA ...), %!(NOVERB), %!(BADWIDTH)...), %T, %p, nested pointers, and maps sorted
 * like internal/fmtsort.
 *
 * Methods. C cannot call Gale code, so Error, String and GoString are handled in two passes
 * over the same walker, selected by Printer.mode:
 *   PRINT_TRY      formats; the first operand that needs a method switches the walk to
 *                  PRINT_COLLECT (no call was needed before it, so the list starts empty);
 *   PRINT_COLLECT  records each such operand (type, memory, box, method kind 'E' Error,
 *                  'S' String, 'G' GoString, 'F' Format with its verb, flags, width and
 *                  precision) in Printer.calls, in walk order;
 *   PRINT_FORMAT   formats, taking the methods' results from Printer.texts in the same
 *                  order (Printer.panicked marks results that are a recovered panic's text).
 *                  A Format method's output is copied as it is (Format does its own padding).
 * The walk makes the same decisions in every mode, so the passes cannot disagree; see
 * stdlib/fmt/fmt.go for the Gale side.
 */
#ifndef GALE_STDLIB_FMT_H
#define GALE_STDLIB_FMT_H

#include <stdbool.h>
#include <stdint.h>

#include "base/strbuf.h"
#include "vm/api.h"

/* ---- format.c ---- */

typedef struct FmtFlags {
    bool wid_present, prec_present;
    bool minus, plus, sharp, space, zero;
    bool plus_v, sharp_v; /* %+v and %#v: set instead of plus/sharp for verb v */
} FmtFlags;

typedef struct Fmt {
    StrBuf *buf; /* borrowed: where output goes */
    FmtFlags fl;
    int wid, prec;
} Fmt;

extern const char format_ldigits[]; /* "0123456789abcdefx" */
extern const char format_udigits[]; /* "0123456789ABCDEFX" */

/* format_clear resets flags, width and precision (Go's clearflags). */
void format_clear(Fmt *f);
/* format_padding appends [n] padding bytes ('0' when zero-padding to the left). */
void format_padding(Fmt *f, int n);
/* format_pad appends [s] padded to the width (counted in runes). */
void format_pad(Fmt *f, const uint8_t *s, size_t n);
void format_pad_str(Fmt *f, const char *s);
void format_boolean(Fmt *f, bool v);
/* format_unicode formats [u] as U+0078 (with %#U: U+0078 'x'). */
void format_unicode(Fmt *f, uint64_t u);
/* format_integer formats [u] (negative if [is_signed] and int64(u) < 0) in [base]. */
void format_integer(Fmt *f, uint64_t u, int base, bool is_signed, int verb, const char *digits);
/* format_s formats a string, truncated to the precision (in runes) and padded. */
void format_s(Fmt *f, const uint8_t *s, size_t n);
/* format_sbx formats bytes as hexadecimal (%x %X, with the space and sharp flags). */
void format_sbx(Fmt *f, const uint8_t *s, size_t n, const char *digits);
/* format_q formats a string as a Go string literal (backquoted with %#q when possible). */
void format_q(Fmt *f, const uint8_t *s, size_t n);
/* format_c formats [c] as a character; format_qc as a quoted rune literal. */
void format_c(Fmt *f, uint64_t c);
void format_qc(Fmt *f, uint64_t c);
/* format_float formats [v] with strconv verb [verb] and default precision [prec]; [size]
 * is 32 or 64. */
void format_float(Fmt *f, double v, int size, int verb, int prec);

/* ---- printer.c ---- */

typedef enum PrintKind {
    PRINT_SPRINT,   /* Sprint: spaces between operands when neither is a string */
    PRINT_SPRINTLN, /* Sprintln: spaces always, newline at the end */
    PRINT_SPRINTF,  /* Sprintf */
    PRINT_ERRORF,   /* Errorf: Sprintf accepting %w and recording its operands */
} PrintKind;

typedef enum PrintMode { PRINT_TRY, PRINT_COLLECT, PRINT_FORMAT } PrintMode;

/* Flag bits of a Format call's state (MethodCall.flags), as fmt.State.Flag reports them. */
enum {
    FMT_FLAG_SHARP = 1,
    FMT_FLAG_PLUS = 2,
    FMT_FLAG_MINUS = 4,
    FMT_FLAG_SPACE = 8,
    FMT_FLAG_ZERO = 16,
};

/* MethodCall is an operand whose Error/String/GoString/Format result the formatter needs. */
typedef struct MethodCall {
    const TypeDesc *type;
    const uint8_t *mem; /* the value's memory (inside an operand's object) */
    Box *box;           /* a box already holding the value, or NULL */
    char kind;          /* 'E' Error, 'S' String, 'G' GoString, 'F' Format */
    /* 'F' only: the verb and the state handed to Format */
    int32_t verb;
    int flags;          /* FMT_FLAG_* */
    int wid, prec;      /* -1 when absent */
} MethodCall;

typedef struct Printer {
    StrBuf buf; /* owned: the output */
    Fmt fmt;
    PrintMode mode;
    /* PRINT_FORMAT input (borrowed): the methods' results, in collection order */
    StrObj *const *texts;
    int64_t ntexts;
    /* NULL, or one entry per text: 0 when the method returned; else 1 + the length of the
     * output a Format method wrote before panicking, which starts the text (the rest is the
     * panic value printed with %v) */
    const int64_t *panicked;
    int64_t next_text;
    /* PRINT_COLLECT output (owned) */
    VEC(MethodCall) calls;
    /* Errorf: argument indexes of %w verbs (sorted if arguments were reordered) */
    IntVec wrapped;
    /* map access: gale_map_entries, replaceable by tests */
    int64_t (*map_entries)(MapObj *m, void ***keys, void ***vals);
    /* walk state (print.go's pp) */
    struct PrintVal {
        const TypeDesc *t; /* NULL: nil interface */
        const uint8_t *mem;
        Box *box;
        bool ro; /* reached through an unexported field: methods are not called */
    } arg, value;
    bool has_value;
    bool erroring, wrap_errs, reordered, good_arg_num;
} Printer;

/* printer_init prepares [p] for one run in [mode]; printer_free releases its buffers. */
void printer_init(Printer *p, PrintMode mode);
void printer_free(Printer *p);
/* printer_run formats [args] ([nargs] interface values, NULL for nil) as [kind] with [format]
 * (for PRINT_SPRINTF and PRINT_ERRORF) into p->buf. Afterwards p->mode is PRINT_COLLECT
 * when method results are needed (see the top of this file). */
void printer_run(Printer *p, PrintKind kind, const uint8_t *format, size_t flen, Box *const *args,
               int64_t nargs);

#endif
