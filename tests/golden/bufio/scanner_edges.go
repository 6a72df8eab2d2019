// bufio.Scanner edge cases: how the buffer grows (logged Read sizes) up to the maximum
// token size, Buffer with a small buffer, tokens of exactly the limit, ErrFinalToken with
// an empty, a nil and a non-empty token, sources returning data with errors, impossible
// counts and no progress, bad advance counts, the empty-token panic, and the split
// functions called directly on their edge cases.
package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
)

// src hands out data at most max bytes per Read, logging len(p) when log is set, and
// returns err with the last bytes when withLast is set (else alone afterwards).
type src struct {
	data     string
	max      int
	err      error
	withLast bool
	log      bool
}

func (s *src) Read(p []byte) (int, error) {
	n := len(p)
	if n > s.max {
		n = s.max
	}
	if n > len(s.data) {
		n = len(s.data)
	}
	copy(p, s.data[:n])
	s.data = s.data[n:]
	var err error
	if len(s.data) == 0 && (n == 0 || s.withLast) {
		err = s.err
	}
	if s.log {
		fmt.Printf("  [Read len(p)=%d -> %d %v]\n", len(p), n, err)
	}
	return n, err
}

type liar struct{ n int }

func (l liar) Read(p []byte) (int, error) { return l.n, nil }

type idle struct{ calls int }

func (r *idle) Read(p []byte) (int, error) { r.calls++; return 0, nil }

func scanAll(name string, s *bufio.Scanner) {
	fmt.Print(name, ":")
	for s.Scan() {
		if len(s.Bytes()) > 20 {
			fmt.Printf(" <%d bytes>", len(s.Bytes()))
		} else {
			fmt.Printf(" %q", s.Text())
		}
	}
	fmt.Println(" err:", s.Err())
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
	fmt.Println("growth")
	s := bufio.NewScanner(&src{data: "short\n" + strings.Repeat("x", 20000) + "\nafter", max: 1 << 20, err: io.EOF, log: true})
	scanAll("growth", s)
	s = bufio.NewScanner(&src{data: strings.Repeat("y", 70000) + "\n", max: 1 << 20, err: io.EOF, log: true})
	scanAll("too long", s)
	s = bufio.NewScanner(&src{data: strings.Repeat("y", bufio.MaxScanTokenSize-1) + "\n", max: 1 << 20, err: io.EOF})
	scanAll("limit-1 + newline", s)
	s = bufio.NewScanner(&src{data: strings.Repeat("y", bufio.MaxScanTokenSize), max: 1 << 20, err: io.EOF})
	scanAll("limit without newline", s)

	fmt.Println("Buffer")
	s = bufio.NewScanner(&src{data: "ab\ncdefgh\nijklmnopqrstu\nv", max: 100, err: io.EOF, log: true})
	s.Buffer(make([]byte, 2, 3), 12)
	scanAll("small buffer", s)
	s = bufio.NewScanner(&src{data: "abcdefghijkl\nmn", max: 100, err: io.EOF, log: true})
	s.Buffer(make([]byte, 0, 100), 5)
	scanAll("cap above max", s)
	s = bufio.NewScanner(&src{data: "0123456789\n", max: 100, err: io.EOF, log: true})
	s.Buffer(nil, 6)
	scanAll("nil buffer", s)

	fmt.Println("shifting")
	s = bufio.NewScanner(&src{data: strings.Repeat("abcdefg\n", 6), max: 5, err: io.EOF, log: true})
	s.Buffer(make([]byte, 16), 16)
	scanAll("shift", s)

	fmt.Println("ErrFinalToken")
	final := func(tok []byte) bufio.SplitFunc {
		return func(data []byte, atEOF bool) (int, []byte, error) {
			if i := bytes.IndexByte(data, ';'); i >= 0 {
				if i == 0 {
					return 1, tok, bufio.ErrFinalToken
				}
				return i + 1, data[:i], nil
			}
			if atEOF {
				return len(data), data, bufio.ErrFinalToken
			}
			return 0, nil, nil
		}
	}
	for _, tok := range [][]byte{nil, {}, []byte("last")} {
		s = bufio.NewScanner(strings.NewReader("a;b;;c;d"))
		s.Split(final(tok))
		scanAll(fmt.Sprintf("final %q nil=%v", tok, tok == nil), s)
		fmt.Println(" again:", s.Scan(), s.Err())
	}
	s = bufio.NewScanner(strings.NewReader("a;b"))
	s.Split(final(nil))
	scanAll("final at EOF", s)
	s = bufio.NewScanner(strings.NewReader(""))
	s.Split(final(nil))
	scanAll("final on empty input", s)
	s = bufio.NewScanner(strings.NewReader(""))
	s.Split(func(data []byte, atEOF bool) (int, []byte, error) {
		return 0, []byte{}, bufio.ErrFinalToken
	})
	scanAll("final empty token on empty input", s)

	fmt.Println("sources with errors")
	boom := errors.New("boom")
	s = bufio.NewScanner(&src{data: "l1\nl2\nl3", max: 4, err: boom, withLast: true, log: true})
	scanAll("data with error", s)
	s = bufio.NewScanner(&src{data: "l1\nl2\n", max: 100, err: boom})
	scanAll("error after", s)
	s = bufio.NewScanner(&src{data: "w1 w2 w3", max: 100, err: io.EOF, withLast: true})
	s.Split(bufio.ScanWords)
	scanAll("EOF with data", s)
	s = bufio.NewScanner(liar{n: 5000})
	scanAll("too many", s)
	s = bufio.NewScanner(liar{n: -1})
	scanAll("negative", s)
	id := &idle{}
	s = bufio.NewScanner(id)
	scanAll("no progress", s)
	fmt.Println(" calls", id.calls)

	fmt.Println("bad split functions")
	s = bufio.NewScanner(strings.NewReader("abc"))
	s.Split(func(data []byte, atEOF bool) (int, []byte, error) { return -1, nil, nil })
	scanAll("negative advance", s)
	s = bufio.NewScanner(strings.NewReader("abc"))
	s.Split(func(data []byte, atEOF bool) (int, []byte, error) { return len(data) + 1, nil, nil })
	scanAll("too far", s)
	s = bufio.NewScanner(strings.NewReader("abc"))
	s.Split(func(data []byte, atEOF bool) (int, []byte, error) {
		if atEOF {
			return 0, nil, errors.New("split error at EOF")
		}
		return 0, nil, nil
	})
	scanAll("split error", s)
	n := 0
	s = bufio.NewScanner(strings.NewReader("abc"))
	s.Split(func(data []byte, atEOF bool) (int, []byte, error) {
		if !atEOF {
			return 0, nil, nil
		}
		n++
		if n <= 3 {
			return 0, []byte{}, nil
		}
		if len(data) == 0 {
			return 0, nil, nil
		}
		return len(data), data, nil
	})
	scanAll("a few empty tokens at EOF", s)
	try("empties", func() {
		s := bufio.NewScanner(strings.NewReader("abc"))
		count := 0
		s.Split(func(data []byte, atEOF bool) (int, []byte, error) {
			if !atEOF {
				return 0, nil, nil
			}
			return 0, []byte{}, nil
		})
		for s.Scan() {
			count++
		}
		fmt.Println("unreachable", count)
	})
	try("Buffer after Scan", func() {
		s := bufio.NewScanner(strings.NewReader("x"))
		s.Scan()
		s.Buffer(nil, 1)
	})
	try("Split after Scan", func() {
		s := bufio.NewScanner(strings.NewReader("x"))
		for s.Scan() {
		}
		s.Split(bufio.ScanRunes)
	})

	fmt.Println("lines")
	scanAll("crlf", bufio.NewScanner(strings.NewReader("a\r\n\r\nb\r\r\n\rc\r")))
	scanAll("empty lines", bufio.NewScanner(strings.NewReader("\n\n")))
	scanAll("empty", bufio.NewScanner(strings.NewReader("")))
	s = bufio.NewScanner(strings.NewReader("\n"))
	for s.Scan() {
		fmt.Println(" empty token nil?", s.Bytes() == nil, len(s.Bytes()))
	}
	s = bufio.NewScanner(strings.NewReader(" \t\n\u2003 \u00a0"))
	s.Split(bufio.ScanWords)
	scanAll("only spaces", s)
	s = bufio.NewScanner(&src{data: "x\u00a0y\u2028z\u3000\u200bw\u0085v\u1680u\u180eq", max: 1, err: io.EOF})
	s.Split(bufio.ScanWords)
	scanAll("unicode spaces, one byte at a time", s)
	s = bufio.NewScanner(&src{data: "é\xe2\x82€\xf0", max: 1, err: io.EOF})
	s.Split(bufio.ScanRunes)
	scanAll("runes one byte at a time", s)

	fmt.Println("split functions called directly")
	show := func(name string, adv int, tok []byte, err error) {
		fmt.Printf(" %s: %d %q nil=%v %v\n", name, adv, tok, tok == nil, err)
	}
	for _, in := range []string{"", "a", "ab\n", "\r\n", "ab\r", "  ", " word  x", "\xe2\x82", "\xff"} {
		for _, eof := range []bool{false, true} {
			fmt.Printf("%q eof=%v\n", in, eof)
			adv, tok, err := bufio.ScanLines([]byte(in), eof)
			show("lines", adv, tok, err)
			adv, tok, err = bufio.ScanWords([]byte(in), eof)
			show("words", adv, tok, err)
			if in != "" || eof {
				adv, tok, err = bufio.ScanRunes([]byte(in), eof)
				show("runes", adv, tok, err)
				adv, tok, err = bufio.ScanBytes([]byte(in), eof)
				show("bytes", adv, tok, err)
			}
		}
	}
	try("ScanRunes on nothing", func() { bufio.ScanRunes(nil, false) })
	try("ScanBytes on nothing", func() { bufio.ScanBytes(nil, false) })
	fmt.Println(bufio.ErrFinalToken, "|", bufio.ErrTooLong, "|", bufio.ErrNegativeAdvance, "|", bufio.ErrAdvanceTooFar, "|", bufio.ErrBadReadCount)
}
