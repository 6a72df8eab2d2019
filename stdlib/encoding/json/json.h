/*
 * json.h — the C engine of package encoding/json, shared by its natives (json.c).
 *
 * scan.c    Go's JSON scanner (a byte-at-a-time state machine, encoding/json/scanner.go),
 *           and what is built on it: Valid, Compact, Indent, HTMLEscape, and finding where
 *           the next value of a stream ends (Decoder).
 * encode.c  Marshal: walks a value by its TypeDesc and appends its JSON.
 * decode.c  Unmarshal: parses checked input into memory laid out by a TypeDesc, allocating
 *           pointers, slices, maps and boxes through the VM.
 * fields.c  What both walkers share: a struct's JSON fields (tags, embedding), method lookup,
 *           string escaping.
 *
 * Methods. C never calls Gale code, so MarshalJSON, MarshalText, UnmarshalJSON and
 * UnmarshalText are handled by collecting. The encoder walks with the results of the methods
 * called so far (none at first), taken in walk order; at the first value whose method has no
 * result yet it goes on only collecting such values (JsonCall). The Gale side calls them,
 * appends their results and walks again, until a walk completes. (A map whose keys need
 * MarshalText stops the collecting walk: what follows is ordered by those keys.) The decoder
 * needs one walk: it records each value to hand to UnmarshalJSON/UnmarshalText (a pointer to
 * it and its input) and the Gale side calls the methods afterwards; map values filled that
 * way wait in boxes of their own (JsonFixup) and go into their maps after the calls. Types
 * without such methods never leave C.
 */
#ifndef GALE_STDLIB_JSON_H
#define GALE_STDLIB_JSON_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "vm/api.h"

/* ---- Output buffer ---- */

typedef struct JBuf {
    uint8_t *data; /* owned (xmalloc) */
    size_t len, cap;
} JBuf;

void jbuf_grow(JBuf *b, size_t n);
static inline void jbuf_put(JBuf *b, const void *s, size_t n)
{
    if (b->cap - b->len < n)
        jbuf_grow(b, n);
    if (n)
        memcpy(b->data + b->len, s, n);
    b->len += n;
}
static inline void jbuf_putc(JBuf *b, uint8_t c)
{
    if (b->cap == b->len)
        jbuf_grow(b, 1);
    b->data[b->len++] = c;
}
static inline void jbuf_puts(JBuf *b, const char *s)
{
    jbuf_put(b, s, strlen(s));
}

/* ---- scan.c ---- */

/* Step results (Go's scan* constants). */
enum {
    SCAN_CONTINUE,
    SCAN_BEGIN_LITERAL,
    SCAN_BEGIN_OBJECT,
    SCAN_OBJECT_KEY,
    SCAN_OBJECT_VALUE,
    SCAN_END_OBJECT,
    SCAN_BEGIN_ARRAY,
    SCAN_ARRAY_VALUE,
    SCAN_END_ARRAY,
    SCAN_SKIP_SPACE,
    SCAN_END,
    SCAN_ERROR,
};

#define JSON_MAX_DEPTH 10000

typedef struct JsonScanner {
    int state;
    bool end_top;
    uint8_t *parse; /* owned: stack of parse states */
    int nparse, capparse;
    int64_t bytes;   /* bytes consumed (the SyntaxError offset) */
    bool err;
    int64_t err_offset; /* bytes when the error was found (the SyntaxError's Offset) */
    char msg[96];    /* the SyntaxError message when err */
} JsonScanner;

void scan_reset(JsonScanner *s);
void scan_free(JsonScanner *s);
int scan_step(JsonScanner *s, uint8_t c);
int scan_eof(JsonScanner *s);
/* scan_check validates [n] bytes as one JSON value (checkValid); false with the error in
 * [s]. */
bool scan_check(JsonScanner *s, const uint8_t *data, size_t n);
/* scan_compact appends [src] without insignificant space (escaping <, >, & and U+2028/9
 * when [escape]); on a syntax error appends nothing and returns false. */
bool scan_compact(JsonScanner *s, JBuf *dst, const uint8_t *src, size_t n, bool escape);
/* scan_indent appends [src] indented as json.Indent does; false on a syntax error. */
bool scan_indent(JsonScanner *s, JBuf *dst, const uint8_t *src, size_t n, const uint8_t *prefix,
                 size_t nprefix, const uint8_t *indent, size_t nindent);
/* scan_value_end finds the end of the first value of a stream in [n] bytes: returns its
 * length (leading space included), 0 when more input is needed (or, at [eof], when there
 * is only space: *[empty] is set), -1 on a syntax error (in [s], offset relative), -2 when
 * [eof] cuts a value short. */
int64_t scan_value_end(JsonScanner *s, const uint8_t *data, size_t n, bool eof, bool *empty);
/* html_escape appends [src] with <, >, & and U+2028/9 escaped (json.HTMLEscape). */
void html_escape(JBuf *dst, const uint8_t *src, size_t n);

/* ---- Methods shared by the walkers ---- */

/* JsonCall is a value whose method the Gale side calls (see the top). */
typedef struct JsonCall {
    const TypeDesc *type; /* the type of the box to make */
    const uint8_t *mem;   /* the value's memory (for a pointer receiver: the pointee) */
    bool addr;            /* box a pointer to mem ([type] is then the pointer type) */
    char kind;            /* 'J' MarshalJSON/UnmarshalJSON, 'T' Marshal/UnmarshalText,
                             'K' MarshalText of a map key */
    int64_t start, end;   /* decode: the input handed to the method */
    const char *tname;    /* encode: the type named by a MarshalerError (or for 'K' the
                             map's type) */
} JsonCall;

/* json_has_method reports whether [t]'s method set has a method [name]. */
bool json_has_method(const TypeDesc *t, const char *name);
/* json_is_number and json_is_raw report whether [t] is json.Number, json.RawMessage. */
bool json_is_number(const TypeDesc *t);
bool json_is_raw(const TypeDesc *t);

/* ---- Struct fields (typeFields) ---- */

typedef struct JsonField {
    const char *name;   /* the JSON key (borrowed from the tag or the FieldDesc) */
    size_t namelen;
    uint16_t path[8];   /* field indexes from the outer struct, through embedded structs */
    int depth;          /* path length - 1 */
    const TypeDesc *type;
    bool omitempty, quoted, tagged;
    char *enc_name;     /* owned: "name": escaped for output (HTML-escaped variant after) */
    size_t enc_len, enc_html_len;
} JsonField;

typedef struct JsonStruct {
    const TypeDesc *type;
    JsonField *fields; /* owned */
    int nfields;
} JsonStruct;

/* JsonCache keeps the field lists of the struct types a walk met (owned, per call). */
typedef struct JsonCache {
    JsonStruct **items; /* owned, each entry too */
    int len, cap;
} JsonCache;

const JsonStruct *json_struct_fields(JsonCache *c, const TypeDesc *t);
void json_cache_free(JsonCache *c);
/* json_append_string appends [s] as a JSON string (escapeHTML: <, >, & as \u003c...). */
void json_append_string(JBuf *b, const uint8_t *s, size_t n, bool escape_html);

/* ---- encode.c ---- */

enum { JERR_NONE, JERR_UNSUPPORTED_TYPE, JERR_UNSUPPORTED_VALUE, JERR_MARSHALER_SYNTAX,
       JERR_MESSAGE };

typedef struct JsonEncoder {
    JBuf out;
    bool escape_html;
    bool collecting; /* a method is needed: only collect (see the top) */
    struct { JsonCall *items; int64_t len, cap; } calls;
    /* second pass: the methods' results, in collection order (borrowed) */
    SliceObj *const *results;
    int64_t nresults, next;
    JsonCache cache;
    JsonScanner scan;
    int depth;
    const void **seen; /* pointers on the current path, for cycle detection */
    int nseen, capseen;
    int err;           /* JERR_* */
    char errmsg[256];
    const char *err_type; /* JERR_MARSHALER_SYNTAX: the type whose output was bad */
    int64_t err_offset;
} JsonEncoder;

/* json_encode appends the JSON of the value of type [t] at [mem] (t NULL: nil). */
void json_encode(JsonEncoder *e, const TypeDesc *t, const uint8_t *mem);
void json_encoder_free(JsonEncoder *e);

/* ---- decode.c ---- */

enum { DERR_NONE, DERR_TYPE, DERR_MESSAGE };

/* JsonFixup: a map value to store into [map] under [key] once the methods have run. */
typedef struct JsonFixup {
    MapObj *map;
    const TypeDesc *type; /* the map's type */
    uint64_t key[1];      /* the key's memory (string, integer), unless keybox */
    Box *keybox;          /* a key that UnmarshalText fills, or NULL */
    Box *value;
} JsonFixup;

typedef struct JsonDecoder {
    G *g;
    const uint8_t *data;
    size_t len, off;
    bool use_number, disallow_unknown;
    JsonCache cache;
    struct { JsonCall *items; int64_t len, cap; } calls;
    struct { JsonFixup *items; int64_t len, cap; } fixups;
    /* the first error (saveError), and whether decoding stopped at it */
    int err;
    bool fatal;
    char *err_value, *err_type, *err_struct, *err_field; /* owned */
    char *err_msg;                                         /* owned */
    int64_t err_offset;
    /* error context: the innermost struct and the field names from the top */
    const TypeDesc *ctx_struct;
    struct { const char *name; size_t len; } ctx_fields[64];
    int nctx;
    /* types for values decoded into interfaces */
    const TypeDesc *t_any_map, *t_any_slice, *t_any, *t_float64, *t_string, *t_bool, *t_number;
} JsonDecoder;

/* json_decode stores the value of the checked input into memory [mem] of type [t]. */
void json_decode(JsonDecoder *d, const TypeDesc *t, uint8_t *mem);
void json_decoder_free(JsonDecoder *d);
/* json_unquote appends the value of JSON string literal [s] (quotes included) to [b];
 * false if it is not one. */
bool json_unquote(JBuf *b, const uint8_t *s, size_t n);

#endif
