// Methods with pointer receivers, reached only through values that encoding/json walks by
// their type descriptors: *T's descriptor must exist (and be linked from T) even though the
// program never converts a *T to an interface.
package main

import (
	"encoding/json"
	"fmt"
	"strings"
)

type Upper struct{ S string }

func (u *Upper) MarshalJSON() ([]byte, error) {
	return json.Marshal(strings.ToUpper(u.S))
}

func (u *Upper) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	u.S = strings.ToLower(s)
	return nil
}

type Code int

func (c *Code) UnmarshalText(b []byte) error {
	*c = Code(len(b))
	return nil
}

type Holder struct {
	U    Upper
	List []Upper
	C    Code
}

func main() {
	h := Holder{U: Upper{"abc"}, List: []Upper{{"x"}, {"y"}}, C: 3}
	b, _ := json.Marshal(h) // h.U is not addressable: no MarshalJSON
	fmt.Println(string(b))
	b, _ = json.Marshal(&h) // through a pointer: MarshalJSON of *Upper
	fmt.Println(string(b))
	var h2 Holder
	err := json.Unmarshal([]byte(`{"U":"HELLO","List":["A","B","C"],"C":"four"}`), &h2)
	fmt.Println(err, h2.U.S, len(h2.List), h2.List[2].S, h2.C)
}
