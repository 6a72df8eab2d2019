package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(math.E, math.Pi, math.Phi, math.Sqrt2, math.SqrtE, math.SqrtPi, math.SqrtPhi)
	fmt.Println(math.Ln2, math.Log2E, math.Ln10, math.Log10E)
	fmt.Println(math.MaxFloat32, math.SmallestNonzeroFloat32, math.MaxFloat64, math.SmallestNonzeroFloat64)
	fmt.Printf("%b %b\n", math.MaxFloat64, math.SmallestNonzeroFloat64)
	fmt.Println(math.MaxInt, math.MinInt, math.MaxInt8, math.MinInt8, math.MaxInt16, math.MinInt16, math.MaxInt32, math.MinInt32, math.MaxInt64, math.MinInt64)
	fmt.Println(uint(math.MaxUint), math.MaxUint8, math.MaxUint16, uint32(math.MaxUint32), uint64(math.MaxUint64))
	var f32 float32 = math.MaxFloat32
	fmt.Println(f32, float32(math.SmallestNonzeroFloat32))

	fmt.Println(math.Sqrt(2), math.Sqrt(-1), math.Cbrt(27), math.Cbrt(-8), math.Hypot(3, 4), math.Hypot(math.Inf(1), math.NaN()))
	fmt.Println(math.Pow(2, 10), math.Pow(-8, 1.0/3), math.Pow(0, -1), math.Pow(math.Copysign(0, -1), -3), math.Pow(-1, math.Inf(1)), math.Pow(1, math.NaN()), math.Pow(math.NaN(), 0), math.Pow(-2, 0.5), math.Pow(2, -1075), math.Pow(10, 308.5))
	fmt.Println(math.Mod(7, 3), math.Mod(-7, 3), math.Mod(7, -3), math.Mod(5, 0), math.Mod(math.Inf(1), 2), math.Mod(3, math.Inf(1)))
	fmt.Println(math.Remainder(7, 3), math.Remainder(-7, 2), math.Remainder(5.5, 2))
	fr, ex := math.Frexp(8)
	fmt.Println(fr, ex, math.Ldexp(0.5, 4), math.Ldexp(1, -1075), math.Ldexp(1.5, -1075), math.Ldexp(1, 1024), math.Ldexp(3, -1076))
	ip, fp := math.Modf(-3.25)
	fmt.Println(ip, fp)
	ip, fp = math.Modf(math.Inf(-1))
	fmt.Println(ip, fp)
	lg, sg := math.Lgamma(-2.5)
	fmt.Println(lg, sg, math.Gamma(5), math.Gamma(0.5), math.Gamma(-1), math.Gamma(171.7), math.Gamma(-171.5))
	fmt.Println(math.Erf(0.5), math.Erfc(0.5), math.Erfinv(0.5), math.Erfcinv(0.5), math.Erfinv(1), math.Erfinv(-1), math.Erfinv(2))
	fmt.Println(math.J0(1), math.J1(1), math.Jn(3, 2.5), math.Y0(1), math.Y1(1), math.Yn(3, 2.5), math.Yn(2, 0), math.Yn(-3, 0))
	fmt.Println(math.Logb(8), math.Ilogb(8), math.Ilogb(0), math.Ilogb(math.NaN()), math.Logb(0), math.Logb(5e-324), math.Ilogb(5e-324))
	fmt.Println(math.FMA(2, 3, 4), math.FMA(0.1, 10, -1), math.FMA(math.Inf(1), 0, 1))
	fmt.Println(math.Nextafter(1, 2), math.Nextafter(1, 0), math.Nextafter(0, -1), math.Nextafter(0, math.Copysign(0, -1)), math.Nextafter32(1, 2), math.Nextafter32(0, -1))
	fmt.Println(math.Float64bits(1.5), math.Float64frombits(0x4009_21fb_5444_2d18), math.Float32bits(1.5), math.Float32frombits(0x40490fdb))
	fmt.Println(math.NaN(), math.Inf(1), math.Inf(-1), math.Inf(0), math.IsNaN(math.NaN()), math.IsInf(math.Inf(-1), -1), math.IsInf(math.Inf(-1), 1), math.IsInf(1, 0))
	fmt.Println(math.Signbit(math.Copysign(0, -1)), math.Signbit(0), math.Copysign(3, -0.0), math.Copysign(3, math.Copysign(0, -1)), math.Abs(-2), math.Abs(math.Inf(-1)))
	fmt.Println(math.Max(1, 2), math.Max(math.NaN(), math.Inf(1)), math.Max(0, math.Copysign(0, -1)), math.Min(0, math.Copysign(0, -1)), math.Min(math.NaN(), 1), math.Dim(5, 3), math.Dim(3, 5))
	fmt.Println(math.Round(2.5), math.Round(-2.5), math.RoundToEven(2.5), math.RoundToEven(3.5), math.Trunc(-2.7), math.Floor(-2.5), math.Ceil(-2.5))
	fmt.Println(math.Pow10(0), math.Pow10(23), math.Pow10(-5), math.Pow10(309), math.Pow10(-324), math.Pow10(308), math.Pow10(-323))
	s, c := math.Sincos(1)
	fmt.Println(s, c, math.Sin(1e22), math.Cos(1e300), math.Tan(math.Pi/2))
	fmt.Println(math.Asin(2), math.Acos(-1), math.Atan(math.Inf(1)), math.Atan2(-0.0, -1), math.Atan2(math.Copysign(0, -1), -1), math.Atan2(math.Inf(-1), math.Inf(-1)))
	fmt.Println(math.Sinh(1), math.Cosh(1), math.Tanh(20), math.Asinh(1), math.Acosh(0.5), math.Atanh(1), math.Atanh(0.5))
	fmt.Println(math.Exp(1), math.Exp(710), math.Exp(-746), math.Exp2(0.5), math.Expm1(1e-10), math.Log(-1), math.Log(0), math.Log2(8), math.Log10(1000), math.Log1p(-1))
}
