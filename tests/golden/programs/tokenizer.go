package main

import (
	"fmt"
	"strings"
)

type Kind int

const (
	EOF Kind = iota
	Ident
	Number
	String
	Op
	Keyword
	Illegal
)

var kindNames = map[Kind]string{EOF: "EOF", Ident: "IDENT", Number: "NUMBER", String: "STRING", Op: "OP", Keyword: "KEYWORD", Illegal: "ILLEGAL"}

func (k Kind) String() string { return kindNames[k] }

type Token struct {
	Kind Kind
	Text string
	Line int
	Col  int
}

func (t Token) String() string {
	return fmt.Sprintf("%d:%d %-7v %q", t.Line, t.Col, t.Kind, t.Text)
}

var keywords = map[string]bool{"let": true, "if": true, "else": true, "fn": true, "return": true}

type Lexer struct {
	src       string
	pos       int
	line, col int
}

func NewLexer(src string) *Lexer { return &Lexer{src: src, line: 1, col: 1} }

func (l *Lexer) peek() byte {
	if l.pos >= len(l.src) {
		return 0
	}
	return l.src[l.pos]
}

func (l *Lexer) advance() byte {
	c := l.src[l.pos]
	l.pos++
	if c == '\n' {
		l.line++
		l.col = 1
	} else {
		l.col++
	}
	return c
}

func isLetter(c byte) bool { return c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }
func isDigit(c byte) bool  { return c >= '0' && c <= '9' }

func (l *Lexer) Next() Token {
	for l.pos < len(l.src) {
		c := l.peek()
		if c == ' ' || c == '\t' || c == '\n' || c == '\r' {
			l.advance()
		} else if c == '#' {
			for l.pos < len(l.src) && l.peek() != '\n' {
				l.advance()
			}
		} else {
			break
		}
	}
	line, col := l.line, l.col
	if l.pos >= len(l.src) {
		return Token{EOF, "", line, col}
	}
	start := l.pos
	c := l.advance()
	switch {
	case isLetter(c):
		for isLetter(l.peek()) || isDigit(l.peek()) {
			l.advance()
		}
		text := l.src[start:l.pos]
		if keywords[text] {
			return Token{Keyword, text, line, col}
		}
		return Token{Ident, text, line, col}
	case isDigit(c):
		for isDigit(l.peek()) || l.peek() == '.' {
			l.advance()
		}
		return Token{Number, l.src[start:l.pos], line, col}
	case c == '"':
		var sb strings.Builder
		for l.pos < len(l.src) && l.peek() != '"' {
			ch := l.advance()
			if ch == '\\' && l.pos < len(l.src) {
				switch e := l.advance(); e {
				case 'n':
					sb.WriteByte('\n')
				case 't':
					sb.WriteByte('\t')
				default:
					sb.WriteByte(e)
				}
				continue
			}
			sb.WriteByte(ch)
		}
		if l.pos >= len(l.src) {
			return Token{Illegal, "unterminated string", line, col}
		}
		l.advance()
		return Token{String, sb.String(), line, col}
	}
	two := ""
	if l.pos < len(l.src) {
		two = l.src[start : l.pos+1]
	}
	switch two {
	case "==", "!=", "<=", ">=", "&&", "||", "->":
		l.advance()
		return Token{Op, two, line, col}
	}
	if isOp(c) {
		return Token{Op, string(c), line, col}
	}
	return Token{Illegal, string(c), line, col}
}

func isOp(c byte) bool {
	for _, o := range []byte("+-*/=<>!(){},;") {
		if c == o {
			return true
		}
	}
	return false
}

const program = `let x = 42;
let name = "gale\tvm";  # a comment
fn add(a, b) { return a + b; }
if x >= 10 && name != "" {
    x = add(x, 3.14) * 2;
} else { x = -1 }
@ "open`

func main() {
	lx := NewLexer(program)
	counts := map[Kind]int{}
	for {
		t := lx.Next()
		fmt.Println(t)
		counts[t.Kind]++
		if t.Kind == EOF {
			break
		}
	}
	fmt.Println(counts)
}
