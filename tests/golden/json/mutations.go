// Differential check: 3000 mutations of JSON documents (a fixed pseudo-random sequence),
// each unmarshalled into a struct and into any, re-marshalled, indented and validated.
package main

import (
	"bytes"
	"encoding/json"
	"fmt"
)

var seed uint32 = 12345

func rnd(n int) int {
	seed = seed*1664525 + 1013904223
	return int(seed>>8) % n
}

type T struct {
	A int               `json:"a"`
	B []string          `json:"b"`
	C map[string]any    `json:"c"`
	D *T                `json:"d"`
	E float32           `json:"e,string"`
	F [2]bool           `json:"f"`
	G map[int]uint8     `json:"g"`
}

func main() {
	base := []string{
		`{"a":1,"b":["x","y"],"c":{"k":[1,2,{"z":null}]},"d":{"a":-2,"e":"1.5"},"e":"2","f":[true,false],"g":{"1":2}}`,
		`[1, -2.5e+10, "s\u00e9\n", true, false, null, {"a": [[]]}]`,
		`"\ud83d\ude00 tail"`,
	}
	chars := []byte(`{}[],:"\ -+.eE0123456789tfnulrsa` + "\x00\x1f\x80\xff")
	for i := 0; i < 3000; i++ {
		b := []byte(base[rnd(len(base))])
		for k := rnd(3) + 1; k > 0; k-- {
			p := rnd(len(b) + 1)
			switch rnd(3) {
			case 0:
				if p < len(b) {
					b = append(b[:p], b[p+1:]...)
				}
			case 1:
				b = append(b[:p], append([]byte{chars[rnd(len(chars))]}, b[p:]...)...)
			case 2:
				if p < len(b) {
					b[p] = chars[rnd(len(chars))]
				}
			}
		}
		var t T
		err1 := json.Unmarshal(b, &t)
		var v any
		err2 := json.Unmarshal(b, &v)
		out, err3 := json.Marshal(v)
		var ind bytes.Buffer
		err4 := json.Indent(&ind, b, "", " ")
		fmt.Printf("%d %v | %v | %v %d | %v %d | %v\n", i, err1, err2, err3, len(out), err4, ind.Len(), json.Valid(b))
	}
}
