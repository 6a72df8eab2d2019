// Copying between files: io.Copy file to file (File.ReadFrom / WriteTo), WriteTo into a
// builder, ReadFrom a reader, io.SectionReader over a File (ReadAt), and after Seek.
package main

import (
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

func main() {
	dir, err := os.MkdirTemp("", "gale-copy")
	check(err)
	defer os.RemoveAll(dir)
	check(os.WriteFile(dir+"/src", []byte(strings.Repeat("0123456789", 5000)), 0644))

	src, err := os.Open(dir + "/src")
	check(err)
	dst, err := os.Create(dir + "/dst")
	check(err)
	n, err := io.Copy(dst, src)
	fmt.Println("Copy", n, err)
	_, isRF := io.Writer(dst).(io.ReaderFrom)
	_, isWT := io.Reader(src).(io.WriterTo)
	fmt.Println(isRF, isWT)

	src.Seek(49990, io.SeekStart)
	var sb strings.Builder
	n, err = src.WriteTo(&sb)
	fmt.Println("WriteTo", n, err, sb.String())
	n, err = dst.ReadFrom(strings.NewReader("-tail"))
	fmt.Println("ReadFrom", n, err)
	check(dst.Close())
	data, _ := os.ReadFile(dir + "/dst")
	fmt.Println(len(data), string(data[len(data)-8:]))

	sr := io.NewSectionReader(src, 15, 12)
	b, err := io.ReadAll(sr)
	fmt.Printf("%q %v\n", b, err)
	src.Close()
	_, err = src.WriteTo(&sb)
	fmt.Println(err != nil)
	_, err = dst.ReadFrom(strings.NewReader("x"))
	fmt.Println(err != nil)
}
