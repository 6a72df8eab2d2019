// Differential test of the standard packages (run.sh compares Go and Gale).
package main

import (
	"errors"
	"fmt"
	"os"
	"strings"
)

type Code int

func (c Code) String() string { return fmt.Sprintf("code-%d", int(c)) }

type PtrS struct{ v int }

func (p *PtrS) String() string { return fmt.Sprintf("ptrs<%d>", p.v) }

type Bad struct{}

func (Bad) String() string { panic("oops") }

type NilV struct{ x int }

func (n NilV) String() string { return "nilv" }

type GS struct{ A int }

func (GS) GoString() string { return "GS!" }

type Wrap struct {
	C   Code
	P   *PtrS
	E   error
	a   Code
	Any any
}

type MyErr struct{ msg string }

func (e *MyErr) Error() string { return "myerr: " + e.msg }

type Both struct{}

func (Both) Error() string  { return "err-wins" }
func (Both) String() string { return "stringer" }

func main() {
	fmt.Println(Code(3), []Code{1, 2}, map[Code]Code{2: 3, 1: 4})
	fmt.Println(&PtrS{5}, PtrS{6}, []*PtrS{{7}})
	fmt.Printf("%v|%s|%d|%x|%q\n", Code(9), Code(9), Code(9), Code(9), Code(9))
	fmt.Printf("[%10v][%-10s]\n", Code(1), Code(2))
	fmt.Println(Bad{})
	fmt.Printf("%s %d\n", Bad{}, Bad{})
	var np *NilV
	fmt.Println(np)
	fmt.Printf("%v %+v %#v\n", GS{1}, GS{1}, GS{1})
	w := Wrap{C: 4, P: &PtrS{8}, E: errors.New("e"), a: 5, Any: Code(6)}
	fmt.Printf("%v\n%+v\n", w, w)
	fmt.Println(Both{})
	var e error = &MyErr{"x"}
	fmt.Println(e, []error{e, nil})
	werr := fmt.Errorf("wrap: %w", e)
	fmt.Println(werr, errors.Unwrap(werr) == e, errors.Is(werr, e))
	fmt.Printf("%T %T\n", werr, fmt.Errorf("plain"))
	var target *MyErr
	fmt.Println(errors.As(werr, &target), target.msg)
	multi := fmt.Errorf("%w and %w", errors.New("a"), errors.New("b"))
	fmt.Println(multi, fmt.Sprintf("%T", multi))
	j := errors.Join(errors.New("j1"), nil, errors.New("j2"))
	fmt.Println(j)
	fmt.Println(errors.Is(j, e), errors.Join() == nil)
	fmt.Printf("%v %w\n", 1, 2)
	var sb strings.Builder
	fmt.Fprintf(&sb, "x=%d;", 5)
	fmt.Fprint(&sb, "y", 6)
	fmt.Println(sb.String(), sb.Len())
	fmt.Fprintln(os.Stderr, "to stderr", Code(1))
	fmt.Println(fmt.Sprint(Code(1), Code(2)), fmt.Sprintln("a", Code(3)))
	type inner struct{ c Code }
	fmt.Println(inner{7}, []any{Code(1), nil, &PtrS{2}})
	fmt.Printf("%v %v\n", struct{ E error }{}, struct{ S fmt.Stringer }{Code(2)})
	fmt.Printf("%08.3f|%+.2e|%x|%X|%o|%b|%U|%#U|%c\n", 3.14159, 12345.678, 255, "hi", 8, 5, 0x1F600, 'x', 'é')
	fmt.Printf("%6.2f%%|%v|%.3v|%10.4v|\n", 99.5, 1e21, 3.14159, "abcdefg")
}
