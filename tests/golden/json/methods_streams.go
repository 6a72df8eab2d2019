package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"strconv"
	"strings"
	"time"
)

type Celsius float64

func (c Celsius) MarshalJSON() ([]byte, error) {
	return []byte(fmt.Sprintf(`{"celsius": %.1f}`, float64(c))), nil
}

type Level int

func (l *Level) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	switch s {
	case "low":
		*l = 1
	case "high":
		*l = 2
	default:
		return errors.New("bad level " + s)
	}
	return nil
}

func (l Level) MarshalText() ([]byte, error) {
	if l == 1 {
		return []byte("low"), nil
	}
	return []byte("high"), nil
}

type Color struct{ R, G, B uint8 }

func (c Color) MarshalText() ([]byte, error) {
	return []byte(fmt.Sprintf("#%02x%02x%02x", c.R, c.G, c.B)), nil
}

func (c *Color) UnmarshalText(b []byte) error {
	if len(b) != 7 || b[0] != '#' {
		return errors.New("bad color")
	}
	v, err := strconv.ParseUint(string(b[1:]), 16, 32)
	c.R, c.G, c.B = uint8(v>>16), uint8(v>>8), uint8(v)
	return err
}

type PtrM struct{ N int }

func (p *PtrM) MarshalJSON() ([]byte, error) { return []byte(fmt.Sprintf("\"ptr%d\"", p.N)), nil }

type Bad struct{}

func (Bad) MarshalJSON() ([]byte, error) { return []byte("{bad"), nil }

type Failing struct{}

func (Failing) MarshalJSON() ([]byte, error) { return nil, errors.New("boom") }

type Rec struct {
	Temp   Celsius          `json:"temp"`
	Level  Level            `json:"level"`
	Color  Color            `json:"color"`
	CP     *Color           `json:"cp,omitempty"`
	Colors map[string]Color `json:"colors"`
	P      PtrM             `json:"p"`
	Raw    json.RawMessage  `json:"raw"`
	Num    json.Number      `json:"num"`
}

type KeyM map[Level]int

func main() {
	r := Rec{Temp: 21.5, Level: 2, Color: Color{255, 0, 16}, Colors: map[string]Color{"a": {1, 2, 3}}, P: PtrM{7}, Raw: json.RawMessage(`{ "x" : [1, 2] }`), Num: "12.5"}
	b, err := json.Marshal(r)
	fmt.Println(string(b), err)
	b, err = json.Marshal(&r)
	fmt.Println(string(b), err)
	var r2 Rec
	err = json.Unmarshal([]byte(`{"temp":{"celsius":3},"level":"low","color":"#010203","cp":"#0a0b0c","colors":{"k":"#ffffff"},"raw":  [1, {"a":2}] ,"num":7}`), &r2)
	fmt.Println(err, r2.Level, r2.Color, *r2.CP, r2.Colors, string(r2.Raw), r2.Num)
	err = json.Unmarshal([]byte(`{"level":"mid"}`), &r2)
	fmt.Println(err)
	_, err = json.Marshal(Bad{})
	fmt.Println(err)
	_, err = json.Marshal([]any{Failing{}})
	fmt.Println(err)
	var me *json.MarshalerError
	fmt.Println(errors.As(err, &me))
	b, err = json.Marshal(map[Level]int{1: 5, 2: 6})
	fmt.Println(string(b), err)
	b, err = json.Marshal(map[int]string{3: "c", 10: "a", -1: "z"})
	fmt.Println(string(b), err)
	// errors
	var x struct {
		A int
		B struct{ C []int }
	}
	fmt.Println(json.Unmarshal([]byte(`{"A":"s"}`), &x))
	fmt.Println(json.Unmarshal([]byte(`{"B":{"C":[1,"x"]}}`), &x))
	fmt.Println(json.Unmarshal([]byte(`{"A":1.5}`), &x))
	fmt.Println(json.Unmarshal([]byte(`{"A":99999999999999999999}`), &x))
	var s string
	fmt.Println(json.Unmarshal([]byte(`12`), &s))
	var i8 int8
	fmt.Println(json.Unmarshal([]byte(`300`), &i8), i8)
	for _, in := range []string{``, ` `, `{`, `[1,]`, `{"a" 1}`, `{"a":1,}`, `tru`, `nul`, `"abc`, `01`, `-`, `1.`, `1e`, `[1 2]`, "\"\x01\"", `"\x"`, `"\u12"`, `{1:2}`, `1 2`, `'a'`, "\xff", `[}`} {
		var v any
		err := json.Unmarshal([]byte(in), &v)
		var se *json.SyntaxError
		if errors.As(err, &se) {
			fmt.Printf("%q: %v (offset %d)\n", in, err, se.Offset)
		} else {
			fmt.Printf("%q: %v\n", in, err)
		}
	}
	// Encoder
	enc := json.NewEncoder(os.Stdout)
	enc.Encode(map[string]any{"html": "<a>&</a>", "n": 1})
	enc.SetEscapeHTML(false)
	enc.Encode(map[string]any{"html": "<a>&</a>", "n": 1})
	enc.SetIndent(">", "\t")
	enc.Encode(map[string]any{"list": []int{1, 2}, "empty": []int{}, "obj": map[string]int{}})
	var buf bytes.Buffer
	json.NewEncoder(&buf).Encode([]string{"x"})
	fmt.Printf("%q\n", buf.String())
	// Decoder stream
	dec := json.NewDecoder(strings.NewReader(`{"a":1} {"a":2}
[3] "str" 4.5 null true`))
	for {
		var v any
		err := dec.Decode(&v)
		if err != nil {
			fmt.Println("end:", err)
			break
		}
		fmt.Printf("%T %v\n", v, v)
	}
	dec = json.NewDecoder(strings.NewReader(`[{"a":1},{"a":2},{"a":3}]`))
	t, err := dec.Token()
	fmt.Println(t, err)
	for dec.More() {
		var m map[string]int
		dec.Decode(&m)
		fmt.Println(m)
	}
	t, err = dec.Token()
	fmt.Println(t, err)
	dec = json.NewDecoder(strings.NewReader(`{"a": [1, "x", true, null], "b": {"c": 2.5}}`))
	for {
		t, err := dec.Token()
		if err != nil {
			fmt.Println(err)
			break
		}
		fmt.Printf("%T %v\n", t, t)
	}
	dec = json.NewDecoder(strings.NewReader(`{"a":1, "zz":2}`))
	dec.DisallowUnknownFields()
	var da struct{ A int }
	fmt.Println(dec.Decode(&da), da)
	dec = json.NewDecoder(strings.NewReader(`{"n": 12345678901234567890}`))
	dec.UseNumber()
	var dn map[string]any
	fmt.Println(dec.Decode(&dn), dn)
	fmt.Printf("%T\n", dn["n"])
	dec = json.NewDecoder(strings.NewReader(`{"a":1`))
	fmt.Println(dec.Decode(&dn))
	dec = json.NewDecoder(strings.NewReader(`{"a":1} xyz`))
	fmt.Println(dec.Decode(&dn), dec.Decode(&dn))
	var out bytes.Buffer
	fmt.Println(json.Compact(&out, []byte(" { \"a\" : [ 1 , 2 ] } ")), out.String())
	out.Reset()
	fmt.Println(json.Indent(&out, []byte(`{"a":[1,2],"b":{}}`), "", "  "), out.String())
	out.Reset()
	json.HTMLEscape(&out, []byte(`{"a":"<b>"}`))
	fmt.Println(out.String())
	_ = time.Second
}
