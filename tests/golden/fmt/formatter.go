// formatter: values with a Format(fmt.State, rune) method: the State's Write, Width,
// Precision and Flag, fmt.FormatString, Formatter before GoStringer/Stringer/error, nested
// Formatters, panicking Format methods (with partial output) and nil receivers.
package main

import (
	"errors"
	"fmt"
	"io"
)

type F struct{ n int }

func (f F) Format(s fmt.State, verb rune) {
	w, wok := s.Width()
	p, pok := s.Precision()
	fmt.Fprintf(s, "F[%c n=%d w=%d,%v p=%d,%v flags=", verb, f.n, w, wok, p, pok)
	for _, c := range "+-# 0" {
		if s.Flag(int(c)) {
			fmt.Fprintf(s, "%c", c)
		}
	}
	io.WriteString(s, "]")
}

type FS struct{}

func (FS) Format(s fmt.State, verb rune) { fmt.Fprint(s, fmt.FormatString(s, verb)) }

// Money formats itself with the width and precision it is given.
type Money int64

func (m Money) Format(s fmt.State, verb rune) {
	switch verb {
	case 'v', 's', 'f':
		prec, ok := s.Precision()
		if !ok {
			prec = 2
		}
		v := fmt.Sprintf("%.*f", prec, float64(m)/100)
		if s.Flag('+') && m >= 0 {
			v = "+" + v
		}
		if w, ok := s.Width(); ok {
			if s.Flag('-') {
				v = fmt.Sprintf("%-*s", w, v)
			} else {
				v = fmt.Sprintf("%*s", w, v)
			}
		}
		s.Write([]byte("$" + v))
	default:
		fmt.Fprintf(s, "%%!%c(Money=%d)", verb, int64(m))
	}
}

// All has every method; Format wins.
type All struct{}

func (All) Format(s fmt.State, verb rune) { s.Write([]byte("format")) }
func (All) String() string                { return "string" }
func (All) GoString() string              { return "gostring" }
func (All) Error() string                 { return "error" }

type Panicky struct{}

func (Panicky) Format(s fmt.State, verb rune) {
	s.Write([]byte("partial-"))
	panic("format boom")
}

type PtrF struct{ v int }

func (p *PtrF) Format(s fmt.State, verb rune) {
	fmt.Fprintf(s, "PtrF(%d)", p.v)
}

type Wrapper struct {
	M    Money
	Name string
	m    Money
}

type StateType struct{}

func (StateType) Format(s fmt.State, verb rune) { fmt.Fprintf(s, "%T", s) }

type ErrF struct{}

func (ErrF) Error() string                   { return "errf" }
func (ErrF) Format(s fmt.State, verb rune) { fmt.Fprintf(s, "ErrF/%c", verb) }

func main() {
	f := F{7}
	for _, format := range []string{"%v", "%d", "%s", "%x", "%+v", "%#v", "%-8.3v", "%08d", "% d",
		"%+-#0 12.5q", "%*d", "%.*d", "%[1]v", "%6.d", "%.v", "%☺", "%T", "%p"} {
		switch format {
		case "%*d", "%.*d":
			fmt.Printf("%q -> %s\n", format, fmt.Sprintf(format, 4, f))
		default:
			fmt.Printf("%q -> %s\n", format, fmt.Sprintf(format, f))
		}
	}
	for _, format := range []string{"%v", "%-5d", "%+#08.3x", "% s", "%10.2f", "%.0f"} {
		fmt.Printf("%q -> %s\n", format, fmt.Sprintf(format, FS{}))
	}
	fmt.Printf("[%v] [%10v] [%-10.1f] [%+v] [%d]\n", Money(12345), Money(-99), Money(5), Money(100), Money(1))
	fmt.Println(Money(250), []Money{1, 2})
	fmt.Print(Money(3), "\n")
	fmt.Printf("%v %s %#v %q %x\n", All{}, All{}, All{}, All{}, All{})
	fmt.Println(All{})
	fmt.Printf("%v|%5s|\n", Panicky{}, Panicky{})
	fmt.Println(Panicky{}, "after")
	fmt.Printf("%v %v\n", &PtrF{3}, PtrF{4})
	var np *PtrF
	fmt.Printf("%v\n", np)
	fmt.Printf("%v %+v\n", Wrapper{1, "w", 2}, Wrapper{1, "w", 2})
	fmt.Printf("%#v\n", Wrapper{1, "w", 2})
	fmt.Printf("%v\n", map[string]Money{"b": 1, "a": 2})
	fmt.Printf("%v\n", StateType{})
	err := fmt.Errorf("wrapped: %w", ErrF{})
	fmt.Println(err)
	fmt.Println(errors.Is(err, ErrF{}))
	fmt.Printf("%v %s %d\n", ErrF{}, ErrF{}, ErrF{})
	fmt.Printf("%d%%\n", Money(1))
	fmt.Printf("%!(EXTRA)\n", Money(1))
	s := fmt.Sprint(F{1}, F{2})
	fmt.Println(s)
}
