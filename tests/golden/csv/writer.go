package main

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"os"
)

type failWriter struct{ n int }

func (f *failWriter) Write(p []byte) (int, error) {
	return 0, errors.New("disk full")
}

func main() {
	records := [][]string{
		{"first_name", "last_name", "username"},
		{"Rob", "Pike", "rob"},
		{"Ken", "Thompson", "ken"},
		{"with,comma", "with \"quote\"", "with\nnewline"},
		{" leading space", "\ttab", "", `\.`, "cr\rhere", "crlf\r\nhere"},
		{},
		{""},
		{"ü€", "x"},
	}
	w := csv.NewWriter(os.Stdout)
	for _, rec := range records {
		if err := w.Write(rec); err != nil {
			fmt.Println("error:", err)
		}
	}
	w.Flush()
	fmt.Println("error:", w.Error())

	var buf bytes.Buffer
	w = csv.NewWriter(&buf)
	w.Comma = ';'
	w.UseCRLF = true
	fmt.Println(w.WriteAll(records))
	fmt.Printf("%q\n", buf.String())

	buf.Reset()
	w = csv.NewWriter(&buf)
	w.Comma = '€'
	w.Write([]string{"a€b", "c", "\"d"})
	w.Flush()
	fmt.Printf("%q\n", buf.String())

	w = csv.NewWriter(&buf)
	w.Comma = '"'
	fmt.Println(w.Write([]string{"a"}))
	w.Comma = '\n'
	fmt.Println(w.WriteAll([][]string{{"a"}}))

	w = csv.NewWriter(&failWriter{})
	fmt.Println(w.Write([]string{"a", "b"}))
	w.Flush()
	fmt.Println("flush error:", w.Error())
	fmt.Println(w.WriteAll([][]string{{"x"}}))

	// round trip
	buf.Reset()
	w = csv.NewWriter(&buf)
	w.WriteAll(records)
	back, err := csv.NewReader(&buf).ReadAll()
	fmt.Printf("%q %v\n", back, err)
}
