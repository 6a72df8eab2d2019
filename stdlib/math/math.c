/*
 * math.c — the natives of package math, computing bit-for-bit what Go 1.23 computes on
 * amd64 (the oracle), because programs print results with 17 significant digits:
 *   - exact operations (Sqrt, Floor, Ceil, Trunc, Round, RoundToEven, Abs, Copysign, Mod,
 *     Modf, Frexp, Ldexp, Float64bits...) use the C library, whose results are the unique
 *     correctly rounded ones, like Go's;
 *   - Exp, Log and Hypot are ports of Go's amd64 assembly (exp_amd64.s with its FMA path,
 *     taken when the CPU has AVX and FMA as Go's runtime decides; log_amd64.s, including its
 *     treatment of denormal inputs; hypot_amd64.s);
 *   - Pow, Exp2, Sin, Cos, Tan, Atan, Asin, Acos, Atan2, Sinh, Cosh, Tanh, Cbrt, Log10,
 *     Log2, Log1p and Remainder are line-by-line ports of Go's pure-Go code (Cephes and
 *     FreeBSD algorithms), evaluated with the same operation order; the Makefile's
 *     -ffp-contract=off keeps C from fusing multiply-adds that Go does not fuse;
 *   - the rarer functions (Expm1, Asinh, Acosh, Atanh, Gamma, Lgamma, Erf, Erfc) call the C
 *     library and may differ from Go in the last bit.
 * Constants that Go computes exactly at compile time (4/Pi, 1/Ln10...) are written as the
 * hexadecimal float literals Go rounds them to.
 */
#include <math.h>
#include <string.h>

#include "stdlib/internal.h"
#include "stdlib/math/gomath.h"

#define FOUR_OVER_PI 0x1.45f306dc9c883p+00
#define PI           0x1.921fb54442d18p+01
#define PI_2         0x1.921fb54442d18p+00
#define PI_4         0x1.921fb54442d18p-01
#define PI3_4        0x1.2d97c7f3321d2p+01
#define INV_LN10     0x1.bcb7b1526e50ep-02
#define INV_LN2      0x1.71547652b82fep+00
#define HALF_MAX     0x1.fffffffffffffp+1022

/* ---- Exp and Log: Go's amd64 assembly ---- */

static bool use_fma(void)
{
    return __builtin_cpu_supports("avx") && __builtin_cpu_supports("fma");
}

static const double exp_c[9] = {0.5,
                                1.0,
                                2.0,
                                1.6666666666666666667e-1,
                                4.1666666666666666667e-2,
                                8.3333333333333333333e-3,
                                1.3888888888888888889e-3,
                                1.9841269841269841270e-4,
                                2.4801587301587301587e-5};

double go_exp(double x)
{
    const double LOG2E = 1.4426950408889634073599246810018920;
    const double LN2U = 0.69314718055966295651160180568695068359375;
    const double LN2L = 0.28235290563031577122588448175013436025525412068e-12;
    const double OVERFLOW = 7.09782712893384e+02;
    uint64_t bx = bits_of(x);
    if ((bx & ~(1ULL << 63)) >= 0x7FF0000000000000ULL) {
        if (bx == 0xFFF0000000000000ULL)
            return 0; /* -Inf */
        return x;     /* NaN or +Inf */
    }
    if (x > OVERFLOW)
        return INFINITY;
    double t = LOG2E * x;
    int32_t k; /* CVTSD2SL: round to nearest; out of range gives INT32_MIN */
    if (!(t >= -2147483648.0 && t < 2147483647.5))
        k = INT32_MIN;
    else
        k = (int32_t)lrint(t);
    double x1 = (double)k, x0 = x;
    if (use_fma()) {
        x0 = fma(-x1, LN2U, x0);
        x0 = fma(-x1, LN2L, x0);
        x0 *= 0.0625;
        x1 = exp_c[8];
        x1 = fma(x1, x0, exp_c[7]);
        x1 = fma(x1, x0, exp_c[6]);
        x1 = fma(x1, x0, exp_c[5]);
        x1 = fma(x1, x0, exp_c[4]);
        x1 = fma(x1, x0, exp_c[3]);
        x1 = fma(x1, x0, exp_c[0]);
        x1 = fma(x1, x0, exp_c[1]);
        x0 = x0 * x1;
        for (int i = 0; i < 3; i++) {
            x1 = x0 + exp_c[2];
            x0 = x0 * x1;
        }
        x1 = x0 + exp_c[2];
        x0 = fma(x0, x1, exp_c[1]);
    } else {
        x0 -= LN2U * x1;
        x0 -= LN2L * x1;
        x0 *= 0.0625;
        x1 = exp_c[8] * x0;
        x1 += exp_c[7];
        x1 *= x0;
        x1 += exp_c[6];
        x1 *= x0;
        x1 += exp_c[5];
        x1 *= x0;
        x1 += exp_c[4];
        x1 *= x0;
        x1 += exp_c[3];
        x1 *= x0;
        x1 += exp_c[0];
        x1 *= x0;
        x1 += exp_c[1];
        x0 *= x1;
        for (int i = 0; i < 4; i++) {
            x1 = exp_c[2] + x0;
            x0 *= x1;
        }
        x0 += exp_c[1];
    }
    /* return fr * 2**exponent */
    int32_t e = (int32_t)((uint32_t)k + 0x3FF);
    if (e <= 0) {
        if (e < -52)
            return 0;
        e += 0x3FE;
        x0 *= from_bits((uint64_t)(uint32_t)e << 52);
        e = 1;
    } else if (e >= 0x7FF) {
        return INFINITY;
    }
    return x0 * from_bits((uint64_t)(uint32_t)e << 52);
}

double go_log(double x)
{
    const double HSQRT2 = 7.07106781186547524401e-01;
    const double LN2HI = 6.93147180369123816490e-01, LN2LO = 1.90821492927058770002e-10;
    const double L1 = 6.666666666666735130e-01, L2 = 3.999999999940941908e-01,
                 L3 = 2.857142874366239149e-01, L4 = 2.222219843214978396e-01,
                 L5 = 1.818357216161805012e-01, L6 = 1.531383769920937332e-01,
                 L7 = 1.479819860511658591e-01;
    uint64_t bx = bits_of(x);
    if ((bx & ~(1ULL << 63)) == 0)
        return -INFINITY;
    if ((int64_t)bx < 0)
        return go_nan();
    if (bx >= 0x7FF0000000000000ULL)
        return x;
    /* f1, ki := Frexp(x) without denormal handling, as the assembly does */
    double f1 = from_bits((bx & 0x000FFFFFFFFFFFFFULL) | 0x3FE0000000000000ULL);
    double k = (double)(int32_t)((int32_t)((bx >> 52) & 0x7FF) - 0x3FE);
    double one_or_zero = !(HSQRT2 < f1) ? 1.0 : 0.0;
    k -= one_or_zero;
    f1 *= 1.0 + one_or_zero;
    double f = f1 - 1.0;
    double s = f / (2.0 + f);
    double s2 = s * s;
    double s4 = s2 * s2;
    double t = L7 * s4;
    t += L5;
    t *= s4;
    t += L3;
    t *= s4;
    t += L1;
    double t1 = s2 * t;
    t = L6 * s4;
    t += L4;
    t *= s4;
    t += L2;
    double t2 = s4 * t;
    double r = t1 + t2;
    double hfsq = 0.5 * f;
    hfsq *= f;
    double a = hfsq + r;
    double b = s * a;
    b += LN2LO * k;
    double c = hfsq - b;
    c -= f;
    return k * LN2HI - c;
}

static double go_hypot(double p, double q)
{
    p = fabs(p);
    q = fabs(q);
    if (isinf(p) || isinf(q))
        return INFINITY;
    if (isnan(p) || isnan(q))
        return go_nan();
    if (p == 0 && q == 0)
        return 0;
    double mx = p > q ? p : q, mn = p > q ? q : p; /* MAXSD/MINSD on non-NaN operands */
    double r = mn / mx;
    r = r * r;
    r = r + 1.0;
    return mx * sqrt(r);
}

/* ---- Pure-Go algorithms ---- */

double go_pow(double x, double y);

static bool is_odd_int(double x)
{
    if (fabs(x) >= 0x1p53)
        return false;
    double xi;
    double xf = modf(x, &xi);
    return xf == 0 && ((int64_t)xi & 1) == 1;
}

double go_pow(double x, double y)
{
    if (y == 0 || x == 1)
        return 1;
    if (y == 1)
        return x;
    if (isnan(x) || isnan(y))
        return go_nan();
    if (x == 0) {
        if (y < 0) {
            if (signbit(x) && is_odd_int(y))
                return -INFINITY;
            return INFINITY;
        }
        if (y > 0) {
            if (signbit(x) && is_odd_int(y))
                return x;
            return 0;
        }
    } else if (is_inf(y, 0)) {
        if (x == -1)
            return 1;
        if ((fabs(x) < 1) == is_inf(y, 1))
            return 0;
        return INFINITY;
    } else if (is_inf(x, 0)) {
        if (is_inf(x, -1))
            return go_pow(1 / x, -y);
        if (y < 0)
            return 0;
        if (y > 0)
            return INFINITY;
    } else if (y == 0.5) {
        return sqrt(x);
    } else if (y == -0.5) {
        return 1 / sqrt(x);
    }
    double yi;
    double yf = modf(fabs(y), &yi);
    if (yf != 0 && x < 0)
        return go_nan();
    if (yi >= 0x1p63) {
        if (x == -1)
            return 1;
        if ((fabs(x) < 1) == (y > 0))
            return 0;
        return INFINITY;
    }
    double a1 = 1.0;
    int64_t ae = 0;
    if (yf != 0) {
        if (yf > 0.5) {
            yf--;
            yi++;
        }
        a1 = go_exp(yf * go_log(x));
    }
    int xe_i;
    double x1 = frexp(x, &xe_i);
    int64_t xe = xe_i;
    for (int64_t i = (int64_t)yi; i != 0; i >>= 1) {
        if (xe < -(1 << 12) || (1 << 12) < xe) {
            ae += xe;
            break;
        }
        if ((i & 1) == 1) {
            a1 *= x1;
            ae += xe;
        }
        x1 *= x1;
        xe *= 2; /* Go: xe <<= 1 (|xe| <= 1<<12 here) */
        if (x1 < .5) {
            x1 += x1;
            xe--;
        }
    }
    if (y < 0) {
        a1 = 1 / a1;
        ae = -ae;
    }
    if (ae > 100000)
        ae = 100000;
    if (ae < -100000)
        ae = -100000;
    return ldexp(a1, (int)ae);
}

static double expmulti(double hi, double lo, int k)
{
    const double P1 = 1.66666666666666657415e-01, P2 = -2.77777777770155933842e-03,
                 P3 = 6.61375632143793436117e-05, P4 = -1.65339022054652515390e-06,
                 P5 = 4.13813679705723846039e-08;
    double r = hi - lo;
    double t = r * r;
    double c = r - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
    double y = 1 - ((lo - (r * c) / (2 - c)) - hi);
    return ldexp(y, k);
}

static double go_exp2(double x)
{
    const double LN2HI = 6.93147180369123816490e-01, LN2LO = 1.90821492927058770002e-10;
    if (isnan(x) || is_inf(x, 1))
        return x;
    if (is_inf(x, -1))
        return 0;
    if (x > 1.0239999999999999e+03)
        return INFINITY;
    if (x < -1.0740e+03)
        return 0;
    int k = 0;
    if (x > 0)
        k = (int)(x + 0.5);
    else if (x < 0)
        k = (int)(x - 0.5);
    double t = x - (double)k;
    double hi = t * LN2HI;
    double lo = -t * LN2LO;
    return expmulti(hi, lo, k);
}

static const double sin_c[6] = {
    1.58962301576546568060e-10, -2.50507477628578072866e-8, 2.75573136213857245213e-6,
    -1.98412698295895385996e-4, 8.33333333332211858878e-3,  -1.66666666666666307295e-1,
};
static const double cos_c[6] = {
    -1.13585365213876817300e-11, 2.08757008419747316778e-9, -2.75573141792967388112e-7,
    2.48015872888517045348e-5,   -1.38888888888730564116e-3, 4.16666666666665929218e-2,
};
static const double PI4A = 7.85398125648498535156e-1, PI4B = 3.77489470793079817668e-8,
                    PI4C = 2.69515142907905952645e-15;
#define REDUCE_THRESHOLD (1 << 29)

static const uint64_t m_pi4[20] = {
    0x0000000000000001, 0x45f306dc9c882a53, 0xf84eafa3ea69bb81, 0xb6c52b3278872083,
    0xfca2c757bd778ac3, 0x6e48dc74849ba5c0, 0x0c925dd413a32439, 0xfc3bd63962534e7d,
    0xd1046bea5d768909, 0xd338e04d68befc82, 0x7323ac7306a673e9, 0x3908bf177bf25076,
    0x3ff12fffbc0b301f, 0xde5e2316b414da3e, 0xda6cfd9e4f96136e, 0x9e8c7ecd3cbfd45a,
    0xea4f758fd7cbe2f6, 0x7a0e73ef14a525d4, 0xd7f6bf623f1aba10, 0xac06608df8f6d757,
};

/* trig_reduce is Go's Payne-Hanek reduction for |x| >= REDUCE_THRESHOLD. */
static uint64_t trig_reduce(double x, double *zout)
{
    if (x < PI_4) {
        *zout = x;
        return 0;
    }
    uint64_t ix = bits_of(x);
    int exp = (int)((ix >> 52) & 0x7FF) - 1023 - 52;
    ix &= ~((uint64_t)0x7FF << 52);
    ix |= (uint64_t)1 << 52;
    unsigned digit = (unsigned)(exp + 61) / 64, bitshift = (unsigned)(exp + 61) % 64;
    /* Go's shifts by 64 give 0; C's are undefined, so spell them out */
#define SHR(v, n) ((n) >= 64 ? 0 : (v) >> (n))
#define SHL(v, n) ((n) >= 64 ? 0 : (v) << (n))
    uint64_t z0 = SHL(m_pi4[digit], bitshift) | SHR(m_pi4[digit + 1], 64 - bitshift);
    uint64_t z1 = SHL(m_pi4[digit + 1], bitshift) | SHR(m_pi4[digit + 2], 64 - bitshift);
    uint64_t z2 = SHL(m_pi4[digit + 2], bitshift) | SHR(m_pi4[digit + 3], 64 - bitshift);
    unsigned __int128 p2 = (unsigned __int128)z2 * ix, p1 = (unsigned __int128)z1 * ix;
    uint64_t z2hi = (uint64_t)(p2 >> 64);
    uint64_t z1hi = (uint64_t)(p1 >> 64), z1lo = (uint64_t)p1;
    uint64_t z0lo = z0 * ix;
    uint64_t lo = z1lo + z2hi;
    uint64_t c = lo < z1lo;
    uint64_t hi = z0lo + z1hi + c;
    uint64_t j = hi >> 61;
    hi = hi << 3 | lo >> 61;
    unsigned lz = (unsigned)__builtin_clzll(hi);
    uint64_t e = (uint64_t)(1023 - (lz + 1));
    hi = SHL(hi, lz + 1) | SHR(lo, 64 - (lz + 1));
    hi >>= 64 - 52;
    hi |= e << 52;
#undef SHR
#undef SHL
    double z = from_bits(hi);
    if ((j & 1) == 1) {
        j++;
        j &= 7;
        z--;
    }
    *zout = z * PI_4;
    return j;
}

static uint64_t reduce(double x, double *z)
{
    if (x >= REDUCE_THRESHOLD)
        return trig_reduce(x, z);
    uint64_t j = (uint64_t)(x * FOUR_OVER_PI);
    double y = (double)j;
    if ((j & 1) == 1) {
        j++;
        y++;
    }
    j &= 7;
    *z = ((x - y * PI4A) - y * PI4B) - y * PI4C;
    return j;
}

static double sin_poly(double z, double zz)
{
    return z + z * zz *
                   ((((((sin_c[0] * zz) + sin_c[1]) * zz + sin_c[2]) * zz + sin_c[3]) * zz +
                     sin_c[4]) *
                        zz +
                    sin_c[5]);
}

static double cos_poly(double zz)
{
    return 1.0 - 0.5 * zz +
           zz * zz *
               ((((((cos_c[0] * zz) + cos_c[1]) * zz + cos_c[2]) * zz + cos_c[3]) * zz +
                 cos_c[4]) *
                    zz +
                cos_c[5]);
}

double go_cos(double x)
{
    if (isnan(x) || isinf(x))
        return go_nan();
    bool sign = false;
    x = fabs(x);
    double z;
    uint64_t j = reduce(x, &z);
    if (j > 3) {
        j -= 4;
        sign = !sign;
    }
    if (j > 1)
        sign = !sign;
    double zz = z * z;
    double y = (j == 1 || j == 2) ? sin_poly(z, zz) : cos_poly(zz);
    return sign ? -y : y;
}

double go_sin(double x)
{
    if (x == 0 || isnan(x))
        return x;
    if (isinf(x))
        return go_nan();
    bool sign = false;
    if (x < 0) {
        x = -x;
        sign = true;
    }
    double z;
    uint64_t j = reduce(x, &z);
    if (j > 3) {
        sign = !sign;
        j -= 4;
    }
    double zz = z * z;
    double y = (j == 1 || j == 2) ? cos_poly(zz) : sin_poly(z, zz);
    return sign ? -y : y;
}

static double go_tan(double x)
{
    static const double P[3] = {-1.30936939181383777646e4, 1.15351664838587416140e6,
                                -1.79565251976484877988e7};
    static const double Q[5] = {1.00000000000000000000e0, 1.36812963470692954678e4,
                                -1.32089234440210967447e6, 2.50083801823357915839e7,
                                -5.38695755929454629881e7};
    if (x == 0 || isnan(x))
        return x;
    if (isinf(x))
        return go_nan();
    bool sign = false;
    if (x < 0) {
        x = -x;
        sign = true;
    }
    uint64_t j;
    double z;
    if (x >= REDUCE_THRESHOLD) {
        j = trig_reduce(x, &z);
    } else {
        j = (uint64_t)(x * FOUR_OVER_PI);
        double y = (double)j;
        if ((j & 1) == 1) {
            j++;
            y++;
        }
        z = ((x - y * PI4A) - y * PI4B) - y * PI4C;
    }
    double zz = z * z, y;
    if (zz > 1e-14)
        y = z + z * (zz * (((P[0] * zz) + P[1]) * zz + P[2]) /
                     ((((zz + Q[1]) * zz + Q[2]) * zz + Q[3]) * zz + Q[4]));
    else
        y = z;
    if ((j & 2) == 2)
        y = -1 / y;
    return sign ? -y : y;
}

static double xatan(double x)
{
    const double P0 = -8.750608600031904122785e-01, P1 = -1.615753718733365076637e+01,
                 P2 = -7.500855792314704667340e+01, P3 = -1.228866684490136173410e+02,
                 P4 = -6.485021904942025371773e+01, Q0 = +2.485846490142306297962e+01,
                 Q1 = +1.650270098316988542046e+02, Q2 = +4.328810604912902668951e+02,
                 Q3 = +4.853903996359136964868e+02, Q4 = +1.945506571482613964425e+02;
    double z = x * x;
    z = z * ((((P0 * z + P1) * z + P2) * z + P3) * z + P4) /
        (((((z + Q0) * z + Q1) * z + Q2) * z + Q3) * z + Q4);
    z = x * z + x;
    return z;
}

static double satan(double x)
{
    const double MOREBITS = 6.123233995736765886130e-17, TAN3PIO8 = 2.41421356237309504880;
    if (x <= 0.66)
        return xatan(x);
    if (x > TAN3PIO8)
        return PI_2 - xatan(1 / x) + MOREBITS;
    return PI_4 + xatan((x - 1) / (x + 1)) + 0.5 * MOREBITS;
}

static double go_atan(double x)
{
    if (x == 0)
        return x;
    if (x > 0)
        return satan(x);
    return -satan(-x);
}

static double go_asin(double x)
{
    if (x == 0)
        return x;
    bool sign = false;
    if (x < 0) {
        x = -x;
        sign = true;
    }
    if (x > 1)
        return go_nan();
    double temp = sqrt(1 - x * x);
    if (x > 0.7)
        temp = PI_2 - satan(temp / x);
    else
        temp = satan(x / temp);
    return sign ? -temp : temp;
}

static double go_atan2(double y, double x)
{
    if (isnan(y) || isnan(x))
        return go_nan();
    if (y == 0) {
        if (x >= 0 && !signbit(x))
            return copysign(0, y);
        return copysign(PI, y);
    }
    if (x == 0)
        return copysign(PI_2, y);
    if (is_inf(x, 0)) {
        if (is_inf(x, 1))
            return is_inf(y, 0) ? copysign(PI_4, y) : copysign(0, y);
        return is_inf(y, 0) ? copysign(PI3_4, y) : copysign(PI, y);
    }
    if (is_inf(y, 0))
        return copysign(PI_2, y);
    double q = go_atan(y / x);
    if (x < 0) {
        if (q <= 0)
            return q + PI;
        return q - PI;
    }
    return q;
}

static double go_sinh(double x)
{
    const double P0 = -0.6307673640497716991184787251e+6, P1 = -0.8991272022039509355398013511e+5,
                 P2 = -0.2894211355989563807284660366e+4, P3 = -0.2630563213397497062819489e+2,
                 Q0 = -0.6307673640497716991212077277e+6, Q1 = 0.1521517378790019070696485176e+5,
                 Q2 = -0.173678953558233699533450911e+3;
    bool sign = false;
    if (x < 0) {
        x = -x;
        sign = true;
    }
    double temp;
    if (x > 21) {
        temp = go_exp(x) * 0.5;
    } else if (x > 0.5) {
        double ex = go_exp(x);
        temp = (ex - 1 / ex) * 0.5;
    } else {
        double sq = x * x;
        temp = (((P3 * sq + P2) * sq + P1) * sq + P0) * x;
        temp = temp / (((sq + Q2) * sq + Q1) * sq + Q0);
    }
    return sign ? -temp : temp;
}

static double go_cosh(double x)
{
    x = fabs(x);
    if (x > 21)
        return go_exp(x) * 0.5;
    double ex = go_exp(x);
    return (ex + 1 / ex) * 0.5;
}

static double go_tanh(double x)
{
    static const double P[3] = {-9.64399179425052238628e-1, -9.92877231001918586564e1,
                                -1.61468768441708447952e3};
    static const double Q[3] = {1.12811678491632931402e2, 2.23548839060100448583e3,
                                4.84406305325125486048e3};
    const double MAXLOG = 8.8029691931113054295988e+01;
    double z = fabs(x);
    if (z > 0.5 * MAXLOG)
        return x < 0 ? -1 : 1;
    if (z >= 0.625) {
        double s = go_exp(2 * z);
        z = 1 - 2 / (s + 1);
        return x < 0 ? -z : z;
    }
    if (x == 0)
        return x;
    double s = x * x;
    return x + x * s * ((P[0] * s + P[1]) * s + P[2]) / (((s + Q[0]) * s + Q[1]) * s + Q[2]);
}

static double go_cbrt(double x)
{
    const uint64_t B1 = 715094163, B2 = 696219795;
    const double C = 5.42857142857142815906e-01, D = -7.05306122448979611050e-01,
                 E = 1.41428571428571436819e+00, F = 1.60714285714285720630e+00,
                 G5_14 = 3.57142857142857150787e-01, SMALLEST_NORMAL = 2.22507385850720138309e-308;
    if (x == 0 || isnan(x) || isinf(x))
        return x;
    bool sign = false;
    if (x < 0) {
        x = -x;
        sign = true;
    }
    double t = from_bits(bits_of(x) / 3 + (B1 << 32));
    if (x < SMALLEST_NORMAL) {
        t = 0x1p54;
        t *= x;
        t = from_bits(bits_of(t) / 3 + (B2 << 32));
    }
    double r = t * t / x;
    double s = C + r * t;
    t *= G5_14 + F / (s + E + D / s);
    t = from_bits((bits_of(t) & (0xFFFFFFFFCULL << 28)) + (1ULL << 30));
    s = t * t;
    r = x / s;
    double w = t + t;
    r = (r - t) / (w + r);
    t = t + t * r;
    return sign ? -t : t;
}

static double go_log2(double x)
{
    int e;
    double frac = frexp(x, &e);
    if (frac == 0.5)
        return (double)(e - 1);
    return go_log(frac) * INV_LN2 + (double)e;
}

double go_log1p(double x)
{
    const double SQRT2M1 = 4.142135623730950488017e-01, SQRT2HALFM1 = -2.928932188134524755992e-01,
                 SMALL = 0x1p-29, TINY = 0x1p-54, TWO53 = 0x1p53,
                 LN2HI = 6.93147180369123816490e-01, LN2LO = 1.90821492927058770002e-10,
                 LP1 = 6.666666666666735130e-01, LP2 = 3.999999999940941908e-01,
                 LP3 = 2.857142874366239149e-01, LP4 = 2.222219843214978396e-01,
                 LP5 = 1.818357216161805012e-01, LP6 = 1.531383769920937332e-01,
                 LP7 = 1.479819860511658591e-01;
    if (x < -1 || isnan(x))
        return go_nan();
    if (x == -1)
        return -INFINITY;
    if (is_inf(x, 1))
        return INFINITY;
    double absx = fabs(x), f = 0, c = 0;
    uint64_t iu = 0;
    int k = 1;
    if (absx < SQRT2M1) {
        if (absx < SMALL) {
            if (absx < TINY)
                return x;
            return x - x * x * 0.5;
        }
        if (x > SQRT2HALFM1) {
            k = 0;
            f = x;
            iu = 1;
        }
    }
    if (k != 0) {
        double u;
        if (absx < TWO53) {
            u = 1.0 + x;
            iu = bits_of(u);
            k = (int)((iu >> 52) - 1023);
            if (k > 0)
                c = 1.0 - (u - x);
            else
                c = x - (u - 1.0);
            c /= u;
        } else {
            u = x;
            iu = bits_of(u);
            k = (int)((iu >> 52) - 1023);
            c = 0;
        }
        iu &= 0x000fffffffffffffULL;
        if (iu < 0x0006a09e667f3bcdULL) {
            u = from_bits(iu | 0x3ff0000000000000ULL);
        } else {
            k++;
            u = from_bits(iu | 0x3fe0000000000000ULL);
            iu = (0x0010000000000000ULL - iu) >> 2;
        }
        f = u - 1.0;
    }
    double hfsq = 0.5 * f * f;
    double s, R, z;
    if (iu == 0) {
        if (f == 0) {
            if (k == 0)
                return 0;
            c += (double)k * LN2LO;
            return (double)k * LN2HI + c;
        }
        R = hfsq * (1.0 - 0.66666666666666666 * f);
        if (k == 0)
            return f - R;
        return (double)k * LN2HI - ((R - ((double)k * LN2LO + c)) - f);
    }
    s = f / (2.0 + f);
    z = s * s;
    R = z * (LP1 + z * (LP2 + z * (LP3 + z * (LP4 + z * (LP5 + z * (LP6 + z * LP7))))));
    if (k == 0)
        return f - (hfsq - s * (hfsq + R));
    return (double)k * LN2HI - ((hfsq - (s * (hfsq + R) + ((double)k * LN2LO + c))) - f);
}

static double go_remainder(double x, double y)
{
    const double TINY = 4.45014771701440276618e-308;
    if (isnan(x) || isnan(y) || isinf(x) || y == 0)
        return go_nan();
    if (isinf(y))
        return x;
    bool sign = false;
    if (x < 0) {
        x = -x;
        sign = true;
    }
    if (y < 0)
        y = -y;
    if (x == y)
        return sign ? -0.0 : 0.0;
    if (y <= HALF_MAX)
        x = fmod(x, y + y);
    if (y < TINY) {
        if (x + x > y) {
            x -= y;
            if (x + x >= y)
                x -= y;
        }
    } else {
        double y_half = 0.5 * y;
        if (x > y_half) {
            x -= y;
            if (x >= y_half)
                x -= y;
        }
    }
    return sign ? -x : x;
}

double go_mod(double x, double y)
{
    if (y == 0 || isinf(x) || isnan(x) || isnan(y))
        return go_nan();
    return fmod(x, y);
}

static double go_round_to_even(double x)
{
    /* exact: the nearest integer, ties to even (the default rounding mode) */
    if (isnan(x) || isinf(x))
        return x;
    return nearbyint(x);
}

/* ---- Natives ---- */

typedef double (*Fn1)(double);
typedef double (*Fn2)(double, double);

static int unary(Value *args, Fn1 fn)
{
    args[0] = native_float(fn(args[0].f));
    return 0;
}

static int binary(Value *args, Fn2 fn)
{
    args[0] = native_float(fn(args[0].f, args[1].f));
    return 0;
}

#define UNARY(name, fn)                                                                       \
    static int math_##name(G *g, Value *args)                                                \
    {                                                                                        \
        return unary(args, fn);                                                              \
    }
#define BINARY(name, fn)                                                                      \
    static int math_##name(G *g, Value *args)                                                \
    {                                                                                        \
        return binary(args, fn);                                                             \
    }

static double go_log10(double x)
{
    return go_log(x) * INV_LN10;
}

static double go_acos(double x)
{
    return PI_2 - go_asin(x);
}

/* go_nextafter is Go's Nextafter: x itself when x == y (C's returns y), Go's NaN. */
static double go_nextafter(double x, double y)
{
    if (isnan(x) || isnan(y))
        return go_nan();
    if (x == y)
        return x;
    if (x == 0)
        return copysign(from_bits(1), y);
    if ((y > x) == (x > 0))
        return from_bits(bits_of(x) + 1);
    return from_bits(bits_of(x) - 1);
}

/* go_ldexp is Go's Ldexp: results below 2^-1075 before rounding flush to zero (C's ldexp
 * would round some of them up to the smallest denormal). */
double go_ldexp(double frac, int64_t exp)
{
    if (frac == 0 || isinf(frac) || isnan(frac))
        return frac;
    if (fabs(frac) < 0x1p-1022) { /* normalize */
        frac *= 0x1p52;
        exp -= 52;
    }
    uint64_t x = bits_of(frac);
    exp += (int64_t)((x >> 52) & 0x7ff) - 1023;
    if (exp < -1075)
        return copysign(0, frac);
    if (exp > 1023)
        return frac < 0 ? -INFINITY : INFINITY;
    double m = 1;
    if (exp < -1022) { /* denormal */
        exp += 53;
        m = 0x1p-53;
    }
    x &= ~(0x7ffULL << 52);
    x |= (uint64_t)(exp + 1023) << 52;
    return m * from_bits(x);
}

static double go_abs(double x)
{
    return fabs(x);
}

UNARY(sqrt, sqrt)
UNARY(floor, floor)
UNARY(ceil, ceil)
UNARY(trunc, trunc)
UNARY(round, round)
UNARY(round_to_even, go_round_to_even)
UNARY(abs, go_abs)
UNARY(exp, go_exp)
UNARY(exp2, go_exp2)
UNARY(expm1, go_expm1)
UNARY(log, go_log)
UNARY(log2, go_log2)
UNARY(log10, go_log10)
UNARY(log1p, go_log1p)
UNARY(sin, go_sin)
UNARY(cos, go_cos)
UNARY(tan, go_tan)
UNARY(asin, go_asin)
UNARY(acos, go_acos)
UNARY(atan, go_atan)
UNARY(sinh, go_sinh)
UNARY(cosh, go_cosh)
UNARY(tanh, go_tanh)
UNARY(asinh, go_asinh)
UNARY(acosh, go_acosh)
UNARY(atanh, go_atanh)
UNARY(cbrt, go_cbrt)
UNARY(gamma, go_gamma)
UNARY(erf, go_erf)
UNARY(erfinv, go_erfinv)
UNARY(erfcinv, go_erfcinv)
UNARY(j0, go_j0)
UNARY(j1, go_j1)
UNARY(y0, go_y0)
UNARY(y1, go_y1)
UNARY(logb, go_logb)
UNARY(erfc, go_erfc)
BINARY(pow, go_pow)
BINARY(atan2, go_atan2)
BINARY(hypot, go_hypot)
BINARY(mod, go_mod)
BINARY(remainder, go_remainder)
BINARY(copysign, copysign)
BINARY(nextafter, go_nextafter)

/* math.Modf(f float64) (int float64, frac float64) */
static int math_modf(G *g, Value *args)
{
    double f = args[0].f, i;
    double frac;
    if (isinf(f)) {
        /* Go: Inf - Inf, the x86 default NaN (sign bit set), negated for -Inf */
        double inf = fabs(f);
        i = f;
        frac = inf - inf;
        if (f < 0)
            frac = -frac;
    } else if (f < 1) {
        if (f < 0) {
            frac = modf(-f, &i);
            i = -i;
            frac = -frac;
        } else if (f == 0) {
            i = frac = f;
        } else {
            i = 0;
            frac = f;
        }
    } else {
        frac = modf(f, &i);
    }
    args[0] = native_float(i);
    args[1] = native_float(frac);
    return 0;
}

/* math.Frexp(f float64) (frac float64, exp int) */
static int math_frexp(G *g, Value *args)
{
    double f = args[0].f;
    int e = 0;
    double frac = (f == 0 || isinf(f) || isnan(f)) ? f : frexp(f, &e);
    args[0] = native_float(frac);
    args[1] = native_int(e);
    return 0;
}

/* math.Ldexp(frac float64, exp int) float64; exponents far out of range are clamped
 * (the result is 0 or Inf either way, and Go's int addition cannot overflow then). */
static int math_ldexp(G *g, Value *args)
{
    int64_t e = args[1].i;
    if (e > 100000)
        e = 100000;
    if (e < -100000)
        e = -100000;
    args[0] = native_float(go_ldexp(args[0].f, e));
    return 0;
}

/* math.Lgamma(x float64) (lgamma float64, sign int) */
static int math_lgamma(G *g, Value *args)
{
    int sign = 1;
    double r = go_lgamma(args[0].f, &sign);
    args[0] = native_float(r);
    args[1] = native_int(sign);
    return 0;
}

/* math.Jn(n int, x float64) float64 and math.Yn */
static int math_jn(G *g, Value *args)
{
    args[0] = native_float(go_jn(args[0].i, args[1].f));
    return 0;
}

static int math_yn(G *g, Value *args)
{
    args[0] = native_float(go_yn(args[0].i, args[1].f));
    return 0;
}

/* math.Ilogb(x float64) int */
static int math_ilogb(G *g, Value *args)
{
    args[0] = native_int(go_ilogb(args[0].f));
    return 0;
}

/* math.FMA(x, y, z float64) float64: x*y+z rounded once, as C's fma. */
static int math_fma(G *g, Value *args)
{
    args[0] = native_float(fma(args[0].f, args[1].f, args[2].f));
    return 0;
}

/* math.Nextafter32(x, y float32) float32: Go's, on the float32 bits. */
static int math_nextafter32(G *g, Value *args)
{
    float x = (float)args[0].f, y = (float)args[1].f, r;
    uint32_t u;
    memcpy(&u, &x, sizeof u);
    if (isnan(x) || isnan(y)) {
        r = (float)go_nan();
    } else if (x == y) {
        r = x;
    } else if (x == 0) {
        uint32_t one = 1;
        memcpy(&r, &one, sizeof r);
        r = copysignf(r, y);
    } else {
        u = (y > x) == (x > 0) ? u + 1 : u - 1;
        memcpy(&r, &u, sizeof r);
    }
    args[0] = native_float(r);
    return 0;
}

/* math.Float64bits(f float64) uint64 and friends: registers hold the bits already */
static int math_float64bits(G *g, Value *args)
{
    return 0;
}

static int math_float64frombits(G *g, Value *args)
{
    return 0;
}

static int math_float32bits(G *g, Value *args)
{
    float f = (float)args[0].f;
    uint32_t u;
    memcpy(&u, &f, sizeof u);
    args[0].u = u;
    return 0;
}

static int math_float32frombits(G *g, Value *args)
{
    uint32_t u = (uint32_t)args[0].u;
    float f;
    memcpy(&f, &u, sizeof f);
    args[0] = native_float(f);
    return 0;
}

/* math.NaN() float64 */
static int math_nan(G *g, Value *args)
{
    args[0] = native_float(go_nan());
    return 0;
}

/* math.Inf(sign int) float64 */
static int math_inf(G *g, Value *args)
{
    args[0] = native_float(args[0].i >= 0 ? INFINITY : -INFINITY);
    return 0;
}

const NativeDesc math_natives[] = {
    {"math.Sqrt", math_sqrt},
    {"math.Floor", math_floor},
    {"math.Ceil", math_ceil},
    {"math.Trunc", math_trunc},
    {"math.Round", math_round},
    {"math.RoundToEven", math_round_to_even},
    {"math.Abs", math_abs},
    {"math.Exp", math_exp},
    {"math.Exp2", math_exp2},
    {"math.Expm1", math_expm1},
    {"math.Log", math_log},
    {"math.Log2", math_log2},
    {"math.Log10", math_log10},
    {"math.Log1p", math_log1p},
    {"math.Sin", math_sin},
    {"math.Cos", math_cos},
    {"math.Tan", math_tan},
    {"math.Asin", math_asin},
    {"math.Acos", math_acos},
    {"math.Atan", math_atan},
    {"math.Sinh", math_sinh},
    {"math.Cosh", math_cosh},
    {"math.Tanh", math_tanh},
    {"math.Asinh", math_asinh},
    {"math.Acosh", math_acosh},
    {"math.Atanh", math_atanh},
    {"math.Cbrt", math_cbrt},
    {"math.Gamma", math_gamma},
    {"math.Erf", math_erf},
    {"math.Erfc", math_erfc},
    {"math.Pow", math_pow},
    {"math.Atan2", math_atan2},
    {"math.Hypot", math_hypot},
    {"math.Mod", math_mod},
    {"math.Remainder", math_remainder},
    {"math.Copysign", math_copysign},
    {"math.Nextafter", math_nextafter},
    {"math.Modf", math_modf},
    {"math.Frexp", math_frexp},
    {"math.Ldexp", math_ldexp},
    {"math.Lgamma", math_lgamma},
    {"math.Erfinv", math_erfinv},
    {"math.Erfcinv", math_erfcinv},
    {"math.J0", math_j0},
    {"math.J1", math_j1},
    {"math.Jn", math_jn},
    {"math.Y0", math_y0},
    {"math.Y1", math_y1},
    {"math.Yn", math_yn},
    {"math.Logb", math_logb},
    {"math.Ilogb", math_ilogb},
    {"math.FMA", math_fma},
    {"math.Nextafter32", math_nextafter32},
    {"math.Float64bits", math_float64bits},
    {"math.Float64frombits", math_float64frombits},
    {"math.Float32bits", math_float32bits},
    {"math.Float32frombits", math_float32frombits},
    {"math.NaN", math_nan},
    {"math.Inf", math_inf},
    {NULL, NULL},
};
