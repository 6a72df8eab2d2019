package main

// Error methods that panic and recover by themselves: the crash output goes on.

import "fmt"

type E struct{}

func (E) Error() string {
	defer func() { recover() }()
	panic("inner")
}

type F struct{}

func (F) Error() (s string) {
	defer func() { s = fmt.Sprint("got ", recover()) }()
	panic("inner2\nline")
}

func main() {
	defer func() { panic(F{}) }()
	panic(E{})
}
