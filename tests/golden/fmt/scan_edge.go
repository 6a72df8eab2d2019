// scan_edge: Scanner methods using ReadRune/Token/Width/Read under Sscan, Sscanln and
// Sscanf; spaces, newlines and %% in formats; number syntaxes.
package main

import (
	"fmt"
	"strings"
)

type Line struct{ runes []rune }

func (l *Line) Scan(st fmt.ScanState, verb rune) error {
	st.SkipSpace()
	for {
		r, _, err := st.ReadRune()
		if err != nil {
			return nil
		}
		l.runes = append(l.runes, r)
	}
}

type Upper string

func (u *Upper) Scan(st fmt.ScanState, verb rune) error {
	tok, err := st.Token(true, nil)
	*u = Upper(strings.ToUpper(string(tok)))
	w, ok := st.Width()
	fmt.Println("  verb", string(verb), "width", w, ok)
	return err
}

type Bad struct{}

func (*Bad) Scan(st fmt.ScanState, verb rune) error {
	_, err := st.Read(make([]byte, 1))
	return err
}

func main() {
	var l Line
	n, err := fmt.Sscanln("  ab c\nde", &l)
	fmt.Printf("%d %v %q\n", n, err, string(l.runes))
	l = Line{}
	n, err = fmt.Sscan("  ab c\nde", &l)
	fmt.Printf("%d %v %q\n", n, err, string(l.runes))
	l = Line{}
	n, err = fmt.Sscanf("abcdef", "%3v", &l)
	fmt.Printf("%d %v %q\n", n, err, string(l.runes))
	var u1, u2 Upper
	n, err = fmt.Sscanf("hello world", "%s %4q", &u1, &u2)
	fmt.Println(n, err, u1, u2)
	n, err = fmt.Sscan("", &u1)
	fmt.Println(n, err)
	n, err = fmt.Sscan("x", &Bad{})
	fmt.Println(n, err)
	var s string
	var i int
	n, err = fmt.Sscanf("key: 12", "key: %d", &i)
	fmt.Println(n, err, i)
	n, err = fmt.Sscanf("abc 12", "%s%d", &s, &i)
	fmt.Println(n, err, s, i)
	n, err = fmt.Sscanf("  12", " %d", &i)
	fmt.Println(n, err, i)
	n, err = fmt.Sscanf("12  ", "%d ", &i)
	fmt.Println(n, err, i)
	n, err = fmt.Sscanf("12\n", "%d", &i)
	fmt.Println(n, err, i)
	n, err = fmt.Sscanf("\n12", "%d", &i)
	fmt.Println(n, err, i)
	n, err = fmt.Sscanf("\n12", "\n%d", &i)
	fmt.Println(n, err, i)
	n, err = fmt.Sscanf("12 13", "%d\n%d", &i, &i)
	fmt.Println(n, err, i)
	var r rune
	n, err = fmt.Sscanf("a\nb", "a%cb", &r)
	fmt.Println(n, err, r)
	n, err = fmt.Sscanf("1 %", "%d %%", &i)
	fmt.Println(n, err, i)
	n, err = fmt.Sscanf("1%%", "%d%%%%", &i)
	fmt.Println(n, err, i)
	n, err = fmt.Sscanf("x", "%%")
	fmt.Println(n, err)
	n, err = fmt.Sscanf("5", "%v%", &i)
	fmt.Println(n, err, i)
	n, err = fmt.Sscanf("5", "%", &i)
	fmt.Println(n, err, i)
	var b []byte
	n, err = fmt.Sscanf("zz 414243", "zz %X", &b)
	fmt.Println(n, err, string(b))
	n, err = fmt.Sscanf("0x10", "%v", &i)
	fmt.Println(n, err, i)
	n, err = fmt.Sscanf("0x10", "%x", &i)
	fmt.Println(n, err, i)
	n, err = fmt.Sscanf("-0x10", "%v", &i)
	fmt.Println(n, err, i)
	var u uint
	n, err = fmt.Sscanf("+5", "%d", &u)
	fmt.Println(n, err, u)
	var f float64
	n, err = fmt.Sscanf("1_000.5", "%f", &f)
	fmt.Println(n, err, f)
	n, err = fmt.Sscanf("0x1.8p1", "%g", &f)
	fmt.Println(n, err, f)
	n, err = fmt.Sscanf(".5", "%g", &f)
	fmt.Println(n, err, f)
	n, err = fmt.Sscanf("5.", "%g", &f)
	fmt.Println(n, err, f)
	n, err = fmt.Sscanf("e5", "%g", &f)
	fmt.Println(n, err, f)
	n, err = fmt.Sscanf("1e", "%g", &f)
	fmt.Println(n, err, f)
	n, err = fmt.Sscan("infinity", &f)
	fmt.Println(n, err, f)
	var ii int
	n, err = fmt.Sscan("1 2", &ii, &ii, &ii)
	fmt.Println(n, err, ii)
}
