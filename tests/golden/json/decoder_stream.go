// Decoder over streams of values: each value, errors with their offsets, InputOffset.
package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
)

func main() {
	for _, in := range []string{`{"a":1} xyz`, `[1,2] [3,}`, `1 2 3x`, `  {"a" 1}`, `"abc`, `[1, 2`, ``, `   `, `{"a":1}{"b":2}`, `nul`, `123`, `"x" "y"`} {
		dec := json.NewDecoder(strings.NewReader(in))
		for i := 0; i < 4; i++ {
			var v any
			err := dec.Decode(&v)
			var se *json.SyntaxError
			if errors.As(err, &se) {
				fmt.Printf("%q #%d: %v off=%d inoff=%d\n", in, i, err, se.Offset, dec.InputOffset())
				break
			}
			if err != nil {
				fmt.Printf("%q #%d: %v inoff=%d\n", in, i, err, dec.InputOffset())
				break
			}
			fmt.Printf("%q #%d: %v inoff=%d\n", in, i, v, dec.InputOffset())
		}
	}
}
