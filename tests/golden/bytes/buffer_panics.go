package main

import (
	"bytes"
	"fmt"
	"strings"
)

type negReader struct{}

func (negReader) Read(p []byte) (int, error) { return -1, nil }

type bigWriter struct{}

func (bigWriter) Write(p []byte) (int, error) { return len(p) + 1, nil }

func try(name string, f func()) {
	defer func() {
		r := recover()
		fmt.Printf("%s: %v\n", name, r)
	}()
	f()
}

func main() {
	try("Next", func() { var b bytes.Buffer; b.WriteString("abc"); b.Next(-1) })
	try("RepeatOverflow", func() { strings.Repeat("abc", 1<<62) })
	try("ReadFrom", func() { var b bytes.Buffer; b.ReadFrom(negReader{}) })
	try("WriteTo", func() { b := bytes.NewBufferString("x"); b.WriteTo(bigWriter{}) })
	try("ReaderWriteTo", func() { bytes.NewReader([]byte("x")).WriteTo(bigWriter{}) })
	try("SReaderWriteTo", func() { strings.NewReader("x").WriteTo(bigWriter{}) })
	try("Index", func() { _ = strings.Index("abc", "")+1 })
	var sb strings.Builder
	try("WriteRune", func() { sb.WriteRune(0x110000); fmt.Printf("%q\n", sb.String()) })
	try("Title", func() { fmt.Println(strings.Title("hello wORLD ǆx 123abc a_b-c")) })
}
