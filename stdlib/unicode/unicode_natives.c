/*
 * unicode_natives.c — the natives of packages unicode and unicode/utf8: character classes
 * and case mapping (chars.c), the data of the RangeTable values and of CaseRanges, UTF-8
 * decoding, encoding and counting (runes.c). Each reads its arguments and answers with
 * scalars; EncodeRune and the table fillers write into slices the caller allocated.
 *
 * The fillers write Go's memory layout of unicode.Range16 ({Lo, Hi, Stride uint16}: 6
 * bytes), Range32 (3 x uint32: 12 bytes) and CaseRange ({Lo, Hi uint32; Delta [3]rune}: 20
 * bytes), which Gale's compiler gives those structs as Go does.
 */
#include <string.h>

#include "stdlib/unicode/unicode.h"

#include "stdlib/internal.h"

typedef struct RangeIndex {
    uint32_t off16, n16, off32, n32, latin;
} RangeIndex;

#include "stdlib/unicode/rangetables.inc"

static int32_t rune_arg(Value v)
{
    return v.i < INT32_MIN || v.i > INT32_MAX ? -1 : (int32_t)v.i;
}

static int is(Value *args, UnicodeClass cls)
{
    args[0] = native_bool(chars_is(cls, rune_arg(args[0])));
    return 0;
}

static int unicode_is_letter(G *g, Value *args)
{
    return is(args, UC_LETTER);
}

static int unicode_is_upper(G *g, Value *args)
{
    return is(args, UC_UPPER);
}

static int unicode_is_lower(G *g, Value *args)
{
    return is(args, UC_LOWER);
}

static int unicode_is_title(G *g, Value *args)
{
    return is(args, UC_TITLE);
}

static int unicode_is_digit(G *g, Value *args)
{
    return is(args, UC_DIGIT);
}

static int unicode_is_number(G *g, Value *args)
{
    return is(args, UC_NUMBER);
}

static int unicode_is_punct(G *g, Value *args)
{
    return is(args, UC_PUNCT);
}

static int unicode_is_symbol(G *g, Value *args)
{
    return is(args, UC_SYMBOL);
}

static int unicode_is_mark(G *g, Value *args)
{
    return is(args, UC_MARK);
}

static int unicode_is_space(G *g, Value *args)
{
    return is(args, UC_SPACE);
}

static int unicode_is_graphic(G *g, Value *args)
{
    return is(args, UC_GRAPHIC);
}

static int unicode_is_print(G *g, Value *args)
{
    return is(args, UC_PRINT);
}

static int unicode_is_control(G *g, Value *args)
{
    return is(args, UC_CONTROL);
}

static int unicode_to_upper_native(G *g, Value *args)
{
    args[0] = native_int(chars_to_upper(rune_arg(args[0])));
    return 0;
}

static int unicode_to_lower_native(G *g, Value *args)
{
    args[0] = native_int(chars_to_lower(rune_arg(args[0])));
    return 0;
}

static int unicode_to_title_native(G *g, Value *args)
{
    args[0] = native_int(chars_to_title(rune_arg(args[0])));
    return 0;
}

static int unicode_simple_fold_native(G *g, Value *args)
{
    int64_t r = args[0].i;
    args[0] = native_int(r < 0 || r > UTF8_MAX_RUNE ? r : chars_simple_fold((int32_t)r));
    return 0;
}

/* unicode.tableSizes(id int) (n16, n32, latinOffset int) */
static int unicode_table_sizes(G *g, Value *args)
{
    int64_t id = args[0].i;
    if (id < 0 || id >= (int64_t)ARRAY_LEN(rt_index))
        return gale_panic_str(g, "unicode: bad table id");
    const RangeIndex *t = &rt_index[id];
    args[0] = native_int(t->n16);
    args[1] = native_int(t->n32);
    args[2] = native_int(t->latin);
    return 0;
}

/* unicode.tableFill(id int, r16 []Range16, r32 []Range32) */
static int unicode_table_fill(G *g, Value *args)
{
    int64_t id = args[0].i;
    SliceObj *r16 = args[1].p, *r32 = args[2].p;
    if (id < 0 || id >= (int64_t)ARRAY_LEN(rt_index))
        return gale_panic_str(g, "unicode: bad table id");
    const RangeIndex *t = &rt_index[id];
    if (slice_len(r16) != t->n16 || slice_len(r32) != t->n32)
        return gale_panic_str(g, "unicode: bad table size");
    if (t->n16)
        memcpy(r16->data, &rt16[3 * t->off16], 3 * sizeof(uint16_t) * t->n16);
    if (t->n32)
        memcpy(r32->data, &rt32[3 * t->off32], 3 * sizeof(uint32_t) * t->n32);
    return 0;
}

/* unicode.caseRangesLen() int */
static int unicode_case_ranges_len(G *g, Value *args)
{
    const int32_t(*tab)[5];
    args[0] = native_int((int64_t)chars_case_ranges(&tab));
    return 0;
}

/* unicode.caseRangesFill(cr []CaseRange) */
static int unicode_case_ranges_fill(G *g, Value *args)
{
    SliceObj *cr = args[0].p;
    const int32_t(*tab)[5];
    size_t n = chars_case_ranges(&tab);
    if (slice_len(cr) != (int64_t)n)
        return gale_panic_str(g, "unicode: bad case table size");
    /* the layout of {Lo, Hi uint32; Delta [3]int32} is five int32s */
    memcpy(cr->data, tab, n * sizeof tab[0]);
    return 0;
}

const NativeDesc unicode_natives[] = {
    {"unicode.tableSizes", unicode_table_sizes},
    {"unicode.tableFill", unicode_table_fill},
    {"unicode.caseRangesLen", unicode_case_ranges_len},
    {"unicode.caseRangesFill", unicode_case_ranges_fill},
    {"unicode.IsLetter", unicode_is_letter},
    {"unicode.IsUpper", unicode_is_upper},
    {"unicode.IsLower", unicode_is_lower},
    {"unicode.IsTitle", unicode_is_title},
    {"unicode.IsDigit", unicode_is_digit},
    {"unicode.IsNumber", unicode_is_number},
    {"unicode.IsPunct", unicode_is_punct},
    {"unicode.IsSymbol", unicode_is_symbol},
    {"unicode.IsMark", unicode_is_mark},
    {"unicode.IsSpace", unicode_is_space},
    {"unicode.IsGraphic", unicode_is_graphic},
    {"unicode.IsPrint", unicode_is_print},
    {"unicode.IsControl", unicode_is_control},
    {"unicode.ToUpper", unicode_to_upper_native},
    {"unicode.ToLower", unicode_to_lower_native},
    {"unicode.ToTitle", unicode_to_title_native},
    {"unicode.SimpleFold", unicode_simple_fold_native},
    {NULL, NULL},
};

/* ---- unicode/utf8 ---- */

static int utf8_rune_count_in_string(G *g, Value *args)
{
    StrObj *s = args[0].p;
    args[0] = native_int(runes_count(str_data(s), (size_t)str_len(s)));
    return 0;
}

static int utf8_rune_count(G *g, Value *args)
{
    SliceObj *s = args[0].p;
    args[0] = native_int(s ? runes_count(s->data, (size_t)s->len) : 0);
    return 0;
}

static int utf8_valid_string(G *g, Value *args)
{
    StrObj *s = args[0].p;
    args[0] = native_bool(runes_valid(str_data(s), (size_t)str_len(s)));
    return 0;
}

static int utf8_valid_bytes(G *g, Value *args)
{
    SliceObj *s = args[0].p;
    args[0] = native_bool(s ? runes_valid(s->data, (size_t)s->len) : true);
    return 0;
}

static int decoded(Value *args, int size, int32_t r)
{
    args[0] = native_int(r);
    args[1] = native_int(size);
    return 0;
}

static int utf8_decode_rune_in_string(G *g, Value *args)
{
    StrObj *s = args[0].p;
    int32_t r;
    int n = runes_decode(str_data(s), (size_t)str_len(s), &r);
    return decoded(args, n, r);
}

static int utf8_decode_rune(G *g, Value *args)
{
    SliceObj *s = args[0].p;
    int32_t r;
    int n = runes_decode(s ? s->data : NULL, (size_t)slice_len(s), &r);
    return decoded(args, n, r);
}

static int utf8_decode_last_rune_in_string(G *g, Value *args)
{
    StrObj *s = args[0].p;
    int32_t r;
    int n = runes_decode_last(str_data(s), (size_t)str_len(s), &r);
    return decoded(args, n, r);
}

static int utf8_decode_last_rune(G *g, Value *args)
{
    SliceObj *s = args[0].p;
    int32_t r;
    int n = runes_decode_last(s ? s->data : NULL, (size_t)slice_len(s), &r);
    return decoded(args, n, r);
}

/* unicode/utf8.EncodeRune(p []byte, r rune) int */
static int utf8_encode_rune(G *g, Value *args)
{
    SliceObj *p = args[0].p;
    uint8_t buf[UTF8_MAX];
    int n = runes_encode(buf, rune_arg(args[1]));
    if (slice_len(p) < n)
        return gale_panic_runtime(g, "index out of range [%d] with length %lld", n - 1,
                                  (long long)slice_len(p));
    for (int i = 0; i < n; i++)
        p->data[i] = buf[i];
    args[0] = native_int(n);
    return 0;
}

static int utf8_full_rune_in_string(G *g, Value *args)
{
    StrObj *s = args[0].p;
    args[0] = native_bool(runes_full(str_data(s), (size_t)str_len(s)));
    return 0;
}

static int utf8_full_rune(G *g, Value *args)
{
    SliceObj *s = args[0].p;
    args[0] = native_bool(s && runes_full(s->data, (size_t)s->len));
    return 0;
}

const NativeDesc utf8_natives[] = {
    {"unicode/utf8.RuneCountInString", utf8_rune_count_in_string},
    {"unicode/utf8.RuneCount", utf8_rune_count},
    {"unicode/utf8.ValidString", utf8_valid_string},
    {"unicode/utf8.Valid", utf8_valid_bytes},
    {"unicode/utf8.DecodeRuneInString", utf8_decode_rune_in_string},
    {"unicode/utf8.DecodeRune", utf8_decode_rune},
    {"unicode/utf8.DecodeLastRuneInString", utf8_decode_last_rune_in_string},
    {"unicode/utf8.DecodeLastRune", utf8_decode_last_rune},
    {"unicode/utf8.EncodeRune", utf8_encode_rune},
    {"unicode/utf8.FullRuneInString", utf8_full_rune_in_string},
    {"unicode/utf8.FullRune", utf8_full_rune},
    {NULL, NULL},
};
