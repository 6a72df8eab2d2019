package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"unicode"
)

type shortWriter struct{ max int }

func (w *shortWriter) Write(p []byte) (int, error) {
	if len(p) > w.max {
		return w.max, nil
	}
	return len(p), nil
}

type errWriter struct{}

func (errWriter) Write(p []byte) (int, error) { return 1, errors.New("boom") }

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, "panic:", r)
		}
	}()
	f()
}

func show(name string, b []byte) {
	fmt.Printf("%s=%q(nil=%v) ", name, b, b == nil)
}

func showAll(name string, bs [][]byte) {
	fmt.Printf("%s=%q(nil=%v,len=%d) ", name, bs, bs == nil, len(bs))
}

func main() {
	inputs := []string{"", "a", "abc", "héllo wörld", "a\xffb\xc3", "  \t x y  z\n", "ΑΒΓ αβγ", "aaaa", "\u2028x\u00a0", "   "}
	for _, str := range inputs {
		s := []byte(str)
		fmt.Printf("%q:\n  ", str)
		show("up", bytes.ToUpper(s))
		show("lo", bytes.ToLower(s))
		show("ti", bytes.ToTitle(s))
		show("Ti", bytes.Title(s))
		show("valid", bytes.ToValidUTF8(s, []byte("?")))
		show("tr", bytes.ToUpperSpecial(unicode.TurkishCase, s))
		fmt.Println()
		fmt.Print("  ")
		show("trim", bytes.Trim(s, " a\xff"))
		show("tl", bytes.TrimLeft(s, "a "))
		show("tr", bytes.TrimRight(s, "\n z"))
		show("ts", bytes.TrimSpace(s))
		show("tf", bytes.TrimFunc(s, unicode.IsSpace))
		show("tlf", bytes.TrimLeftFunc(s, unicode.IsLetter))
		show("trf", bytes.TrimRightFunc(s, unicode.IsLetter))
		show("tnone", bytes.Trim(s, ""))
		fmt.Println()
		fmt.Print("  ")
		showAll("fields", bytes.Fields(s))
		showAll("ff", bytes.FieldsFunc(s, func(r rune) bool { return r == 'l' || r == ' ' }))
		showAll("split", bytes.Split(s, []byte("a")))
		showAll("splitn", bytes.SplitN(s, []byte("l"), 2))
		showAll("after", bytes.SplitAfter(s, []byte(" ")))
		showAll("aftern", bytes.SplitAfterN(s, []byte("a"), 3))
		showAll("explode", bytes.Split(s, nil))
		showAll("explode2", bytes.SplitN(s, nil, 2))
		showAll("n0", bytes.SplitN(s, []byte("a"), 0))
		fmt.Println()
		fmt.Printf("  count=%d %d idx=%d %d %d %d any=%d %d lastany=%d %d rune=%d %d func=%d %d\n",
			bytes.Count(s, []byte("a")), bytes.Count(s, nil), bytes.Index(s, []byte("l")), bytes.LastIndex(s, []byte("l")),
			bytes.IndexByte(s, 'a'), bytes.LastIndexByte(s, 'a'), bytes.IndexAny(s, "xö"), bytes.IndexAny(s, "\xfe"),
			bytes.LastIndexAny(s, "ab"), bytes.LastIndexAny(s, "\ufffd"), bytes.IndexRune(s, 'ö'), bytes.IndexRune(s, unicode.ReplacementChar),
			bytes.IndexFunc(s, unicode.IsUpper), bytes.LastIndexFunc(s, unicode.IsLetter))
		fmt.Print("  ")
		show("map", bytes.Map(func(r rune) rune {
			if r == 'a' {
				return -1
			}
			return unicode.ToUpper(r)
		}, s))
		show("rep", bytes.Replace(s, []byte("a"), []byte("A"), 2))
		show("repall", bytes.ReplaceAll(s, nil, []byte("|")))
		show("rep0", bytes.Replace(s, []byte("a"), []byte("A"), 0))
		show("clone", bytes.Clone(s))
		fmt.Printf("runes=%q\n", bytes.Runes(s))
	}
	// aliasing and capacities
	s := make([]byte, 5)
	copy(s, "a,b,c")
	parts := bytes.Split(s, []byte(","))
	fmt.Println(len(parts[0]), cap(parts[0]), cap(parts[2]))
	parts[0] = append(parts[0], 'X')
	fmt.Printf("%s\n", s)
	f := bytes.Fields([]byte(" x  yy "))
	fmt.Println(cap(f[0]), cap(f[1]))
	t := bytes.TrimSpace(s)
	t[0] = 'Z'
	fmt.Printf("%s\n", s)
	fmt.Println(bytes.Equal(nil, []byte{}), bytes.Equal([]byte("a"), []byte("b")), bytes.Compare(nil, []byte{}),
		bytes.Compare([]byte("a"), []byte("ab")), bytes.Compare([]byte("b"), []byte("ab")))
	fmt.Println(bytes.Contains([]byte("seafood"), []byte("foo")), bytes.ContainsAny([]byte("x"), ""), bytes.ContainsRune([]byte("héllo"), 'é'),
		bytes.ContainsFunc([]byte("ab1"), unicode.IsDigit), bytes.HasPrefix([]byte("go"), []byte("gopher")), bytes.HasSuffix([]byte("gopher"), []byte("her")))
	fmt.Println(bytes.EqualFold([]byte("Go"), []byte("GO")), bytes.EqualFold([]byte("σ"), []byte("Σ")), bytes.EqualFold([]byte("a"), []byte("")))
	b, a, found := bytes.Cut([]byte("k=v"), []byte("="))
	fmt.Printf("%q %q %v\n", b, a, found)
	b, a, found = bytes.Cut([]byte("kv"), []byte("="))
	fmt.Printf("%q %q %v %v\n", b, a, found, a == nil)
	a, found = bytes.CutPrefix([]byte("prefix-x"), []byte("prefix-"))
	fmt.Printf("%q %v\n", a, found)
	a, found = bytes.CutSuffix([]byte("x.go"), []byte(".c"))
	fmt.Printf("%q %v\n", a, found)
	fmt.Printf("%q %q\n", bytes.TrimPrefix([]byte("abc"), []byte("ab")), bytes.TrimSuffix([]byte("abc"), []byte("bc")))
	show("join0", bytes.Join(nil, []byte(",")))
	show("join1", bytes.Join([][]byte{{}}, []byte(",")))
	show("join1b", bytes.Join([][]byte{[]byte("x")}, []byte(",")))
	show("join3", bytes.Join([][]byte{[]byte("x"), nil, []byte("z")}, []byte(", ")))
	show("rep0", bytes.Repeat([]byte("ab"), 0))
	show("rep3", bytes.Repeat([]byte("ab"), 3))
	show("repe", bytes.Repeat(nil, 3))
	fmt.Println()
	fmt.Println(bytes.Clone(nil) == nil, bytes.Clone([]byte{}) == nil)
	try("Repeat", func() { bytes.Repeat([]byte("x"), -1) })
	try("RepeatOverflow", func() { bytes.Repeat([]byte("xx"), 1<<62) })
	try("Truncate", func() { var b bytes.Buffer; b.WriteString("abc"); b.Truncate(4) })
	try("TruncateNeg", func() { var b bytes.Buffer; b.Truncate(-1) })
	try("Grow", func() { var b bytes.Buffer; b.Grow(-1) })

	// Buffer
	var buf bytes.Buffer
	fmt.Println(buf.Len(), buf.Cap(), buf.Available(), buf.String() == "")
	buf.WriteString("hello")
	fmt.Println(buf.Len(), buf.Cap(), buf.Available(), len(buf.AvailableBuffer()), cap(buf.AvailableBuffer()))
	buf.WriteByte(' ')
	n, err := buf.WriteRune('世')
	fmt.Println(n, err)
	buf.WriteRune(-5)
	buf.Write([]byte("!!\nsecond line\nthird"))
	fmt.Printf("%q %d %d\n", buf.String(), buf.Len(), buf.Cap())
	line, err := buf.ReadString('\n')
	fmt.Printf("%q %v\n", line, err)
	fmt.Println(buf.UnreadByte(), buf.UnreadByte())
	lb, err := buf.ReadBytes('\n')
	fmt.Printf("%q %v\n", lb, err)
	r, size, err := buf.ReadRune()
	fmt.Println(r, size, err, buf.UnreadRune(), buf.UnreadRune())
	fmt.Printf("%q\n", buf.Next(3))
	fmt.Println(buf.UnreadRune())
	c, err := buf.ReadByte()
	fmt.Println(c, err)
	lb, err = buf.ReadBytes('\n')
	fmt.Printf("%q %v\n", lb, err)
	c, err = buf.ReadByte()
	fmt.Println(c, err, buf.Len())
	_, _, err = buf.ReadRune()
	fmt.Println(err)
	p := make([]byte, 4)
	n, err = buf.Read(p)
	fmt.Println(n, err)
	n, err = buf.Read(nil)
	fmt.Println(n, err)
	for i := 0; i < 10; i++ {
		buf.WriteString("0123456789abcdef0123456789")
		fmt.Print(buf.Cap(), " ")
	}
	fmt.Println()
	buf.Next(200)
	buf.WriteString("x")
	fmt.Println(buf.Len(), buf.Cap())
	buf.Grow(1000)
	fmt.Println(buf.Len(), buf.Cap())
	buf.Truncate(0)
	fmt.Println(buf.Len(), buf.Cap())
	nb := bytes.NewBufferString("from string")
	fmt.Println(nb.Len(), nb.String())
	nb = bytes.NewBuffer(make([]byte, 3, 10))
	fmt.Println(nb.Len(), nb.Cap())
	var rb bytes.Buffer
	nn, err := rb.ReadFrom(strings.NewReader(strings.Repeat("abcdefgh", 100)))
	fmt.Println(nn, err, rb.Len(), rb.Cap())
	wn, err := rb.WriteTo(&shortWriter{100})
	fmt.Println(wn, err, rb.Len())
	wn, err = rb.WriteTo(errWriter{})
	fmt.Println(wn, err, rb.Len())
	wn, err = rb.WriteTo(io.Discard)
	fmt.Println(wn, err, rb.Len())
	var nilbuf *bytes.Buffer
	fmt.Println(nilbuf.String())
	var small bytes.Buffer
	small.Grow(10)
	fmt.Println(small.Len(), small.Cap())
	small.Grow(100)
	fmt.Println(small.Len(), small.Cap())
	fmt.Fprintf(&small, "formatted %d", 42)
	fmt.Println(small.String())

	// Reader
	rd := bytes.NewReader([]byte("héllo, world"))
	fmt.Println(rd.Len(), rd.Size())
	n, err = rd.Read(p)
	fmt.Printf("%d %v %q\n", n, err, p[:n])
	fmt.Println(rd.UnreadRune())
	r, size, err = rd.ReadRune()
	fmt.Println(r, size, err, rd.UnreadRune(), rd.UnreadRune())
	c, err = rd.ReadByte()
	fmt.Println(c, err, rd.UnreadByte(), rd.Len())
	n, err = rd.ReadAt(p, 10)
	fmt.Printf("%d %v %q\n", n, err, p[:n])
	_, err = rd.ReadAt(p, -1)
	fmt.Println(err)
	fmt.Println(rd.Seek(2, io.SeekStart))
	fmt.Println(rd.Seek(-1, io.SeekCurrent))
	fmt.Println(rd.Seek(-3, io.SeekEnd))
	fmt.Println(rd.Seek(0, 9))
	fmt.Println(rd.Seek(-100, io.SeekCurrent))
	wn, err = rd.WriteTo(os.Stdout)
	fmt.Println()
	fmt.Println(wn, err, rd.Len())
	rd.Reset([]byte("0123456789"))
	wn, err = rd.WriteTo(&shortWriter{3})
	fmt.Println(wn, err, rd.Len())
	empty := bytes.NewReader(nil)
	fmt.Println(empty.UnreadByte(), empty.UnreadRune())
	_, err = empty.ReadByte()
	fmt.Println(err)
	fmt.Println(bytes.MinRead, bytes.ErrTooLarge)
}
