/*
 * strconv.c — the natives of package strconv: thin wrappers that read the arguments, run
 * an engine of stdlib/strconv/strconv.h into a scratch buffer and return one new string.
 */
#include "stdlib/strconv/strconv.h"

#include "stdlib/internal.h"

#include <string.h>

/* MAX_FORMAT_LEN bounds FormatFloat's result (half the VM's 64 GiB heap): Go would try to
 * build a longer one and die for want of memory; Gale ends with Go's fatal error at once. */
#define MAX_FORMAT_LEN ((size_t)1 << 35)

/* result_string returns the scratch buffer [b] as a Gale string in args[0] and frees it. */
static int result_string(G *g, Value *args, StrBuf *b)
{
    args[0] = native_string(g, b->data, b->len);
    strbuf_free(b);
    return 0;
}

static int format_int(G *g, Value *args, bool is_signed)
{
    int64_t base = args[1].i;
    if (base < 2 || base > 36)
        return gale_panic_str(g, "strconv: illegal AppendInt/FormatInt base");
    StrBuf b = {0};
    bool neg = is_signed && args[0].i < 0;
    atoi_format(&b, neg ? 0 - args[0].u : args[0].u, (int)base, neg);
    return result_string(g, args, &b);
}

/* strconv.FormatInt(i int64, base int) string */
static int strconv_format_int(G *g, Value *args)
{
    return format_int(g, args, true);
}

/* strconv.FormatUint(i uint64, base int) string */
static int strconv_format_uint(G *g, Value *args)
{
    return format_int(g, args, false);
}

/* strconv.Itoa(i int) string */
static int strconv_itoa(G *g, Value *args)
{
    char buf[24];
    int i = (int)sizeof buf;
    bool neg = args[0].i < 0;
    uint64_t u = neg ? 0 - args[0].u : args[0].u;
    do {
        buf[--i] = (char)('0' + u % 10);
        u /= 10;
    } while (u);
    if (neg)
        buf[--i] = '-';
    args[0] = native_string(g, buf + i, sizeof buf - (size_t)i);
    return 0;
}

/* strconv.FormatFloat(f float64, fmt byte, prec, bitSize int) string */
static int strconv_format_float(G *g, Value *args)
{
    int64_t bits = args[3].i;
    if (bits != 32 && bits != 64)
        return gale_panic_str(g, "strconv: illegal AppendFloat/FormatFloat bitSize");
    StrBuf b = {0};
    uint64_t zeros;
    size_t at = ftoa_format_split(&b, args[0].f, (int)(uint8_t)args[1].i, args[2].i, (int)bits,
                                  &zeros);
    if (zeros == 0)
        return result_string(g, args, &b);
    /* a huge precision: the run of '0's is written straight into the result */
    if (zeros > MAX_FORMAT_LEN - b.len) {
        strbuf_free(&b);
        gale_fatal(g, "runtime: out of memory");
    }
    uint8_t *d;
    args[0].p = gale_string_alloc(g, b.len + zeros, &d);
    memcpy(d, b.data, at);
    memset(d + at, '0', zeros);
    memcpy(d + at + zeros, b.data + at, b.len - at);
    strbuf_free(&b);
    return 0;
}

/* strconv.parseInt(s string, base, bitSize int) (int64, int) */
static int strconv_parse_int(G *g, Value *args)
{
    StrObj *s = args[0].p;
    int64_t v;
    ConvStatus st = atoi_parse_int(str_data(s), (size_t)str_len(s), (int)args[1].i,
                                   (int)args[2].i, &v);
    args[0] = native_int(v);
    args[1] = native_int(st);
    return 0;
}

/* strconv.parseUint(s string, base, bitSize int) (uint64, int) */
static int strconv_parse_uint(G *g, Value *args)
{
    StrObj *s = args[0].p;
    uint64_t v;
    ConvStatus st = atoi_parse_uint(str_data(s), (size_t)str_len(s), (int)args[1].i,
                                    (int)args[2].i, &v);
    args[0].u = v;
    args[1] = native_int(st);
    return 0;
}

/* strconv.parseFloat(s string, bitSize int) (float64, int) */
static int strconv_parse_float(G *g, Value *args)
{
    StrObj *s = args[0].p;
    double f;
    ConvStatus st = atof_parse(str_data(s), (size_t)str_len(s), (int)args[1].i, &f);
    args[0] = native_float(f);
    args[1] = native_int(st);
    return 0;
}

static int quote(G *g, Value *args, bool ascii, bool graphic)
{
    StrObj *s = args[0].p;
    StrBuf b = {0};
    quote_string(&b, str_data(s), (size_t)str_len(s), '"', ascii, graphic);
    return result_string(g, args, &b);
}

static int strconv_quote(G *g, Value *args)
{
    return quote(g, args, false, false);
}

static int strconv_quote_to_ascii(G *g, Value *args)
{
    return quote(g, args, true, false);
}

static int strconv_quote_to_graphic(G *g, Value *args)
{
    return quote(g, args, false, true);
}

static int qrune(G *g, Value *args, bool ascii, bool graphic)
{
    StrBuf b = {0};
    int64_t r = args[0].i;
    quote_rune(&b, r < INT32_MIN || r > INT32_MAX ? -1 : (int32_t)r, ascii, graphic);
    return result_string(g, args, &b);
}

static int strconv_quote_rune(G *g, Value *args)
{
    return qrune(g, args, false, false);
}

static int strconv_quote_rune_to_ascii(G *g, Value *args)
{
    return qrune(g, args, true, false);
}

static int strconv_quote_rune_to_graphic(G *g, Value *args)
{
    return qrune(g, args, false, true);
}

/* strconv.CanBackquote(s string) bool */
static int strconv_can_backquote(G *g, Value *args)
{
    StrObj *s = args[0].p;
    args[0] = native_bool(quote_can_backquote(str_data(s), (size_t)str_len(s)));
    return 0;
}

static int strconv_is_print(G *g, Value *args)
{
    args[0] = native_bool(quote_is_print((int32_t)args[0].i));
    return 0;
}

static int strconv_is_graphic(G *g, Value *args)
{
    args[0] = native_bool(quote_is_graphic((int32_t)args[0].i));
    return 0;
}

/* strconv.unquote(s string) (string, bool) */
static int strconv_unquote(G *g, Value *args)
{
    StrObj *s = args[0].p;
    StrBuf b = {0};
    bool ok = quote_unquote(&b, str_data(s), (size_t)str_len(s));
    args[1] = native_bool(ok);
    args[0] = native_string(g, b.data, ok ? b.len : 0);
    strbuf_free(&b);
    return 0;
}

/* strconv.unquoteChar(s string, quote byte) (rune, bool, int, bool): value, multibyte,
 * bytes used, ok */
static int strconv_unquote_char(G *g, Value *args)
{
    StrObj *s = args[0].p;
    int32_t r;
    bool multibyte;
    size_t used;
    bool ok = quote_unquote_char(str_data(s), (size_t)str_len(s), (uint8_t)args[1].u, &r,
                                 &multibyte, &used);
    args[0] = native_int(r);
    args[1] = native_bool(multibyte);
    args[2] = native_int((int64_t)used);
    args[3] = native_bool(ok);
    return 0;
}

const NativeDesc strconv_natives[] = {
    {"strconv.unquoteChar", strconv_unquote_char},
    {"strconv.Itoa", strconv_itoa},
    {"strconv.FormatInt", strconv_format_int},
    {"strconv.FormatUint", strconv_format_uint},
    {"strconv.FormatFloat", strconv_format_float},
    {"strconv.parseInt", strconv_parse_int},
    {"strconv.parseUint", strconv_parse_uint},
    {"strconv.parseFloat", strconv_parse_float},
    {"strconv.Quote", strconv_quote},
    {"strconv.QuoteToASCII", strconv_quote_to_ascii},
    {"strconv.QuoteToGraphic", strconv_quote_to_graphic},
    {"strconv.QuoteRune", strconv_quote_rune},
    {"strconv.QuoteRuneToASCII", strconv_quote_rune_to_ascii},
    {"strconv.QuoteRuneToGraphic", strconv_quote_rune_to_graphic},
    {"strconv.CanBackquote", strconv_can_backquote},
    {"strconv.IsPrint", strconv_is_print},
    {"strconv.IsGraphic", strconv_is_graphic},
    {"strconv.unquote", strconv_unquote},
    {NULL, NULL},
};
