// bufio.Reader edge cases: ReadLine on lines longer than the buffer (isPrefix, a "\r\n"
// split by the buffer edge, a last line without newline), UnreadByte and UnreadRune after
// each kind of call, ReadRune across short reads, Peek and Discard limits, a source that
// returns data together with an error, large reads going around the buffer, WriteTo
// through each route, and the panics and errors of misbehaving sources. A logging source
// shows the exact Read calls the Reader makes.
package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strings"
)

// chunky hands out its data at most max bytes per Read, logging each call, and returns
// err along with the last bytes (or alone, if withLast is false).
type chunky struct {
	data     string
	max      int
	err      error
	withLast bool
	log      bool
}

func (c *chunky) Read(p []byte) (int, error) {
	n := len(p)
	if n > c.max {
		n = c.max
	}
	if n > len(c.data) {
		n = len(c.data)
	}
	copy(p, c.data[:n])
	c.data = c.data[n:]
	var err error
	if len(c.data) == 0 && (n == 0 || c.withLast) {
		err = c.err
	}
	if c.log {
		fmt.Printf("  [Read len(p)=%d -> %d, %v]\n", len(p), n, err)
	}
	return n, err
}

type sink struct{ got []byte }

func (s *sink) Write(p []byte) (int, error) {
	fmt.Printf("  [Write %q]\n", p)
	s.got = append(s.got, p...)
	return len(p), nil
}

// fromSink also has ReadFrom, which WriteTo prefers.
type fromSink struct{ sink }

func (s *fromSink) ReadFrom(r io.Reader) (int64, error) {
	b, err := io.ReadAll(r)
	fmt.Printf("  [ReadFrom %q %v]\n", b, err)
	s.got = append(s.got, b...)
	return int64(len(b)), err
}

// toSource has WriteTo, which WriteTo prefers even more.
type toSource struct{ s string }

func (t *toSource) Read(p []byte) (int, error) { panic("Read not expected") }
func (t *toSource) WriteTo(w io.Writer) (int64, error) {
	n, err := io.WriteString(w, t.s)
	return int64(n), err
}

type failWriter struct{ n int }

func (f *failWriter) Write(p []byte) (int, error) {
	if len(p) > f.n {
		return f.n, errors.New("disk full")
	}
	return len(p), nil
}

type negReader struct{}

func (negReader) Read(p []byte) (int, error) { return -1, nil }

type idleReader struct{ calls int }

func (r *idleReader) Read(p []byte) (int, error) { r.calls++; return 0, nil }

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, "panic:", r)
		}
	}()
	f()
}

func readLines(name string, r *bufio.Reader) {
	fmt.Println(name)
	for {
		line, prefix, err := r.ReadLine()
		fmt.Printf("  %q %v %v\n", line, prefix, err)
		if err != nil {
			return
		}
	}
}

func main() {
	// 16 is the smallest buffer; a 15-byte line + "\r\n" puts the "\r" at the edge.
	r := bufio.NewReaderSize(strings.NewReader(
		"short\r\n"+strings.Repeat("a", 15)+"\r\n"+strings.Repeat("b", 40)+"\n\n\r\nend\r"), 1)
	fmt.Println("size", r.Size())
	readLines("readline", r)
	readLines("readline one-byte reads", bufio.NewReaderSize(&chunky{data: "x\r\ny\nlast", max: 1, err: io.EOF}, 16))
	readLines("readline empty", bufio.NewReader(strings.NewReader("")))

	// Unread after the various calls
	r = bufio.NewReaderSize(strings.NewReader("héllo, wörld"), 16)
	fmt.Println("unread at start:", r.UnreadByte(), r.UnreadRune())
	b, err := r.ReadByte()
	fmt.Println(string(b), err, r.UnreadRune(), r.UnreadByte(), r.UnreadByte())
	ru, size, err := r.ReadRune()
	fmt.Println(string(ru), size, err)
	ru, size, err = r.ReadRune()
	fmt.Println(string(ru), size, err, r.UnreadRune(), r.UnreadRune())
	ru, size, err = r.ReadRune()
	fmt.Println(string(ru), size, err, r.UnreadByte(), r.UnreadRune())
	p, err := r.Peek(3)
	fmt.Printf("peek %q %v %v %v\n", p, err, r.UnreadRune(), r.UnreadByte())
	ru, _, _ = r.ReadRune()
	d, err := r.Discard(2)
	fmt.Println("discard", string(ru), d, err, r.UnreadRune(), r.UnreadByte())
	s, err := r.ReadString(',')
	fmt.Printf("%q %v %v %v\n", s, err, r.UnreadRune(), r.UnreadByte())
	s, err = r.ReadString('!')
	fmt.Printf("%q %v %v\n", s, err, r.UnreadByte())
	b, err = r.ReadByte()
	fmt.Println(b, err, r.UnreadByte())
	ru, size, err = r.ReadRune()
	fmt.Println(ru, size, err, r.UnreadRune())

	// UnreadByte after a large Read that went around the buffer
	r = bufio.NewReaderSize(strings.NewReader(strings.Repeat("0123456789", 4)), 16)
	big := make([]byte, 20)
	n, err := r.Read(big)
	fmt.Printf("big read %d %v buffered=%d\n", n, err, r.Buffered())
	fmt.Println(r.UnreadByte(), r.Buffered(), r.UnreadByte())
	b, _ = r.ReadByte()
	fmt.Println(string(b))
	n, err = r.Read(nil)
	fmt.Println("read nil", n, err)

	// ReadRune with runes cut across one-byte reads, invalid and truncated encodings
	r = bufio.NewReaderSize(&chunky{data: "a☺€\xff\xe2\x82", max: 1, err: io.EOF}, 16)
	for {
		ru, size, err := r.ReadRune()
		fmt.Printf("rune %q %d %v\n", ru, size, err)
		if err != nil {
			break
		}
	}

	// Peek and Discard
	r = bufio.NewReaderSize(strings.NewReader("abcdefghijklmnopqrstuvwxyz"), 16)
	p, err = r.Peek(-1)
	fmt.Printf("peek -1 %q %v\n", p, err)
	p, err = r.Peek(20)
	fmt.Printf("peek 20 %q %v\n", p, err)
	p, err = r.Peek(16)
	fmt.Printf("peek 16 %q %v\n", p, err)
	d, err = r.Discard(-3)
	fmt.Println("discard -3", d, err)
	d, err = r.Discard(0)
	fmt.Println("discard 0", d, err)
	d, err = r.Discard(20)
	fmt.Println("discard 20", d, err)
	p, err = r.Peek(10)
	fmt.Printf("peek 10 %q %v\n", p, err)
	d, err = r.Discard(10)
	fmt.Println("discard 10", d, err)
	p, err = r.Peek(1)
	fmt.Printf("peek at end %q %v\n", p, err)

	// a source returning data and an error together: the data first, then the error
	boom := errors.New("boom")
	r = bufio.NewReaderSize(&chunky{data: "line1\nline2", max: 100, err: boom, withLast: true, log: true}, 16)
	for {
		s, err := r.ReadString('\n')
		fmt.Printf("%q %v\n", s, err)
		if err != nil {
			break
		}
	}
	s, err = r.ReadString('\n')
	fmt.Printf("after: %q %v\n", s, err)
	r = bufio.NewReaderSize(&chunky{data: "abc", max: 100, err: boom, withLast: true, log: true}, 16)
	buf := make([]byte, 2)
	for i := 0; i < 4; i++ {
		n, err := r.Read(buf)
		fmt.Printf("read %q %v\n", buf[:n], err)
	}
	r = bufio.NewReaderSize(&chunky{data: "xy", max: 100, err: boom, withLast: true}, 16)
	p, err = r.Peek(5)
	fmt.Printf("peek %q %v\n", p, err)
	p, err = r.Peek(5)
	fmt.Printf("peek %q %v\n", p, err)

	// ReadSlice, ReadBytes, ReadString on lines longer than the buffer
	r = bufio.NewReaderSize(strings.NewReader(strings.Repeat("z", 20)+"|tail"), 16)
	sl, err := r.ReadSlice('|')
	fmt.Printf("slice %q %v\n", sl, err)
	sl, err = r.ReadSlice('|')
	fmt.Printf("slice %q %v\n", sl, err)
	sl, err = r.ReadSlice('|')
	fmt.Printf("slice %q %v\n", sl, err)
	r = bufio.NewReaderSize(strings.NewReader(strings.Repeat("y", 50)+"|"+strings.Repeat("w", 33)), 16)
	bs, err := r.ReadBytes('|')
	fmt.Println("bytes", len(bs), string(bs[45:]), err)
	s, err = r.ReadString('|')
	fmt.Println("string", len(s), err)

	// the Read calls behind a plain pass over the data
	fmt.Println("logged reads")
	r = bufio.NewReaderSize(&chunky{data: strings.Repeat("q", 40), max: 7, err: io.EOF, log: true}, 16)
	n, err = r.Read(make([]byte, 16))
	fmt.Println(" read", n, err)
	n, err = r.Read(make([]byte, 3))
	fmt.Println(" read", n, err)
	n, err = r.Read(make([]byte, 30))
	fmt.Println(" read", n, err)
	p, err = r.Peek(12)
	fmt.Println(" peek", len(p), err)

	// WriteTo: through the buffer, to a ReaderFrom, from a WriterTo, with errors
	fmt.Println("writeto plain")
	r = bufio.NewReaderSize(&chunky{data: "0123456789abcdefghijklmnopqrstuv", max: 10, err: io.EOF}, 16)
	r.Peek(3)
	var sk sink
	m, err := r.WriteTo(&sk)
	fmt.Printf(" %d %v %q\n", m, err, sk.got)
	fmt.Println("writeto readerfrom")
	r = bufio.NewReaderSize(&chunky{data: "0123456789abcdefghijklmnopqrstuv", max: 10, err: io.EOF}, 16)
	r.ReadByte()
	var fs fromSink
	m, err = r.WriteTo(&fs)
	fmt.Printf(" %d %v %q %v\n", m, err, fs.got, r.UnreadByte())
	fmt.Println("writeto writerto")
	r = bufio.NewReader(&toSource{"from WriterTo"})
	var sk2 sink
	m, err = r.WriteTo(&sk2)
	fmt.Printf(" %d %v\n", m, err)
	fmt.Println("writeto source error")
	r = bufio.NewReaderSize(&chunky{data: "0123456789abcdefghij", max: 10, err: boom, withLast: true}, 16)
	var sk3 sink
	m, err = r.WriteTo(&sk3)
	fmt.Printf(" %d %v\n", m, err)
	fmt.Println("writeto write error")
	r = bufio.NewReaderSize(&chunky{data: strings.Repeat("e", 40), max: 100, err: io.EOF}, 16)
	m, err = r.WriteTo(&failWriter{n: 5})
	fmt.Printf(" %d %v buffered=%d\n", m, err, r.Buffered())

	// sizes, reuse, Reset
	r = bufio.NewReaderSize(strings.NewReader("abc"), 100)
	fmt.Println(bufio.NewReaderSize(r, 50) == r, bufio.NewReaderSize(r, 100) == r, bufio.NewReaderSize(r, 101) == r, bufio.NewReader(r) == r)
	fmt.Println(bufio.NewReaderSize(strings.NewReader(""), -5).Size(), bufio.NewReader(nil).Size())
	r.ReadByte()
	r.Reset(r)
	fmt.Println("reset self", r.Buffered())
	r.Reset(strings.NewReader("new"))
	fmt.Println("reset", r.Buffered(), r.UnreadByte())
	s, err = r.ReadString(0)
	fmt.Printf("%q %v\n", s, err)
	var zero bufio.Reader
	zero.Reset(strings.NewReader("zero value"))
	s, _ = zero.ReadString(' ')
	fmt.Printf("%q %d\n", s, zero.Size())

	// misbehaving sources
	try("negative", func() { bufio.NewReader(negReader{}).ReadByte() })
	try("negative big read", func() { bufio.NewReaderSize(negReader{}, 16).Read(make([]byte, 20)) })
	idle := &idleReader{}
	r = bufio.NewReader(idle)
	b, err = r.ReadByte()
	fmt.Println("idle", b, err, idle.calls)
	n, err = r.Read(make([]byte, 5))
	fmt.Println("idle read", n, err, idle.calls)
	try("negative write", func() {
		bufio.NewReader(strings.NewReader("abc")).WriteTo(negWriter{})
	})
}

type negWriter struct{}

func (negWriter) Write(p []byte) (int, error) { return -1, nil }
