// Struct fields: tags, promotion through embedded structs and pointers, Go's rules for
// conflicting names, unexported fields, case-insensitive matching on input.
package main

import (
	"encoding/json"
	"fmt"
)

type Base struct {
	ID   int    `json:"id"`
	Name string `json:"name"`
	note string
}

type Meta struct {
	Name    string // conflicts with Base.Name at the same depth, untagged: Base's tag wins
	Created string `json:"created,omitempty"`
}

type A struct{ X, Y int }
type B struct{ X, Z int } // X conflicts with A.X at the same depth: both dropped

type inner struct{ Hidden, Shown int }

type Outer struct {
	Base
	*Meta
	A
	B
	inner
	Own   string `json:"own"`
	Y     string // shadows A.Y (shallower)
	Dash  int    `json:"-,"`
	Tag   int    `json:"weird name!"`
	Bad   int    `json:"bad\"q"`
	Empty struct{}
}

type Opts struct {
	I  int               `json:",omitempty"`
	S  string            `json:",omitempty"`
	P  *int              `json:",omitempty"`
	M  map[string]int    `json:",omitempty"`
	L  []int             `json:",omitempty"`
	A  [0]int            `json:",omitempty"`
	F  float64           `json:",omitempty"`
	B  bool              `json:",omitempty"`
	X  any               `json:",omitempty"`
	St struct{ Q int }   `json:",omitempty"`
	Qi int               `json:",string"`
	Qb bool              `json:",string"`
	Qf float64           `json:",string"`
	Qs string            `json:",string"`
	Qp *int              `json:",string"`
	Qm map[string]string `json:",string"`
}

func main() {
	o := Outer{Base: Base{1, "base", "n"}, Meta: &Meta{"meta", "today"}, A: A{1, 2}, B: B{3, 4}, inner: inner{5, 6}, Own: "own", Y: "y", Dash: 7, Tag: 8, Bad: 9}
	b, err := json.Marshal(o)
	fmt.Println(string(b), err)
	o.Meta = nil
	b, _ = json.Marshal(o)
	fmt.Println(string(b))

	var o2 Outer
	err = json.Unmarshal([]byte(`{"ID":10,"NAME":"n","created":"c","z":4,"Hidden":1,"shown":2,"OWN":"o","-":3,"weird name!":4}`), &o2)
	fmt.Println(err, o2.ID, o2.Base.Name, o2.Meta != nil, o2.Meta.Created, o2.B.Z, o2.inner, o2.Own, o2.Dash, o2.Tag)

	seven := 7
	b, _ = json.Marshal(Opts{})
	fmt.Println(string(b))
	b, _ = json.Marshal(Opts{I: 1, S: "s", P: &seven, M: map[string]int{}, L: []int{}, F: 0.5, B: true, X: 0, Qi: -3, Qb: true, Qf: 2.5, Qs: "q\"s", Qp: &seven, Qm: map[string]string{"k": "v"}})
	fmt.Println(string(b))
	var op Opts
	fmt.Println(json.Unmarshal([]byte(`{"Qi":"12","Qb":"false","Qf":"1e3","Qs":"\"hi\"","Qp":"5","Qm":{"a":"b"}}`), &op))
	fmt.Println(op.Qi, op.Qb, op.Qf, op.Qs, *op.Qp, op.Qm)
	fmt.Println(json.Unmarshal([]byte(`{"Qi":12}`), &op))
	fmt.Println(json.Unmarshal([]byte(`{"Qi":"x"}`), &op))
	fmt.Println(json.Unmarshal([]byte(`{"Qi":"1x"}`), &op))
	fmt.Println(json.Unmarshal([]byte(`{"Qs":"abc"}`), &op))
	fmt.Println(json.Unmarshal([]byte(`{"Qi":null, "Qp":"null"}`), &op), op.Qp == nil)
	fmt.Println(json.Unmarshal([]byte(`{"Qb":"maybe"}`), &op))

	type Anon struct {
		Int    int
		String string
		unexp  int
	}
	var an Anon
	fmt.Println(json.Unmarshal([]byte(`{"int":1,"STRING":"s","unexp":3,"extra":[1,{"x":null}]}`), &an), an)
}
