package main

import (
	"errors"
	"fmt"
	"strconv"
)

type Node interface {
	Eval(env map[string]float64) (float64, error)
	String() string
}

type Num float64
type Var string
type BinOp struct {
	Op   byte
	L, R Node
}
type Neg struct{ X Node }

func (n Num) Eval(map[string]float64) (float64, error) { return float64(n), nil }
func (n Num) String() string                           { return fmt.Sprint(float64(n)) }

func (v Var) Eval(env map[string]float64) (float64, error) {
	if x, ok := env[string(v)]; ok {
		return x, nil
	}
	return 0, fmt.Errorf("undefined variable %q", string(v))
}
func (v Var) String() string { return string(v) }

func (n Neg) Eval(env map[string]float64) (float64, error) {
	x, err := n.X.Eval(env)
	return -x, err
}
func (n Neg) String() string { return "(-" + n.X.String() + ")" }

func (b BinOp) Eval(env map[string]float64) (float64, error) {
	l, err := b.L.Eval(env)
	if err != nil {
		return 0, err
	}
	r, err := b.R.Eval(env)
	if err != nil {
		return 0, err
	}
	switch b.Op {
	case '+':
		return l + r, nil
	case '-':
		return l - r, nil
	case '*':
		return l * r, nil
	case '/':
		if r == 0 {
			return 0, errors.New("division by zero")
		}
		return l / r, nil
	case '^':
		res := 1.0
		for i := 0; i < int(r); i++ {
			res *= l
		}
		return res, nil
	}
	return 0, fmt.Errorf("bad operator %c", b.Op)
}
func (b BinOp) String() string {
	return "(" + b.L.String() + " " + string(b.Op) + " " + b.R.String() + ")"
}

type Parser struct {
	s   string
	pos int
}

type ParseError struct {
	Pos int
	Msg string
}

func (e *ParseError) Error() string { return fmt.Sprintf("parse error at %d: %s", e.Pos, e.Msg) }

func (p *Parser) skip() {
	for p.pos < len(p.s) && p.s[p.pos] == ' ' {
		p.pos++
	}
}

func (p *Parser) fail(msg string) { panic(&ParseError{p.pos, msg}) }

// expr := term (('+'|'-') term)*
func (p *Parser) expr() Node {
	n := p.term()
	for {
		p.skip()
		if p.pos < len(p.s) && (p.s[p.pos] == '+' || p.s[p.pos] == '-') {
			op := p.s[p.pos]
			p.pos++
			n = BinOp{op, n, p.term()}
		} else {
			return n
		}
	}
}

// term := power (('*'|'/') power)*
func (p *Parser) term() Node {
	n := p.power()
	for {
		p.skip()
		if p.pos < len(p.s) && (p.s[p.pos] == '*' || p.s[p.pos] == '/') {
			op := p.s[p.pos]
			p.pos++
			n = BinOp{op, n, p.power()}
		} else {
			return n
		}
	}
}

// power := unary ('^' power)?   (right associative)
func (p *Parser) power() Node {
	n := p.unary()
	p.skip()
	if p.pos < len(p.s) && p.s[p.pos] == '^' {
		p.pos++
		return BinOp{'^', n, p.power()}
	}
	return n
}

func (p *Parser) unary() Node {
	p.skip()
	if p.pos < len(p.s) && p.s[p.pos] == '-' {
		p.pos++
		return Neg{p.unary()}
	}
	return p.primary()
}

func (p *Parser) primary() Node {
	p.skip()
	if p.pos >= len(p.s) {
		p.fail("unexpected end of input")
	}
	c := p.s[p.pos]
	switch {
	case c == '(':
		p.pos++
		n := p.expr()
		p.skip()
		if p.pos >= len(p.s) || p.s[p.pos] != ')' {
			p.fail("expected )")
		}
		p.pos++
		return n
	case c >= '0' && c <= '9':
		start := p.pos
		for p.pos < len(p.s) && (p.s[p.pos] >= '0' && p.s[p.pos] <= '9') {
			p.pos++
		}
		v, _ := strconv.Atoi(p.s[start:p.pos])
		return Num(v)
	case c >= 'a' && c <= 'z':
		start := p.pos
		for p.pos < len(p.s) && p.s[p.pos] >= 'a' && p.s[p.pos] <= 'z' {
			p.pos++
		}
		return Var(p.s[start:p.pos])
	}
	p.fail(fmt.Sprintf("unexpected %q", c))
	return nil
}

func Parse(s string) (n Node, err error) {
	defer func() {
		if r := recover(); r != nil {
			if pe, ok := r.(*ParseError); ok {
				err = pe
				return
			}
			panic(r)
		}
	}()
	p := &Parser{s: s}
	n = p.expr()
	p.skip()
	if p.pos != len(p.s) {
		p.fail("trailing input")
	}
	return n, nil
}

func main() {
	env := map[string]float64{"x": 3, "y": 4, "pi": 3.14159}
	inputs := []string{
		"1 + 2 * 3",
		"(1 + 2) * 3",
		"2 ^ 3 ^ 2",
		"-x + y * 2",
		"x * x + y * y",
		"10 / (y - 4)",
		"pi * 2",
		"7 / 2",
		"z + 1",
		"(1 + 2",
		"3 $ 4",
		"",
		"--5",
	}
	for _, in := range inputs {
		n, err := Parse(in)
		if err != nil {
			fmt.Printf("%-16q => %v\n", in, err)
			continue
		}
		v, err := n.Eval(env)
		if err != nil {
			fmt.Printf("%-16q => %s => error: %v\n", in, n, err)
			continue
		}
		fmt.Printf("%-16q => %s => %g\n", in, n, v)
	}
}
