// Decoder.Token over nested input, with UseNumber; token errors; Decode between tokens;
// Buffered after a value; More at each level.
package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"strings"
)

func tokens(in string, useNumber bool) {
	dec := json.NewDecoder(strings.NewReader(in))
	if useNumber {
		dec.UseNumber()
	}
	for {
		t, err := dec.Token()
		if err == io.EOF {
			fmt.Println("EOF")
			return
		}
		if err != nil {
			fmt.Println("error:", err)
			return
		}
		fmt.Printf("%T:%v more=%v | ", t, t, dec.More())
	}
}

func main() {
	tokens(`{"a": [1, 2.5, "x", true, null, {}], "b": {"c": -3e2}} [] 7`, false)
	tokens(`{"n": 12345678901234567890}`, true)
	tokens(`[1 2]`, false)
	tokens(`{"a" 1}`, false)
	tokens(`{"a": 1 "b"}`, false)
	tokens(`]`, false)
	tokens(`{1: 2}`, false)
	tokens(`[1,]`, false)

	dec := json.NewDecoder(strings.NewReader(`{"list": [{"x": 1}, {"x": 2}], "tail": true} rest`))
	dec.Token()
	key, _ := dec.Token()
	fmt.Println("key", key)
	dec.Token()
	for dec.More() {
		var v struct{ X int }
		err := dec.Decode(&v)
		fmt.Println(v.X, err)
	}
	dec.Token()
	key, _ = dec.Token()
	var tail bool
	fmt.Println(key, dec.Decode(&tail), tail)
	t, err := dec.Token()
	fmt.Println(t, err)
	var rest bytes.Buffer
	rest.ReadFrom(dec.Buffered())
	fmt.Printf("buffered %q offset %d\n", rest.String(), dec.InputOffset())
	var x any
	fmt.Println(dec.Decode(&x))
}
