// Package fmt implements formatted I/O with functions analogous to C's printf and scanf,
// as Go's fmt does: the same verbs, flags, complaint forms and default formats.
//
// Formatting happens in C (the native render, stdlib/fmt/fmt.c), which cannot call Gale
// methods. When an operand's Error, String or GoString method is needed, render returns
// the operands whose methods to call, in the order the formatter meets them; sprint calls
// them here (recovering panics) and runs render again with their results.
package fmt

import (
	"errors"
	"io"
	"os"
)

// State represents the printer state passed to custom formatters.
type State interface {
	Write(b []byte) (n int, err error)
	Width() (wid int, ok bool)
	Precision() (prec int, ok bool)
	Flag(c int) bool
}

// Formatter is implemented by any value that has a Format method. (Gale's formatter does
// not call Format methods yet.)
type Formatter interface {
	Format(f State, verb rune)
}

// Stringer is implemented by any value that has a String method, which defines the
// "native" format for that value.
type Stringer interface {
	String() string
}

// GoStringer is implemented by any value that has a GoString method, which defines the Go
// syntax for that value (the %#v format).
type GoStringer interface {
	GoString() string
}

const (
	kindSprint = iota
	kindSprintln
	kindSprintf
	kindErrorf
)

// render formats the operands a (see stdlib/fmt/fmt.c for the protocol).
func render(kind int, format string, a []any, texts []string, panicked []bool) (s string, pending []any, methods string, wrapped []int)

// sprint formats a as kind and returns the text and the indexes of the %w operands.
func sprint(kind int, format string, a []any) (string, []int) {
	s, pending, methods, wrapped := render(kind, format, a, nil, nil)
	if pending == nil {
		return s, wrapped
	}
	texts := make([]string, len(pending))
	var panicked []bool
	for i, v := range pending {
		t, ok := callMethod(v, methods[i])
		texts[i] = t
		if !ok {
			if panicked == nil {
				panicked = make([]bool, len(pending))
			}
			panicked[i] = true
		}
	}
	s, _, _, wrapped = render(kind, format, a, texts, panicked)
	return s, wrapped
}

// callMethod calls the method of v that render asked for ('E' Error, 'S' String, 'G'
// GoString). If the method panics, it returns the panic value printed with %v and false.
func callMethod(v any, kind byte) (s string, ok bool) {
	defer func() {
		if r := recover(); r != nil {
			s = Sprint(r)
			ok = false
		}
	}()
	switch kind {
	case 'E':
		return v.(error).Error(), true
	case 'S':
		return v.(Stringer).String(), true
	}
	return v.(GoStringer).GoString(), true
}

// write writes s to w in one call, as Go's Fprint functions do.
func write(w io.Writer, s string) (n int, err error) {
	if f, ok := w.(*os.File); ok {
		return f.WriteString(s)
	}
	return w.Write([]byte(s))
}

// Sprint formats using the default formats for its operands and returns the resulting
// string. Spaces are added between operands when neither is a string.
func Sprint(a ...any) string {
	s, _ := sprint(kindSprint, "", a)
	return s
}

// Sprintln formats using the default formats for its operands and returns the resulting
// string. Spaces are always added between operands and a newline is appended.
func Sprintln(a ...any) string {
	s, _ := sprint(kindSprintln, "", a)
	return s
}

// Sprintf formats according to a format specifier and returns the resulting string.
func Sprintf(format string, a ...any) string {
	s, _ := sprint(kindSprintf, format, a)
	return s
}

// Print formats using the default formats for its operands and writes to standard output.
func Print(a ...any) (n int, err error) {
	s, _ := sprint(kindSprint, "", a)
	return os.Stdout.WriteString(s)
}

// Println formats using the default formats for its operands and writes to standard
// output. Spaces are always added between operands and a newline is appended.
func Println(a ...any) (n int, err error) {
	s, _ := sprint(kindSprintln, "", a)
	return os.Stdout.WriteString(s)
}

// Printf formats according to a format specifier and writes to standard output.
func Printf(format string, a ...any) (n int, err error) {
	s, _ := sprint(kindSprintf, format, a)
	return os.Stdout.WriteString(s)
}

// Fprint formats using the default formats for its operands and writes to w.
func Fprint(w io.Writer, a ...any) (n int, err error) {
	s, _ := sprint(kindSprint, "", a)
	return write(w, s)
}

// Fprintln formats using the default formats for its operands and writes to w.
func Fprintln(w io.Writer, a ...any) (n int, err error) {
	s, _ := sprint(kindSprintln, "", a)
	return write(w, s)
}

// Fprintf formats according to a format specifier and writes to w.
func Fprintf(w io.Writer, format string, a ...any) (n int, err error) {
	s, _ := sprint(kindSprintf, format, a)
	return write(w, s)
}

// Append formats using the default formats for its operands and appends the result to b.
func Append(b []byte, a ...any) []byte {
	s, _ := sprint(kindSprint, "", a)
	return append(b, s...)
}

// Appendln is Append with Println's spacing and a final newline.
func Appendln(b []byte, a ...any) []byte {
	s, _ := sprint(kindSprintln, "", a)
	return append(b, s...)
}

// Appendf formats according to a format specifier and appends the result to b.
func Appendf(b []byte, format string, a ...any) []byte {
	s, _ := sprint(kindSprintf, format, a)
	return append(b, s...)
}

// Errorf formats according to a format specifier and returns the string as a value that
// satisfies error. With one %w verb the error has an Unwrap() error method returning that
// operand; with several, an Unwrap() []error method.
func Errorf(format string, a ...any) error {
	s, wrapped := sprint(kindErrorf, format, a)
	switch len(wrapped) {
	case 0:
		return errors.New(s)
	case 1:
		w := &wrapError{msg: s}
		w.err, _ = a[wrapped[0]].(error)
		return w
	}
	var errs []error
	for i, argNum := range wrapped {
		if i > 0 && wrapped[i-1] == argNum {
			continue
		}
		if e, ok := a[argNum].(error); ok {
			errs = append(errs, e)
		}
	}
	return &wrapErrors{s, errs}
}

type wrapError struct {
	msg string
	err error
}

func (e *wrapError) Error() string {
	return e.msg
}

func (e *wrapError) Unwrap() error {
	return e.err
}

type wrapErrors struct {
	msg  string
	errs []error
}

func (e *wrapErrors) Error() string {
	return e.msg
}

func (e *wrapErrors) Unwrap() []error {
	return e.errs
}

// FormatString returns a string representing the fully qualified formatting directive
// captured by the State, followed by the argument verb.
func FormatString(state State, verb rune) string {
	b := []byte{'%'}
	for _, c := range " +-#0" {
		if state.Flag(int(c)) {
			b = append(b, byte(c))
		}
	}
	if w, ok := state.Width(); ok {
		b = append(b, Sprint(w)...)
	}
	if p, ok := state.Precision(); ok {
		b = append(b, '.')
		b = append(b, Sprint(p)...)
	}
	b = append(b, string(verb)...)
	return string(b)
}
