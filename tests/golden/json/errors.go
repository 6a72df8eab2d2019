// Go's error types and messages: SyntaxError (with Offset), UnmarshalTypeError (Value,
// Type, Offset, Struct, Field), InvalidUnmarshalError, UnsupportedTypeError,
// UnsupportedValueError, MarshalerError (MarshalJSON and MarshalText, bad output), and the
// plain errors (invalid Number, map key MarshalText failure, unknown field).
package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"strings"
)

type Node struct {
	Next *Node
}

type BadText struct{}

func (BadText) MarshalText() ([]byte, error) { return nil, errors.New("no text") }

type BadKey struct{ k int }

func (BadKey) MarshalText() ([]byte, error) { return nil, errors.New("no key") }

type Inner struct {
	Count int `json:"count"`
}

type Outer struct {
	Name  string
	In    Inner `json:"in"`
	Items []Inner
	M     map[string]Inner
}

func report(err error) {
	var se *json.SyntaxError
	var te *json.UnmarshalTypeError
	var ie *json.InvalidUnmarshalError
	var ute *json.UnsupportedTypeError
	var uve *json.UnsupportedValueError
	var me *json.MarshalerError
	switch {
	case err == nil:
		fmt.Println("ok")
	case errors.As(err, &se):
		fmt.Printf("SyntaxError %q offset=%d\n", se.Error(), se.Offset)
	case errors.As(err, &te):
		fmt.Printf("UnmarshalTypeError %q value=%q type=%s offset=%d struct=%q field=%q\n", te.Error(), te.Value, te.Type.String(), te.Offset, te.Struct, te.Field)
	case errors.As(err, &ie):
		fmt.Printf("InvalidUnmarshalError %q\n", ie.Error())
	case errors.As(err, &ute):
		fmt.Printf("UnsupportedTypeError %q\n", ute.Error())
	case errors.As(err, &uve):
		fmt.Printf("UnsupportedValueError %q str=%q\n", uve.Error(), uve.Str)
	case errors.As(err, &me):
		fmt.Printf("MarshalerError %q unwrap=%v\n", me.Error(), errors.Unwrap(me))
	default:
		fmt.Printf("error %q\n", err.Error())
	}
}

func main() {
	fmt.Println("-- marshal")
	for _, v := range []any{math.NaN(), math.Inf(1), float32(math.Inf(-1)), []float64{1, math.NaN()},
		func() {}, map[[2]int]int{}, struct{ C chan int }{}, map[bool]int{true: 1},
		BadText{}, map[BadKey]int{{1}: 1}, json.Number("1.2.3"), json.Number(""), json.RawMessage(`{"a":}`),
		map[string]any{"ok": []any{1, "s"}, "bad": math.Inf(1)}} {
		b, err := json.Marshal(v)
		fmt.Print(string(b), " ")
		report(err)
	}
	n := &Node{}
	n.Next = n
	_, err := json.Marshal(n)
	report(err)
	s := []any{nil}
	s[0] = s
	_, err = json.Marshal(s)
	report(err)

	fmt.Println("-- unmarshal")
	var o Outer
	inputs := []string{
		`{"Name": 5}`,
		`{"in": {"count": "many"}}`,
		`{"Items": [{"count": 1}, {"count": true}]}`,
		`{"M": {"k": {"count": [1]}}}`,
		`{"in": []}`,
		`{"Items": {}}`,
		`{"Name": "x", "in": {"count": 1.5}, "Name": {}}`,
		`[1, 2]`,
		`"str"`,
		`  {"Name": "x"}  garbage`,
		`{"Name": "unterminated`,
		`{"a":1}}`,
		strings.Repeat("[", 10001) + strings.Repeat("]", 10001),
	}
	for _, in := range inputs {
		if len(in) > 60 {
			fmt.Print("(deep) ")
		} else {
			fmt.Print(in, " => ")
		}
		report(json.Unmarshal([]byte(in), &o))
	}
	var i int
	report(json.Unmarshal([]byte(`"x"`), &i))
	report(json.Unmarshal([]byte(`{}`), &i))
	report(json.Unmarshal([]byte(`1`), nil))
	report(json.Unmarshal([]byte(`1`), i))
	report(json.Unmarshal([]byte(`1`), (*int)(nil)))
	report(json.Unmarshal([]byte(`1`), o))
	var m map[string]int
	report(json.Unmarshal([]byte(`{"a":"b"}`), &m))
	var arr []int
	report(json.Unmarshal([]byte(`[1,"2",3]`), &arr))
	fmt.Println(arr)
	for _, c := range []string{"\x00", "\x7f", "é", "\u00a0", "\t", "\\", "'", "\"", "\x80"} {
		var v any
		err := json.Unmarshal([]byte("["+c), &v)
		report(err)
	}
}
