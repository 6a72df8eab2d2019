// Map keys whose type has UnmarshalText (a struct key and a string-kind key), back and forth.
package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
)

type ID struct{ A, B string }

func (id *ID) UnmarshalText(b []byte) error {
	a, bb, ok := strings.Cut(string(b), "-")
	if !ok {
		return errors.New("bad id " + string(b))
	}
	id.A, id.B = a, bb
	return nil
}

func (id ID) MarshalText() ([]byte, error) { return []byte(id.A + "-" + id.B), nil }

type Name string

func (n *Name) UnmarshalText(b []byte) error {
	*n = Name(strings.ToUpper(string(b)))
	return nil
}

func main() {
	var m map[ID]int
	fmt.Println(json.Unmarshal([]byte(`{"a-b":1,"c-d":2,"x\u002dy":3}`), &m), len(m), m[ID{"a", "b"}], m[ID{"x", "y"}])
	b, err := json.Marshal(m)
	fmt.Println(string(b), err)
	var n map[Name][]int
	fmt.Println(json.Unmarshal([]byte(`{"abc":[1],"def":[2,3]}`), &n), n)
	fmt.Println(json.Unmarshal([]byte(`{"nodash":1}`), &m))
}
