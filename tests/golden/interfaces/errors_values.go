package main

import (
	"errors"
	"fmt"
	"strconv"
)

var ErrNotFound = errors.New("not found")

type ValidationError struct {
	Field string
	Msg   string
}

func (v ValidationError) Error() string { return v.Field + ": " + v.Msg }

type CodeErr struct{ Code int }

func (c *CodeErr) Error() string { return "code " + strconv.Itoa(c.Code) }

func lookup(k string) (int, error) {
	if k == "" {
		return 0, ValidationError{"key", "must not be empty"}
	}
	if k == "x" {
		return 1, nil
	}
	return 0, ErrNotFound
}

func wrap(k string) error {
	_, err := lookup(k)
	if err != nil {
		return fmt.Errorf("lookup(%q) failed: %v", k, err)
	}
	return nil
}

func main() {
	for _, k := range []string{"x", "y", ""} {
		v, err := lookup(k)
		switch {
		case err == nil:
			fmt.Println("value", v)
		case err == ErrNotFound:
			fmt.Println("sentinel:", err)
		default:
			fmt.Println("other:", err)
		}
	}
	fmt.Println(wrap("y"))
	fmt.Println(wrap(""))
	fmt.Println(wrap("x"))
	e1 := errors.New("same")
	e2 := errors.New("same")
	fmt.Println(e1 == e2, e1.Error() == e2.Error(), e1 == e1)
	var err error = &CodeErr{404}
	fmt.Println(err)
	fmt.Printf("%v|%s|%q\n", err, err, err)
	if ce, ok := err.(*CodeErr); ok {
		fmt.Println(ce.Code)
	}
	_, err = lookup("")
	if ve, ok := err.(ValidationError); ok {
		fmt.Println(ve.Field, "|", ve.Msg)
	}
	fmt.Printf("%T %T\n", ErrNotFound, fmt.Errorf("x %d", 1))
	errs := []error{ErrNotFound, ValidationError{"a", "b"}, &CodeErr{1}, nil}
	fmt.Println(errs)
	ef := fmt.Errorf("plain")
	fmt.Println(ef, ef.Error())
	fmt.Println(fmt.Errorf("%d%%", 50))
}
