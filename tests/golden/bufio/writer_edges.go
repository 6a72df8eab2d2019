// bufio.Writer edge cases: the exact Write calls reaching the destination (small writes
// collected, a write larger than the buffer going straight through, WriteString to a
// StringWriter), short writes and sticky errors, WriteByte and WriteRune on tiny buffers,
// AvailableBuffer, ReadFrom through the buffer and handed over to a ReaderFrom, a source
// that never makes progress, Reset and ReadWriter.
package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"
)

// logw logs each Write; it takes at most max bytes per call (0: all), failing with err
// after a short write if err is set.
type logw struct {
	got []byte
	max int
	err error
}

func (w *logw) Write(p []byte) (int, error) {
	n := len(p)
	var err error
	if w.max > 0 && n > w.max {
		n = w.max
		err = w.err
	}
	fmt.Printf("  [Write %q -> %d %v]\n", p, n, err)
	w.got = append(w.got, p[:n]...)
	return n, err
}

type logsw struct{ logw }

func (w *logsw) WriteString(s string) (int, error) {
	fmt.Printf("  [WriteString %q]\n", s)
	w.got = append(w.got, s...)
	return len(s), nil
}

type logrf struct{ logw }

func (w *logrf) ReadFrom(r io.Reader) (int64, error) {
	b, err := io.ReadAll(r)
	fmt.Printf("  [ReadFrom %q %v]\n", b, err)
	w.got = append(w.got, b...)
	return int64(len(b)), err
}

// src hands out data at most max bytes per Read, logging each call.
type src struct {
	data string
	max  int
	err  error
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
	if n == 0 {
		err = s.err
	}
	fmt.Printf("  [Read len(p)=%d -> %d %v]\n", len(p), n, err)
	return n, err
}

type idle struct{ calls int }

func (r *idle) Read(p []byte) (int, error) { r.calls++; return 0, nil }

func main() {
	fmt.Println("small writes, then one larger than the buffer")
	var lw logw
	w := bufio.NewWriterSize(&lw, 8)
	fmt.Println(w.Size(), w.Available(), w.Buffered())
	w.Write([]byte("abc"))
	w.WriteString("de")
	fmt.Println(" buffered", w.Buffered(), "available", w.Available())
	n, err := w.Write([]byte("0123456789ABCDEFGHIJ"))
	fmt.Println(" wrote", n, err, "buffered", w.Buffered())
	n, err = w.Write([]byte("0123456789ABCDEFGHIJ"))
	fmt.Println(" wrote", n, err, "buffered", w.Buffered())
	fmt.Println(" flush", w.Flush(), w.Flush())
	n, err = w.Write([]byte("exactly8"))
	fmt.Println(" wrote", n, err, "buffered", w.Buffered())
	w.Write(nil)
	w.Flush()
	fmt.Printf(" got %q\n", lw.got)

	fmt.Println("WriteString to a StringWriter and to a plain writer")
	var sw logsw
	w = bufio.NewWriterSize(&sw, 8)
	w.WriteString("0123456789ABCDEF")
	w.WriteString("xy")
	w.WriteString("0123456789ABCDEF")
	w.Flush()
	fmt.Printf(" got %q\n", sw.got)
	var pw logw
	w = bufio.NewWriterSize(&pw, 8)
	w.WriteString("0123456789ABCDEFGHIJ")
	w.Flush()

	fmt.Println("short write and sticky error")
	sh := &logw{max: 3}
	w = bufio.NewWriterSize(sh, 8)
	w.WriteString("abcdef")
	err = w.Flush()
	fmt.Println(" flush:", err, err == io.ErrShortWrite, "buffered", w.Buffered())
	n, err = w.WriteString("more")
	fmt.Println(" write after:", n, err)
	fmt.Println(" WriteByte:", w.WriteByte('x'))
	n, err = w.WriteRune('é')
	fmt.Println(" WriteRune:", n, err)
	m, err := w.ReadFrom(strings.NewReader("zzz"))
	fmt.Println(" ReadFrom:", m, err)
	w.Reset(sh)
	fmt.Println(" after Reset:", w.Buffered(), w.Flush())
	full := errors.New("disk full")
	fw := &logw{max: 5, err: full}
	w = bufio.NewWriterSize(fw, 4)
	n, err = w.Write([]byte("abcdefghijkl"))
	fmt.Println(" direct write failing:", n, err, w.Buffered())
	fw = &logw{max: 2, err: full}
	w = bufio.NewWriterSize(fw, 4)
	w.WriteString("ab")
	n, err = w.Write([]byte("cdefghij"))
	fmt.Println(" buffered write failing:", n, err, w.Buffered(), w.Available())

	fmt.Println("WriteByte and WriteRune on small buffers")
	var bw logw
	w = bufio.NewWriterSize(&bw, 2)
	for _, c := range []byte("hey") {
		fmt.Print(" ", w.WriteByte(c))
	}
	fmt.Println()
	for _, r := range []rune{'a', 'é', '☺', '😀', utf8.MaxRune + 1, -1} {
		n, err := w.WriteRune(r)
		fmt.Println(" rune", n, err, w.Buffered())
	}
	w.Flush()
	fmt.Printf(" got %q\n", bw.got)
	var rw logw
	w = bufio.NewWriterSize(&rw, 5)
	w.WriteString("abc")
	n, err = w.WriteRune('☺')
	fmt.Println(" rune at the edge", n, err, w.Buffered())
	w.Flush()

	fmt.Println("AvailableBuffer")
	var ab logw
	w = bufio.NewWriterSize(&ab, 16)
	w.WriteString("n=")
	buf := w.AvailableBuffer()
	fmt.Println(" ", len(buf), cap(buf))
	buf = append(buf, "12345"...)
	w.Write(buf)
	fmt.Println(" ", w.Buffered(), w.Available(), len(w.AvailableBuffer()), cap(w.AvailableBuffer()))
	w.Flush()

	fmt.Println("ReadFrom through the buffer")
	var rf logw
	w = bufio.NewWriterSize(&rf, 8)
	w.WriteString("<")
	m, err = w.ReadFrom(&src{data: "0123456789abcdefghij", max: 5, err: io.EOF})
	fmt.Println(" ", m, err, w.Buffered())
	w.Flush()
	fmt.Println("ReadFrom filling the buffer exactly")
	var ex logw
	w = bufio.NewWriterSize(&ex, 8)
	m, err = w.ReadFrom(&src{data: "01234567", max: 8, err: io.EOF})
	fmt.Println(" ", m, err, w.Buffered())
	fmt.Println("ReadFrom with a source error")
	var se logw
	w = bufio.NewWriterSize(&se, 8)
	m, err = w.ReadFrom(&src{data: "0123", max: 8, err: errors.New("gone")})
	fmt.Println(" ", m, err, w.Buffered())
	fmt.Println("ReadFrom handed over to a ReaderFrom")
	var hf logrf
	w = bufio.NewWriterSize(&hf, 8)
	m, err = w.ReadFrom(&src{data: "direct", max: 8, err: io.EOF})
	fmt.Println(" ", m, err, w.Buffered())
	w.WriteString("1234567")
	m, err = w.ReadFrom(&src{data: "abcdefghijkl", max: 3, err: io.EOF})
	fmt.Println(" ", m, err, w.Buffered())
	fmt.Printf(" got %q\n", hf.got)
	fmt.Println("ReadFrom without progress")
	id := &idle{}
	w = bufio.NewWriterSize(&logw{}, 8)
	m, err = w.ReadFrom(id)
	fmt.Println(" ", m, err, id.calls)

	fmt.Println("sizes and reuse")
	w = bufio.NewWriterSize(&logw{}, 100)
	fmt.Println(bufio.NewWriterSize(w, 100) == w, bufio.NewWriterSize(w, 101) == w, bufio.NewWriter(w) == w)
	fmt.Println(bufio.NewWriterSize(&logw{}, 0).Size(), bufio.NewWriterSize(&logw{}, -1).Size(), bufio.NewWriterSize(&logw{}, 3).Size())
	w.WriteString("kept")
	w.Reset(w)
	fmt.Println(" reset self", w.Buffered())
	var zero bufio.Writer
	var zl logw
	zero.Reset(&zl)
	zero.WriteString("zero value")
	fmt.Println(" zero", zero.Size(), zero.Buffered(), zero.Flush())

	fmt.Println("ReadWriter")
	var out logw
	rwr := bufio.NewReadWriter(bufio.NewReader(strings.NewReader("ping\n")), bufio.NewWriter(&out))
	line, _ := rwr.ReadString('\n')
	rwr.WriteString("pong to " + line)
	fmt.Println(" ", rwr.Writer.Buffered(), rwr.Reader.Buffered())
	rwr.Flush()
}
