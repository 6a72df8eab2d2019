// Unmarshal into map values whose type has UnmarshalJSON (the map grows while the calls
// wait), RawMessage values, nested maps of such values.
package main

import (
	"encoding/json"
	"fmt"
	"strings"
)

type Up struct{ S string }

func (u *Up) UnmarshalJSON(b []byte) error {
	u.S = strings.ToUpper(string(b))
	return nil
}

type W struct {
	U Up
	N int
}

func main() {
	var m map[string]Up
	in := `{`
	for i := 0; i < 40; i++ {
		if i > 0 {
			in += ","
		}
		in += fmt.Sprintf(`"k%02d":"v%d"`, i, i)
	}
	in += `}`
	fmt.Println(json.Unmarshal([]byte(in), &m), len(m), m["k00"], m["k39"])
	var mw map[int]W
	fmt.Println(json.Unmarshal([]byte(`{"1":{"U":"a","N":1},"2":{"U":"b","N":2},"3":{"U":"c","N":3},"4":{"U":"d","N":4},"5":{"U":"e","N":5},"6":{"U":"f","N":6},"7":{"U":"g","N":7},"8":{"U":"h","N":8},"9":{"U":"i","N":9}}`), &mw), mw)
	var mr map[string]json.RawMessage
	fmt.Println(json.Unmarshal([]byte(`{"a":[1, 2],"b":{"c" : null},"n":null}`), &mr), string(mr["a"]), string(mr["b"]), string(mr["n"]))
	var nested map[string]map[string]Up
	fmt.Println(json.Unmarshal([]byte(`{"x":{"a":"1","b":"2"},"y":{"c":"3"}}`), &nested), nested)
	var arr []map[string]Up
	fmt.Println(json.Unmarshal([]byte(`[{"a":"1"},{"b":"2"}]`), &arr), arr)
}
