// bufio.Reader and bufio.Writer on files in a temporary directory and on strings: the read
// methods, Peek, Discard, Unread*, sizes, Writer's buffering and Flush, ReadWriter, ReadFrom
// and WriteTo.
package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
)

func check(err error) {
	if err != nil {
		panic(err)
	}
}

type failWriter struct{ n int }

func (w *failWriter) Write(p []byte) (int, error) {
	if len(p) > w.n {
		return w.n, errors.New("no space left")
	}
	w.n -= len(p)
	return len(p), nil
}

func main() {
	dir, err := os.MkdirTemp("", "gale-bufio")
	check(err)
	defer os.RemoveAll(dir)
	name := dir + "/data.txt"

	f, err := os.Create(name)
	check(err)
	w := bufio.NewWriterSize(f, 32)
	fmt.Println("size", w.Size(), "avail", w.Available(), "buffered", w.Buffered())
	w.WriteString("first line\n")
	w.WriteByte('x')
	w.WriteRune('é')
	w.WriteRune('☺')
	w.Write([]byte("\nsecond line is longer than the buffer\n"))
	fmt.Println("avail", w.Available(), "buffered", w.Buffered())
	fi, _ := f.Stat()
	fmt.Println("on disk before Flush", fi.Size())
	fmt.Fprintf(w, "third %d\nno newline", 3)
	check(w.Flush())
	fi, _ = f.Stat()
	fmt.Println("on disk after Flush", fi.Size(), w.Buffered())
	f.Close()

	f, err = os.Open(name)
	check(err)
	r := bufio.NewReaderSize(f, 16)
	fmt.Println("size", r.Size())
	line, err := r.ReadString('\n')
	fmt.Printf("%q %v\n", line, err)
	c, err := r.ReadByte()
	fmt.Printf("%q %v\n", c, err)
	check(r.UnreadByte())
	c, _ = r.ReadByte()
	fmt.Printf("%q\n", c)
	ru, size, err := r.ReadRune()
	fmt.Printf("%q %d %v\n", ru, size, err)
	check(r.UnreadRune())
	fmt.Println(r.UnreadRune())
	ru, size, _ = r.ReadRune()
	fmt.Printf("%q %d\n", ru, size)
	ru, size, _ = r.ReadRune()
	fmt.Printf("%q %d buffered %d\n", ru, size, r.Buffered())
	p, err := r.Peek(5)
	fmt.Printf("peek %q %v\n", p, err)
	p, err = r.Peek(40)
	fmt.Printf("peek %q %v\n", p, err)
	n, err := r.Discard(7)
	fmt.Println("discard", n, err)
	l, isPrefix, err := r.ReadLine()
	fmt.Printf("%q %v %v\n", l, isPrefix, err)
	l, isPrefix, err = r.ReadLine()
	fmt.Printf("%q %v %v\n", l, isPrefix, err)
	l, isPrefix, err = r.ReadLine()
	fmt.Printf("%q %v %v\n", l, isPrefix, err)
	b, err := r.ReadBytes('\n')
	fmt.Printf("%q %v\n", b, err)
	b, err = r.ReadBytes('\n')
	fmt.Printf("%q %v\n", b, err)
	b, err = r.ReadBytes('\n')
	fmt.Printf("%q %v\n", b, err)
	_, err = r.ReadByte()
	fmt.Println(err)
	f.Close()

	// ReadSlice and a full buffer
	r = bufio.NewReaderSize(strings.NewReader(strings.Repeat("0123456789", 3)+"\n"), 16)
	sl, err := r.ReadSlice('\n')
	fmt.Printf("%q %v\n", sl, err)
	sl, err = r.ReadSlice('\n')
	fmt.Printf("%q %v\n", sl, err)
	r = bufio.NewReader(strings.NewReader("a\r\nb"))
	l, _, _ = r.ReadLine()
	fmt.Printf("%q\n", l)
	fmt.Println(r.UnreadByte())
	_, err = r.Peek(-1)
	fmt.Println(err)
	_, err = r.Discard(-1)
	fmt.Println(err)
	n, err = r.Discard(10)
	fmt.Println(n, err)
	fmt.Println(bufio.NewReader(strings.NewReader("")).UnreadByte())

	// Read
	r = bufio.NewReaderSize(strings.NewReader("abcdefghijklmnopqrstuvwxyz"), 16)
	buf := make([]byte, 5)
	n, err = r.Read(buf)
	fmt.Printf("%d %q %v %d\n", n, buf[:n], err, r.Buffered())
	big := make([]byte, 100)
	n, err = r.Read(big)
	fmt.Printf("%d %q %v\n", n, big[:n], err)
	n, err = r.Read(big)
	fmt.Printf("%d %q %v\n", n, big[:n], err)
	n, err = r.Read(big)
	fmt.Println(n, err)

	// Reset, a reader wrapping itself
	r2 := bufio.NewReaderSize(r, 8)
	fmt.Println(r2 == r)
	r.Reset(strings.NewReader("again"))
	s, _ := r.ReadString(0)
	fmt.Println(s)

	// WriteTo and ReadFrom
	var sb strings.Builder
	r = bufio.NewReader(strings.NewReader("to the builder"))
	r.ReadByte()
	nn, err := r.WriteTo(&sb)
	fmt.Println(nn, err, sb.String())
	sb.Reset()
	w = bufio.NewWriter(&sb)
	w.WriteString("pre ")
	nn, err = w.ReadFrom(strings.NewReader("read from"))
	fmt.Println(nn, err, sb.Len())
	w.Flush()
	fmt.Println(sb.String())

	// write errors stick
	fw := &failWriter{n: 5}
	w = bufio.NewWriterSize(fw, 16)
	w.WriteString("0123456789")
	fmt.Println(w.Flush())
	_, err = w.WriteString("more")
	fmt.Println(err, w.Flush())
	w.Reset(&sb)
	fmt.Println(w.Flush(), w.Buffered())
	ab := w.AvailableBuffer()
	fmt.Println(len(ab), cap(ab) == w.Available())

	// ReadWriter
	sb.Reset()
	rw := bufio.NewReadWriter(bufio.NewReader(strings.NewReader("in\n")), bufio.NewWriter(&sb))
	in, _ := rw.ReadString('\n')
	rw.WriteString("echo: " + in)
	rw.Flush()
	fmt.Print(sb.String())

	// io.Copy between a bufio.Reader and a bufio.Writer over files
	check(os.WriteFile(dir+"/src", []byte(strings.Repeat("line\n", 2000)), 0644))
	src, _ := os.Open(dir + "/src")
	dst, _ := os.Create(dir + "/dst")
	bw := bufio.NewWriter(dst)
	nn, err = io.Copy(bw, bufio.NewReader(src))
	fmt.Println(nn, err, bw.Flush())
	src.Close()
	dst.Close()
	data, _ := os.ReadFile(dir + "/dst")
	fmt.Println(len(data))
	sc := bufio.NewScanner(strings.NewReader(string(data)))
	lines := 0
	for sc.Scan() {
		lines++
	}
	fmt.Println(lines)
}
