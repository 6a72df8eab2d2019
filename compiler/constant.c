/*
 * constant.c — exact constant arithmetic with GMP (see constant.h).
 *
 * Integers are mpz_t, untyped floats canonical mpq_t rationals, so every Go constant
 * expression is evaluated exactly and rounded once, correctly (round half to even), when it
 * becomes a typed float. Every result is checked against the size limits before it is
 * returned, which bounds the work any input can cause.
 */
#include "compiler/constant.h"

#include <float.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "grammar.h" /* TOK_* operator codes */

static ConstVal *new_val(ConstArena *a, ConstKind k)
{
    ConstVal *v = ARENA_NEW(a->arena, ConstVal);
    v->kind = k;
    if (k == CV_INT) {
        mpz_init(v->i);
        VEC_PUSH(a->all, v);
    } else if (k == CV_FLOAT) {
        mpq_init(v->f);
        VEC_PUSH(a->all, v);
    }
    return v;
}

void const_arena_free(ConstArena *a)
{
    for (int i = 0; i < a->all.len; i++) {
        ConstVal *v = a->all.items[i];
        if (v->kind == CV_INT)
            mpz_clear(v->i);
        else if (v->kind == CV_FLOAT)
            mpq_clear(v->f);
    }
    VEC_FREE(a->all);
}

ConstVal *const_bool(ConstArena *a, bool b)
{
    ConstVal *v = new_val(a, CV_BOOL);
    v->b = b;
    return v;
}

ConstVal *const_string(ConstArena *a, const char *s, size_t n)
{
    ConstVal *v = new_val(a, CV_STRING);
    char *p = arena_alloc(a->arena, n + 1);
    copy_bytes(p, s, n);
    v->s = p;
    v->slen = n;
    return v;
}

ConstVal *const_int64(ConstArena *a, int64_t x)
{
    ConstVal *v = new_val(a, CV_INT);
    mpz_set_si(v->i, x);
    return v;
}

ConstVal *const_uint64(ConstArena *a, uint64_t x)
{
    ConstVal *v = new_val(a, CV_INT);
    mpz_set_ui(v->i, (unsigned long)x);
    return v;
}

ConstVal *const_float64(ConstArena *a, double x)
{
    ConstVal *v = new_val(a, CV_FLOAT);
    if (isfinite(x))
        mpq_set_d(v->f, x);
    return v;
}

ConstVal *const_copy(ConstArena *a, const ConstVal *x)
{
    ConstVal *v = new_val(a, x->kind);
    switch (x->kind) {
    case CV_BOOL: v->b = x->b; break;
    case CV_STRING: v->s = x->s; v->slen = x->slen; break;
    case CV_INT: mpz_set(v->i, x->i); break;
    case CV_FLOAT: mpq_set(v->f, x->f); break;
    }
    return v;
}

/* ---- Literals ---- */

static int digit_val(int ch)
{
    if (ch >= '0' && ch <= '9')
        return ch - '0';
    if (ch >= 'a' && ch <= 'f')
        return ch - 'a' + 10;
    if (ch >= 'A' && ch <= 'F')
        return ch - 'A' + 10;
    return 99;
}

bool const_parse_int(ConstArena *a, const char *lit, int len, ConstVal **out)
{
    int base = 10, i = 0;
    if (len >= 2 && lit[0] == '0') {
        char p = lit[1];
        if (p == 'x' || p == 'X')
            base = 16, i = 2;
        else if (p == 'o' || p == 'O')
            base = 8, i = 2;
        else if (p == 'b' || p == 'B')
            base = 2, i = 2;
        else
            base = 8, i = 1; /* legacy octal 0777 */
    }
    ConstVal *v = new_val(a, CV_INT);
    int ndigits = 0;
    for (; i < len; i++) {
        if (lit[i] == '_')
            continue;
        int d = digit_val((unsigned char)lit[i]);
        if (d >= base)
            return false;
        mpz_mul_ui(v->i, v->i, (unsigned long)base);
        mpz_add_ui(v->i, v->i, (unsigned long)d);
        ndigits++;
        if (mpz_sizeinbase(v->i, 2) > CONST_MAX_BITS + 64)
            return false;
    }
    if (ndigits == 0 && !(base == 8 && len == 1))
        return false;
    *out = v;
    return true;
}

bool const_parse_float(ConstArena *a, const char *lit, int len, ConstVal **out)
{
    bool hex = len >= 2 && lit[0] == '0' && (lit[1] == 'x' || lit[1] == 'X');
    int base = hex ? 16 : 10, i = hex ? 2 : 0;
    mpz_t mant;
    mpz_init(mant);
    long scale = 0; /* value = mant * base^(-digits after point) * radix^exp */
    bool seen_point = false, any_digit = false;
    for (; i < len; i++) {
        char ch = lit[i];
        if (ch == '_')
            continue;
        if (ch == '.') {
            seen_point = true;
            continue;
        }
        int d = digit_val((unsigned char)ch);
        if (d >= base)
            break;
        any_digit = true;
        mpz_mul_ui(mant, mant, (unsigned long)base);
        mpz_add_ui(mant, mant, (unsigned long)d);
        if (seen_point)
            scale++;
        if (mpz_sizeinbase(mant, 2) > 40000) {
            mpz_clear(mant);
            return false;
        }
    }
    long exp = 0;
    if (i < len) {
        char e = lit[i];
        if (!(hex ? (e == 'p' || e == 'P') : (e == 'e' || e == 'E'))) {
            mpz_clear(mant);
            return false;
        }
        i++;
        int sign = 1;
        if (i < len && (lit[i] == '+' || lit[i] == '-'))
            sign = lit[i++] == '-' ? -1 : 1;
        bool any = false;
        for (; i < len; i++) {
            if (lit[i] == '_')
                continue;
            if (lit[i] < '0' || lit[i] > '9') {
                mpz_clear(mant);
                return false;
            }
            any = true;
            if (exp < 1000000)
                exp = exp * 10 + (lit[i] - '0');
        }
        if (!any) {
            mpz_clear(mant);
            return false;
        }
        exp *= sign;
    } else if (hex) {
        mpz_clear(mant); /* hexadecimal mantissa requires a p exponent */
        return false;
    }
    if (!any_digit) {
        mpz_clear(mant);
        return false;
    }
    ConstVal *v = new_val(a, CV_FLOAT);
    mpz_t p;
    mpz_init(p);
    if (hex) {
        /* mant * 16^-scale * 2^exp */
        long e2 = exp - 4 * scale;
        if (labs(e2) > CONST_MAX_EXP * 4) {
            mpz_clear(p);
            mpz_clear(mant);
            return false;
        }
        mpq_set_z(v->f, mant);
        if (e2 >= 0)
            mpq_mul_2exp(v->f, v->f, (unsigned long)e2);
        else
            mpq_div_2exp(v->f, v->f, (unsigned long)-e2);
    } else {
        long e10 = exp - scale;
        if (mpz_sgn(mant) != 0 && labs(e10) > CONST_MAX_EXP) {
            mpz_clear(p);
            mpz_clear(mant);
            return false;
        }
        mpz_ui_pow_ui(p, 10, (unsigned long)labs(e10));
        if (e10 >= 0) {
            mpz_mul(mant, mant, p);
            mpq_set_z(v->f, mant);
        } else {
            mpq_set_num(v->f, mant);
            mpq_set_den(v->f, p);
            mpq_canonicalize(v->f);
        }
    }
    mpz_clear(p);
    mpz_clear(mant);
    *out = v;
    return true;
}

/* ---- Conversions ---- */

ConstVal *const_to_int(ConstArena *a, const ConstVal *x)
{
    if (x->kind == CV_INT)
        return (ConstVal *)x;
    if (x->kind != CV_FLOAT || mpz_cmp_ui(mpq_denref(x->f), 1) != 0)
        return NULL;
    ConstVal *v = new_val(a, CV_INT);
    mpz_set(v->i, mpq_numref(x->f));
    return v;
}

ConstVal *const_to_float(ConstArena *a, const ConstVal *x)
{
    if (x->kind == CV_FLOAT)
        return (ConstVal *)x;
    ConstVal *v = new_val(a, CV_FLOAT);
    mpq_set_z(v->f, x->i);
    return v;
}

bool const_is_integral(const ConstVal *v)
{
    return v->kind == CV_INT || (v->kind == CV_FLOAT && mpz_cmp_ui(mpq_denref(v->f), 1) == 0);
}

int const_sign(const ConstVal *v)
{
    if (v->kind == CV_INT)
        return mpz_sgn(v->i);
    if (v->kind == CV_FLOAT)
        return mpq_sgn(v->f);
    return 0;
}

bool const_fits_int(const ConstVal *v, int bits, bool is_unsigned)
{
    if (v->kind != CV_INT)
        return false;
    if (is_unsigned) {
        if (mpz_sgn(v->i) < 0)
            return false;
        return mpz_sizeinbase(v->i, 2) <= (size_t)bits || mpz_sgn(v->i) == 0;
    }
    if (mpz_sgn(v->i) >= 0)
        return mpz_sgn(v->i) == 0 || mpz_sizeinbase(v->i, 2) <= (size_t)(bits - 1);
    /* negative: -2^(bits-1) <= v  <=>  |v|-1 fits in bits-1 bits */
    mpz_t t;
    mpz_init(t);
    mpz_neg(t, v->i);
    mpz_sub_ui(t, t, 1);
    bool ok = mpz_sgn(t) == 0 || mpz_sizeinbase(t, 2) <= (size_t)(bits - 1);
    mpz_clear(t);
    return ok;
}

int64_t const_get_int64(const ConstVal *v)
{
    return (int64_t)const_get_uint64(v);
}

uint64_t const_get_uint64(const ConstVal *v)
{
    if (v->kind == CV_BOOL)
        return v->b;
    if (v->kind != CV_INT)
        return 0;
    /* low 64 bits of the two's complement representation */
    mpz_t t;
    mpz_init(t);
    mpz_fdiv_r_2exp(t, v->i, 64);
    uint64_t lo = 0;
    size_t count = 0;
    uint64_t buf[2] = {0, 0};
    mpz_export(buf, &count, -1, sizeof(uint64_t), 0, 0, t);
    lo = buf[0];
    mpz_clear(t);
    return lo;
}

/* round_rational rounds |n/d| correctly to a binary float with [mant_bits] of mantissa and
 * minimum exponent [emin] (of the least significant bit), returning it as a double. */
static double round_rational(const mpz_t n, const mpz_t d, int mant_bits, long emin,
                             double maxval, bool *overflow)
{
    *overflow = false;
    if (mpz_sgn(n) == 0)
        return 0.0;
    long nb = (long)mpz_sizeinbase(n, 2), db = (long)mpz_sizeinbase(d, 2);
    /* choose e so that q = n / (d * 2^e) has mant_bits (or mant_bits+1) bits */
    long e = nb - db - mant_bits;
    if (e < emin)
        e = emin;
    if (e > 2000) {
        *overflow = true;
        return INFINITY;
    }
    mpz_t num, den, q, r;
    mpz_inits(num, den, q, r, NULL);
    mpz_set(num, n);
    mpz_set(den, d);
    if (e >= 0)
        mpz_mul_2exp(den, den, (unsigned long)e);
    else
        mpz_mul_2exp(num, num, (unsigned long)-e);
    mpz_tdiv_qr(q, r, num, den);
    /* too many bits (the estimate may be one low): shift once more */
    if ((long)mpz_sizeinbase(q, 2) > mant_bits) {
        e++;
        mpz_set(num, n);
        mpz_set(den, d);
        if (e >= 0)
            mpz_mul_2exp(den, den, (unsigned long)e);
        else
            mpz_mul_2exp(num, num, (unsigned long)-e);
        mpz_tdiv_qr(q, r, num, den);
    }
    /* round half to even: compare 2r with den */
    mpz_mul_2exp(r, r, 1);
    int c = mpz_cmp(r, den);
    if (c > 0 || (c == 0 && mpz_odd_p(q)))
        mpz_add_ui(q, q, 1);
    double m = mpz_get_d(q); /* exact: at most mant_bits+1 bits */
    double result = ldexp(m, (int)e);
    mpz_clears(num, den, q, r, NULL);
    if (result > maxval || isinf(result)) {
        *overflow = true;
        return INFINITY;
    }
    return result;
}

double const_round_float(const ConstVal *v, bool is32, bool *overflow)
{
    int mant = is32 ? 24 : 53;
    long emin = is32 ? -149 : -1074;
    double maxval = is32 ? FLT_MAX : DBL_MAX;
    double r;
    if (v->kind == CV_INT) {
        mpz_t one;
        mpz_init_set_ui(one, 1);
        mpz_t absn;
        mpz_init(absn);
        mpz_abs(absn, v->i);
        r = round_rational(absn, one, mant, emin, maxval, overflow);
        mpz_clears(one, absn, NULL);
        return mpz_sgn(v->i) < 0 ? -r : r;
    }
    if (v->kind != CV_FLOAT)
        return 0;
    mpz_t absn;
    mpz_init(absn);
    mpz_abs(absn, mpq_numref(v->f));
    r = round_rational(absn, mpq_denref(v->f), mant, emin, maxval, overflow);
    mpz_clear(absn);
    return mpq_sgn(v->f) < 0 ? -r : r;
}

/* ---- Arithmetic ---- */

static bool int_too_big(const mpz_t z)
{
    return mpz_sgn(z) != 0 && mpz_sizeinbase(z, 2) > CONST_MAX_BITS;
}

static bool float_too_big(const mpq_t q)
{
    if (mpq_sgn(q) == 0)
        return false;
    /* log2 magnitude of numerator and denominator */
    size_t nb = mpz_sizeinbase(mpq_numref(q), 2), db = mpz_sizeinbase(mpq_denref(q), 2);
    return nb > CONST_MAX_EXP * 4 || db > CONST_MAX_EXP * 4;
}

static const char *op_overflow_message(int op)
{
    switch (op) {
    case TOK_ADD: return "constant addition overflow";
    case TOK_SUB: return "constant subtraction overflow";
    case TOK_MUL: return "constant multiplication overflow";
    default: return "constant overflow";
    }
}

ConstVal *const_binary(ConstArena *a, int op, const ConstVal *x, const ConstVal *y,
                       const char **err)
{
    *err = NULL;
    if (x->kind == CV_STRING) {
        if (op != TOK_ADD)
            return NULL;
        ConstVal *v = new_val(a, CV_STRING);
        char *p = arena_alloc(a->arena, x->slen + y->slen + 1);
        copy_bytes(p, x->s, x->slen);
        copy_bytes(p + x->slen, y->s, y->slen);
        v->s = p;
        v->slen = x->slen + y->slen;
        return v;
    }
    if (x->kind == CV_BOOL) {
        if (op == TOK_LAND)
            return const_bool(a, x->b && y->b);
        if (op == TOK_LOR)
            return const_bool(a, x->b || y->b);
        return NULL;
    }
    if (x->kind == CV_INT && y->kind == CV_INT) {
        ConstVal *v = new_val(a, CV_INT);
        switch (op) {
        case TOK_ADD: mpz_add(v->i, x->i, y->i); break;
        case TOK_SUB: mpz_sub(v->i, x->i, y->i); break;
        case TOK_MUL: mpz_mul(v->i, x->i, y->i); break;
        case TOK_QUO:
            if (mpz_sgn(y->i) == 0) {
                *err = "invalid operation: division by zero";
                return NULL;
            }
            mpz_tdiv_q(v->i, x->i, y->i);
            break;
        case TOK_REM:
            if (mpz_sgn(y->i) == 0) {
                *err = "invalid operation: division by zero";
                return NULL;
            }
            mpz_tdiv_r(v->i, x->i, y->i);
            break;
        case TOK_AND: mpz_and(v->i, x->i, y->i); break;
        case TOK_OR: mpz_ior(v->i, x->i, y->i); break;
        case TOK_XOR: mpz_xor(v->i, x->i, y->i); break;
        case TOK_AND_NOT: {
            mpz_t t;
            mpz_init(t);
            mpz_com(t, y->i);
            mpz_and(v->i, x->i, t);
            mpz_clear(t);
            break;
        }
        default: return NULL;
        }
        if (int_too_big(v->i)) {
            *err = op_overflow_message(op);
            return NULL;
        }
        return v;
    }
    /* float arithmetic (either operand float, or integer division marked as float) */
    ConstVal *fx = const_to_float(a, x), *fy = const_to_float(a, y);
    ConstVal *v = new_val(a, CV_FLOAT);
    switch (op) {
    case TOK_ADD: mpq_add(v->f, fx->f, fy->f); break;
    case TOK_SUB: mpq_sub(v->f, fx->f, fy->f); break;
    case TOK_MUL: mpq_mul(v->f, fx->f, fy->f); break;
    case TOK_QUO:
        if (mpq_sgn(fy->f) == 0) {
            *err = "invalid operation: division by zero";
            return NULL;
        }
        mpq_div(v->f, fx->f, fy->f);
        break;
    default: return NULL;
    }
    if (float_too_big(v->f)) {
        *err = "constant overflow";
        return NULL;
    }
    return v;
}

ConstVal *const_shift(ConstArena *a, int op, const ConstVal *x, uint64_t s, const char **err)
{
    *err = NULL;
    ConstVal *v = new_val(a, CV_INT);
    if (op == TOK_SHL) {
        if (mpz_sgn(x->i) != 0 && (s > CONST_MAX_BITS ||
                                    mpz_sizeinbase(x->i, 2) + s > CONST_MAX_BITS)) {
            *err = "constant shift overflow";
            return NULL;
        }
        if (mpz_sgn(x->i) != 0)
            mpz_mul_2exp(v->i, x->i, (unsigned long)s);
    } else {
        if (s > CONST_MAX_BITS + 64)
            s = CONST_MAX_BITS + 64;
        mpz_fdiv_q_2exp(v->i, x->i, (unsigned long)s); /* arithmetic shift: floor */
    }
    return v;
}

ConstVal *const_unary(ConstArena *a, int op, const ConstVal *x, int unsigned_bits,
                      const char **err)
{
    *err = NULL;
    switch (op) {
    case TOK_ADD: return (ConstVal *)x;
    case TOK_NOT: return const_bool(a, !x->b);
    case TOK_SUB:
        if (x->kind == CV_INT) {
            ConstVal *v = new_val(a, CV_INT);
            mpz_neg(v->i, x->i);
            return v;
        } else {
            ConstVal *v = new_val(a, CV_FLOAT);
            mpq_neg(v->f, x->f);
            return v;
        }
    case TOK_XOR: {
        ConstVal *v = new_val(a, CV_INT);
        if (unsigned_bits > 0) {
            /* ^x for unsigned typed constants: x XOR (2^bits - 1) */
            mpz_t m;
            mpz_init(m);
            mpz_setbit(m, (unsigned long)unsigned_bits);
            mpz_sub_ui(m, m, 1);
            mpz_xor(v->i, x->i, m);
            mpz_clear(m);
        } else {
            mpz_com(v->i, x->i);
        }
        return v;
    }
    }
    return NULL;
}

bool const_compare(int op, const ConstVal *x, const ConstVal *y)
{
    int c = 0;
    if (x->kind == CV_BOOL) {
        c = (int)x->b - (int)y->b;
    } else if (x->kind == CV_STRING) {
        size_t n = x->slen < y->slen ? x->slen : y->slen;
        c = memcmp(x->s, y->s, n);
        if (c == 0)
            c = x->slen < y->slen ? -1 : x->slen > y->slen;
    } else if (x->kind == CV_INT && y->kind == CV_INT) {
        c = mpz_cmp(x->i, y->i);
    } else {
        mpq_t qx, qy;
        mpq_inits(qx, qy, NULL);
        if (x->kind == CV_INT)
            mpq_set_z(qx, x->i);
        else
            mpq_set(qx, x->f);
        if (y->kind == CV_INT)
            mpq_set_z(qy, y->i);
        else
            mpq_set(qy, y->f);
        c = mpq_cmp(qx, qy);
        mpq_clears(qx, qy, NULL);
    }
    switch (op) {
    case TOK_EQL: return c == 0;
    case TOK_NEQ: return c != 0;
    case TOK_LSS: return c < 0;
    case TOK_LEQ: return c <= 0;
    case TOK_GTR: return c > 0;
    case TOK_GEQ: return c >= 0;
    }
    return false;
}

void const_format(StrBuf *out, const ConstVal *v)
{
    switch (v->kind) {
    case CV_BOOL:
        strbuf_puts(out, v->b ? "true" : "false");
        break;
    case CV_STRING:
        strbuf_putc(out, '"');
        for (size_t i = 0; i < v->slen; i++) {
            unsigned char ch = (unsigned char)v->s[i];
            if (ch == '"' || ch == '\\')
                strbuf_printf(out, "\\%c", ch);
            else if (ch == '\n')
                strbuf_puts(out, "\\n");
            else if (ch == '\t')
                strbuf_puts(out, "\\t");
            else if (ch < 0x20 || ch == 0x7f)
                strbuf_printf(out, "\\x%02x", ch);
            else
                strbuf_putc(out, (char)ch);
        }
        strbuf_putc(out, '"');
        break;
    case CV_INT: {
        char *s = mpz_get_str(NULL, 10, v->i);
        strbuf_puts(out, s);
        free(s);
        break;
    }
    case CV_FLOAT: {
        /* Go's constant.Value.String: %.6g */
        bool ovf;
        double d = const_round_float(v, false, &ovf);
        char buf[64];
        if (!ovf) {
            snprintf(buf, sizeof buf, "%.6g", d);
            strbuf_puts(out, buf);
            break;
        }
        mpf_t f;
        mpf_init2(f, 256);
        mpf_set_q(f, v->f);
        mp_exp_t exp;
        char *digits = mpf_get_str(NULL, &exp, 10, 6, f);
        const char *dg = digits[0] == '-' ? digits + 1 : digits;
        size_t nd = strlen(dg);
        while (nd > 1 && dg[nd - 1] == '0')
            nd--;
        if (digits[0] == '-')
            strbuf_putc(out, '-');
        strbuf_putc(out, dg[0]);
        if (nd > 1) {
            strbuf_putc(out, '.');
            strbuf_append(out, dg + 1, nd - 1);
        }
        long e = (long)exp - 1;
        strbuf_printf(out, "e%c%02ld", e < 0 ? '-' : '+', e < 0 ? -e : e);
        free(digits);
        mpf_clear(f);
        break;
    }
    }
}
