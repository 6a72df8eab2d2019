#!/usr/bin/env gale
// json is imported implicitly in script mode
type P struct {
	Name string `json:"name"`
	Age  int    `json:"age,omitempty"`
}
b, err := json.Marshal([]P{{"ann", 30}, {Name: "bob"}})
fmt.Println(string(b), err)
var ps []P
err = json.Unmarshal(b, &ps)
fmt.Println(ps, err)
