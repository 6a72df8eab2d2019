// GC: interface values holding pointers, boxed scalars, strings, slices, maps, funcs and
// structs larger than a word (which Go boxes in the heap); []any and map[string]any
// churned and rebuilt; errors wrapped with fmt.Errorf; the type switch recovers every
// value intact after lots of garbage.
package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

type Shape interface {
	Area() int
	Name() string
}

type Rect struct{ w, h int }

func (r Rect) Area() int    { return r.w * r.h }
func (r Rect) Name() string { return "rect" }

type Poly struct {
	pts  []int
	tag  string
	next Shape // an interface field pointing at another shape
}

func (p *Poly) Area() int {
	a := 0
	for _, v := range p.pts {
		a += v
	}
	return a
}
func (p *Poly) Name() string { return p.tag }

type Big struct {
	a, b, c, d int
	s          string
	p          *int
}

type NotFound struct{ key string }

func (e *NotFound) Error() string { return "not found: " + e.key }

func lookup(i int) error {
	if i%3 == 0 {
		return nil
	}
	var err error = &NotFound{key: "k" + strconv.Itoa(i)}
	if i%3 == 2 {
		err = fmt.Errorf("lookup %d: %w", i, err)
	}
	return err
}

func make1(i int) any {
	switch i % 9 {
	case 0:
		return i // boxed int
	case 1:
		return "s" + strconv.Itoa(i)
	case 2:
		v := i
		return &v
	case 3:
		return []int{i, i + 1, i + 2}
	case 4:
		return map[string]int{"k": i}
	case 5:
		return func() int { return i * 2 }
	case 6:
		n := i
		return Big{a: i, b: 1, c: 2, d: 3, s: strconv.Itoa(i), p: &n}
	case 7:
		return Rect{i % 10, 3}
	default:
		return float64(i) + 0.5
	}
}

func value(x any) int {
	switch v := x.(type) {
	case int:
		return v
	case string:
		n, _ := strconv.Atoi(v[1:])
		return n + 1
	case *int:
		return *v + 2
	case []int:
		return v[0] + v[1] + v[2]
	case map[string]int:
		return v["k"] + 4
	case func() int:
		return v()
	case Big:
		return v.a + v.b + v.c + v.d + len(v.s) + *v.p
	case Shape:
		return v.Area() + len(v.Name())
	case float64:
		return int(v * 2)
	}
	return -1000000
}

var sink any

func main() {
	ok := true
	var keep []any
	shapes := map[string]Shape{}
	sum := 0
	for round := 0; round < 120; round++ {
		vals := make([]any, 0)
		for i := 0; i < 3000; i++ {
			vals = append(vals, make1(round*3000+i))
		}
		// garbage: boxed values that die at once
		for i := 0; i < 3000; i++ {
			sink = Big{a: i, s: "tmp"}
			sink = strconv.Itoa(i)
		}
		s := 0
		for _, v := range vals {
			s += value(v)
		}
		sum += s
		keep = append(keep, vals[round%9], vals[100+round%9]) // keep a few of each kind

		// a chain of shapes linked through interface fields
		var prev Shape
		for i := 0; i < 50; i++ {
			p := &Poly{pts: []int{i, round}, tag: "poly" + strconv.Itoa(i%4), next: prev}
			prev = p
		}
		shapes["r"+strconv.Itoa(round%20)] = prev
		if round%7 == 0 {
			shapes["rect"+strconv.Itoa(round)] = Rect{round, 2}
		}
	}
	fmt.Println("sum", sum)

	ks := 0
	for _, v := range keep {
		ks += value(v)
	}
	fmt.Println("kept", len(keep), ks)

	ss := 0
	for _, sh := range shapes {
		n := 0
		for sh != nil {
			ss += sh.Area()
			n++
			if p, isPoly := sh.(*Poly); isPoly {
				sh = p.next
			} else {
				sh = nil
			}
		}
		if n != 50 && n != 1 {
			ok = false
		}
	}
	fmt.Println("shapes", len(shapes), ss)

	// errors: wrapped chains unwrapped with errors.As after garbage
	var errs []error
	for i := 0; i < 20000; i++ {
		if err := lookup(i); err != nil && i%100 < 3 {
			errs = append(errs, err)
		}
	}
	es := 0
	for _, err := range errs {
		var nf *NotFound
		if errors.As(err, &nf) {
			n, _ := strconv.Atoi(nf.key[1:])
			es += n
		}
		if strings.HasPrefix(err.Error(), "lookup ") {
			es++
		}
	}
	fmt.Println("errors", len(errs), es)

	// map[string]any rebuilt, holding nested []any
	m := map[string]any{}
	for r := 0; r < 200; r++ {
		inner := []any{r, "x", []any{r * 2, &Rect{1, r}}}
		m["key"+strconv.Itoa(r%30)] = inner
	}
	ms := 0
	for _, v := range m {
		in := v.([]any)
		nested := in[2].([]any)
		ms += in[0].(int) + nested[0].(int) + nested[1].(*Rect).Area()
	}
	fmt.Println("map", len(m), ms, "ok", ok)
}
