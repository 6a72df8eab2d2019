// Package csv reads and writes comma-separated values (RFC 4180), as Go's encoding/csv:
// the whole Go 1.23 API. Reader (Comma, Comment, FieldsPerRecord, LazyQuotes,
// TrimLeadingSpace, ReuseRecord, Read, ReadAll, FieldPos, InputOffset), Writer (Comma,
// UseCRLF, Write, WriteAll, Flush, Error), ParseError and the error values, with Go's
// messages, line and column numbers. The reader works a line at a time through a
// bufio.Reader, as Go's does, so its reads from the underlying reader are the same.
// No differences from Go (TrailingComma is accepted and ignored, as in Go).
package csv

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A ParseError is returned for parsing errors; lines and columns are 1-based, the column
// counting bytes.
type ParseError struct {
	StartLine int
	Line      int
	Column    int
	Err       error
}

func (e *ParseError) Error() string {
	if e.Err == ErrFieldCount {
		return fmt.Sprintf("record on line %d: %v", e.Line, e.Err)
	}
	if e.StartLine != e.Line {
		return fmt.Sprintf("record on line %d; parse error on line %d, column %d: %v", e.StartLine, e.Line, e.Column, e.Err)
	}
	return fmt.Sprintf("parse error on line %d, column %d: %v", e.Line, e.Column, e.Err)
}

func (e *ParseError) Unwrap() error { return e.Err }

// The errors that a ParseError wraps.
var (
	ErrBareQuote     = errors.New("bare \" in non-quoted-field")
	ErrQuote         = errors.New("extraneous or missing \" in quoted-field")
	ErrFieldCount    = errors.New("wrong number of fields")
	ErrTrailingComma = errors.New("extra delimiter at end of line") // no longer used
)

var errInvalidDelim = errors.New("csv: invalid field or comment delimiter")

func validDelim(r rune) bool {
	return r != 0 && r != '"' && r != '\r' && r != '\n' && utf8.ValidRune(r) && r != utf8.RuneError
}

// A Reader reads records from a CSV-encoded file.
type Reader struct {
	Comma            rune
	Comment          rune
	FieldsPerRecord  int
	LazyQuotes       bool
	TrimLeadingSpace bool
	ReuseRecord      bool
	TrailingComma    bool // deprecated, ignored

	r *bufio.Reader

	line   int   // lines read so far
	offset int64 // bytes read so far

	long      []byte     // a line longer than the bufio.Reader's buffer
	fieldData []byte     // the unquoted bytes of the record's fields, back to back
	fieldEnds []int      // the end of each field in fieldData
	fieldPos  []position // where each field starts
	last      []string   // the previous record, for ReuseRecord
}

type position struct {
	line, col int
}

// NewReader returns a Reader reading from r.
func NewReader(r io.Reader) *Reader {
	return &Reader{Comma: ',', r: bufio.NewReader(r)}
}

// Read reads one record (a slice of fields). At the end of the input it returns nil and
// io.EOF. With FieldsPerRecord set, a record with another number of fields comes back
// together with an ErrFieldCount ParseError.
func (r *Reader) Read() (record []string, err error) {
	if r.ReuseRecord {
		record, err = r.readRecord(r.last)
		r.last = record
	} else {
		record, err = r.readRecord(nil)
	}
	return record, err
}

// FieldPos returns the line and column where field number field of the record that Read
// returned last starts; it panics for an index out of range.
func (r *Reader) FieldPos(field int) (line, column int) {
	if field < 0 || field >= len(r.fieldPos) {
		panic("out of range index passed to FieldPos")
	}
	p := r.fieldPos[field]
	return p.line, p.col
}

// InputOffset returns the byte offset in the input of the end of the last record read.
func (r *Reader) InputOffset() int64 { return r.offset }

// ReadAll reads the remaining records; a successful call returns a nil error, not io.EOF.
func (r *Reader) ReadAll() (records [][]string, err error) {
	for {
		record, err := r.readRecord(nil)
		if err == io.EOF {
			return records, nil
		}
		if err != nil {
			return nil, err
		}
		records = append(records, record)
	}
}

// readLine reads one line, its "\n" included; a "\r\n" ending becomes "\n" and a "\r"
// ending the input is dropped. It returns io.EOF only with an empty line.
func (r *Reader) readLine() ([]byte, error) {
	line, err := r.r.ReadSlice('\n')
	if err == bufio.ErrBufferFull {
		r.long = append(r.long[:0], line...)
		for err == bufio.ErrBufferFull {
			line, err = r.r.ReadSlice('\n')
			r.long = append(r.long, line...)
		}
		line = r.long
	}
	n := len(line)
	if n > 0 && err == io.EOF {
		err = nil
		if line[n-1] == '\r' {
			line = line[:n-1]
		}
	}
	r.line++
	r.offset += int64(n)
	if m := len(line); m >= 2 && line[m-2] == '\r' && line[m-1] == '\n' {
		line[m-2] = '\n'
		line = line[:m-1]
	}
	return line, err
}

// nlLen is 1 when b ends with a newline, else 0.
func nlLen(b []byte) int {
	if len(b) > 0 && b[len(b)-1] == '\n' {
		return 1
	}
	return 0
}

func firstRune(b []byte) rune {
	c, _ := utf8.DecodeRune(b)
	return c
}

func notSpace(c rune) bool { return !unicode.IsSpace(c) }

// readRecord parses one record into dst (reused when it is large enough).
func (r *Reader) readRecord(dst []string) ([]string, error) {
	if r.Comma == r.Comment || !validDelim(r.Comma) || (r.Comment != 0 && !validDelim(r.Comment)) {
		return nil, errInvalidDelim
	}

	// Skip comment lines and empty lines.
	var line []byte
	var readErr error
	for readErr == nil {
		line, readErr = r.readLine()
		if r.Comment != 0 && firstRune(line) == r.Comment {
			line = nil
			continue
		}
		if readErr == nil && len(line) == nlLen(line) {
			line = nil
			continue
		}
		break
	}
	if readErr == io.EOF {
		return nil, readErr
	}

	var err error
	commaLen := utf8.RuneLen(r.Comma)
	startLine := r.line
	r.fieldData = r.fieldData[:0]
	r.fieldEnds = r.fieldEnds[:0]
	r.fieldPos = r.fieldPos[:0]
	pos := position{line: r.line, col: 1}

fields:
	for {
		if r.TrimLeadingSpace {
			i := bytes.IndexFunc(line, notSpace)
			if i < 0 {
				i = len(line)
				pos.col -= nlLen(line)
			}
			line = line[i:]
			pos.col += i
		}
		if len(line) == 0 || line[0] != '"' {
			// An unquoted field runs to the next delimiter or the end of the line.
			i := bytes.IndexRune(line, r.Comma)
			field := line
			if i >= 0 {
				field = field[:i]
			} else {
				field = field[:len(field)-nlLen(field)]
			}
			if !r.LazyQuotes {
				if j := bytes.IndexByte(field, '"'); j >= 0 {
					err = &ParseError{StartLine: startLine, Line: r.line, Column: pos.col + j, Err: ErrBareQuote}
					break fields
				}
			}
			r.fieldData = append(r.fieldData, field...)
			r.fieldEnds = append(r.fieldEnds, len(r.fieldData))
			r.fieldPos = append(r.fieldPos, pos)
			if i < 0 {
				break fields
			}
			line = line[i+commaLen:]
			pos.col += i + commaLen
			continue fields
		}

		// A quoted field may span lines; "" stands for one quote.
		start := pos
		line = line[1:]
		pos.col++
		for {
			i := bytes.IndexByte(line, '"')
			if i >= 0 {
				r.fieldData = append(r.fieldData, line[:i]...)
				line = line[i+1:]
				pos.col += i + 1
				c := firstRune(line)
				if c == '"' {
					r.fieldData = append(r.fieldData, '"')
					line = line[1:]
					pos.col++
				} else if c == r.Comma {
					line = line[commaLen:]
					pos.col += commaLen
					r.fieldEnds = append(r.fieldEnds, len(r.fieldData))
					r.fieldPos = append(r.fieldPos, start)
					continue fields
				} else if nlLen(line) == len(line) {
					r.fieldEnds = append(r.fieldEnds, len(r.fieldData))
					r.fieldPos = append(r.fieldPos, start)
					break fields
				} else if r.LazyQuotes {
					r.fieldData = append(r.fieldData, '"')
				} else {
					err = &ParseError{StartLine: startLine, Line: r.line, Column: pos.col - 1, Err: ErrQuote}
					break fields
				}
			} else if len(line) > 0 {
				// The field goes on past this line: keep it all, read the next.
				r.fieldData = append(r.fieldData, line...)
				if readErr != nil {
					break fields
				}
				pos.col += len(line)
				line, readErr = r.readLine()
				if len(line) > 0 {
					pos.line++
					pos.col = 1
				}
				if readErr == io.EOF {
					readErr = nil
				}
			} else {
				// The input ended inside the quotes.
				if !r.LazyQuotes && readErr == nil {
					err = &ParseError{StartLine: startLine, Line: pos.line, Column: pos.col, Err: ErrQuote}
					break fields
				}
				r.fieldEnds = append(r.fieldEnds, len(r.fieldData))
				r.fieldPos = append(r.fieldPos, start)
				break fields
			}
		}
	}
	if err == nil {
		err = readErr
	}

	// One string for the whole record; the fields are slices of it.
	all := string(r.fieldData)
	if cap(dst) < len(r.fieldEnds) {
		dst = make([]string, len(r.fieldEnds))
	}
	dst = dst[:len(r.fieldEnds)]
	from := 0
	for i, end := range r.fieldEnds {
		dst[i] = all[from:end]
		from = end
	}

	if r.FieldsPerRecord > 0 {
		if len(dst) != r.FieldsPerRecord && err == nil {
			err = &ParseError{StartLine: startLine, Line: startLine, Column: 1, Err: ErrFieldCount}
		}
	} else if r.FieldsPerRecord == 0 {
		r.FieldsPerRecord = len(dst)
	}
	return dst, err
}

// A Writer writes records in CSV encoding, buffered: call Flush, then check Error.
type Writer struct {
	Comma   rune
	UseCRLF bool
	w       *bufio.Writer
}

// NewWriter returns a Writer writing to w.
func NewWriter(w io.Writer) *Writer {
	return &Writer{Comma: ',', w: bufio.NewWriter(w)}
}

// Write writes one record, quoting the fields that need it.
func (w *Writer) Write(record []string) error {
	if !validDelim(w.Comma) {
		return errInvalidDelim
	}
	for n, field := range record {
		if n > 0 {
			if _, err := w.w.WriteRune(w.Comma); err != nil {
				return err
			}
		}
		if !w.fieldNeedsQuotes(field) {
			if _, err := w.w.WriteString(field); err != nil {
				return err
			}
			continue
		}
		if err := w.w.WriteByte('"'); err != nil {
			return err
		}
		for len(field) > 0 {
			i := strings.IndexAny(field, "\"\r\n")
			if i < 0 {
				i = len(field)
			}
			if _, err := w.w.WriteString(field[:i]); err != nil {
				return err
			}
			field = field[i:]
			if len(field) == 0 {
				break
			}
			var err error
			switch field[0] {
			case '"':
				_, err = w.w.WriteString(`""`)
			case '\r':
				if !w.UseCRLF {
					err = w.w.WriteByte('\r')
				}
			case '\n':
				if w.UseCRLF {
					_, err = w.w.WriteString("\r\n")
				} else {
					err = w.w.WriteByte('\n')
				}
			}
			field = field[1:]
			if err != nil {
				return err
			}
		}
		if err := w.w.WriteByte('"'); err != nil {
			return err
		}
	}
	var err error
	if w.UseCRLF {
		_, err = w.w.WriteString("\r\n")
	} else {
		err = w.w.WriteByte('\n')
	}
	return err
}

// Flush writes any buffered data; Error reports whether it failed.
func (w *Writer) Flush() { w.w.Flush() }

// Error reports any error from a previous Write or Flush.
func (w *Writer) Error() error {
	_, err := w.w.Write(nil)
	return err
}

// WriteAll writes the records, then flushes.
func (w *Writer) WriteAll(records [][]string) error {
	for _, record := range records {
		if err := w.Write(record); err != nil {
			return err
		}
	}
	return w.w.Flush()
}

// fieldNeedsQuotes reports whether a field must be quoted: it holds the delimiter, a
// quote, CR or LF, starts with a space, or is `\.` (which Postgres reads as end of data).
func (w *Writer) fieldNeedsQuotes(field string) bool {
	if field == "" {
		return false
	}
	if field == `\.` {
		return true
	}
	if w.Comma < utf8.RuneSelf {
		for i := 0; i < len(field); i++ {
			c := field[i]
			if c == '\n' || c == '\r' || c == '"' || c == byte(w.Comma) {
				return true
			}
		}
	} else if strings.ContainsRune(field, w.Comma) || strings.ContainsAny(field, "\"\r\n") {
		return true
	}
	c, _ := utf8.DecodeRuneInString(field)
	return unicode.IsSpace(c)
}
