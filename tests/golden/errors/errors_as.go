// errors_as: errors.As with targets of pointer-to-concrete and pointer-to-interface type,
// As methods, wrapped chains, Join trees and Errorf with several %w, and its panics.
package main

import (
	"errors"
	"fmt"
	"io"
)

type PathError struct {
	Op, Path string
}

func (e *PathError) Error() string { return e.Op + " " + e.Path + ": failed" }

type ValErr struct{ N int }

func (e ValErr) Error() string { return fmt.Sprint("valerr ", e.N) }

type Timeout interface {
	Timeout() bool
}

type netErr struct{ msg string }

func (e *netErr) Error() string { return e.msg }
func (e *netErr) Timeout() bool { return true }

// Converter's As method fills a *ValErr target.
type Converter struct{ code int }

func (c Converter) Error() string { return "converter" }
func (c Converter) As(target any) bool {
	if v, ok := target.(*ValErr); ok {
		v.N = c.code * 10
		return true
	}
	return false
}

type wrapper struct{ err error }

func (w wrapper) Error() string { return "wrapper(" + w.err.Error() + ")" }
func (w wrapper) Unwrap() error { return w.err }

type ptrOnly struct{}

func (*ptrOnly) Error() string { return "ptrOnly" }

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Printf("%s: panic: %v\n", name, r)
		}
	}()
	f()
}

func main() {
	base := &PathError{"open", "/x"}
	chain := fmt.Errorf("layer2: %w", fmt.Errorf("layer1: %w", base))

	var pe *PathError
	fmt.Println(errors.As(chain, &pe), pe == base, pe)
	var pe2 *PathError
	fmt.Println(errors.As(errors.New("x"), &pe2), pe2 == nil)
	fmt.Println(errors.As(nil, &pe2))

	var ve ValErr
	fmt.Println(errors.As(wrapper{ValErr{3}}, &ve), ve.N)
	fmt.Println(errors.As(Converter{4}, &ve), ve.N)
	fmt.Println(errors.As(wrapper{Converter{5}}, &ve), ve.N)

	var to Timeout
	fmt.Println(errors.As(chain, &to), to == nil)
	ne := &netErr{"i/o timeout"}
	fmt.Println(errors.As(fmt.Errorf("dial: %w", ne), &to), to.Timeout(), to)

	var anyErr error
	fmt.Println(errors.As(chain, &anyErr), anyErr == chain)
	var iface interface{ Error() string }
	fmt.Println(errors.As(base, &iface), iface)
	var st fmt.Stringer
	fmt.Println(errors.As(base, &st), st == nil)

	j := errors.Join(errors.New("a"), wrapper{ValErr{7}}, ne)
	var ve2 ValErr
	fmt.Println(errors.As(j, &ve2), ve2)
	var ne2 *netErr
	fmt.Println(errors.As(j, &ne2), ne2 == ne)
	tree := errors.Join(errors.Join(nil, io.EOF), fmt.Errorf("%w + %w", io.ErrUnexpectedEOF, base))
	var pe3 *PathError
	fmt.Println(errors.As(tree, &pe3), pe3.Op)
	fmt.Println(errors.Is(tree, io.EOF), errors.Is(tree, io.ErrUnexpectedEOF), errors.Is(tree, io.ErrClosedPipe))

	// the first match in pre-order wins
	first := errors.Join(ValErr{1}, ValErr{2})
	var ve3 ValErr
	fmt.Println(errors.As(first, &ve3), ve3.N)

	var po *ptrOnly
	fmt.Println(errors.As(fmt.Errorf("w: %w", &ptrOnly{}), &po), po)

	try("nil target", func() { errors.As(base, nil) })
	try("non-pointer", func() { errors.As(base, pe) })
	try("nil pointer", func() { var p *ValErr; errors.As(base, p) })
	try("int pointer", func() { var n int; errors.As(base, &n) })
	try("value with pointer methods", func() { var v ptrOnly; errors.As(base, &v) })
	try("string target", func() { errors.As(base, "x") })
	try("nil err", func() { fmt.Println(errors.As(nil, nil)) })
}
