// Unmarshal into every kind: numbers of each width (with overflow), strings, bools, slices
// (reused, grown, emptied), arrays (short and long input), maps with string and integer
// keys (merged into an existing map), pointers (allocated, set to nil), interfaces (and an
// interface already holding a pointer), json.Number, []byte from base64, RawMessage.
package main

import (
	"encoding/json"
	"fmt"
)

type Small struct {
	I8  int8
	I16 int16
	I32 int32
	I64 int64
	U8  uint8
	U16 uint16
	U32 uint32
	U64 uint64
	F32 float32
	F64 float64
	Up  uintptr
}

type Point struct{ X, Y int }

func show(label string, err error, v any) {
	fmt.Printf("%s: err=%v v=%+v\n", label, err, v)
}

func main() {
	var s Small
	err := json.Unmarshal([]byte(`{"I8":-128,"I16":32767,"I32":-5,"I64":9223372036854775807,"U8":255,"U16":65535,"U32":4294967295,"U64":18446744073709551615,"F32":3.4e38,"F64":-1.5e-300,"Up":12}`), &s)
	show("small", err, s)
	for _, in := range []string{`{"I8":128}`, `{"U8":-1}`, `{"U16":65536}`, `{"F32":1e39}`, `{"I64":1e3}`, `{"F64":1e400}`, `{"U64":18446744073709551616}`} {
		var t Small
		err := json.Unmarshal([]byte(in), &t)
		show(in, err, t)
	}

	sl := make([]int, 2, 10)
	sl[0], sl[1] = 7, 8
	err = json.Unmarshal([]byte(`[1,2,3]`), &sl)
	show("reuse", err, sl)
	fmt.Println(len(sl), cap(sl) >= 3)
	err = json.Unmarshal([]byte(`[]`), &sl)
	show("empty", err, sl)
	fmt.Println(sl == nil, len(sl))
	err = json.Unmarshal([]byte(`null`), &sl)
	fmt.Println(err, sl == nil)
	pts := []Point{{1, 1}}
	err = json.Unmarshal([]byte(`[{"Y":5},{"X":2}]`), &pts)
	show("merge structs", err, pts)

	var arr [3]string
	arr[2] = "keep?"
	err = json.Unmarshal([]byte(`["a"]`), &arr)
	show("short array", err, arr)
	err = json.Unmarshal([]byte(`["a","b","c","d"]`), &arr)
	show("long array", err, arr)

	m := map[string]int{"old": 1}
	err = json.Unmarshal([]byte(`{"new":2,"old":3}`), &m)
	show("map merge", err, m)
	var im map[int]string
	err = json.Unmarshal([]byte(`{"1":"a","-20":"b"}`), &im)
	show("int keys", err, im)
	var um map[uint8]bool
	err = json.Unmarshal([]byte(`{"1":true,"300":false}`), &um)
	show("uint8 keys", err, um)
	var bad map[float64]int
	err = json.Unmarshal([]byte(`{"1":1}`), &bad)
	show("float keys", err, bad)
	var nested map[string][]map[string]*Point
	err = json.Unmarshal([]byte(`{"a":[{"p":{"X":1}},{"q":null}]}`), &nested)
	fmt.Println(err, *nested["a"][0]["p"], nested["a"][1]["q"] == nil)

	var pp **int
	err = json.Unmarshal([]byte(`5`), &pp)
	fmt.Println(err, **pp)
	err = json.Unmarshal([]byte(`null`), &pp)
	fmt.Println(err, pp == nil)
	p := &Point{9, 9}
	var iface any = p
	err = json.Unmarshal([]byte(`{"X":1}`), &iface)
	fmt.Println(err, *p, iface == any(p))
	iface = Point{3, 3}
	err = json.Unmarshal([]byte(`{"X":1}`), &iface)
	fmt.Printf("%v %T %v\n", err, iface, iface)

	var anys []any
	err = json.Unmarshal([]byte(`[1, -2.5e3, "s", true, false, null, [], {}, {"k":[{}]}]`), &anys)
	fmt.Println(err, anys)
	for _, a := range anys {
		fmt.Printf("%T ", a)
	}
	fmt.Println()
	var st fmt.Stringer
	err = json.Unmarshal([]byte(`"x"`), &st)
	fmt.Println(err)

	var n json.Number
	err = json.Unmarshal([]byte(`-12.5e+3`), &n)
	fmt.Println(err, n)
	f, _ := n.Float64()
	_, ierr := n.Int64()
	fmt.Println(f, ierr)
	err = json.Unmarshal([]byte(`"42"`), &n)
	fmt.Println(err, n)
	err = json.Unmarshal([]byte(`"4x2"`), &n)
	fmt.Println(err)

	var bs []byte
	err = json.Unmarshal([]byte(`"aGVsbG8gd29ybGQ="`), &bs)
	fmt.Println(err, string(bs))
	err = json.Unmarshal([]byte(`"aGVsbG8!"`), &bs)
	fmt.Println(err)
	err = json.Unmarshal([]byte(`[104, 105]`), &bs)
	fmt.Println(err, string(bs))

	var raw struct {
		A json.RawMessage
		B *json.RawMessage
	}
	err = json.Unmarshal([]byte(`{"A": { "x" : 1 } , "B": [true]}`), &raw)
	fmt.Println(err, string(raw.A), string(*raw.B))

	var str string
	err = json.Unmarshal([]byte(`"tab\tnl\nq\"bs\\sl\/u\u00e9\ud83d\ude00 bad\ud800 end"`), &str)
	fmt.Printf("%v %q\n", err, str)
	err = json.Unmarshal([]byte("\"\xff\xfeok\""), &str)
	fmt.Printf("%v %q\n", err, str)
	var bl bool
	fmt.Println(json.Unmarshal([]byte(` true `), &bl), bl)
	fmt.Println(json.Unmarshal([]byte(`1`), &bl), bl)
	var ch chan int
	fmt.Println(json.Unmarshal([]byte(`1`), &ch))
	fmt.Println(json.Unmarshal([]byte(`{}`), &ch))
	fmt.Println(json.Unmarshal([]byte(`[1]`), &ch))
}
