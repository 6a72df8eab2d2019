package main

// A String method that panics with an error value: Go's fatal error names its type.

import "errors"

type S struct{}

func (S) String() string { panic(errors.New("boom")) }

func main() {
	panic(S{})
}
