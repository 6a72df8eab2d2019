package main

import (
	"errors"
	"fmt"
)

type ParseError struct {
	Line int
	Msg  string
}

func (e *ParseError) Error() string { return fmt.Sprintf("line %d: %s", e.Line, e.Msg) }

func parseLine(n int, s string) int {
	if s == "" {
		panic(&ParseError{n, "empty line"})
	}
	if s[0] < '0' || s[0] > '9' {
		panic(errors.New("not a digit: " + s))
	}
	return int(s[0] - '0')
}

func parseAll(lines []string) (total int, err error) {
	defer func() {
		r := recover()
		if r == nil {
			return
		}
		if pe, ok := r.(*ParseError); ok {
			err = pe
			return
		}
		if e, ok := r.(error); ok {
			err = fmt.Errorf("unexpected: %v", e)
			return
		}
		panic(r)
	}()
	for i, l := range lines {
		total += parseLine(i+1, l)
	}
	return total, nil
}

func main() {
	fmt.Println(parseAll([]string{"1", "2", "3"}))
	t, err := parseAll([]string{"4", "", "5"})
	fmt.Println(t, err)
	if pe, ok := err.(*ParseError); ok {
		fmt.Println("line was", pe.Line)
	}
	fmt.Println(parseAll([]string{"7", "x"}))
}
