// Embedded pointers to structs: allocated on decode (an unexported one cannot be: Go's
// error), skipped on encode while nil, promoted through several levels.
package main

import (
	"encoding/json"
	"fmt"
)

type inner struct{ X int }
type Pub struct{ Y int }
type Outer struct {
	*inner
	*Pub
	Z int
}

type Deep1 struct{ Deep2 }
type Deep2 struct{ *Deep3 }
type Deep3 struct{ V string `json:"v"` }

func main() {
	var o Outer
	fmt.Println(json.Unmarshal([]byte(`{"X":1,"Y":2,"Z":3}`), &o), o.Pub, o.Z, o.inner)
	b, err := json.Marshal(o)
	fmt.Println(string(b), err)
	o.inner = &inner{5}
	fmt.Println(json.Unmarshal([]byte(`{"X":7}`), &o), o.inner.X)
	b, _ = json.Marshal(o)
	fmt.Println(string(b))
	var d Deep1
	fmt.Println(json.Unmarshal([]byte(`{"v":"deep"}`), &d), d.V)
	b, _ = json.Marshal(d)
	fmt.Println(string(b))
	b, _ = json.Marshal(Deep1{})
	fmt.Println(string(b))
}
