// Method sets are built only for types whose values can reach a run-time method lookup
// (boxing, and what boxed values reach through fields, elements, pointers and *T). Each
// case here reaches its methods only indirectly.
package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"sort"
	"strings"
)

// Celsius is only ever built inside a composite literal; fmt must still call its String
// when it prints the field of a boxed struct.
type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type Reading struct {
	Where string
	Temp  Celsius
}

// Level is reachable only as a map value (and as a slice element inside an array).
type Level int

func (l Level) String() string { return [...]string{"low", "mid", "high"}[l] }

// Money has MarshalJSON on its pointer only: json calls it for addressable values.
type Money struct{ Cents int }

func (m *Money) MarshalJSON() ([]byte, error) {
	return []byte(fmt.Sprintf(`"$%d.%02d"`, m.Cents/100, m.Cents%100)), nil
}

type Invoice struct {
	Items []Money
	Total Money
}

// Temp has UnmarshalText on its pointer: json's decoding reaches it through a field.
type Temp struct{ K int }

func (t *Temp) UnmarshalText(b []byte) error {
	t.K = len(b)
	return nil
}

// NotFound is an errors.As target.
type NotFound struct{ Name string }

func (e *NotFound) Error() string { return e.Name + ": not found" }

// Shape is only the target of a type switch; Area is otherwise unused.
type Shape interface{ Area() float64 }
type Square struct{ S float64 }

func (s Square) Area() float64 { return s.S * s.S }

// Named reaches Stringer through a pointer field and a chan element type.
type Inner struct{ N int }

func (i *Inner) String() string { return fmt.Sprintf("inner#%d", i.N) }

type Outer struct {
	P  *Inner
	Ch chan Level
}

// byLen is sorted through sort.Interface.
type byLen []string

func (b byLen) Len() int           { return len(b) }
func (b byLen) Less(i, j int) bool { return len(b[i]) < len(b[j]) }
func (b byLen) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

// Loud has a method that only an interface declared inside a function asks for.
type Loud string

func (l Loud) Shout() string { return strings.ToUpper(string(l)) + "!" }

// Embedded promotes String through an embedded field.
type Tagged struct {
	Level
	Name string
}

func find(name string) error {
	return fmt.Errorf("lookup: %w", &NotFound{name})
}

func shout(v any) string {
	type shouter interface{ Shout() string }
	if s, ok := v.(shouter); ok {
		return s.Shout()
	}
	return "quiet"
}

func area(v any) string {
	switch s := v.(type) {
	case Shape:
		return fmt.Sprint("area ", s.Area())
	default:
		return "no shape"
	}
}

type Grid [2][]Level

func main() {
	r := Reading{"lab", 21.5}
	fmt.Println(r)
	fmt.Printf("%v %+v\n", []Reading{r}, &r)

	m := map[string]Level{"a": 2}
	fmt.Println(m)
	var g Grid
	g[1] = append(g[1], 1)
	fmt.Println(g)

	inv := Invoice{Items: []Money{{150}, {2}}, Total: Money{152}}
	b, err := json.Marshal(&inv)
	fmt.Println(string(b), err)
	b, err = json.Marshal(inv)
	fmt.Println(string(b), err)

	var doc struct{ T Temp }
	err = json.Unmarshal([]byte(`{"T":"abcd"}`), &doc)
	fmt.Println(doc.T.K, err)

	err = find("x")
	var nf *NotFound
	fmt.Println(errors.As(err, &nf), nf.Name, err)

	fmt.Println(area(Square{3}), area(2))
	fmt.Println(shout(Loud("hey")), shout("no"))

	o := Outer{P: &Inner{7}}
	fmt.Println(o.P, fmt.Sprint(o.P))
	fmt.Printf("%v\n", o.Ch == nil)

	words := byLen{"ccc", "a", "bb"}
	sort.Sort(words)
	fmt.Println(words)

	fmt.Println(Tagged{2, "t"}, []Tagged{{0, "z"}})
	fmt.Fprintln(os.Stdout, Level(1))
}
