// errorf_gc: many Errorf calls with %w (whose results include the wrapped operands'
// indexes) and Formatter/Stringer operands while the collector runs, checking every text.
package main

import (
	"errors"
	"fmt"
)

type S struct{ n int }

func (s S) String() string { return fmt.Sprint("S", s.n) }

type F struct{ n int }

func (f F) Format(st fmt.State, verb rune) { fmt.Fprintf(st, "F%d%c", f.n, verb) }

func main() {
	base := errors.New("base")
	other := errors.New("other")
	bad := 0
	var keep []error
	for i := 0; i < 4000; i++ {
		err := fmt.Errorf("step %d %v %v: %w %w", i, S{i}, F{i}, base, other)
		want := fmt.Sprintf("step %d S%d F%dv: base other", i, i, i)
		if err.Error() != want || !errors.Is(err, base) || !errors.Is(err, other) {
			bad++
		}
		if i%200 == 0 {
			keep = append(keep, err)
		}
		e1 := fmt.Errorf("%[2]w/%[1]d", i, base)
		if e1.Error() != fmt.Sprint("base/", i) || errors.Unwrap(e1) != base {
			bad++
		}
	}
	fmt.Println("bad", bad, len(keep))
	fmt.Println(keep[3])
}
