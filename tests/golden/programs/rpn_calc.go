package main

import (
	"errors"
	"fmt"
	"strconv"
)

type Stack []float64

func (s *Stack) Push(v float64) { *s = append(*s, v) }

func (s *Stack) Pop() (float64, error) {
	if len(*s) == 0 {
		return 0, errors.New("stack underflow")
	}
	v := (*s)[len(*s)-1]
	*s = (*s)[:len(*s)-1]
	return v, nil
}

func fields(s string) []string {
	var out []string
	start := -1
	for i := 0; i <= len(s); i++ {
		if i == len(s) || s[i] == ' ' {
			if start >= 0 {
				out = append(out, s[start:i])
				start = -1
			}
		} else if start < 0 {
			start = i
		}
	}
	return out
}

func eval(expr string) (result float64, err error) {
	var st Stack
	binary := map[string]func(a, b float64) (float64, error){
		"+": func(a, b float64) (float64, error) { return a + b, nil },
		"-": func(a, b float64) (float64, error) { return a - b, nil },
		"*": func(a, b float64) (float64, error) { return a * b, nil },
		"/": func(a, b float64) (float64, error) {
			if b == 0 {
				return 0, errors.New("divide by zero")
			}
			return a / b, nil
		},
	}
	for _, tok := range fields(expr) {
		if f, ok := binary[tok]; ok {
			b, err := st.Pop()
			if err != nil {
				return 0, fmt.Errorf("%q: %v", tok, err)
			}
			a, err := st.Pop()
			if err != nil {
				return 0, fmt.Errorf("%q: %v", tok, err)
			}
			r, err := f(a, b)
			if err != nil {
				return 0, err
			}
			st.Push(r)
			continue
		}
		switch tok {
		case "dup":
			v, err := st.Pop()
			if err != nil {
				return 0, err
			}
			st.Push(v)
			st.Push(v)
		case "neg":
			v, err := st.Pop()
			if err != nil {
				return 0, err
			}
			st.Push(-v)
		default:
			n, err := strconv.Atoi(tok)
			if err != nil {
				return 0, fmt.Errorf("bad token: %v", err)
			}
			st.Push(float64(n))
		}
	}
	if len(st) != 1 {
		return 0, fmt.Errorf("expected 1 value on stack, found %d: %v", len(st), st)
	}
	return st[0], nil
}

func main() {
	for _, e := range []string{
		"3 4 +",
		"5 1 2 + 4 * + 3 -",
		"2 3 4 * +  dup *",
		"10 3 /",
		"1 0 /",
		"1 +",
		"1 2 3",
		"4 x *",
		"7 neg 2 *",
		"",
	} {
		v, err := eval(e)
		if err != nil {
			fmt.Printf("%-22q error: %v\n", e, err)
		} else {
			fmt.Printf("%-22q = %.4g\n", e, v)
		}
	}
}
