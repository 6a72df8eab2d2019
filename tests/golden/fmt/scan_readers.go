// scan_readers: Fscan, Fscanln and Fscanf from an io.RuneScanner (strings.Reader,
// bufio.Reader) and from plain io.Readers, which are read one byte at a time so that no
// input past the scanned text is consumed; reader errors; loops until EOF.
package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strings"
)

// byteReader has only Read, and counts the calls and bytes.
type byteReader struct {
	data  string
	pos   int
	calls int
}

func (r *byteReader) Read(p []byte) (int, error) {
	r.calls++
	if r.pos >= len(r.data) {
		return 0, io.EOF
	}
	n := copy(p, r.data[r.pos:])
	r.pos += n
	return n, nil
}

// failReader returns some bytes, then a custom error.
type failReader struct {
	data string
	err  error
}

func (r *failReader) Read(p []byte) (int, error) {
	if len(r.data) == 0 {
		return 0, r.err
	}
	n := copy(p, r.data)
	r.data = r.data[n:]
	return n, nil
}

func main() {
	var a, b int
	var s string
	var f float64

	sr := strings.NewReader("10 20 rest of input")
	n, err := fmt.Fscan(sr, &a, &b)
	fmt.Println(n, err, a, b, sr.Len())
	n, err = fmt.Fscan(sr, &s)
	fmt.Println(n, err, s, sr.Len())

	br := &byteReader{data: "42 3.5 word tail"}
	n, err = fmt.Fscan(br, &a, &f)
	fmt.Println(n, err, a, f, "consumed", br.pos)
	n, err = fmt.Fscan(br, &s)
	fmt.Println(n, err, s, "consumed", br.pos)
	rest, _ := io.ReadAll(br)
	fmt.Printf("rest %q\n", rest)

	// a plain reader loses the rune read past a token between calls
	br = &byteReader{data: "1,2"}
	n, err = fmt.Fscan(br, &a)
	fmt.Println(n, err, a, "consumed", br.pos)

	// Fscanln
	sr = strings.NewReader("1 2\n3 4\n5\n")
	for {
		n, err = fmt.Fscanln(sr, &a, &b)
		fmt.Println("ln:", n, err, a, b)
		if err == io.EOF {
			break
		}
	}
	br = &byteReader{data: "7 8\nnext line\n"}
	n, err = fmt.Fscanln(br, &a, &b)
	fmt.Println(n, err, a, b, "consumed", br.pos)

	// Fscanf
	sr = strings.NewReader("point(3, 4)\nname=gale\n")
	n, err = fmt.Fscanf(sr, "point(%d, %d)\n", &a, &b)
	fmt.Println(n, err, a, b)
	n, err = fmt.Fscanf(sr, "name=%s\n", &s)
	fmt.Println(n, err, s)
	n, err = fmt.Fscanf(sr, "%d", &a)
	fmt.Println(n, err)

	br = &byteReader{data: "12:34:56 after"}
	var h, m, sec int
	n, err = fmt.Fscanf(br, "%d:%d:%d", &h, &m, &sec)
	fmt.Println(n, err, h, m, sec, "consumed", br.pos)

	// bufio.Reader is a RuneScanner: nothing is lost between calls
	bu := bufio.NewReader(strings.NewReader("1 2 3 4 5 6"))
	sum := 0
	for {
		var x int
		_, err := fmt.Fscan(bu, &x)
		if err != nil {
			fmt.Println("stop:", err)
			break
		}
		sum += x
	}
	fmt.Println("sum", sum)

	// counting words from a plain reader
	br = &byteReader{data: "alpha beta\ngamma  delta\n\nepsilon"}
	words := 0
	for {
		var w string
		if _, err := fmt.Fscan(br, &w); err != nil {
			fmt.Println("words", words, err)
			break
		}
		words++
	}

	// reader errors
	fr := &failReader{data: "12", err: errors.New("disk on fire")}
	n, err = fmt.Fscan(fr, &a)
	fmt.Println(n, err, a)
	fr = &failReader{data: "12 ", err: errors.New("disk on fire")}
	n, err = fmt.Fscan(fr, &a, &b)
	fmt.Println(n, err, a)
	fr = &failReader{data: "", err: io.ErrUnexpectedEOF}
	n, err = fmt.Fscan(fr, &a)
	fmt.Println(n, err)

	// invalid UTF-8 from a plain reader
	br = &byteReader{data: "a\xffb c"}
	n, err = fmt.Fscan(br, &s)
	fmt.Printf("%d %v %q\n", n, err, s)
	var r1, r2, r3 rune
	br = &byteReader{data: "\xe4\xb8x"}
	n, err = fmt.Fscanf(br, "%c%c", &r1, &r2)
	fmt.Println(n, err, r1, r2, r3)
	br = &byteReader{data: "é世"}
	n, err = fmt.Fscanf(br, "%c%c", &r1, &r2)
	fmt.Println(n, err, string(r1), string(r2))
}
