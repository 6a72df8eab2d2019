package main

import (
	"errors"
	"fmt"
	"math"
	"strconv"
)

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, "panic:", r)
		}
	}()
	f()
}

func main() {
	ints := []string{"", "0", "-0", "+5", "-5", "12345", "x", "1x", "0x1f", "0X1F", "0b101", "0o17", "017", "0_1", "1_000",
		"1__0", "_1", "1_", "0x_1f", "0x", "-0x10", "9223372036854775807", "9223372036854775808", "-9223372036854775808",
		"-9223372036854775809", "18446744073709551615", "18446744073709551616", "99999999999999999999999", "+", "-", " 1",
		"1 ", "١٢", "0b", "0o8", "zz", "ZZ", "-zz", "128", "-129", "255", "256", "32767", "65536", "2147483648"}
	for _, s := range ints {
		fmt.Printf("%q:", s)
		v, err := strconv.Atoi(s)
		fmt.Print(" Atoi=", v, " ", err)
		for _, base := range []int{0, 10, 16, 36} {
			for _, bits := range []int{0, 8, 32} {
				i, err := strconv.ParseInt(s, base, bits)
				u, uerr := strconv.ParseUint(s, base, bits)
				fmt.Print(" | ", base, "/", bits, " ", i, " ", err, " ", u, " ", uerr)
			}
		}
		fmt.Println()
	}
	for _, c := range []struct{ base, bits int }{{1, 64}, {37, 64}, {-1, 0}, {10, 65}, {10, -1}, {1, 65}} {
		_, err := strconv.ParseInt("10", c.base, c.bits)
		_, uerr := strconv.ParseUint("10", c.base, c.bits)
		fmt.Println(c.base, c.bits, err, "|", uerr)
	}
	floats := []string{"", "0", "-0", "1", "+1.5", "-1.5e10", ".5", "5.", ".", "e5", "1e", "1e+", "1e-5", "1E5", "1_000.5", "1__0",
		"0x1p-2", "0x1.8p1", "0X1P+10", "0x1", "0x.8p0", "0x1.fffffffffffffp1023", "0x1p1024", "1e308", "1e309", "-1e309",
		"1e-324", "5e-324", "2e-324", "4.9406564584124654e-324", "2.2250738585072011e-308", "inf", "+Inf", "-INF", "infinity",
		"-Infinity", "infinit", "nan", "NaN", "-nan", "+nan", "nanx", "1.7976931348623157e308", "1.7976931348623159e308",
		"3.4028235e38", "3.5e38", "1e-46", "123456789012345678901234567890", "0.1", "0.2", "0.30000000000000004",
		"1_2.3_4e1_0", "_1", "1_", "0x_1p0", "1e1_0", "١", "1.5x", "1,5", "0x1.0p-1074", "0x1p-1075", "9007199254740993"}
	for _, s := range floats {
		f, err := strconv.ParseFloat(s, 64)
		g, err32 := strconv.ParseFloat(s, 32)
		fmt.Printf("%q: %v %v %b | %v %v %x\n", s, f, err, math.Float64bits(f), g, err32, math.Float64bits(g))
	}
	fmt.Println(strconv.ParseBool("true"))
	fmt.Println(strconv.ParseBool("T"))
	fmt.Println(strconv.ParseBool("0"))
	fmt.Println(strconv.ParseBool("yes"))
	fmt.Println(strconv.ParseBool(""))
	// NumError
	_, err := strconv.Atoi("999999999999999999999")
	var ne *strconv.NumError
	fmt.Println(errors.As(err, &ne), ne.Func, ne.Num, ne.Err == strconv.ErrRange, errors.Is(err, strconv.ErrRange),
		errors.Unwrap(err) == strconv.ErrRange)
	_, err = strconv.ParseFloat("abc", 64)
	fmt.Println(err, errors.Is(err, strconv.ErrSyntax))
	_, err = strconv.ParseInt("\x00\xff\"", 10, 64)
	fmt.Println(err)
	fmt.Println(strconv.ErrRange, strconv.ErrSyntax, strconv.IntSize)
	// formatting edge cases
	for _, f := range []float64{0, math.Copysign(0, -1), 1, -1, 0.1, 1e21, 1e20, 123456789, 1e-7, 1.5e-5, math.MaxFloat64,
		math.SmallestNonzeroFloat64, math.Inf(1), math.Inf(-1), math.NaN(), 100, 0.000001, 1234.5678, 2.5, 3.5, -2.5} {
		for _, fm := range []byte{'b', 'e', 'E', 'f', 'g', 'G', 'x', 'X', 'v', 'z'} {
			for _, prec := range []int{-1, 0, 1, 3, 17} {
				fmt.Print(strconv.FormatFloat(f, fm, prec, 64), " ")
			}
			fmt.Print(strconv.FormatFloat(f, fm, -1, 32), " ", strconv.FormatFloat(f, fm, 2, 32), "; ")
		}
		fmt.Println()
	}
	fmt.Println(strconv.FormatInt(math.MinInt64, 2), strconv.FormatInt(math.MinInt64, 36), strconv.FormatUint(math.MaxUint64, 36),
		strconv.FormatInt(-255, 16), strconv.Itoa(0), strconv.FormatBool(true), string(strconv.AppendBool([]byte("b:"), false)),
		string(strconv.AppendUint(nil, 42, 7)), string(strconv.AppendFloat([]byte("f:"), 1.5, 'e', -1, 64)))
	try("FormatInt base 1", func() { strconv.FormatInt(1, 1) })
	try("FormatUint base 37", func() { strconv.FormatUint(1, 37) })
	try("AppendInt base 0", func() { strconv.AppendInt(nil, 1, 0) })
	try("FormatFloat bitSize", func() { strconv.FormatFloat(1, 'g', -1, 16) })
}
