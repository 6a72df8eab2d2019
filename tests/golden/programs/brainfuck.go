package main

import (
	"errors"
	"fmt"
	"strings"
)

type Op struct {
	Kind byte
	N    int // repeat count or jump target
}

func compile(src string) ([]Op, error) {
	var ops []Op
	var stack []int
	for i := 0; i < len(src); i++ {
		c := src[i]
		switch c {
		case '+', '-', '>', '<':
			n := 1
			for i+1 < len(src) && src[i+1] == c {
				n++
				i++
			}
			ops = append(ops, Op{c, n})
		case '.', ',':
			ops = append(ops, Op{c, 1})
		case '[':
			stack = append(stack, len(ops))
			ops = append(ops, Op{'[', -1})
		case ']':
			if len(stack) == 0 {
				return nil, fmt.Errorf("unmatched ] at %d", i)
			}
			open := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			ops[open].N = len(ops)
			ops = append(ops, Op{']', open})
		}
	}
	if len(stack) > 0 {
		return nil, errors.New("unmatched [")
	}
	return ops, nil
}

func run(ops []Op, input string, limit int) (string, int, error) {
	tape := make([]byte, 30000)
	var out strings.Builder
	ptr, in, steps := 0, 0, 0
	for pc := 0; pc < len(ops); pc++ {
		steps++
		if steps > limit {
			return out.String(), steps, errors.New("step limit exceeded")
		}
		op := ops[pc]
		switch op.Kind {
		case '+':
			tape[ptr] += byte(op.N)
		case '-':
			tape[ptr] -= byte(op.N)
		case '>':
			ptr += op.N
		case '<':
			ptr -= op.N
		case '.':
			out.WriteByte(tape[ptr])
		case ',':
			if in < len(input) {
				tape[ptr] = input[in]
				in++
			} else {
				tape[ptr] = 0
			}
		case '[':
			if tape[ptr] == 0 {
				pc = op.N
			}
		case ']':
			if tape[ptr] != 0 {
				pc = op.N
			}
		}
	}
	return out.String(), steps, nil
}

func main() {
	programs := []struct{ name, src, input string }{
		{"hello", "++++++++[>++++[>++>+++>+++>+<<<<-]>+>+>->>+[<]<-]>>.>---.+++++++..+++.>>.<-.<.+++.------.--------.>>+.>++.", ""},
		{"echo-upper", ",[>++++[<-------->-]<.,]", "gale"},
		{"reverse", ">,[>,]<[.<]", "stressed"},
		{"wrap", "-.", ""},
		{"broken", "[[]", ""},
		{"broken2", "+]", ""},
		{"forever", "+[]", ""},
	}
	for _, p := range programs {
		ops, err := compile(p.src)
		if err != nil {
			fmt.Printf("%-10s compile error: %v\n", p.name, err)
			continue
		}
		out, steps, err := run(ops, p.input, 100000)
		fmt.Printf("%-10s %q ops=%d steps=%d err=%v\n", p.name, out, len(ops), steps, err)
	}
}
