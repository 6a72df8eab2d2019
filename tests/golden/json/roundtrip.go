// Round trips struct -> JSON -> struct -> JSON, string escaping (HTML, control characters,
// invalid UTF-8, U+2028/9), floats at the 'f'/'e' boundaries (float32 and float64), nil and
// empty values, byte slices and arrays, nested pointers, Encoder to os.Stdout with options.
package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"os"
)

type Rec struct {
	S    string
	B    []byte
	BA   [3]byte
	PP   **int
	NilP *int
	NilS []int
	EmpS []int
	NilM map[string]int
	EmpM map[string]int
	I    any
	E    error
	F32  float32
	F64  float64
	U    uint64
	I64  int64
	R    rune
	Arr  [2][2]int
}

func main() {
	x := 5
	px := &x
	r := Rec{S: "a\"b\\c\n\t\r\b\f\x01\x1f <tag> & \u2028\u2029 \xff\xfe é 😀", B: []byte{0, 1, 2, 253, 254, 255}, BA: [3]byte{1, 2, 3},
		PP: &px, EmpS: []int{}, EmpM: map[string]int{}, I: map[string]any{"z": 1, "a": []any{}}, E: errors.New("e"),
		F32: 1.1, F64: -0.000001, U: math.MaxUint64, I64: math.MinInt64, R: 'x', Arr: [2][2]int{{1, 2}, {3, 4}}}
	b, err := json.Marshal(r)
	fmt.Println(string(b), err)
	var r2 Rec
	r2.E = nil
	type Rec2 struct {
		Rec
		E any
	}
	var back Rec2
	err = json.Unmarshal(b, &back)
	fmt.Println(err)
	back.Rec.E = r.E
	b2, err := json.Marshal(back.Rec)
	fmt.Println(string(b2) == string(b), err)
	fmt.Printf("%q\n", back.S)

	for _, f := range []float64{1e-7, 1e-6, 9.999999e-7, 1e20, 1e21, 123456789012345678, 0.1, -0, math.SmallestNonzeroFloat64, math.MaxFloat64, 1e-10, 5e-324} {
		b, _ := json.Marshal(f)
		fmt.Print(string(b), " ")
	}
	fmt.Println()
	for _, f := range []float32{1e-7, 1e-6, 1e20, 1e21, 0.1, 3.4e38, 16777216, 1.5e-45} {
		b, _ := json.Marshal(f)
		fmt.Print(string(b), " ")
	}
	fmt.Println()
	var nilp *Rec
	var nili any
	var nilm map[string]int
	for _, v := range []any{nil, nilp, nili, nilm, []int(nil), [0]int{}, struct{}{}, "", 0, false, &x, []*int{nil, &x}, map[string]*int{"n": nil}} {
		b, err := json.Marshal(v)
		fmt.Print(string(b), " ", err, "; ")
	}
	fmt.Println()

	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent("# ", "   ")
	enc.Encode(struct {
		A []int
		B map[string][]string
		C struct{}
		D []any
	}{A: []int{1}, B: map[string][]string{"x": {"y", "<z>"}}, D: []any{}})
	enc.SetIndent("", "")
	enc.SetEscapeHTML(false)
	enc.Encode("<&>")
	enc.Encode(nil)
	enc.Encode(3.0)
	b, _ = json.MarshalIndent([]any{1, []any{}, map[string]any{}, map[string]any{"a": []any{2}}}, ">", "..")
	fmt.Println(string(b))
}
