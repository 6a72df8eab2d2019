// errors_basic: errors.New, Unwrap, Is (comparable and non-comparable targets, Is methods,
// wrapped chains and Join trees), Join (nil discarding, Error with newlines, Unwrap []error),
// ErrUnsupported, and fmt.Errorf with one and several %w verbs.
package main

import (
	"errors"
	"fmt"
	"io"
	"os"
)

var ErrNotFound = errors.New("not found")
var ErrDenied = errors.New("denied")

type CodeErr struct{ Code int }

func (e CodeErr) Error() string { return fmt.Sprintf("code %d", e.Code) }

// SliceErr is not comparable: Is must not compare it with ==.
type SliceErr struct{ list []string }

func (e SliceErr) Error() string { return fmt.Sprint("slice ", e.list) }

type Temporary struct{ msg string }

func (t *Temporary) Error() string { return t.msg }
func (t *Temporary) Is(target error) bool {
	return target == ErrDenied
}

type wrap struct {
	msg string
	err error
}

func (w *wrap) Error() string { return w.msg + ": " + w.err.Error() }
func (w *wrap) Unwrap() error { return w.err }

type multi struct{ errs []error }

func (m multi) Error() string   { return "multi" }
func (m multi) Unwrap() []error { return m.errs }

type nilUnwrap struct{}

func (nilUnwrap) Error() string { return "nilUnwrap" }
func (nilUnwrap) Unwrap() error { return nil }

func main() {
	e1 := errors.New("x")
	e2 := errors.New("x")
	fmt.Println(e1 == e2, e1.Error() == e2.Error(), e1, e2)
	fmt.Printf("%T %v %q\n", e1, e1, e1)

	// Unwrap
	w := fmt.Errorf("ctx: %w", ErrNotFound)
	fmt.Println(w, errors.Unwrap(w) == ErrNotFound, errors.Unwrap(ErrNotFound))
	fmt.Println(errors.Unwrap(nil), errors.Unwrap(nilUnwrap{}))
	fmt.Printf("%T\n", w)
	fmt.Println(errors.Unwrap(errors.Join(e1, e2)))

	// Is
	w2 := fmt.Errorf("outer: %w", w)
	fmt.Println(errors.Is(w2, ErrNotFound), errors.Is(w2, ErrDenied), errors.Is(w2, w))
	fmt.Println(errors.Is(nil, nil), errors.Is(nil, ErrNotFound), errors.Is(ErrNotFound, nil))
	fmt.Println(errors.Is(CodeErr{1}, CodeErr{1}), errors.Is(CodeErr{1}, CodeErr{2}))
	fmt.Println(errors.Is(fmt.Errorf("a %w", CodeErr{3}), CodeErr{3}))
	fmt.Println(errors.Is(SliceErr{[]string{"a"}}, SliceErr{[]string{"a"}}))
	fmt.Println(errors.Is(&Temporary{"t"}, ErrDenied), errors.Is(&Temporary{"t"}, ErrNotFound))
	fmt.Println(errors.Is(&wrap{"w", &Temporary{"t"}}, ErrDenied))
	fmt.Println(errors.Is(nilUnwrap{}, ErrDenied))
	m := multi{[]error{e1, nil, &wrap{"in", ErrDenied}}}
	fmt.Println(errors.Is(m, ErrDenied), errors.Is(m, ErrNotFound), errors.Is(m, e1))
	fmt.Println(errors.Is(io.ErrUnexpectedEOF, io.EOF), errors.Is(fmt.Errorf("%w", io.EOF), io.EOF))

	// Join
	fmt.Println(errors.Join() == nil, errors.Join(nil, nil) == nil)
	j := errors.Join(ErrNotFound, nil, ErrDenied)
	fmt.Printf("%q\n", j.Error())
	fmt.Println(j)
	fmt.Printf("%T\n", j)
	fmt.Println(errors.Is(j, ErrDenied), errors.Is(j, ErrNotFound), errors.Is(j, e1))
	if u, ok := j.(interface{ Unwrap() []error }); ok {
		fmt.Println(len(u.Unwrap()), u.Unwrap()[1])
	}
	one := errors.Join(ErrDenied)
	fmt.Println(one, one == ErrDenied, errors.Is(one, ErrDenied))
	nested := errors.Join(errors.Join(e1, e2), fmt.Errorf("f: %w", j))
	fmt.Printf("%q %v\n", nested.Error(), errors.Is(nested, ErrDenied))

	// ErrUnsupported
	fmt.Println(errors.ErrUnsupported, errors.Is(fmt.Errorf("op: %w", errors.ErrUnsupported), errors.ErrUnsupported))

	// Errorf
	fmt.Println(fmt.Errorf("plain %d", 1), errors.Unwrap(fmt.Errorf("plain %d", 1)))
	fmt.Printf("%T\n", fmt.Errorf("plain"))
	mw := fmt.Errorf("%w and %w", ErrNotFound, ErrDenied)
	fmt.Println(mw, errors.Unwrap(mw))
	fmt.Printf("%T\n", mw)
	if u, ok := mw.(interface{ Unwrap() []error }); ok {
		fmt.Println(u.Unwrap())
	}
	fmt.Println(errors.Is(mw, ErrNotFound), errors.Is(mw, ErrDenied))
	same := fmt.Errorf("%[1]w %[1]w", e1)
	if u, ok := same.(interface{ Unwrap() []error }); ok {
		fmt.Println(same, len(u.Unwrap()))
	}
	rev := fmt.Errorf("%[2]w %[1]w", ErrNotFound, ErrDenied)
	if u, ok := rev.(interface{ Unwrap() []error }); ok {
		fmt.Println(rev, u.Unwrap())
	}
	bad := fmt.Errorf("not error: %w", 5)
	fmt.Println(bad, errors.Unwrap(bad))
	nilw := fmt.Errorf("nil: %w", nil)
	fmt.Println(nilw, errors.Unwrap(nilw) == nil)
	fmt.Printf("%T\n", nilw)
	mixed := fmt.Errorf("%w %w %d", ErrDenied, "str", 3)
	if u, ok := mixed.(interface{ Unwrap() []error }); ok {
		fmt.Println(mixed, len(u.Unwrap()))
	}
	fmt.Println(fmt.Errorf("%v", ErrDenied), errors.Unwrap(fmt.Errorf("%v", ErrDenied)))
	fmt.Println(fmt.Errorf("%+w|%#w|%10w|", ErrDenied, ErrDenied, ErrDenied))
	fmt.Println(fmt.Sprintf("%w", ErrDenied))
	fmt.Println(fmt.Errorf("missing %w"))
	fmt.Fprintln(os.Stdout, fmt.Errorf("code: %w", CodeErr{9}))
}
