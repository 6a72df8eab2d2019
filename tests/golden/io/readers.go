// io's helpers: ReadAll, ReadFull, ReadAtLeast, Copy, CopyN, CopyBuffer, WriteString,
// MultiReader, MultiWriter, TeeReader, LimitReader, SectionReader, OffsetWriter, NopCloser
// and Discard, with Go's errors.
package main

import (
	"errors"
	"fmt"
	"io"
	"strings"
)

// slowReader returns at most 3 bytes per Read, and its error with the last bytes.
type slowReader struct {
	s   string
	err error
}

func (r *slowReader) Read(p []byte) (int, error) {
	if len(r.s) == 0 {
		return 0, r.err
	}
	n := copy(p, r.s[:min(3, len(r.s))])
	r.s = r.s[n:]
	return n, nil
}

// plainWriter hides any WriteString or ReadFrom of the builder.
type plainWriter struct{ b *strings.Builder }

func (w plainWriter) Write(p []byte) (int, error) { return w.b.Write(p) }

// shortWriter accepts at most 4 bytes and reports no error.
type shortWriter struct{}

func (shortWriter) Write(p []byte) (int, error) { return min(len(p), 4), nil }

// failWriter fails every write.
type failWriter struct{}

func (failWriter) Write(p []byte) (int, error) { return 0, errors.New("disk full") }

// memAt is a ReaderAt and WriterAt over a byte slice.
type memAt struct{ b []byte }

func (m *memAt) ReadAt(p []byte, off int64) (int, error) {
	if off >= int64(len(m.b)) {
		return 0, io.EOF
	}
	n := copy(p, m.b[off:])
	if n < len(p) {
		return n, io.EOF
	}
	return n, nil
}

func (m *memAt) WriteAt(p []byte, off int64) (int, error) {
	for int64(len(m.b)) < off+int64(len(p)) {
		m.b = append(m.b, '.')
	}
	return copy(m.b[off:], p), nil
}

func main() {
	b, err := io.ReadAll(&slowReader{s: "hello, world", err: io.EOF})
	fmt.Printf("ReadAll %q %v\n", b, err)
	b, err = io.ReadAll(&slowReader{s: "partial", err: errors.New("boom")})
	fmt.Printf("ReadAll %q %v\n", b, err)
	b, err = io.ReadAll(strings.NewReader(strings.Repeat("x", 5000)))
	fmt.Println("ReadAll big", len(b), err)

	buf := make([]byte, 5)
	n, err := io.ReadFull(&slowReader{s: "abcdefgh", err: io.EOF}, buf)
	fmt.Printf("ReadFull %d %q %v\n", n, buf[:n], err)
	n, err = io.ReadFull(&slowReader{s: "abc", err: io.EOF}, buf)
	fmt.Printf("ReadFull %d %q %v\n", n, buf[:n], err)
	n, err = io.ReadFull(&slowReader{s: "", err: io.EOF}, buf)
	fmt.Printf("ReadFull %d %v\n", n, err)
	n, err = io.ReadAtLeast(&slowReader{s: "abcdefgh", err: io.EOF}, buf, 2)
	fmt.Printf("ReadAtLeast %d %q %v\n", n, buf[:n], err)
	n, err = io.ReadAtLeast(strings.NewReader("abc"), buf, 10)
	fmt.Println("ReadAtLeast", n, err)
	fmt.Println(errors.Is(io.ErrUnexpectedEOF, io.EOF), io.ErrShortWrite, io.ErrClosedPipe, io.ErrNoProgress, io.ErrShortBuffer)

	var sb strings.Builder
	nc, err := io.Copy(plainWriter{&sb}, &slowReader{s: "copy me please", err: io.EOF})
	fmt.Printf("Copy %d %v %q\n", nc, err, sb.String())
	sb.Reset()
	nc, err = io.Copy(&sb, strings.NewReader("via WriterTo"))
	fmt.Printf("Copy %d %v %q\n", nc, err, sb.String())
	nc, err = io.Copy(failWriter{}, strings.NewReader("x"))
	fmt.Println("Copy", nc, err)
	nc, err = io.Copy(shortWriter{}, &slowReader{s: "abcdefgh", err: io.EOF})
	fmt.Println("Copy short", nc, err)
	nc, err = io.Copy(plainWriter{&sb}, &slowReader{s: "abc", err: errors.New("read failed")})
	fmt.Println("Copy", nc, err)
	sb.Reset()
	nc, err = io.CopyN(plainWriter{&sb}, &slowReader{s: "0123456789", err: io.EOF}, 4)
	fmt.Printf("CopyN %d %v %q\n", nc, err, sb.String())
	nc, err = io.CopyN(io.Discard, strings.NewReader("abc"), 10)
	fmt.Println("CopyN", nc, err)
	sb.Reset()
	nc, err = io.CopyBuffer(plainWriter{&sb}, &slowReader{s: "buffered copy", err: io.EOF}, make([]byte, 2))
	fmt.Printf("CopyBuffer %d %v %q\n", nc, err, sb.String())
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		io.CopyBuffer(plainWriter{&sb}, &slowReader{s: "x", err: io.EOF}, []byte{})
	}()

	sb.Reset()
	n, err = io.WriteString(plainWriter{&sb}, "plain ")
	fmt.Println(n, err)
	n, err = io.WriteString(&sb, "builder")
	fmt.Println(n, err, sb.String())

	mr := io.MultiReader(strings.NewReader("one "), &slowReader{s: "two ", err: io.EOF}, strings.NewReader(""), strings.NewReader("three"))
	b, err = io.ReadAll(mr)
	fmt.Printf("MultiReader %q %v\n", b, err)
	n, err = mr.Read(buf)
	fmt.Println("after end", n, err)
	mr = io.MultiReader(strings.NewReader("ab"), strings.NewReader("cd"))
	n, err = mr.Read(buf)
	fmt.Printf("first Read %q %v\n", buf[:n], err)
	sb.Reset()
	nc, err = io.Copy(&sb, io.MultiReader(strings.NewReader("x"), io.MultiReader(strings.NewReader("y"), strings.NewReader("z"))))
	fmt.Println("nested", nc, err, sb.String())

	var w1, w2 strings.Builder
	mw := io.MultiWriter(&w1, plainWriter{&w2})
	fmt.Fprintf(mw, "to both %d", 2)
	io.WriteString(mw, "!")
	fmt.Printf("%q %q\n", w1.String(), w2.String())
	n, err = io.MultiWriter(&w1, failWriter{}, &w2).Write([]byte("x"))
	fmt.Println("MultiWriter fail", n, err)
	n, err = io.MultiWriter(shortWriter{}).Write([]byte("123456"))
	fmt.Println("MultiWriter short", n, err)

	var tee strings.Builder
	tr := io.TeeReader(strings.NewReader("tee'd text"), &tee)
	b, _ = io.ReadAll(tr)
	fmt.Printf("%q %q\n", b, tee.String())
	_, err = io.ReadAll(io.TeeReader(strings.NewReader("x"), failWriter{}))
	fmt.Println("TeeReader", err)

	lr := io.LimitReader(strings.NewReader("limited reader"), 7)
	b, err = io.ReadAll(lr)
	fmt.Printf("LimitReader %q %v %d\n", b, err, lr.(*io.LimitedReader).N)
	b, _ = io.ReadAll(&io.LimitedReader{R: strings.NewReader("abc"), N: -1})
	fmt.Printf("%q\n", b)

	m := &memAt{b: []byte("0123456789abcdef")}
	sr := io.NewSectionReader(m, 4, 8)
	fmt.Println("Size", sr.Size())
	b, err = io.ReadAll(sr)
	fmt.Printf("Section %q %v\n", b, err)
	pos, err := sr.Seek(2, io.SeekStart)
	fmt.Println(pos, err)
	n, err = sr.Read(buf)
	fmt.Printf("%q %v\n", buf[:n], err)
	pos, err = sr.Seek(-3, io.SeekEnd)
	fmt.Println(pos, err)
	n, err = sr.Read(buf)
	fmt.Printf("%q %v\n", buf[:n], err)
	_, err = sr.Seek(-100, io.SeekCurrent)
	fmt.Println(err)
	_, err = sr.Seek(0, 7)
	fmt.Println(err)
	n, err = sr.ReadAt(buf, 5)
	fmt.Printf("ReadAt %q %v\n", buf[:n], err)
	n, err = sr.ReadAt(buf, 1)
	fmt.Printf("ReadAt %q %v\n", buf[:n], err)
	n, err = sr.ReadAt(buf, 8)
	fmt.Println("ReadAt", n, err)
	_, off, size := sr.Outer()
	fmt.Println("Outer", off, size)

	ow := io.NewOffsetWriter(m, 3)
	ow.Write([]byte("AB"))
	ow.Write([]byte("CD"))
	ow.WriteAt([]byte("Z"), 10)
	p, err := ow.Seek(1, io.SeekCurrent)
	fmt.Println(string(m.b), p, err)
	_, err = ow.Seek(0, io.SeekEnd)
	fmt.Println(err)

	rc := io.NopCloser(io.MultiReader(strings.NewReader("nop")))
	fmt.Println(rc.Close())
	_, isWT := rc.(io.WriterTo)
	_, isWT2 := io.NopCloser(&slowReader{}).(io.WriterTo)
	fmt.Println(isWT, isWT2)

	n, err = io.Discard.Write([]byte("gone"))
	fmt.Println(n, err)
	nc, err = io.Copy(io.Discard, &slowReader{s: "0123456789", err: io.EOF})
	fmt.Println(nc, err)
	_, ok := io.Discard.(io.ReaderFrom)
	fmt.Println(ok, io.SeekStart, io.SeekCurrent, io.SeekEnd)

	var _ io.ReadWriteCloser
	var _ io.ReadSeekCloser
	var _ io.WriteSeeker
	var _ io.ReadWriteSeeker
	var _ io.ByteScanner = strings.NewReader("")
	var _ io.RuneScanner = strings.NewReader("")
	var _ io.StringWriter = &sb
	var _ io.ByteWriter = &sb
}
