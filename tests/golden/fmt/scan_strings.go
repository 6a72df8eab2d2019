// scan_strings: Sscan, Sscanln and Sscanf into every operand type, with Go's verbs, widths,
// return counts and error messages.
package main

import (
	"fmt"
)

type MyInt int
type MyStr string
type MyBytes []byte
type MyFloat float32
type MyBool bool
type MyUint8 uint8
type T struct{ A int }

// Pair implements fmt.Scanner.
type Pair struct{ K, V string }

func (p *Pair) Scan(st fmt.ScanState, verb rune) error {
	tok, err := st.Token(true, func(r rune) bool { return r != '=' && r != ' ' && r != '\n' })
	if err != nil {
		return err
	}
	p.K = string(tok)
	r, _, err := st.ReadRune()
	if err != nil {
		return err
	}
	if r != '=' {
		return fmt.Errorf("pair: expected '=', got %q", r)
	}
	tok, err = st.Token(false, nil)
	p.V = string(tok)
	w, ok := st.Width()
	if ok {
		p.V += fmt.Sprint("/w", w)
	}
	return err
}

func show(name string, n int, err error, vals ...any) {
	fmt.Printf("%s: n=%d err=%v", name, n, err)
	for _, v := range vals {
		fmt.Printf(" %#v", v)
	}
	fmt.Println()
}

func main() {
	var i int
	var i8 int8
	var i16 int16
	var i32 int32
	var i64 int64
	var u uint
	var u8 uint8
	var u16 uint16
	var u32 uint32
	var u64 uint64
	var up uintptr
	var f32 float32
	var f64 float64
	var s, s2 string
	var b bool
	var bs []byte
	var r rune

	n, err := fmt.Sscan("1 -2 3 -4 5", &i, &i8, &i16, &i32, &i64)
	show("ints", n, err, i, i8, i16, i32, i64)
	n, err = fmt.Sscan("6 7 8 9 10 11", &u, &u8, &u16, &u32, &u64, &up)
	show("uints", n, err, u, u8, u16, u32, u64, up)
	n, err = fmt.Sscan("1.5 -2.25e3", &f32, &f64)
	show("floats", n, err, f32, f64)
	n, err = fmt.Sscan("word true bytes", &s, &b, &bs)
	show("mixed", n, err, s, b, string(bs))
	n, err = fmt.Sscan("  lead\n\n  newline  \t tab ", &s, &s2)
	show("spaces", n, err, s, s2)
	n, err = fmt.Sscan("0x1F 0o17 0b101 017 1_000", &i, &i8, &i16, &i32, &i64)
	show("prefixes", n, err, i, i8, i16, i32, i64)
	n, err = fmt.Sscan("+5 -0", &i, &i8)
	show("signs", n, err, i, i8)
	n, err = fmt.Sscan("T F true false TRUE 0 1", &b, &b, &b, &b, &b, &b, &b)
	show("bools", n, err, b)
	n, err = fmt.Sscan("tru", &b)
	show("badbool", n, err, b)
	n, err = fmt.Sscan("yes", &b)
	show("badbool2", n, err, b)
	n, err = fmt.Sscan("nan -Inf +inf 0x1p-2 1e400", &f64, &f64, &f64, &f64, &f64)
	show("specialfloats", n, err, f64)
	n, err = fmt.Sscan("1e40", &f32)
	show("f32range", n, err, f32)
	n, err = fmt.Sscan("1p3", &f64)
	show("pexp", n, err, f64)

	// errors
	n, err = fmt.Sscan("", &i)
	show("empty", n, err)
	n, err = fmt.Sscan("   ", &i)
	show("blank", n, err)
	n, err = fmt.Sscan("12", &i, &i8)
	show("short", n, err, i)
	n, err = fmt.Sscan("abc", &i)
	show("notint", n, err)
	n, err = fmt.Sscan("-", &i)
	show("sign only", n, err)
	n, err = fmt.Sscan("300", &i8)
	show("overflow8", n, err, i8)
	n, err = fmt.Sscan("99999999999999999999", &i64)
	show("overflow64", n, err, i64)
	n, err = fmt.Sscan("-1", &u)
	show("negative uint", n, err, u)
	n, err = fmt.Sscan("256", &u8)
	show("overflow u8", n, err, u8)
	n, err = fmt.Sscan("1.5.5", &f64)
	show("badfloat", n, err, f64)
	n, err = fmt.Sscan("x", &f64)
	show("notfloat", n, err, f64)
	n, err = fmt.Sscan("5", &T{})
	show("struct", n, err)
	n, err = fmt.Sscan("5", i)
	show("nonpointer", n, err)
	n, err = fmt.Sscan("5", new([]int))
	show("intslice", n, err)
	n, err = fmt.Sscan("5 6", &i)
	show("extra input", n, err, i)
	n, err = fmt.Sscan("0x", &i)
	show("0x", n, err, i)
	n, err = fmt.Sscan("08", &i)
	show("08", n, err, i)
	n, err = fmt.Sscan("1__0", &i)
	show("1__0", n, err, i)

	// named types (reflection in Go)
	var mi MyInt
	var ms MyStr
	var mb MyBytes
	var mf MyFloat
	var mbo MyBool
	var mu MyUint8
	n, err = fmt.Sscan("42 named bytes 2.5 true 200", &mi, &ms, &mb, &mf, &mbo, &mu)
	show("named", n, err, mi, ms, mb, mf, mbo, mu)
	n, err = fmt.Sscan("300", &mu)
	show("named overflow", n, err, mu)

	// Scanner
	var p Pair
	n, err = fmt.Sscan("key=value rest", &p)
	show("scanner", n, err, p)
	n, err = fmt.Sscan("novalue", &p)
	show("scanner eof", n, err, p)
	n, err = fmt.Sscan("k:v", &p)
	show("scanner err", n, err, p)
	n, err = fmt.Sscanf("a=bcdefg", "%5v", &p)
	show("scanner width", n, err, p)

	// Sscanln
	n, err = fmt.Sscanln("1 2\n3", &i, &i8)
	show("ln", n, err, i, i8)
	n, err = fmt.Sscanln("1\n2", &i, &i8)
	show("ln newline", n, err, i)
	n, err = fmt.Sscanln("1 2 3", &i, &i8)
	show("ln extra", n, err, i, i8)
	n, err = fmt.Sscanln("1 2   \n", &i, &i8)
	show("ln trailing space", n, err, i, i8)
	n, err = fmt.Sscanln("", &i)
	show("ln empty", n, err)
	n, err = fmt.Sscanln("\n", &i)
	show("ln just newline", n, err)
	n, err = fmt.Sscanln("5 x", &i, &s)
	show("ln str", n, err, i, s)
	n, err = fmt.Sscanln("1 2\r\n", &i, &i8)
	show("ln crlf", n, err, i, i8)

	// Sscanf
	n, err = fmt.Sscanf("10 0x1f 017 101", "%d %x %o %b", &i, &i8, &i16, &i32)
	show("f verbs", n, err, i, i8, i16, i32)
	n, err = fmt.Sscanf("ff FF", "%x %X", &u, &u8)
	show("f hex", n, err, u, u8)
	n, err = fmt.Sscanf("U+1F600", "%U", &r)
	show("f U", n, err, r)
	n, err = fmt.Sscanf("hello world", "%s %s", &s, &s2)
	show("f strings", n, err, s, s2)
	n, err = fmt.Sscanf(`"quoted \"str\"" `+"`raw`", "%q %q", &s, &s2)
	show("f q", n, err, s, s2)
	n, err = fmt.Sscanf("68656c6c6f", "%x", &s)
	show("f xstring", n, err, s)
	n, err = fmt.Sscanf("6g", "%x", &s)
	show("f bad hex", n, err, s)
	n, err = fmt.Sscanf("zz", "%x", &bs)
	show("f no hex", n, err, bs)
	n, err = fmt.Sscanf("abc", "%c%c%c", &r, &i, &i8)
	show("f c", n, err, r, i, i8)
	n, err = fmt.Sscanf(" x", "%c", &r)
	show("f c space", n, err, r)
	n, err = fmt.Sscanf("世界", "%c", &r)
	show("f c utf8", n, err, r)
	n, err = fmt.Sscanf("é", "%c", &i8)
	show("f c overflow", n, err, i8)
	n, err = fmt.Sscanf("3.5 1e2 -7 8", "%f %g %e %v", &f64, &f32, &f64, &f32)
	show("f floats", n, err, f64, f32)
	n, err = fmt.Sscanf("true false", "%t %v", &b, &b)
	show("f bools", n, err, b)
	n, err = fmt.Sscanf("12345678", "%3d%2d%d", &i, &i8, &i16)
	show("f widths", n, err, i, i8, i16)
	n, err = fmt.Sscanf("abcdefgh", "%3s%2s", &s, &s2)
	show("f string widths", n, err, s, s2)
	n, err = fmt.Sscanf("1.2345", "%4f", &f64)
	show("f float width", n, err, f64)
	n, err = fmt.Sscanf("  12345", "%2d", &i)
	show("f width after space", n, err, i)
	n, err = fmt.Sscanf("x=1, y=2", "x=%d, y=%d", &i, &i8)
	show("f literal", n, err, i, i8)
	n, err = fmt.Sscanf("x:1", "x=%d", &i)
	show("f mismatch", n, err)
	n, err = fmt.Sscanf("50%", "%d%%", &i)
	show("f percent", n, err, i)
	n, err = fmt.Sscanf("50 %", "%d %%", &i)
	show("f percent space", n, err, i)
	n, err = fmt.Sscanf("50x", "%d%%", &i)
	show("f percent missing", n, err, i)
	n, err = fmt.Sscanf("1\n2", "%d %d", &i, &i8)
	show("f newline vs space", n, err, i)
	n, err = fmt.Sscanf("1\n2", "%d\n%d", &i, &i8)
	show("f newline", n, err, i, i8)
	n, err = fmt.Sscanf("1 2", "%d\n%d", &i, &i8)
	show("f newline in format", n, err, i)
	n, err = fmt.Sscanf("1", "%d %d", &i, &i8)
	show("f eof", n, err, i)
	n, err = fmt.Sscanf("1 2", "%d", &i, &i8)
	show("f too many", n, err, i)
	n, err = fmt.Sscanf("1 2", "%d %d", &i)
	show("f too few", n, err, i)
	n, err = fmt.Sscanf("1", "%d %", &i)
	show("f trailing percent", n, err, i)
	n, err = fmt.Sscanf("5", "%s", &i)
	show("f bad verb int", n, err)
	n, err = fmt.Sscanf("5", "%d", &s)
	show("f bad verb string", n, err)
	n, err = fmt.Sscanf("5", "%d", &f64)
	show("f bad verb float", n, err)
	n, err = fmt.Sscanf("t", "%d", &b)
	show("f bad verb bool", n, err)
	n, err = fmt.Sscanf("abc", "abd")
	show("f literal only", n, err)
	n, err = fmt.Sscanf("abc", "abc")
	show("f literal ok", n, err)
	n, err = fmt.Sscanf("", "%d", &i)
	show("f empty", n, err)
	n, err = fmt.Sscanf("7", "%v", &ms)
	show("f named", n, err, ms)
	n, err = fmt.Sscanf("1\n", "%d\n", &i)
	show("f trailing newline", n, err, i)
	n, err = fmt.Sscanf("1\n\n2", "%d\n\n%d", &i, &i8)
	show("f two newlines", n, err, i, i8)
	n, err = fmt.Sscanf("1 \n 2", "%d \n %d", &i, &i8)
	show("f spaced newline", n, err, i, i8)
	n, err = fmt.Sscanf("ab", "a %s", &s)
	show("f space required", n, err, s)
	n, err = fmt.Sscanf("9", "%5c", &r)
	show("f width c", n, err, r)
	n, err = fmt.Sscanf("-12", "%2d", &i)
	show("f width sign", n, err, i)
	n, err = fmt.Sscanf("\"abc", "%q", &s)
	show("f q eof", n, err, s)
	n, err = fmt.Sscanf("abc", "%q", &s)
	show("f q unquoted", n, err, s)
	n, err = fmt.Sscanf(`"\z"`, "%q", &s)
	show("f q bad escape", n, err, s)
	n, err = fmt.Sscanf("12", "%d%d", &i, &i8)
	show("f adjacent", n, err, i)
}
