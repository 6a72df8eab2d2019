package main

import (
	"errors"
	"encoding/csv"
	"fmt"
	"io"
	"strings"
)

type tc struct {
	name  string
	in    string
	setup func(r *csv.Reader)
}

func main() {
	tests := []tc{
		{"simple", "a,b,c\n", nil},
		{"crlf", "a,b\r\nc,d\r\n", nil},
		{"bare cr", "a,b\rc,d\r\n", nil},
		{"no eol", "a,b,c", nil},
		{"quoted", `"a","b ""quoted"" c","d,e"` + "\n", nil},
		{"multiline", "\"two\nlines\",x\n\"three\r\nlines\r\nhere\",y\n", nil},
		{"blank lines", "a\n\n\nb\n  \nc", nil},
		{"empty fields", ",,\n,", nil},
		{"bare quote", "a,b\"c,d\n", nil},
		{"bare quote lazy", "a,b\"c,d\n", func(r *csv.Reader) { r.LazyQuotes = true }},
		{"bad quote", "a,\"b\"c,d\n", nil},
		{"bad quote lazy", "a,\"b\"c\"\n", func(r *csv.Reader) { r.LazyQuotes = true }},
		{"unterminated", "a,\"bc\nd,e\n", nil},
		{"unterminated lazy", "a,\"bc\nd,e\n", func(r *csv.Reader) { r.LazyQuotes = true }},
		{"unterminated at eof", "x\na,\"bc", nil},
		{"field count", "a,b,c\nd,e\nf,g,h\n", nil},
		{"field count fixed", "a,b\nd,e,f\n", func(r *csv.Reader) { r.FieldsPerRecord = 2 }},
		{"field count any", "a,b\nd\n", func(r *csv.Reader) { r.FieldsPerRecord = -1 }},
		{"semicolon", "a;b;\"c;d\"\n", func(r *csv.Reader) { r.Comma = ';' }},
		{"unicode comma", "a€b€\"c€d\"\n", func(r *csv.Reader) { r.Comma = '€' }},
		{"tab", "a\tb\t c\n", func(r *csv.Reader) { r.Comma = '\t' }},
		{"comment", "#skip me\na,b\n# also\nc,d\n", func(r *csv.Reader) { r.Comment = '#' }},
		{"trim", "  a,   b,\t\"c\"\n  \n   x,  \n", func(r *csv.Reader) { r.TrimLeadingSpace = true }},
		{"no trim", "  a,   b\n", nil},
		{"bad delim", "a,b\n", func(r *csv.Reader) { r.Comma = '"' }},
		{"same delim", "a,b\n", func(r *csv.Reader) { r.Comment = ',' }},
		{"nul delim", "a,b\n", func(r *csv.Reader) { r.Comma = 0 }},
		{"quote then eol", "\"a\"\r\n\"b\"", nil},
		{"quote error later line", "a,\"x\ny\"z\n", nil},
		{"empty input", "", nil},
		{"only newline", "\n", nil},
		{"quoted empty", "\"\",\"\"\n", nil},
		{"trailing comma", "a,b,\n", nil},
		{"cr in quotes", "\"a\rb\",c\n", nil},
		{"long line", strings.Repeat("x", 5000) + ",y\n", nil},
	}
	for _, t := range tests {
		fmt.Printf("== %s\n", t.name)
		r := csv.NewReader(strings.NewReader(t.in))
		if t.setup != nil {
			t.setup(r)
		}
		for {
			rec, err := r.Read()
			if err == io.EOF {
				fmt.Println("EOF offset", r.InputOffset())
				break
			}
			var show []string
			for i, f := range rec {
				if len(f) > 20 {
					f = f[:5] + fmt.Sprintf("...(%d)", len(f))
				}
				if err == nil {
					line, col := r.FieldPos(i)
					show = append(show, fmt.Sprintf("%q@%d:%d", f, line, col))
				} else {
					show = append(show, fmt.Sprintf("%q", f))
				}
			}
			fmt.Println(len(rec), show, "offset", r.InputOffset())
			if err != nil {
				fmt.Println("err:", err)
				var pe *csv.ParseError
				if errors.As(err, &pe) {
					fmt.Println("  parse error:", pe.StartLine, pe.Line, pe.Column, pe.Err == csv.ErrBareQuote, pe.Err == csv.ErrQuote, errors.Is(err, csv.ErrFieldCount))
					if pe.Err == csv.ErrFieldCount {
						continue
					}
				}
				break
			}
		}
	}

	fmt.Println("== ReadAll")
	r := csv.NewReader(strings.NewReader("h1,h2\n1,2\n3,4\n"))
	all, err := r.ReadAll()
	fmt.Printf("%q %v\n", all, err)
	r = csv.NewReader(strings.NewReader("h1,h2\n1,2,3\n"))
	all, err = r.ReadAll()
	fmt.Printf("%q %v\n", all, err)
	all, err = csv.NewReader(strings.NewReader("")).ReadAll()
	fmt.Println(all == nil, err)

	fmt.Println("== ReuseRecord")
	r = csv.NewReader(strings.NewReader("a,b\nc,d\n"))
	r.ReuseRecord = true
	first, _ := r.Read()
	saved := first
	second, _ := r.Read()
	fmt.Println(first, second, saved, &first[0] == &second[0])

	fmt.Println("== FieldPos panic")
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		r.FieldPos(5)
	}()
	e := &csv.ParseError{StartLine: 1, Line: 3, Column: 2, Err: csv.ErrQuote}
	fmt.Println(e, errors.Unwrap(e) == csv.ErrQuote, csv.ErrTrailingComma)
}
