package main

import (
	"encoding/json"
	"fmt"
)

type Inner struct {
	X int `json:"x"`
	Y string
}

type T struct {
	Name    string            `json:"name"`
	Age     int               `json:"age,omitempty"`
	Tags    []string          `json:"tags"`
	M       map[string]int    `json:"m"`
	P       *Inner            `json:"p"`
	F       float64           `json:"f"`
	B       bool              `json:"b"`
	Skip    int               `json:"-"`
	S       int64             `json:"s,string"`
	private int
	Inner
	Any any
	Bytes []byte
}

func main() {
	t := T{Name: "bob <&>", Tags: []string{"a", "b"}, M: map[string]int{"z": 1, "a": 2}, P: &Inner{1, "y"}, F: 1e21, B: true, S: 42, Inner: Inner{5, "emb"}, Any: []any{1, "x", nil, 2.5}, Bytes: []byte("hello")}
	b, err := json.Marshal(t)
	fmt.Println(string(b), err)
	var u T
	err = json.Unmarshal(b, &u)
	fmt.Println(err, u.Name, u.Tags, u.M, *u.P, u.F, u.B, u.S, u.Inner, u.Any, string(u.Bytes))
	b2, _ := json.MarshalIndent(u, "", "  ")
	fmt.Println(string(b2))
	var x any
	fmt.Println(json.Unmarshal([]byte(`{"a":[1,2,{"b":null}],"c":"d","e":true}`), &x), x)
	fmt.Println(json.Unmarshal([]byte(`{"a":1`), &x))
	fmt.Println(json.Unmarshal([]byte(`{"name":5}`), &u))
	fmt.Println(json.Unmarshal([]byte(`[1,2]`), u))
	fmt.Println(json.Unmarshal([]byte(`[1,2]`), nil))
	var np *T
	fmt.Println(json.Unmarshal([]byte(`[1,2]`), np))
	_, err = json.Marshal(make(chan int))
	fmt.Println(err)
	for _, f := range []float64{0, 1, -1.5, 1e-7, 123456789, 1e20, 1e21, 3.14159, 1e-6} {
		b, _ := json.Marshal(f)
		fmt.Print(string(b), " ")
	}
	fmt.Println()
	fmt.Println(json.Valid([]byte(`{}`)), json.Valid([]byte(`{x}`)))
}
