// A larger document of nested data: built in Go, marshalled, unmarshalled into structs and
// into interfaces, marshalled again (round trips must agree), indented, streamed. Prints
// sizes and checksums, not the whole document.
package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strconv"
)

type Address struct {
	Street string  `json:"street"`
	City   string  `json:"city"`
	Zip    *string `json:"zip,omitempty"`
}

type Person struct {
	ID       int               `json:"id"`
	Name     string            `json:"name"`
	Email    string            `json:"email,omitempty"`
	Age      uint8             `json:"age"`
	Score    float64           `json:"score"`
	Ratio    float32           `json:"ratio"`
	Active   bool              `json:"active"`
	Tags     []string          `json:"tags"`
	Address  *Address          `json:"address"`
	Friends  []int             `json:"friends"`
	Attrs    map[string]string `json:"attrs"`
	Counts   map[int]int       `json:"counts"`
	Extra    any               `json:"extra"`
	Children []*Person         `json:"children,omitempty"`
}

type Doc struct {
	Version string    `json:"version"`
	People  []Person  `json:"people"`
	Index   map[string][]int
	Matrix  [][]float64
	Notes   []json.RawMessage
}

func checksum(b []byte) uint32 {
	var h uint32 = 2166136261
	for _, c := range b {
		h ^= uint32(c)
		h *= 16777619
	}
	return h
}

func person(i int, depth int) Person {
	p := Person{
		ID:     i,
		Name:   "Person \"" + strconv.Itoa(i) + "\" <ünïcødé> \u2028",
		Age:    uint8(i % 100),
		Score:  float64(i)*1.25 + 1.0/float64(i+3),
		Ratio:  float32(i) / 7,
		Active: i%3 == 0,
		Tags:   []string{"t" + strconv.Itoa(i%5), "x&y"},
		Attrs:  map[string]string{"k" + strconv.Itoa(i%4): "v", "z": strconv.Itoa(i)},
		Counts: map[int]int{i: i * 2, -i: 1},
	}
	if i%2 == 0 {
		zip := strconv.Itoa(10000 + i)
		p.Address = &Address{"Main St " + strconv.Itoa(i), "Town", &zip}
		p.Email = "p" + strconv.Itoa(i) + "@example.com"
	}
	for f := 0; f < i%6; f++ {
		p.Friends = append(p.Friends, (i*7+f)%1000)
	}
	switch i % 4 {
	case 0:
		p.Extra = map[string]any{"n": float64(i), "list": []any{true, nil, "s"}}
	case 1:
		p.Extra = []any{1.5, "two", map[string]any{}}
	case 2:
		p.Extra = "plain"
	}
	if depth > 0 {
		for c := 0; c < 2; c++ {
			ch := person(i*10+c, depth-1)
			p.Children = append(p.Children, &ch)
		}
	}
	return p
}

func main() {
	doc := Doc{Version: "1.0", Index: map[string][]int{}}
	for i := 0; i < 300; i++ {
		doc.People = append(doc.People, person(i, i%3))
		doc.Index["n"+strconv.Itoa(i%17)] = append(doc.Index["n"+strconv.Itoa(i%17)], i)
	}
	for i := 0; i < 20; i++ {
		row := []float64{}
		for j := 0; j < 20; j++ {
			row = append(row, float64(i*j)/3+1e-7*float64(j)-1e22*float64(i%2))
		}
		doc.Matrix = append(doc.Matrix, row)
	}
	doc.Notes = []json.RawMessage{json.RawMessage(`{"a" : 1}`), json.RawMessage(`[ 1 , 2 ]`)}

	b, err := json.Marshal(doc)
	fmt.Println("marshal:", err, len(b), checksum(b))
	fmt.Println(string(b[:300]))

	var back Doc
	err = json.Unmarshal(b, &back)
	fmt.Println("unmarshal:", err, len(back.People), back.People[299].Name, *back.People[298].Address.Zip)
	b2, err := json.Marshal(back)
	fmt.Println("round trip equal:", err, bytes.Equal(b, b2))

	var generic any
	err = json.Unmarshal(b, &generic)
	fmt.Println("generic:", err)
	b3, _ := json.Marshal(generic)
	fmt.Println("generic marshal:", len(b3), checksum(b3))
	var back2 Doc
	err = json.Unmarshal(b3, &back2)
	b4, _ := json.Marshal(back2)
	fmt.Println("generic round trip equal:", err, bytes.Equal(b, b4))

	ind, err := json.MarshalIndent(back.People[4], "", "  ")
	fmt.Println(err)
	fmt.Println(string(ind))
	var cb bytes.Buffer
	json.Compact(&cb, ind)
	pb, _ := json.Marshal(back.People[4])
	fmt.Println("compact equal:", bytes.Equal(cb.Bytes(), pb))

	var stream bytes.Buffer
	enc := json.NewEncoder(&stream)
	for _, p := range doc.People[:50] {
		enc.Encode(p)
	}
	dec := json.NewDecoder(&stream)
	n := 0
	sum := 0
	for dec.More() {
		var p Person
		if err := dec.Decode(&p); err != nil {
			fmt.Println(err)
			break
		}
		n++
		sum += p.ID
	}
	fmt.Println("streamed:", n, sum)
	fmt.Println(json.Valid(b), json.Valid(b[:len(b)-1]))
}
