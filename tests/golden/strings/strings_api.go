package main

import (
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

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, "panic:", r)
		}
	}()
	f()
}

func main() {
	inputs := []string{"", "a", "abc", "héllo wörld", "a\xffb\xc3", "  \t x y  z\n", "ΑΒΓ αβγ", "aaaa", "\u2028x\u00a0"}
	for _, s := range inputs {
		fmt.Printf("%q: up=%q lo=%q ti=%q Ti=%q fields=%q valid=%q\n", s, strings.ToUpper(s), strings.ToLower(s),
			strings.ToTitle(s), strings.Title(s), strings.Fields(s), strings.ToValidUTF8(s, "?"))
		fmt.Printf("  trim=%q tl=%q tr=%q ts=%q count(a)=%d count()=%d\n", strings.Trim(s, " a\xff"),
			strings.TrimLeft(s, "a "), strings.TrimRight(s, "\n z"), strings.TrimSpace(s),
			strings.Count(s, "a"), strings.Count(s, ""))
		fmt.Printf("  idx=%d %d %d %d any=%d %d lastany=%d %d rune=%d %d\n", strings.Index(s, "l"),
			strings.LastIndex(s, "l"), strings.IndexByte(s, 'a'), strings.LastIndexByte(s, 'a'),
			strings.IndexAny(s, "xö"), strings.IndexAny(s, "\xfe"), strings.LastIndexAny(s, "ab"),
			strings.LastIndexAny(s, "\ufffd"), strings.IndexRune(s, 'ö'), strings.IndexRune(s, unicode.ReplacementChar))
		fmt.Printf("  split=%q splitn=%q after=%q aftern=%q empty=%q\n", strings.Split(s, "a"),
			strings.SplitN(s, "l", 2), strings.SplitAfter(s, " "), strings.SplitAfterN(s, "a", 3), strings.Split(s, ""))
		fmt.Printf("  idxfunc=%d last=%d trimfunc=%q fieldsfunc=%q map=%q\n", strings.IndexFunc(s, unicode.IsUpper),
			strings.LastIndexFunc(s, unicode.IsLetter), strings.TrimFunc(s, unicode.IsSpace),
			strings.FieldsFunc(s, func(r rune) bool { return r == 'l' || r == ' ' }),
			strings.Map(func(r rune) rune {
				if r == 'a' {
					return -1
				}
				return unicode.ToUpper(r)
			}, s))
	}
	fmt.Println(strings.Replace("aaaa", "a", "b", 2), strings.Replace("abc", "", "-", -1), strings.Replace("héllo", "", "|", 3),
		strings.ReplaceAll("banana", "an", "AN"), strings.Replace("x", "x", "x", -1))
	fmt.Println(strings.Repeat("ab", 3), strings.Repeat("", 5), strings.Join([]string{"a", "b", "c"}, ", "), strings.Join(nil, ","))
	fmt.Println(strings.Compare("a", "b"), strings.Compare("b", "a"), strings.Compare("x", "x"))
	fmt.Println(strings.Cut("key=value=x", "="))
	fmt.Println(strings.Cut("novalue", "="))
	fmt.Println(strings.CutPrefix("prefix-body", "prefix-"))
	fmt.Println(strings.CutSuffix("body.go", ".go"))
	fmt.Println(strings.CutSuffix("body.go", ".c"))
	fmt.Println(strings.EqualFold("Go", "GO"), strings.EqualFold("ǅ", "ǆ"), strings.EqualFold("K", "\u212a"), strings.EqualFold("a", "ab"))
	fmt.Println(strings.ContainsAny("hello", "xyz"), strings.ContainsAny("hello", "xyzo"), strings.ContainsRune("héllo", 'é'),
		strings.ContainsFunc("abc1", unicode.IsDigit), strings.Contains("seafood", "foo"), strings.HasPrefix("go", "gopher"))
	fmt.Println(strings.Clone("abc"), strings.TrimPrefix("abc", "ab"), strings.TrimSuffix("abc", "bc"), strings.TrimLeftFunc("123abc", unicode.IsDigit), strings.TrimRightFunc("abc123", unicode.IsDigit))
	try("Repeat", func() { strings.Repeat("x", -1) })
	try("Grow", func() { var b strings.Builder; b.Grow(-1) })
	try("Replacer", func() { strings.NewReplacer("a") })

	// Builder
	var b strings.Builder
	fmt.Println(b.Len(), b.Cap(), b.String() == "")
	b.Grow(10)
	fmt.Println(b.Len(), b.Cap())
	b.WriteString("héllo")
	b.WriteByte(' ')
	n, err := b.WriteRune('世')
	fmt.Println(n, err)
	b.WriteRune(-1)
	b.Write([]byte("!!"))
	fmt.Printf("%q %d %d\n", b.String(), b.Len(), b.Cap())
	for i := 0; i < 20; i++ {
		b.WriteString("0123456789")
	}
	fmt.Println(b.Len(), b.Cap())
	b.Reset()
	fmt.Println(b.Len(), b.Cap())

	// Reader
	r := strings.NewReader("héllo, world")
	fmt.Println(r.Len(), r.Size())
	buf := make([]byte, 4)
	n, err = r.Read(buf)
	fmt.Printf("%d %v %q\n", n, err, buf[:n])
	fmt.Println(r.UnreadRune())
	ch, size, err := r.ReadRune()
	fmt.Println(ch, size, err, r.UnreadRune(), r.UnreadRune())
	ch, size, err = r.ReadRune()
	fmt.Println(ch, size, err)
	c, err := r.ReadByte()
	fmt.Println(c, err, r.UnreadByte(), r.Len())
	n, err = r.ReadAt(buf, 9)
	fmt.Printf("%d %v %q\n", n, err, buf[:n])
	n, err = r.ReadAt(buf, 100)
	fmt.Println(n, err)
	_, err = r.ReadAt(buf, -1)
	fmt.Println(err)
	fmt.Println(r.Seek(2, io.SeekStart))
	fmt.Println(r.Seek(-1, io.SeekCurrent))
	fmt.Println(r.Seek(-3, io.SeekEnd))
	fmt.Println(r.Seek(0, 7))
	fmt.Println(r.Seek(-100, io.SeekEnd))
	fmt.Println(r.Seek(100, io.SeekStart))
	n, err = r.Read(buf)
	fmt.Println(n, err)
	c, err = r.ReadByte()
	fmt.Println(c, err)
	_, _, err = r.ReadRune()
	fmt.Println(err)
	r.Reset("reset text\n")
	wn, err := r.WriteTo(os.Stdout)
	fmt.Println(wn, err, r.Len())
	r.Reset("0123456789")
	wn, err = r.WriteTo(&shortWriter{4})
	fmt.Println(wn, err, errors.Is(err, io.ErrShortWrite), r.Len())
	r2 := strings.NewReader("")
	fmt.Println(r2.UnreadByte(), r2.UnreadRune())
	var sb strings.Builder
	nn, err := io.Copy(&sb, strings.NewReader("copied"))
	fmt.Println(nn, err, sb.String())

	// Replacer
	reps := [][]string{
		{"a", "1", "b", "2"},
		{"a", "1", "aa", "2", "aaa", "3"},
		{"aaa", "3", "aa", "2", "a", "1"},
		{"", "X"},
		{"", "X", "a", "A"},
		{"a", "A", "", "X"},
		{"hello", "HI"},
		{"<", "&lt;", ">", "&gt;", "&", "&amp;"},
		{"a", "b", "b", "a"},
		{"abc", "", "bcd", "X"},
		{"x", "y", "x", "z"},
	}
	for _, rp := range reps {
		rr := strings.NewReplacer(rp...)
		for _, s := range []string{"", "a", "aaaa", "abcabcd", "hello héllo", "<a & b>", "\xffé"} {
			fmt.Printf("%q ", rr.Replace(s))
		}
		fmt.Println()
	}
	rr := strings.NewReplacer("world", "Gale")
	nw, err := rr.WriteString(os.Stdout, "hello world\n")
	fmt.Println(nw, err)
}

func init() {
	var a strings.Builder
	a.WriteString("x")
	b := a
	fmt.Println(b.String(), b.Len())
	try("copied Builder", func() { b.WriteString("y") })
	try("copied Builder Grow", func() { b.Grow(1) })
	var c strings.Builder
	d := c // copying a zero Builder is fine
	d.WriteString("ok")
	fmt.Println(d.String())
	b.Reset()
	b.WriteString("after reset")
	fmt.Println(b.String())
	type holder struct{ sb strings.Builder }
	hs := []holder{{}, {}}
	hs[1].sb.WriteString("in slice")
	hs[1].sb.WriteByte('!')
	fmt.Println(hs[1].sb.String())
}
