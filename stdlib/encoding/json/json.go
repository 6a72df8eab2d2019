// Package json encodes and decodes JSON as Go's encoding/json: Marshal, MarshalIndent,
// Unmarshal, Valid, Compact, Indent, HTMLEscape, Encoder, Decoder (Decode, More, Token,
// Buffered, InputOffset, UseNumber, DisallowUnknownFields), Number, RawMessage, the
// Marshaler and Unmarshaler interfaces with encoding.TextMarshaler/TextUnmarshaler, struct
// tags (names, omitempty, "-", ",string"), embedded structs, and Go's error types and
// messages.
//
// The walkers are C (stdlib/encoding/json/: encode.c, decode.c, scan.c) and read values by
// their run-time type descriptors; a value whose MarshalJSON, MarshalText, UnmarshalJSON or
// UnmarshalText method is needed is handed back here, and this file calls the method (C
// never calls Gale code; see json.h).
//
// Differences from Go:
//   - there is no reflect package, so the Type fields of the error types hold the type's
//     name (a value whose String method gives it) rather than a reflect.Type, and
//     UnsupportedValueError has no Value field;
//   - Unmarshal calls UnmarshalJSON/UnmarshalText methods after the rest of the value has
//     been stored, rather than in the middle (only the order of side effects differs);
//   - the Offset of a syntax error found by a Decoder counts from the start of the stream,
//     which may differ from Go's by one in some cases.
package json

import (
	"bytes"
	"encoding"
	"errors"
	"io"
	"strconv"
)

// ---- natives (stdlib/encoding/json/json.c) ----

func encodeValue(v any, escapeHTML bool, results [][]byte) (out []byte, pending []any, kinds string, tnames []string, errKind int, errMsg string, errType string, errOff int)
func decodeValue(data []byte, v any, flags int, types []any) (pending []any, kinds string, inputs [][]byte, errKind int, errOff int, errs []string, fixups []any)
func applyFixups(fixups []any)
func checkValid(data []byte) (msg string, off int)
func compact(src []byte, escape bool) (out []byte, msg string, off int)
func indent(src []byte, prefix, indent string) (out []byte, msg string, off int)
func htmlEscape(src []byte) []byte
func valueEnd(data []byte, eof bool) (n int, msg string, off int)

// decodedTypes hands the decoder the types it builds inside interfaces (the dynamic types
// of these values: map[string]any, []any, [][]byte, Number).
var decodedTypes = []any{map[string]any(nil), []any(nil), [][]byte(nil), Number("")}

// ---- Interfaces ----

// Marshaler is the interface implemented by types that can marshal themselves into valid
// JSON.
type Marshaler interface {
	MarshalJSON() ([]byte, error)
}

// Unmarshaler is the interface implemented by types that can unmarshal a JSON description
// of themselves.
type Unmarshaler interface {
	UnmarshalJSON([]byte) error
}

// ---- Errors ----

// typeName names a Go type in the errors (Go: a reflect.Type).
type typeName string

func (t typeName) String() string { return string(t) }

// A SyntaxError is a description of a JSON syntax error.
type SyntaxError struct {
	msg    string
	Offset int64 // error occurred after reading Offset bytes
}

func (e *SyntaxError) Error() string { return e.msg }

// An UnmarshalTypeError describes a JSON value that was not appropriate for a value of a
// specific Go type.
type UnmarshalTypeError struct {
	Value  string   // description of JSON value - "bool", "array", "number -5"
	Type   typeName // type of Go value it could not be assigned to
	Offset int64    // error occurred after reading Offset bytes
	Struct string   // name of the struct type containing the field
	Field  string   // the full path from root node to the field
}

func (e *UnmarshalTypeError) Error() string {
	if e.Struct != "" || e.Field != "" {
		return "json: cannot unmarshal " + e.Value + " into Go struct field " + e.Struct + "." + e.Field + " of type " + e.Type.String()
	}
	return "json: cannot unmarshal " + e.Value + " into Go value of type " + e.Type.String()
}

// An InvalidUnmarshalError describes an invalid argument passed to Unmarshal.
type InvalidUnmarshalError struct {
	Type typeName
}

func (e *InvalidUnmarshalError) Error() string {
	if e.Type == "" {
		return "json: Unmarshal(nil)"
	}
	if e.Type[0] != '*' {
		return "json: Unmarshal(non-pointer " + e.Type.String() + ")"
	}
	return "json: Unmarshal(nil " + e.Type.String() + ")"
}

// An UnsupportedTypeError is returned by Marshal when attempting to encode an unsupported
// value type.
type UnsupportedTypeError struct {
	Type typeName
}

func (e *UnsupportedTypeError) Error() string {
	return "json: unsupported type: " + e.Type.String()
}

// An UnsupportedValueError is returned by Marshal when attempting to encode an unsupported
// value.
type UnsupportedValueError struct {
	Str string
}

func (e *UnsupportedValueError) Error() string {
	return "json: unsupported value: " + e.Str
}

// A MarshalerError represents an error from calling a MarshalJSON or MarshalText method.
type MarshalerError struct {
	Type       typeName
	Err        error
	sourceFunc string
}

func (e *MarshalerError) Error() string {
	srcFunc := e.sourceFunc
	if srcFunc == "" {
		srcFunc = "MarshalJSON"
	}
	return "json: error calling " + srcFunc + " for type " + e.Type.String() + ": " + e.Err.Error()
}

// Unwrap returns the underlying error.
func (e *MarshalerError) Unwrap() error { return e.Err }

// ---- Number and RawMessage ----

// A Number represents a JSON number literal.
type Number string

// String returns the literal text of the number.
func (n Number) String() string { return string(n) }

// Float64 returns the number as a float64.
func (n Number) Float64() (float64, error) { return strconv.ParseFloat(string(n), 64) }

// Int64 returns the number as an int64.
func (n Number) Int64() (int64, error) { return strconv.ParseInt(string(n), 10, 64) }

// RawMessage is a raw encoded JSON value.
type RawMessage []byte

// MarshalJSON returns m as the JSON encoding of m.
func (m RawMessage) MarshalJSON() ([]byte, error) {
	if m == nil {
		return []byte("null"), nil
	}
	return m, nil
}

// UnmarshalJSON sets *m to a copy of data.
func (m *RawMessage) UnmarshalJSON(data []byte) error {
	if m == nil {
		return errors.New("json.RawMessage: UnmarshalJSON on nil pointer")
	}
	*m = append((*m)[0:0], data...)
	return nil
}

// ---- Marshal ----

// Marshal returns the JSON encoding of v.
func Marshal(v any) ([]byte, error) {
	return marshal(v, true)
}

func marshal(v any, escapeHTML bool) ([]byte, error) {
	var results [][]byte
	for {
		out, pending, kinds, tnames, errKind, errMsg, errType, errOff := encodeValue(v, escapeHTML, results)
		if pending == nil {
			switch errKind {
			case 1:
				return nil, &UnsupportedTypeError{typeName(errMsg)}
			case 2:
				return nil, &UnsupportedValueError{errMsg}
			case 3:
				return nil, &MarshalerError{typeName(errType), &SyntaxError{errMsg, int64(errOff)}, "MarshalJSON"}
			case 4:
				return nil, errors.New(errMsg)
			}
			return out, nil
		}
		for i, p := range pending {
			switch kinds[i] {
			case 'J':
				b, err := p.(Marshaler).MarshalJSON()
				if err != nil {
					return nil, &MarshalerError{typeName(tnames[i]), err, "MarshalJSON"}
				}
				results = append(results, b)
			case 'T':
				b, err := p.(encoding.TextMarshaler).MarshalText()
				if err != nil {
					return nil, &MarshalerError{typeName(tnames[i]), err, "MarshalText"}
				}
				results = append(results, b)
			default:
				b, err := p.(encoding.TextMarshaler).MarshalText()
				if err != nil {
					return nil, errors.New("json: encoding error for type " + strconv.Quote(tnames[i]) + ": " + strconv.Quote(err.Error()))
				}
				results = append(results, b)
			}
		}
	}
}

// MarshalIndent is like Marshal but applies Indent to format the output.
func MarshalIndent(v any, prefix, indentStr string) ([]byte, error) {
	b, err := Marshal(v)
	if err != nil {
		return nil, err
	}
	out, msg, off := indent(b, prefix, indentStr)
	if msg != "" {
		return nil, &SyntaxError{msg, int64(off)}
	}
	return out, nil
}

// Valid reports whether data is a valid JSON encoding.
func Valid(data []byte) bool {
	msg, _ := checkValid(data)
	return msg == ""
}

// Compact appends to dst the JSON-encoded src with insignificant space characters elided.
func Compact(dst *bytes.Buffer, src []byte) error {
	out, msg, off := compact(src, false)
	if msg != "" {
		return &SyntaxError{msg, int64(off)}
	}
	dst.Write(out)
	return nil
}

// Indent appends to dst an indented form of the JSON-encoded src.
func Indent(dst *bytes.Buffer, src []byte, prefix, indentStr string) error {
	out, msg, off := indent(src, prefix, indentStr)
	if msg != "" {
		return &SyntaxError{msg, int64(off)}
	}
	dst.Write(out)
	return nil
}

// HTMLEscape appends to dst the JSON-encoded src with <, >, &, U+2028 and U+2029 characters
// inside string literals changed to \u003c, \u003e, \u0026, \u2028, \u2029.
func HTMLEscape(dst *bytes.Buffer, src []byte) {
	dst.Write(htmlEscape(src))
}

// ---- Unmarshal ----

// Unmarshal parses the JSON-encoded data and stores the result in the value pointed to by
// v.
func Unmarshal(data []byte, v any) error {
	if msg, off := checkValid(data); msg != "" {
		return &SyntaxError{msg, int64(off)}
	}
	return unmarshalChecked(data, v, 0)
}

func unmarshalChecked(data []byte, v any, flags int) error {
	pending, kinds, inputs, errKind, errOff, errs, fixups := decodeValue(data, v, flags, decodedTypes)
	if errKind == 3 {
		return &InvalidUnmarshalError{typeName(errs[0])}
	}
	for i, p := range pending {
		var err error
		if kinds[i] == 'J' {
			err = p.(Unmarshaler).UnmarshalJSON(inputs[i])
		} else {
			err = p.(encoding.TextUnmarshaler).UnmarshalText(inputs[i])
		}
		if err != nil {
			return err
		}
	}
	if fixups != nil {
		// map values that the methods filled go into their maps now
		applyFixups(fixups)
	}
	switch errKind {
	case 1:
		return &UnmarshalTypeError{Value: errs[0], Type: typeName(errs[1]), Offset: int64(errOff), Struct: errs[2], Field: errs[3]}
	case 2:
		return errors.New(errs[0])
	}
	return nil
}

// ---- Encoder ----

// An Encoder writes JSON values to an output stream.
type Encoder struct {
	w            io.Writer
	err          error
	escapeHTML   bool
	indentPrefix string
	indentValue  string
}

// NewEncoder returns a new encoder that writes to w.
func NewEncoder(w io.Writer) *Encoder {
	return &Encoder{w: w, escapeHTML: true}
}

// Encode writes the JSON encoding of v to the stream, followed by a newline character.
func (enc *Encoder) Encode(v any) error {
	if enc.err != nil {
		return enc.err
	}
	b, err := marshal(v, enc.escapeHTML)
	if err != nil {
		return err
	}
	b = append(b, '\n')
	if enc.indentPrefix != "" || enc.indentValue != "" {
		out, msg, off := indent(b, enc.indentPrefix, enc.indentValue)
		if msg != "" {
			return &SyntaxError{msg, int64(off)}
		}
		b = out
	}
	if _, err = enc.w.Write(b); err != nil {
		enc.err = err
	}
	return err
}

// SetIndent instructs the encoder to format each subsequent encoded value as if indented
// by the package-level function Indent(dst, src, prefix, indent).
func (enc *Encoder) SetIndent(prefix, indent string) {
	enc.indentPrefix = prefix
	enc.indentValue = indent
}

// SetEscapeHTML specifies whether problematic HTML characters should be escaped inside JSON
// quoted strings.
func (enc *Encoder) SetEscapeHTML(on bool) {
	enc.escapeHTML = on
}

// ---- Decoder ----

// A Token holds a value of one of these types: Delim, bool, float64, Number, string, nil.
type Token any

// A Delim is a JSON array or object delimiter, one of [ ] { or }.
type Delim rune

func (d Delim) String() string { return string(d) }

const (
	tokenTopValue = iota
	tokenArrayStart
	tokenArrayValue
	tokenArrayComma
	tokenObjectStart
	tokenObjectKey
	tokenObjectColon
	tokenObjectValue
	tokenObjectComma
)

// A Decoder reads and decodes JSON values from an input stream.
type Decoder struct {
	r          io.Reader
	buf        []byte
	scanp      int   // start of unread data in buf
	scanned    int64 // amount of data already scanned before buf
	err        error
	useNumber  bool
	disallow   bool
	tokenState int
	tokenStack []int
}

// NewDecoder returns a new decoder that reads from r.
func NewDecoder(r io.Reader) *Decoder {
	return &Decoder{r: r}
}

// UseNumber causes the Decoder to unmarshal a number into an interface value as a Number
// instead of as a float64.
func (dec *Decoder) UseNumber() { dec.useNumber = true }

// DisallowUnknownFields causes the Decoder to return an error when the destination is a
// struct and the input contains object keys which do not match any non-ignored, exported
// fields in the destination.
func (dec *Decoder) DisallowUnknownFields() { dec.disallow = true }

// Decode reads the next JSON-encoded value from its input and stores it in the value
// pointed to by v.
func (dec *Decoder) Decode(v any) error {
	if dec.err != nil {
		return dec.err
	}
	if err := dec.tokenPrepareForDecode(); err != nil {
		return err
	}
	if !dec.tokenValueAllowed() {
		return &SyntaxError{msg: "not at beginning of value", Offset: dec.InputOffset()}
	}
	n, err := dec.readValue()
	if err != nil {
		return err
	}
	data := dec.buf[dec.scanp : dec.scanp+n]
	dec.scanp += n
	flags := 0
	if dec.useNumber {
		flags |= 1
	}
	if dec.disallow {
		flags |= 2
	}
	err = unmarshalChecked(data, v, flags)
	dec.tokenValueEnd()
	return err
}

// Buffered returns a reader of the data remaining in the Decoder's buffer.
func (dec *Decoder) Buffered() io.Reader {
	rest := make([]byte, len(dec.buf)-dec.scanp)
	copy(rest, dec.buf[dec.scanp:])
	return bytes.NewBuffer(rest)
}

// InputOffset returns the input stream byte offset of the current decoder position.
func (dec *Decoder) InputOffset() int64 {
	return dec.scanned + int64(dec.scanp)
}

// readValue reads a JSON value into dec.buf and returns its length.
func (dec *Decoder) readValue() (int, error) {
	var rerr error
	for {
		n, msg, off := valueEnd(dec.buf[dec.scanp:], rerr == io.EOF)
		if n > 0 {
			return n, nil
		}
		if n == -1 {
			dec.err = &SyntaxError{msg, dec.scanned + int64(dec.scanp) + int64(off)}
			return 0, dec.err
		}
		if rerr != nil {
			if rerr == io.EOF && n == -2 {
				rerr = io.ErrUnexpectedEOF
			}
			dec.err = rerr
			return 0, rerr
		}
		rerr = dec.refill()
	}
}

func (dec *Decoder) refill() error {
	if dec.scanp > 0 {
		dec.scanned += int64(dec.scanp)
		n := copy(dec.buf, dec.buf[dec.scanp:])
		dec.buf = dec.buf[:n]
		dec.scanp = 0
	}
	const minRead = 512
	if cap(dec.buf)-len(dec.buf) < minRead {
		newBuf := make([]byte, len(dec.buf), 2*cap(dec.buf)+minRead)
		copy(newBuf, dec.buf)
		dec.buf = newBuf
	}
	n, err := dec.r.Read(dec.buf[len(dec.buf):cap(dec.buf)])
	dec.buf = dec.buf[0 : len(dec.buf)+n]
	return err
}

func isSpace(c byte) bool {
	return c <= ' ' && (c == ' ' || c == '\t' || c == '\r' || c == '\n')
}

func (dec *Decoder) peek() (byte, error) {
	var err error
	for {
		for i := dec.scanp; i < len(dec.buf); i++ {
			c := dec.buf[i]
			if isSpace(c) {
				continue
			}
			dec.scanp = i
			return c, nil
		}
		if err != nil {
			return 0, err
		}
		err = dec.refill()
	}
}

// More reports whether there is another element in the current array or object being
// parsed.
func (dec *Decoder) More() bool {
	c, err := dec.peek()
	return err == nil && c != ']' && c != '}'
}

func (dec *Decoder) tokenPrepareForDecode() error {
	switch dec.tokenState {
	case tokenArrayComma:
		c, err := dec.peek()
		if err != nil {
			return err
		}
		if c != ',' {
			return &SyntaxError{"expected comma after array element", dec.InputOffset()}
		}
		dec.scanp++
		dec.tokenState = tokenArrayValue
	case tokenObjectColon:
		c, err := dec.peek()
		if err != nil {
			return err
		}
		if c != ':' {
			return &SyntaxError{"expected colon after object key", dec.InputOffset()}
		}
		dec.scanp++
		dec.tokenState = tokenObjectValue
	}
	return nil
}

func (dec *Decoder) tokenValueAllowed() bool {
	switch dec.tokenState {
	case tokenTopValue, tokenArrayStart, tokenArrayValue, tokenObjectValue:
		return true
	}
	return false
}

func (dec *Decoder) tokenValueEnd() {
	switch dec.tokenState {
	case tokenArrayStart, tokenArrayValue:
		dec.tokenState = tokenArrayComma
	case tokenObjectValue:
		dec.tokenState = tokenObjectComma
	}
}

// Token returns the next JSON token in the input stream. At the end of the input stream,
// Token returns nil, io.EOF.
func (dec *Decoder) Token() (Token, error) {
	for {
		c, err := dec.peek()
		if err != nil {
			return nil, err
		}
		switch c {
		case '[', '{':
			if !dec.tokenValueAllowed() {
				return dec.tokenError(c)
			}
			dec.scanp++
			dec.tokenStack = append(dec.tokenStack, dec.tokenState)
			if c == '[' {
				dec.tokenState = tokenArrayStart
			} else {
				dec.tokenState = tokenObjectStart
			}
			return Delim(c), nil
		case ']':
			if dec.tokenState != tokenArrayStart && dec.tokenState != tokenArrayComma {
				return dec.tokenError(c)
			}
			dec.scanp++
			dec.tokenState = dec.tokenStack[len(dec.tokenStack)-1]
			dec.tokenStack = dec.tokenStack[:len(dec.tokenStack)-1]
			dec.tokenValueEnd()
			return Delim(']'), nil
		case '}':
			if dec.tokenState != tokenObjectStart && dec.tokenState != tokenObjectComma {
				return dec.tokenError(c)
			}
			dec.scanp++
			dec.tokenState = dec.tokenStack[len(dec.tokenStack)-1]
			dec.tokenStack = dec.tokenStack[:len(dec.tokenStack)-1]
			dec.tokenValueEnd()
			return Delim('}'), nil
		case ':':
			if dec.tokenState != tokenObjectColon {
				return dec.tokenError(c)
			}
			dec.scanp++
			dec.tokenState = tokenObjectValue
			continue
		case ',':
			if dec.tokenState == tokenArrayComma {
				dec.scanp++
				dec.tokenState = tokenArrayValue
				continue
			}
			if dec.tokenState == tokenObjectComma {
				dec.scanp++
				dec.tokenState = tokenObjectKey
				continue
			}
			return dec.tokenError(c)
		case '"':
			if dec.tokenState == tokenObjectStart || dec.tokenState == tokenObjectKey {
				var x string
				old := dec.tokenState
				dec.tokenState = tokenTopValue
				err := dec.Decode(&x)
				dec.tokenState = old
				if err != nil {
					return nil, err
				}
				dec.tokenState = tokenObjectColon
				return x, nil
			}
		}
		if !dec.tokenValueAllowed() {
			return dec.tokenError(c)
		}
		var x any
		if err := dec.Decode(&x); err != nil {
			return nil, err
		}
		return x, nil
	}
}

func (dec *Decoder) tokenError(c byte) (Token, error) {
	var context string
	switch dec.tokenState {
	case tokenTopValue, tokenArrayStart, tokenArrayValue, tokenObjectValue:
		context = " looking for beginning of value"
	case tokenArrayComma:
		context = " after array element"
	case tokenObjectKey:
		context = " looking for beginning of object key string"
	case tokenObjectColon:
		context = " after object key"
	case tokenObjectComma:
		context = " after object key:value pair"
	}
	return nil, &SyntaxError{"invalid character " + quoteChar(c) + context, dec.InputOffset()}
}

func quoteChar(c byte) string {
	if c == '\'' {
		return `'\''`
	}
	if c == '"' {
		return `'"'`
	}
	s := strconv.Quote(string(rune(c)))
	return "'" + s[1:len(s)-1] + "'"
}
