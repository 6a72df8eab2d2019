/*
 * special.c — the special functions of package math, ported from Go 1.23's pure-Go code
 * (which Go uses on amd64): Expm1, Asinh, Acosh, Atanh (FreeBSD), Gamma (Cephes), Lgamma
 * (FreeBSD), Erf and Erfc (FreeBSD), Erfinv and Erfcinv (Giles), the Bessel functions J0,
 * J1, Jn, Y0, Y1, Yn (FreeBSD), Logb and Ilogb. The C library computes these too, but not
 * always to the same last bit as Go, and programs print 17 digits.
 * Each port keeps Go's operation order (the Makefile's -ffp-contract=off stops C from
 * fusing multiply-adds; Go does not fuse on amd64) and calls Go's versions of Exp, Log,
 * Pow, Sin, Cos and Log1p (gomath.h). Compile-time constant expressions that Go evaluates
 * exactly (1/SqrtPi, 2/Pi, Ymin-1-0.27...) are written as the hexadecimal floats Go
 * rounds them to, since C would round each step.
 */
#include <math.h>

#include "stdlib/math/gomath.h"

#define PI            0x1.921fb54442d18p+01
#define LN2           0x1.62e42fefa39efp-01
#define INV_SQRT_PI   0x1.20dd750429b6dp-1 /* 1/SqrtPi */
#define TWO_OVER_PI   0x1.45f306dc9c883p-1 /* 2/Pi */
#define HALF_MAX      0x1.fffffffffffffp+1022 /* MaxFloat64/2 */

/* ---- Expm1, Asinh, Acosh, Atanh ---- */

double go_expm1(double x)
{
    const double OTHRESHOLD = 7.09782712893383973096e+02, LN2X56 = 3.88162421113569373274e+01,
                 LN2HALFX3 = 1.03972077083991796413e+00, LN2HALF = 3.46573590279972654709e-01,
                 LN2HI = 6.93147180369123816490e-01, LN2LO = 1.90821492927058770002e-10,
                 INVLN2 = 1.44269504088896338700e+00, TINY = 0x1p-54,
                 Q1 = -3.33333333333331316428e-02, Q2 = 1.58730158725481460165e-03,
                 Q3 = -7.93650757867487942473e-05, Q4 = 4.00821782732936239552e-06,
                 Q5 = -2.01099218183624371326e-07;
    if (is_inf(x, 1) || isnan(x))
        return x;
    if (is_inf(x, -1))
        return -1;
    double absx = x;
    bool sign = false;
    if (x < 0) {
        absx = -absx;
        sign = true;
    }
    if (absx >= LN2X56) {
        if (sign)
            return -1;
        if (absx >= OTHRESHOLD)
            return INFINITY;
    }
    double c = 0;
    int64_t k = 0;
    if (absx > LN2HALF) {
        double hi, lo;
        if (absx < LN2HALFX3) {
            if (!sign) {
                hi = x - LN2HI;
                lo = LN2LO;
                k = 1;
            } else {
                hi = x + LN2HI;
                lo = -LN2LO;
                k = -1;
            }
        } else {
            if (!sign)
                k = (int64_t)(INVLN2 * x + 0.5);
            else
                k = (int64_t)(INVLN2 * x - 0.5);
            double t = (double)k;
            hi = x - t * LN2HI;
            lo = t * LN2LO;
        }
        x = hi - lo;
        c = (hi - x) - lo;
    } else if (absx < TINY) {
        return x;
    } else {
        k = 0;
    }
    double hfx = 0.5 * x;
    double hxs = x * hfx;
    double r1 = 1 + hxs * (Q1 + hxs * (Q2 + hxs * (Q3 + hxs * (Q4 + hxs * Q5))));
    double t = 3 - r1 * hfx;
    double e = hxs * ((r1 - t) / (6.0 - x * t));
    if (k == 0)
        return x - (x * e - hxs);
    e = (x * (e - c) - c);
    e -= hxs;
    if (k == -1)
        return 0.5 * (x - e) - 0.5;
    if (k == 1) {
        if (x < -0.25)
            return -2 * (e - (x + 0.5));
        return 1 + 2 * (x - e);
    }
    if (k <= -2 || k > 56) {
        double y = 1 - (e - x);
        y = from_bits(bits_of(y) + ((uint64_t)k << 52));
        return y - 1;
    }
    if (k < 20) {
        double tt = from_bits(0x3ff0000000000000ULL - (0x20000000000000ULL >> k));
        double y = tt - (e - x);
        return from_bits(bits_of(y) + ((uint64_t)k << 52));
    }
    t = from_bits((uint64_t)(0x3ff - k) << 52);
    double y = x - (e + t);
    y++;
    return from_bits(bits_of(y) + ((uint64_t)k << 52));
}

double go_asinh(double x)
{
    const double NEAR_ZERO = 0x1p-28, LARGE = 0x1p28;
    if (isnan(x) || is_inf(x, 0))
        return x;
    bool sign = false;
    if (x < 0) {
        x = -x;
        sign = true;
    }
    double temp;
    if (x > LARGE)
        temp = go_log(x) + LN2;
    else if (x > 2)
        temp = go_log(2 * x + 1 / (sqrt(x * x + 1) + x));
    else if (x < NEAR_ZERO)
        temp = x;
    else
        temp = go_log1p(x + x * x / (1 + sqrt(1 + x * x)));
    return sign ? -temp : temp;
}

double go_acosh(double x)
{
    const double LARGE = 0x1p28;
    if (x < 1 || isnan(x))
        return go_nan();
    if (x == 1)
        return 0;
    if (x >= LARGE)
        return go_log(x) + LN2;
    if (x > 2)
        return go_log(2 * x - 1 / (x + sqrt(x * x - 1)));
    double t = x - 1;
    return go_log1p(t + sqrt(2 * t + t * t));
}

double go_atanh(double x)
{
    const double NEAR_ZERO = 0x1p-28;
    if (x < -1 || x > 1 || isnan(x))
        return go_nan();
    if (x == 1)
        return INFINITY;
    if (x == -1)
        return -INFINITY;
    bool sign = false;
    if (x < 0) {
        x = -x;
        sign = true;
    }
    double temp;
    if (x < NEAR_ZERO) {
        temp = x;
    } else if (x < 0.5) {
        temp = x + x;
        temp = 0.5 * go_log1p(temp + temp * x / (1 - x));
    } else {
        temp = 0.5 * go_log1p((x + x) / (1 - x));
    }
    return sign ? -temp : temp;
}

/* ---- Gamma ---- */

static const double gam_p[7] = {
    1.60119522476751861407e-04, 1.19135147006586384913e-03, 1.04213797561761569935e-02,
    4.76367800457137231464e-02, 2.07448227648435975150e-01, 4.94214826801497100753e-01,
    9.99999999999999996796e-01,
};
static const double gam_q[8] = {
    -2.31581873324120129819e-05, 5.39605580493303397842e-04, -4.45641913851797240494e-03,
    1.18139785222060435552e-02,  3.58236398605498653373e-02, -2.34591795718243348568e-01,
    7.14304917030273074085e-02,  1.00000000000000000320e+00,
};
static const double gam_s[5] = {
    7.87311395793093628397e-04, -2.29549961613378126380e-04, -2.68132617805781232825e-03,
    3.47222221605458667310e-03, 8.33333333333482257126e-02,
};

/* stirling returns Gamma(x) as the product y1*y2 (split to delay overflow), for x > 33. */
static void stirling(double x, double *y1out, double *y2out)
{
    if (x > 200) {
        *y1out = INFINITY;
        *y2out = 1;
        return;
    }
    const double SQRT_TWO_PI = 2.506628274631000502417, MAX_STIRLING = 143.01608;
    double w = 1 / x;
    w = 1 + w * ((((gam_s[0] * w + gam_s[1]) * w + gam_s[2]) * w + gam_s[3]) * w + gam_s[4]);
    double y1 = go_exp(x), y2 = 1.0;
    if (x > MAX_STIRLING) {
        double v = go_pow(x, 0.5 * x - 0.25);
        y2 = v / y1;
        y1 = v;
    } else {
        y1 = go_pow(x, x - 0.5) / y1;
    }
    *y1out = y1;
    *y2out = SQRT_TWO_PI * w * y2;
}

/* go_int64 converts as amd64's CVTTSD2SQ does (Go's int64(f)): out of range or NaN gives
 * the "integer indefinite" value INT64_MIN. */
static int64_t go_int64(double f)
{
    if (!(f > -0x1p63 - 1 && f < 0x1p63))
        return INT64_MIN;
    return (int64_t)f;
}

/* wrap_add and wrap_neg are Go's wrapping int arithmetic. */
static int64_t wrap_add(int64_t a, int64_t b)
{
    return (int64_t)((uint64_t)a + (uint64_t)b);
}

static int64_t wrap_neg(int64_t a)
{
    return (int64_t)(0 - (uint64_t)a);
}

static bool is_neg_int(double x)
{
    if (x < 0) {
        double ip;
        return modf(x, &ip) == 0;
    }
    return false;
}

double go_gamma(double x)
{
    const double EULER = 0.57721566490153286060651209008240243104215933593992;
    if (is_neg_int(x) || is_inf(x, -1) || isnan(x))
        return go_nan();
    if (is_inf(x, 1))
        return INFINITY;
    if (x == 0)
        return signbit(x) ? -INFINITY : INFINITY;
    double q = fabs(x), p = floor(q);
    if (q > 33) {
        double y1, y2;
        if (x >= 0) {
            stirling(x, &y1, &y2);
            return y1 * y2;
        }
        int signgam = 1;
        if ((go_int64(p) & 1) == 0)
            signgam = -1;
        double z = q - p;
        if (z > 0.5) {
            p = p + 1;
            z = q - p;
        }
        z = q * go_sin(PI * z);
        if (z == 0)
            return signgam > 0 ? INFINITY : -INFINITY;
        stirling(q, &y1, &y2);
        double absz = fabs(z), d = absz * y1 * y2;
        if (is_inf(d, 0))
            z = PI / absz / y1 / y2;
        else
            z = PI / d;
        return (double)signgam * z;
    }
    double z = 1.0;
    while (x >= 3) {
        x = x - 1;
        z = z * x;
    }
    while (x < 0) {
        if (x > -1e-09)
            goto small;
        z = z / x;
        x = x + 1;
    }
    while (x < 2) {
        if (x < 1e-09)
            goto small;
        z = z / x;
        x = x + 1;
    }
    if (x == 2)
        return z;
    x = x - 2;
    p = (((((x * gam_p[0] + gam_p[1]) * x + gam_p[2]) * x + gam_p[3]) * x + gam_p[4]) * x +
         gam_p[5]) * x + gam_p[6];
    q = ((((((x * gam_q[0] + gam_q[1]) * x + gam_q[2]) * x + gam_q[3]) * x + gam_q[4]) * x +
          gam_q[5]) * x + gam_q[6]) * x + gam_q[7];
    return z * p / q;
small:
    if (x == 0)
        return INFINITY;
    return z / ((1 + EULER * x) * x);
}

/* ---- Lgamma ---- */

static const double lgam_a[12] = {
    7.72156649015328655494e-02, 3.22467033424113591611e-01, 6.73523010531292681824e-02,
    2.05808084325167332806e-02, 7.38555086081402883957e-03, 2.89051383673415629091e-03,
    1.19270763183362067845e-03, 5.10069792153511336608e-04, 2.20862790713908385557e-04,
    1.08011567247583939954e-04, 2.52144565451257326939e-05, 4.48640949618915160150e-05,
};
static const double lgam_r[7] = {
    1.0,
    1.39200533467621045958e+00, 7.21935547567138069525e-01, 1.71933865632803078993e-01,
    1.86459191715652901344e-02, 7.77942496381893596434e-04, 7.32668430744625636189e-06,
};
static const double lgam_s[7] = {
    -7.72156649015328655494e-02, 2.14982415960608852501e-01, 3.25778796408930981787e-01,
    1.46350472652464452805e-01,  2.66422703033638609560e-02, 1.84028451407337715652e-03,
    3.19475326584100867617e-05,
};
static const double lgam_t[15] = {
    4.83836122723810047042e-01,  -1.47587722994593911752e-01, 6.46249402391333854778e-02,
    -3.27885410759859649565e-02, 1.79706750811820387126e-02,  -1.03142241298341437450e-02,
    6.10053870246291332635e-03,  -3.68452016781138256760e-03, 2.25964780900612472250e-03,
    -1.40346469989232843813e-03, 8.81081882437654011382e-04,  -5.38595305356740546715e-04,
    3.15632070903625950361e-04,  -3.12754168375120860518e-04, 3.35529192635519073543e-04,
};
static const double lgam_u[6] = {
    -7.72156649015328655494e-02, 6.32827064025093366517e-01, 1.45492250137234768737e+00,
    9.77717527963372745603e-01,  2.28963728064692451092e-01, 1.33810918536787660377e-02,
};
static const double lgam_v[6] = {
    1.0,
    2.45597793713041134822e+00, 2.12848976379893395361e+00, 7.69285150456672783825e-01,
    1.04222645593369134254e-01, 3.21709242282423911810e-03,
};
static const double lgam_w[7] = {
    4.18938533204672725052e-01,  8.33333333333329678849e-02, -2.77777777728775536470e-03,
    7.93650558643019558500e-04,  -5.95187557450339963135e-04, 8.36339918996282139126e-04,
    -1.63092934096575273989e-03,
};

/* sin_pi returns -sin(Pi*x) for x > 0, reducing x exactly first. */
static double sin_pi(double x)
{
    const double TWO52 = 0x1p52, TWO53 = 0x1p53;
    if (x < 0.25)
        return -go_sin(PI * x);
    double z = floor(x);
    int64_t n;
    if (z != x) {
        x = go_mod(x, 2);
        n = (int64_t)(x * 4);
    } else {
        if (x >= TWO53) {
            x = 0;
            n = 0;
        } else {
            if (x < TWO52)
                z = x + TWO52;
            n = (int64_t)(1 & bits_of(z));
            x = (double)n;
            n <<= 2;
        }
    }
    switch (n) {
    case 0:
        x = go_sin(PI * x);
        break;
    case 1:
    case 2:
        x = go_cos(PI * (0.5 - x));
        break;
    case 3:
    case 4:
        x = go_sin(PI * (1 - x));
        break;
    case 5:
    case 6:
        x = -go_cos(PI * (x - 1.5));
        break;
    default:
        x = go_sin(PI * (x - 2));
        break;
    }
    return -x;
}

double go_lgamma(double x, int *signp)
{
    const double YMIN_M1_P27 = 0x1.76987d0eaed22p-1, YMIN_M1_M27 = 0x1.88766f1c02f69p-3,
                 YMIN_P27 = 0x1.bb4c3e8757691p+0, YMIN_M27 = 0x1.310ecde3805edp+0,
                 TC_M1 = 0x1.d8b618d5af8fcp-2, TWO52 = 0x1p52, TWO58 = 0x1p58, TINY = 0x1p-70,
                 TC = 1.46163214496836224576e+00, TF = -1.21486290535849611461e-01,
                 TT = -3.63867699703950536541e-18;
    *signp = 1;
    if (isnan(x) || is_inf(x, 0))
        return x;
    if (x == 0)
        return INFINITY;
    bool neg = false;
    if (x < 0) {
        x = -x;
        neg = true;
    }
    if (x < TINY) {
        if (neg)
            *signp = -1;
        return -go_log(x);
    }
    double nadj = 0, lgamma;
    if (neg) {
        if (x >= TWO52)
            return INFINITY;
        double t = sin_pi(x);
        if (t == 0)
            return INFINITY;
        nadj = go_log(PI / fabs(t * x));
        if (t < 0)
            *signp = -1;
    }
    if (x == 1 || x == 2) {
        return 0;
    } else if (x < 2) {
        double y;
        int i;
        if (x <= 0.9) {
            lgamma = -go_log(x);
            if (x >= YMIN_M1_P27) {
                y = 1 - x;
                i = 0;
            } else if (x >= YMIN_M1_M27) {
                y = x - TC_M1;
                i = 1;
            } else {
                y = x;
                i = 2;
            }
        } else {
            lgamma = 0;
            if (x >= YMIN_P27) {
                y = 2 - x;
                i = 0;
            } else if (x >= YMIN_M27) {
                y = x - TC;
                i = 1;
            } else {
                y = x - 1;
                i = 2;
            }
        }
        if (i == 0) {
            double z = y * y;
            double p1 = lgam_a[0] + z * (lgam_a[2] + z * (lgam_a[4] + z * (lgam_a[6] +
                                    z * (lgam_a[8] + z * lgam_a[10]))));
            double p2 = z * (lgam_a[1] + z * (+lgam_a[3] + z * (lgam_a[5] + z * (lgam_a[7] +
                                         z * (lgam_a[9] + z * lgam_a[11])))));
            double p = y * p1 + p2;
            lgamma += (p - 0.5 * y);
        } else if (i == 1) {
            double z = y * y;
            double w = z * y;
            double p1 = lgam_t[0] + w * (lgam_t[3] + w * (lgam_t[6] + w * (lgam_t[9] + w * lgam_t[12])));
            double p2 = lgam_t[1] + w * (lgam_t[4] + w * (lgam_t[7] + w * (lgam_t[10] + w * lgam_t[13])));
            double p3 = lgam_t[2] + w * (lgam_t[5] + w * (lgam_t[8] + w * (lgam_t[11] + w * lgam_t[14])));
            double p = z * p1 - (TT - w * (p2 + y * p3));
            lgamma += (TF + p);
        } else {
            double p1 = y * (lgam_u[0] + y * (lgam_u[1] + y * (lgam_u[2] + y * (lgam_u[3] +
                                         y * (lgam_u[4] + y * lgam_u[5])))));
            double p2 = 1 + y * (lgam_v[1] + y * (lgam_v[2] + y * (lgam_v[3] + y * (lgam_v[4] +
                                         y * lgam_v[5]))));
            lgamma += (-0.5 * y + p1 / p2);
        }
    } else if (x < 8) {
        int i = (int)x;
        double y = x - (double)i;
        double p = y * (lgam_s[0] + y * (lgam_s[1] + y * (lgam_s[2] + y * (lgam_s[3] +
                                    y * (lgam_s[4] + y * (lgam_s[5] + y * lgam_s[6]))))));
        double q = 1 + y * (lgam_r[1] + y * (lgam_r[2] + y * (lgam_r[3] + y * (lgam_r[4] +
                                    y * (lgam_r[5] + y * lgam_r[6])))));
        lgamma = 0.5 * y + p / q;
        double z = 1.0;
        switch (i) {
        case 7:
            z *= (y + 6);
            /* fallthrough */
        case 6:
            z *= (y + 5);
            /* fallthrough */
        case 5:
            z *= (y + 4);
            /* fallthrough */
        case 4:
            z *= (y + 3);
            /* fallthrough */
        case 3:
            z *= (y + 2);
            lgamma += go_log(z);
        }
    } else if (x < TWO58) {
        double t = go_log(x);
        double z = 1 / x;
        double y = z * z;
        double w = lgam_w[0] + z * (lgam_w[1] + y * (lgam_w[2] + y * (lgam_w[3] + y * (lgam_w[4] +
                                     y * (lgam_w[5] + y * lgam_w[6])))));
        lgamma = (x - 0.5) * (t - 1) + w;
    } else {
        lgamma = x * (go_log(x) - 1);
    }
    if (neg)
        lgamma = nadj - lgamma;
    return lgamma;
}

/* ---- Erf, Erfc ---- */

static const double
    ERX = 8.45062911510467529297e-01, EFX = 1.28379167095512586316e-01,
    EFX8 = 1.02703333676410069053e+00, PP0 = 1.28379167095512558561e-01,
    PP1 = -3.25042107247001499370e-01, PP2 = -2.84817495755985104766e-02,
    PP3 = -5.77027029648944159157e-03, PP4 = -2.37630166566501626084e-05,
    QQ1 = 3.97917223959155352819e-01, QQ2 = 6.50222499887672944485e-02,
    QQ3 = 5.08130628187576562776e-03, QQ4 = 1.32494738004321644526e-04,
    QQ5 = -3.96022827877536812320e-06, PA0 = -2.36211856075265944077e-03,
    PA1 = 4.14856118683748331666e-01, PA2 = -3.72207876035701323847e-01,
    PA3 = 3.18346619901161753674e-01, PA4 = -1.10894694282396677476e-01,
    PA5 = 3.54783043256182359371e-02, PA6 = -2.16637559486879084300e-03,
    QA1 = 1.06420880400844228286e-01, QA2 = 5.40397917702171048937e-01,
    QA3 = 7.18286544141962662868e-02, QA4 = 1.26171219808761642112e-01,
    QA5 = 1.36370839120290507362e-02, QA6 = 1.19844998467991074170e-02,
    RA0 = -9.86494403484714822705e-03, RA1 = -6.93858572707181764372e-01,
    RA2 = -1.05586262253232909814e+01, RA3 = -6.23753324503260060396e+01,
    RA4 = -1.62396669462573470355e+02, RA5 = -1.84605092906711035994e+02,
    RA6 = -8.12874355063065934246e+01, RA7 = -9.81432934416914548592e+00,
    SA1 = 1.96512716674392571292e+01, SA2 = 1.37657754143519042600e+02,
    SA3 = 4.34565877475229228821e+02, SA4 = 6.45387271733267880336e+02,
    SA5 = 4.29008140027567833386e+02, SA6 = 1.08635005541779435134e+02,
    SA7 = 6.57024977031928170135e+00, SA8 = -6.04244152148580987438e-02,
    RB0 = -9.86494292470009928597e-03, RB1 = -7.99283237680523006574e-01,
    RB2 = -1.77579549177547519889e+01, RB3 = -1.60636384855821916062e+02,
    RB4 = -6.37566443368389627722e+02, RB5 = -1.02509513161107724954e+03,
    RB6 = -4.83519191608651397019e+02, SB1 = 3.03380607434824582924e+01,
    SB2 = 3.25792512996573918826e+02, SB3 = 1.53672958608443695994e+03,
    SB4 = 3.19985821950859553908e+03, SB5 = 2.55305040643316442583e+03,
    SB6 = 4.74528541206955367215e+02, SB7 = -2.24409524465858183362e+01;

#define ONE_OVER_035 0x1.6db6db6db6db7p+1 /* 1/0.35 */

/* erf_tail is exp(-x*x - 0.5625 + R/S) / x computed as Go does, for 1.25 <= x < 28. */
static double erf_tail(double x, bool sign_big_returns2, bool *is2)
{
    double s = 1 / (x * x), R, S;
    *is2 = false;
    if (x < ONE_OVER_035) {
        R = RA0 + s * (RA1 + s * (RA2 + s * (RA3 + s * (RA4 + s * (RA5 + s * (RA6 + s * RA7))))));
        S = 1 + s * (SA1 + s * (SA2 + s * (SA3 + s * (SA4 + s * (SA5 + s * (SA6 + s * (SA7 + s * SA8)))))));
    } else {
        if (sign_big_returns2 && x > 6) {
            *is2 = true;
            return 0;
        }
        R = RB0 + s * (RB1 + s * (RB2 + s * (RB3 + s * (RB4 + s * (RB5 + s * RB6)))));
        S = 1 + s * (SB1 + s * (SB2 + s * (SB3 + s * (SB4 + s * (SB5 + s * (SB6 + s * SB7))))));
    }
    double z = from_bits(bits_of(x) & 0xffffffff00000000ULL);
    return go_exp(-z * z - 0.5625) * go_exp((z - x) * (z + x) + R / S);
}

double go_erf(double x)
{
    const double VERY_TINY = 2.848094538889218e-306, SMALL = 0x1p-28;
    if (isnan(x))
        return go_nan();
    if (is_inf(x, 1))
        return 1;
    if (is_inf(x, -1))
        return -1;
    bool sign = false;
    if (x < 0) {
        x = -x;
        sign = true;
    }
    if (x < 0.84375) {
        double temp;
        if (x < SMALL) {
            if (x < VERY_TINY)
                temp = 0.125 * (8.0 * x + EFX8 * x);
            else
                temp = x + EFX * x;
        } else {
            double z = x * x;
            double r = PP0 + z * (PP1 + z * (PP2 + z * (PP3 + z * PP4)));
            double s = 1 + z * (QQ1 + z * (QQ2 + z * (QQ3 + z * (QQ4 + z * QQ5))));
            double y = r / s;
            temp = x + x * y;
        }
        return sign ? -temp : temp;
    }
    if (x < 1.25) {
        double s = x - 1;
        double P = PA0 + s * (PA1 + s * (PA2 + s * (PA3 + s * (PA4 + s * (PA5 + s * PA6)))));
        double Q = 1 + s * (QA1 + s * (QA2 + s * (QA3 + s * (QA4 + s * (QA5 + s * QA6)))));
        if (sign)
            return -ERX - P / Q;
        return ERX + P / Q;
    }
    if (x >= 6)
        return sign ? -1 : 1;
    bool is2;
    double r = erf_tail(x, false, &is2);
    if (sign)
        return r / x - 1;
    return 1 - r / x;
}

double go_erfc(double x)
{
    const double TINY = 0x1p-56;
    if (isnan(x))
        return go_nan();
    if (is_inf(x, 1))
        return 0;
    if (is_inf(x, -1))
        return 2;
    bool sign = false;
    if (x < 0) {
        x = -x;
        sign = true;
    }
    if (x < 0.84375) {
        double temp;
        if (x < TINY) {
            temp = x;
        } else {
            double z = x * x;
            double r = PP0 + z * (PP1 + z * (PP2 + z * (PP3 + z * PP4)));
            double s = 1 + z * (QQ1 + z * (QQ2 + z * (QQ3 + z * (QQ4 + z * QQ5))));
            double y = r / s;
            if (x < 0.25)
                temp = x + x * y;
            else
                temp = 0.5 + (x * y + (x - 0.5));
        }
        return sign ? 1 + temp : 1 - temp;
    }
    if (x < 1.25) {
        double s = x - 1;
        double P = PA0 + s * (PA1 + s * (PA2 + s * (PA3 + s * (PA4 + s * (PA5 + s * PA6)))));
        double Q = 1 + s * (QA1 + s * (QA2 + s * (QA3 + s * (QA4 + s * (QA5 + s * QA6)))));
        if (sign)
            return 1 + ERX + P / Q;
        return 1 - ERX - P / Q;
    }
    if (x < 28) {
        bool is2;
        double r = erf_tail(x, sign, &is2);
        if (is2)
            return 2;
        if (sign)
            return 2 - r / x;
        return r / x;
    }
    return sign ? 2 : 0;
}

/* ---- Erfinv, Erfcinv ---- */

double go_erfinv(double x)
{
    static const double A[8] = {1.1975323115670912564578e0, 4.7072688112383978012285e1,
                                6.9706266534389598238465e2, 4.8548868893843886794648e3,
                                1.6235862515167575384252e4, 2.3782041382114385731252e4,
                                1.1819493347062294404278e4, 8.8709406962545514830200e2};
    static const double B[8] = {1.0000000000000000000e0, 4.2313330701600911252e1,
                                6.8718700749205790830e2, 5.3941960214247511077e3,
                                2.1213794301586595867e4, 3.9307895800092710610e4,
                                2.8729085735721942674e4, 5.2264952788528545610e3};
    static const double C[8] = {1.42343711074968357734e0, 4.63033784615654529590e0,
                                5.76949722146069140550e0, 3.64784832476320460504e0,
                                1.27045825245236838258e0, 2.41780725177450611770e-1,
                                2.27238449892691845833e-2, 7.74545014278341407640e-4};
    static const double D[8] = {1.4142135623730950488016887e0, 2.9036514445419946173133295e0,
                                2.3707661626024532365971225e0, 9.7547832001787427186894837e-1,
                                2.0945065210512749128288442e-1, 2.1494160384252876777097297e-2,
                                7.7441459065157709165577218e-4, 1.4859850019840355905497876e-9};
    static const double E[8] = {6.65790464350110377720e0, 5.46378491116411436990e0,
                                1.78482653991729133580e0, 2.96560571828504891230e-1,
                                2.65321895265761230930e-2, 1.24266094738807843860e-3,
                                2.71155556874348757815e-5, 2.01033439929228813265e-7};
    static const double F[8] = {1.414213562373095048801689e0, 8.482908416595164588112026e-1,
                                1.936480946950659106176712e-1, 2.103693768272068968719679e-2,
                                1.112800997078859844711555e-3, 2.611088405080593625138020e-5,
                                2.010321207683943062279931e-7, 2.891024605872965461538222e-15};
#define POLY7(c, r) (((((((c[7] * r + c[6]) * r + c[5]) * r + c[4]) * r + c[3]) * r + c[2]) * r + c[1]) * r + c[0])
    if (isnan(x) || x <= -1 || x >= 1) {
        if (x == -1 || x == 1)
            return x > 0 ? INFINITY : -INFINITY;
        return go_nan();
    }
    bool sign = false;
    if (x < 0) {
        x = -x;
        sign = true;
    }
    double ans;
    if (x <= 0.85) {
        double r = 0.180625 - 0.25 * x * x;
        double z1 = POLY7(A, r), z2 = POLY7(B, r);
        ans = (x * z1) / z2;
    } else {
        double z1, z2;
        double r = sqrt(LN2 - go_log(1.0 - x));
        if (r <= 5.0) {
            r -= 1.6;
            z1 = POLY7(C, r);
            z2 = POLY7(D, r);
        } else {
            r -= 5.0;
            z1 = POLY7(E, r);
            z2 = POLY7(F, r);
        }
        ans = z1 / z2;
    }
#undef POLY7
    return sign ? -ans : ans;
}

double go_erfcinv(double x)
{
    return go_erfinv(1 - x);
}

/* ---- Bessel functions of the first and second kind ---- */

/* The asymptotic expansions' rational approximations, by interval of x: [8, inf),
 * [4.5454, 8), [2.8571, 4.5454), [2, 2.8571). */
static const double p0r[4][6] = {
    {0.00000000000000000000e+00, -7.03124999999900357484e-02, -8.08167041275349795626e+00,
     -2.57063105679704847262e+02, -2.48521641009428822144e+03, -5.25304380490729545272e+03},
    {-1.14125464691894502584e-11, -7.03124940873599280078e-02, -4.15961064470587782438e+00,
     -6.76747652265167261021e+01, -3.31231299649172967747e+02, -3.46433388365604912451e+02},
    {-2.54704601771951915620e-09, -7.03119616381481654654e-02, -2.40903221549529611423e+00,
     -2.19659774734883086467e+01, -5.80791704701737572236e+01, -3.14479470594888503854e+01},
    {-8.87534333032526411254e-08, -7.03030995483624743247e-02, -1.45073846780952986357e+00,
     -7.63569613823527770791e+00, -1.11931668860356747786e+01, -3.23364579351335335033e+00},
};
static const double p0s[4][5] = {
    {1.16534364619668181717e+02, 3.83374475364121826715e+03, 4.05978572648472545552e+04,
     1.16752972564375915681e+05, 4.76277284146730962675e+04},
    {6.07539382692300335975e+01, 1.05125230595704579173e+03, 5.97897094333855784498e+03,
     9.62544514357774460223e+03, 2.40605815922939109441e+03},
    {3.58560338055209726349e+01, 3.61513983050303863820e+02, 1.19360783792111533330e+03,
     1.12799679856907414432e+03, 1.73580930813335754692e+02},
    {2.22202997532088808441e+01, 1.36206794218215208048e+02, 2.70470278658083486789e+02,
     1.53875394208320329881e+02, 1.46576176948256193810e+01},
};
static const double q0r[4][6] = {
    {0.00000000000000000000e+00, 7.32421874999935051953e-02, 1.17682064682252693899e+01,
     5.57673380256401856059e+02, 8.85919720756468632317e+03, 3.70146267776887834771e+04},
    {1.84085963594515531381e-11, 7.32421766612684765896e-02, 5.83563508962056953777e+00,
     1.35111577286449829671e+02, 1.02724376596164097464e+03, 1.98997785864605384631e+03},
    {4.37741014089738620906e-09, 7.32411180042911447163e-02, 3.34423137516170720929e+00,
     4.26218440745412650017e+01, 1.70808091340565596283e+02, 1.66733948696651168575e+02},
    {1.50444444886983272379e-07, 7.32234265963079278272e-02, 1.99819174093815998816e+00,
     1.44956029347885735348e+01, 3.16662317504781540833e+01, 1.62527075710929267416e+01},
};
static const double q0s[4][6] = {
    {1.63776026895689824414e+02, 8.09834494656449805916e+03, 1.42538291419120476348e+05,
     8.03309257119514397345e+05, 8.40501579819060512818e+05, -3.43899293537866615225e+05},
    {8.27766102236537761883e+01, 2.07781416421392987104e+03, 1.88472887785718085070e+04,
     5.67511122894947329769e+04, 3.59767538425114471465e+04, -5.35434275601944773371e+03},
    {4.87588729724587182091e+01, 7.09689221056606015736e+02, 3.70414822620111362994e+03,
     6.46042516752568917582e+03, 2.51633368920368957333e+03, -1.49247451836156386662e+02},
    {3.03655848355219184498e+01, 2.69348118608049844624e+02, 8.44783757595320139444e+02,
     8.82935845112488550512e+02, 2.12666388511798828631e+02, -5.31095493882666946917e+00},
};
static const double p1r[4][6] = {
    {0.00000000000000000000e+00, 1.17187499999988647970e-01, 1.32394806593073575129e+01,
     4.12051854307378562225e+02, 3.87474538913960532227e+03, 7.91447954031891731574e+03},
    {1.31990519556243522749e-11, 1.17187493190614097638e-01, 6.80275127868432871736e+00,
     1.08308182990189109773e+02, 5.17636139533199752805e+02, 5.28715201363337541807e+02},
    {3.02503916137373618024e-09, 1.17186865567253592491e-01, 3.93297750033315640650e+00,
     3.51194035591636932736e+01, 9.10550110750781271918e+01, 4.85590685197364919645e+01},
    {1.07710830106873743082e-07, 1.17176219462683348094e-01, 2.36851496667608785174e+00,
     1.22426109148261232917e+01, 1.76939711271687727390e+01, 5.07352312588818499250e+00},
};
static const double p1s[4][5] = {
    {1.14207370375678408436e+02, 3.65093083420853463394e+03, 3.69562060269033463555e+04,
     9.76027935934950801311e+04, 3.08042720627888811578e+04},
    {5.92805987221131331921e+01, 9.91401418733614377743e+02, 5.35326695291487976647e+03,
     7.84469031749551231769e+03, 1.50404688810361062679e+03},
    {3.47913095001251519989e+01, 3.36762458747825746741e+02, 1.04687139975775130551e+03,
     8.90811346398256432622e+02, 1.03787932439639277504e+02},
    {2.14364859363821409488e+01, 1.25290227168402751090e+02, 2.32276469057162813669e+02,
     1.17679373287147100768e+02, 8.36463893371618283368e+00},
};
static const double q1r[4][6] = {
    {0.00000000000000000000e+00, -1.02539062499992714161e-01, -1.62717534544589987888e+01,
     -7.59601722513950107896e+02, -1.18498066702429587167e+04, -4.84385124285750353010e+04},
    {-2.08979931141764104297e-11, -1.02539050241375426231e-01, -8.05644828123936029840e+00,
     -1.83669607474888380239e+02, -1.37319376065508163265e+03, -2.61244440453215656817e+03},
    {-5.07831226461766561369e-09, -1.02537829820837089745e-01, -4.61011581139473403113e+00,
     -5.78472216562783643212e+01, -2.28244540737631695038e+02, -2.19210128478909325622e+02},
    {-1.78381727510958865572e-07, -1.02517042607985553460e-01, -2.75220568278187460720e+00,
     -1.96636162643703720221e+01, -4.23253133372830490089e+01, -2.13719211703704061733e+01},
};
static const double q1s[4][6] = {
    {1.61395369700722909556e+02, 7.82538599923348465381e+03, 1.33875336287249578163e+05,
     7.19657723683240939863e+05, 6.66601232617776375264e+05, -2.94490264303834643215e+05},
    {8.12765501384335777857e+01, 1.99179873460485964642e+03, 1.74684851924908907677e+04,
     4.98514270910352279316e+04, 2.79480751638918118260e+04, -4.71918354795128470869e+03},
    {4.76651550323729509273e+01, 6.73865112676699709482e+02, 3.38015286679526343505e+03,
     5.54772909720722782367e+03, 1.90311919338810798763e+03, -1.35201191444307340817e+02},
    {2.95333629060523854548e+01, 2.52981549982190529136e+02, 7.57502834868645436472e+02,
     7.39393205320467245656e+02, 1.55949003336666123687e+02, -4.95949898822628210127e+00},
};

/* interval picks the row of the tables above for x >= 2. */
static int interval(double x)
{
    if (x >= 8)
        return 0;
    if (x >= 4.5454)
        return 1;
    if (x >= 2.8571)
        return 2;
    return 3;
}

/* p_asym is Go's pzero/pone: 1 + r/s with the P tables. */
static double p_asym(double x, const double (*pr)[6], const double (*ps)[5])
{
    int i = interval(x);
    const double *p = pr[i], *q = ps[i];
    double z = 1 / (x * x);
    double r = p[0] + z * (p[1] + z * (p[2] + z * (p[3] + z * (p[4] + z * p[5]))));
    double s = 1 + z * (q[0] + z * (q[1] + z * (q[2] + z * (q[3] + z * q[4]))));
    return 1 + r / s;
}

/* q_asym is Go's qzero/qone: (c + r/s) / x with the Q tables. */
static double q_asym(double x, const double (*qr)[6], const double (*qs)[6], double c)
{
    int i = interval(x);
    const double *p = qr[i], *q = qs[i];
    double z = 1 / (x * x);
    double r = p[0] + z * (p[1] + z * (p[2] + z * (p[3] + z * (p[4] + z * p[5]))));
    double s = 1 + z * (q[0] + z * (q[1] + z * (q[2] + z * (q[3] + z * (q[4] + z * q[5])))));
    return (c + r / s) / x;
}

/* sincos_asym sets *ss and *cc for the asymptotic forms of the order-0 (j0, y0: sin x -
 * cos x and sin x + cos x) or order-1 (j1, y1: -sin x - cos x and sin x - cos x) Bessel
 * functions at x >= 2; while x + x does not overflow, one of them is recomputed from
 * cos 2x to avoid cancellation, as Go does. */
static void sincos_asym(double x, bool one, double *ss, double *cc)
{
    double s = go_sin(x), c = go_cos(x);
    *ss = one ? -s - c : s - c;
    *cc = one ? s - c : s + c;
    if (x < HALF_MAX) {
        double z = one ? go_cos(x + x) : -go_cos(x + x);
        if (one ? s * c > 0 : s * c < 0)
            *cc = z / *ss;
        else
            *ss = z / *cc;
    }
}

double go_j0(double x)
{
    const double TWOM27 = 0x1p-27, TWOM13 = 0x1p-13, TWO129 = 0x1p129,
                 R02 = 1.56249999999999947958e-02, R03 = -1.89979294238854721751e-04,
                 R04 = 1.82954049532700665670e-06, R05 = -4.61832688532103189199e-09,
                 S01 = 1.56191029464890010492e-02, S02 = 1.16926784663337450260e-04,
                 S03 = 5.13546550207318111446e-07, S04 = 1.16614003333790000205e-09;
    if (isnan(x))
        return x;
    if (is_inf(x, 0))
        return 0;
    if (x == 0)
        return 1;
    x = fabs(x);
    if (x >= 2) {
        double ss, cc;
        sincos_asym(x, false, &ss, &cc);
        if (x > TWO129)
            return INV_SQRT_PI * cc / sqrt(x);
        double u = p_asym(x, p0r, p0s), v = q_asym(x, q0r, q0s, -0.125);
        return INV_SQRT_PI * (u * cc - v * ss) / sqrt(x);
    }
    if (x < TWOM13) {
        if (x < TWOM27)
            return 1;
        return 1 - 0.25 * x * x;
    }
    double z = x * x;
    double r = z * (R02 + z * (R03 + z * (R04 + z * R05)));
    double s = 1 + z * (S01 + z * (S02 + z * (S03 + z * S04)));
    if (x < 1)
        return 1 + z * (-0.25 + (r / s));
    double u = 0.5 * x;
    return (1 + u) * (1 - u) + z * (r / s);
}

double go_y0(double x)
{
    const double TWOM27 = 0x1p-27, TWO129 = 0x1p129, U00 = -7.38042951086872317523e-02,
                 U01 = 1.76666452509181115538e-01, U02 = -1.38185671945596898896e-02,
                 U03 = 3.47453432093683650238e-04, U04 = -3.81407053724364161125e-06,
                 U05 = 1.95590137035022920206e-08, U06 = -3.98205194132103398453e-11,
                 V01 = 1.27304834834123699328e-02, V02 = 7.60068627350353253702e-05,
                 V03 = 2.59150851840457805467e-07, V04 = 4.41110311332675467403e-10;
    if (x < 0 || isnan(x))
        return go_nan();
    if (is_inf(x, 1))
        return 0;
    if (x == 0)
        return -INFINITY;
    if (x >= 2) {
        double ss, cc;
        sincos_asym(x, false, &ss, &cc);
        if (x > TWO129)
            return INV_SQRT_PI * ss / sqrt(x);
        double u = p_asym(x, p0r, p0s), v = q_asym(x, q0r, q0s, -0.125);
        return INV_SQRT_PI * (u * ss + v * cc) / sqrt(x);
    }
    if (x <= TWOM27)
        return U00 + TWO_OVER_PI * go_log(x);
    double z = x * x;
    double u = U00 + z * (U01 + z * (U02 + z * (U03 + z * (U04 + z * (U05 + z * U06)))));
    double v = 1 + z * (V01 + z * (V02 + z * (V03 + z * V04)));
    return u / v + TWO_OVER_PI * go_j0(x) * go_log(x);
}

double go_j1(double x)
{
    const double TWOM27 = 0x1p-27, TWO129 = 0x1p129, R00 = -6.25000000000000000000e-02,
                 R01 = 1.40705666955189706048e-03, R02 = -1.59955631084035597520e-05,
                 R03 = 4.96727999609584448412e-08, S01 = 1.91537599538363460805e-02,
                 S02 = 1.85946785588630915560e-04, S03 = 1.17718464042623683263e-06,
                 S04 = 5.04636257076217042715e-09, S05 = 1.23542274426137913908e-11;
    if (isnan(x))
        return x;
    if (is_inf(x, 0) || x == 0)
        return 0;
    bool sign = false;
    if (x < 0) {
        x = -x;
        sign = true;
    }
    if (x >= 2) {
        double ss, cc;
        sincos_asym(x, true, &ss, &cc);
        double z;
        if (x > TWO129) {
            z = INV_SQRT_PI * cc / sqrt(x);
        } else {
            double u = p_asym(x, p1r, p1s), v = q_asym(x, q1r, q1s, 0.375);
            z = INV_SQRT_PI * (u * cc - v * ss) / sqrt(x);
        }
        return sign ? -z : z;
    }
    if (x < TWOM27)
        return 0.5 * x;
    double z = x * x;
    double r = z * (R00 + z * (R01 + z * (R02 + z * R03)));
    double s = 1.0 + z * (S01 + z * (S02 + z * (S03 + z * (S04 + z * S05))));
    r *= x;
    z = 0.5 * x + r / s;
    return sign ? -z : z;
}

double go_y1(double x)
{
    const double TWOM54 = 0x1p-54, TWO129 = 0x1p129, U00 = -1.96057090646238940668e-01,
                 U01 = 5.04438716639811282616e-02, U02 = -1.91256895875763547298e-03,
                 U03 = 2.35252600561610495928e-05, U04 = -9.19099158039878874504e-08,
                 V00 = 1.99167318236649903973e-02, V01 = 2.02552581025135171496e-04,
                 V02 = 1.35608801097516229404e-06, V03 = 6.22741452364621501295e-09,
                 V04 = 1.66559246207992079114e-11;
    if (x < 0 || isnan(x))
        return go_nan();
    if (is_inf(x, 1))
        return 0;
    if (x == 0)
        return -INFINITY;
    if (x >= 2) {
        double ss, cc;
        sincos_asym(x, true, &ss, &cc);
        if (x > TWO129)
            return INV_SQRT_PI * ss / sqrt(x);
        double u = p_asym(x, p1r, p1s), v = q_asym(x, q1r, q1s, 0.375);
        return INV_SQRT_PI * (u * ss + v * cc) / sqrt(x);
    }
    if (x <= TWOM54)
        return -TWO_OVER_PI / x;
    double z = x * x;
    double u = U00 + z * (U01 + z * (U02 + z * (U03 + z * U04)));
    double v = 1 + z * (V00 + z * (V01 + z * (V02 + z * (V03 + z * V04))));
    return x * (u / v) + TWO_OVER_PI * (go_j1(x) * go_log(x) - 1 / x);
}

double go_jn(int64_t n, double x)
{
    const double TWOM29 = 0x1p-29, TWO302 = 0x1p302;
    if (isnan(x))
        return x;
    if (is_inf(x, 0))
        return 0;
    if (n == 0)
        return go_j0(x);
    if (x == 0)
        return 0;
    if (n < 0) {
        n = wrap_neg(n);
        x = -x;
    }
    if (n == 1)
        return go_j1(x);
    bool sign = false;
    if (x < 0) {
        x = -x;
        if ((n & 1) == 1)
            sign = true;
    }
    double b;
    if ((double)n <= x) {
        if (x >= TWO302) {
            double s = go_sin(x), c = go_cos(x), temp = 0;
            switch (n & 3) {
            case 0:
                temp = c + s;
                break;
            case 1:
                temp = -c + s;
                break;
            case 2:
                temp = -c - s;
                break;
            case 3:
                temp = c - s;
                break;
            }
            b = INV_SQRT_PI * temp / sqrt(x);
        } else {
            b = go_j1(x);
            double a = go_j0(x);
            for (int64_t i = 1; i < n; i++) {
                double nb = b * ((double)wrap_add(i, i) / x) - a;
                a = b;
                b = nb;
            }
        }
    } else {
        if (x < TWOM29) {
            if (n > 33) {
                b = 0;
            } else {
                double temp = x * 0.5;
                b = temp;
                double a = 1.0;
                for (int64_t i = 2; i <= n; i++) {
                    a *= (double)i;
                    b *= temp;
                }
                b /= a;
            }
        } else {
            double w = (double)wrap_add(n, n) / x;
            double h = 2 / x;
            double q0 = w, z = w + h, q1 = w * z - 1;
            int64_t k = 1;
            while (q1 < 1e9) {
                k++;
                z += h;
                double nq = z * q1 - q0;
                q0 = q1;
                q1 = nq;
            }
            int64_t m = wrap_add(n, n);
            double t = 0.0;
            for (int64_t i = wrap_add(wrap_add(n, k), wrap_add(n, k)); i >= m; i -= 2)
                t = 1 / ((double)i / x - t);
            double a = t;
            b = 1;
            double tmp = (double)n;
            double v = 2 / x;
            tmp = tmp * go_log(fabs(v * tmp));
            if (tmp < 7.09782712893383973096e+02) {
                for (int64_t i = n - 1; i > 0; i--) {
                    double di = (double)wrap_add(i, i);
                    double nb = b * di / x - a;
                    a = b;
                    b = nb;
                }
            } else {
                for (int64_t i = n - 1; i > 0; i--) {
                    double di = (double)wrap_add(i, i);
                    double nb = b * di / x - a;
                    a = b;
                    b = nb;
                    if (b > 1e100) {
                        a /= b;
                        t /= b;
                        b = 1;
                    }
                }
            }
            b = t * go_j0(x) / b;
        }
    }
    return sign ? -b : b;
}

double go_yn(int64_t n, double x)
{
    const double TWO302 = 0x1p302;
    if (x < 0 || isnan(x))
        return go_nan();
    if (is_inf(x, 1))
        return 0;
    if (n == 0)
        return go_y0(x);
    if (x == 0) {
        if (n < 0 && (n & 1) == 1)
            return INFINITY;
        return -INFINITY;
    }
    bool sign = false;
    if (n < 0) {
        n = wrap_neg(n);
        if ((n & 1) == 1)
            sign = true;
    }
    if (n == 1)
        return sign ? -go_y1(x) : go_y1(x);
    double b;
    if (x >= TWO302) {
        double s = go_sin(x), c = go_cos(x), temp = 0;
        switch (n & 3) {
        case 0:
            temp = s - c;
            break;
        case 1:
            temp = -s - c;
            break;
        case 2:
            temp = -s + c;
            break;
        case 3:
            temp = s + c;
            break;
        }
        b = INV_SQRT_PI * temp / sqrt(x);
    } else {
        double a = go_y0(x);
        b = go_y1(x);
        for (int64_t i = 1; i < n && !is_inf(b, -1); i++) {
            double nb = ((double)wrap_add(i, i) / x) * b - a;
            a = b;
            b = nb;
        }
    }
    return sign ? -b : b;
}

/* ---- Logb, Ilogb ---- */

/* ilogb is the binary exponent of finite nonzero x, denormals included. */
static int64_t exponent_of(double x)
{
    int64_t e = 0;
    if (fabs(x) < 0x1p-1022) { /* normalize a denormal */
        x *= 0x1p52;
        e = -52;
    }
    return (int64_t)((bits_of(x) >> 52) & 0x7ff) - 1023 + e;
}

int64_t go_ilogb(double x)
{
    if (x == 0)
        return INT32_MIN;
    if (isnan(x) || is_inf(x, 0))
        return INT32_MAX;
    return exponent_of(x);
}

double go_logb(double x)
{
    if (x == 0)
        return -INFINITY;
    if (is_inf(x, 0))
        return INFINITY;
    if (isnan(x))
        return x;
    return (double)exponent_of(x);
}
