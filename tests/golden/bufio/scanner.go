// bufio.Scanner: lines (with \r\n and no final newline), words, runes, bytes, a custom
// SplitFunc, ErrFinalToken, Buffer and ErrTooLong, errors from the reader and the split
// function, and the panics of misuse.
package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"strings"
)

type errReader struct{ n int }

func (r *errReader) Read(p []byte) (int, error) {
	if r.n == 0 {
		return 0, errors.New("device on fire")
	}
	r.n--
	return copy(p, "ab\n"), nil
}

func main() {
	s := bufio.NewScanner(strings.NewReader("one\ntwo\r\n\nthree\r\nlast"))
	for s.Scan() {
		fmt.Printf("%q ", s.Text())
	}
	fmt.Println(s.Err())

	s = bufio.NewScanner(strings.NewReader("  hello   wide\tworld\n\u00a0x\u2003y  "))
	s.Split(bufio.ScanWords)
	var words []string
	for s.Scan() {
		words = append(words, s.Text())
	}
	fmt.Printf("%q\n", words)

	s = bufio.NewScanner(strings.NewReader("aé☺\xffz"))
	s.Split(bufio.ScanRunes)
	for s.Scan() {
		fmt.Printf("%q ", s.Bytes())
	}
	fmt.Println()
	s = bufio.NewScanner(strings.NewReader("xyz"))
	s.Split(bufio.ScanBytes)
	for s.Scan() {
		fmt.Printf("%q ", s.Text())
	}
	fmt.Println()

	// a custom split function: comma-separated values, the last one delivered with
	// ErrFinalToken
	s = bufio.NewScanner(strings.NewReader("1,22,333,STOP,4444"))
	s.Split(func(data []byte, atEOF bool) (int, []byte, error) {
		if i := bytes.IndexByte(data, ','); i >= 0 {
			if string(data[:i]) == "STOP" {
				return i + 1, []byte("stopped"), bufio.ErrFinalToken
			}
			return i + 1, data[:i], nil
		}
		if atEOF && len(data) > 0 {
			return len(data), data, nil
		}
		return 0, nil, nil
	})
	for s.Scan() {
		fmt.Printf("%q ", s.Text())
	}
	fmt.Println(s.Err())

	// a split function error
	s = bufio.NewScanner(strings.NewReader("a b c"))
	s.Split(func(data []byte, atEOF bool) (int, []byte, error) {
		return 0, nil, errors.New("split failed")
	})
	fmt.Println(s.Scan(), s.Err())

	// token too long
	s = bufio.NewScanner(strings.NewReader(strings.Repeat("x", 100) + "\nshort\n"))
	s.Buffer(make([]byte, 10), 50)
	for s.Scan() {
		fmt.Println("token", s.Text())
	}
	fmt.Println(s.Err(), s.Err() == bufio.ErrTooLong)

	// a buffer big enough
	s = bufio.NewScanner(strings.NewReader(strings.Repeat("y", 100) + "\nshort\n"))
	s.Buffer(make([]byte, 10), 200)
	for s.Scan() {
		fmt.Println("token", len(s.Text()))
	}
	fmt.Println(s.Err())

	// the default limit (64 KiB)
	s = bufio.NewScanner(strings.NewReader(strings.Repeat("z", 70000)))
	fmt.Println(s.Scan(), s.Err())
	s = bufio.NewScanner(strings.NewReader(strings.Repeat("z", 60000) + "\n"))
	fmt.Println(s.Scan(), len(s.Text()), s.Err())

	// a reader error
	s = bufio.NewScanner(&errReader{n: 2})
	for s.Scan() {
		fmt.Printf("%q ", s.Text())
	}
	fmt.Println(s.Err())

	// bad advance counts
	s = bufio.NewScanner(strings.NewReader("abc"))
	s.Split(func(data []byte, atEOF bool) (int, []byte, error) { return -1, nil, nil })
	fmt.Println(s.Scan(), s.Err())
	s = bufio.NewScanner(strings.NewReader("abc"))
	s.Split(func(data []byte, atEOF bool) (int, []byte, error) { return 10, nil, nil })
	fmt.Println(s.Scan(), s.Err())

	// misuse
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		s := bufio.NewScanner(strings.NewReader("a\nb"))
		s.Scan()
		s.Buffer(nil, 10)
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		s := bufio.NewScanner(strings.NewReader("a\nb"))
		s.Scan()
		s.Split(bufio.ScanWords)
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		s := bufio.NewScanner(strings.NewReader(""))
		s.Split(func(data []byte, atEOF bool) (int, []byte, error) { return 0, []byte{}, nil })
		for s.Scan() {
		}
	}()
	fmt.Println(bufio.MaxScanTokenSize, bufio.ErrNegativeAdvance, bufio.ErrAdvanceTooFar, bufio.ErrBadReadCount)
}
