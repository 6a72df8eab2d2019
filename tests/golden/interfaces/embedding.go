package main

import "fmt"

type Reader interface {
	Read() string
}

type Writer interface {
	Write(s string) int
}

type ReadWriter interface {
	Reader
	Writer
}

type Closer interface{ Close() error }

type ReadWriteCloser interface {
	ReadWriter
	Closer
}

type Buffer struct {
	data   []string
	closed bool
}

func (b *Buffer) Read() string {
	if len(b.data) == 0 {
		return ""
	}
	s := b.data[0]
	b.data = b.data[1:]
	return s
}

func (b *Buffer) Write(s string) int {
	b.data = append(b.data, s)
	return len(s)
}

func (b *Buffer) Close() error {
	b.closed = true
	return nil
}

func copyAll(dst Writer, src Reader) int {
	n := 0
	for s := src.Read(); s != ""; s = src.Read() {
		n += dst.Write(s)
	}
	return n
}

func main() {
	src := &Buffer{}
	var rw ReadWriter = src
	rw.Write("hello")
	rw.Write("world")
	dst := &Buffer{}
	fmt.Println(copyAll(dst, rw), dst.data, len(src.data))
	var rwc ReadWriteCloser = dst
	var r Reader = rwc // assignable to a smaller interface
	fmt.Println(r.Read())
	fmt.Println(rwc.Close(), dst.closed)
	var w Writer = rwc
	if c, ok := w.(Closer); ok {
		fmt.Println("writer is also a closer", c.Close())
	}
	if _, ok := w.(interface{ Flush() }); !ok {
		fmt.Println("no Flush method")
	}
}
