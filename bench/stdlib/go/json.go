// json: a document of about 1 MB (an array of records with strings, numbers, bools,
// nested arrays and maps) marshalled with json.Marshal and read back with
// json.Unmarshal, rounds times; print the document size and a checksum of what came
// back. No Lua version: Lua has no standard JSON library to compare with.
package main

import (
	"encoding/json"
	"fmt"
	"os"
	"strconv"
)

type Item struct {
	ID     int               `json:"id"`
	Name   string            `json:"name"`
	Price  float64           `json:"price"`
	Active bool              `json:"active"`
	Tags   []string          `json:"tags"`
	Attrs  map[string]string `json:"attrs"`
	Parent *Item             `json:"parent,omitempty"`
}

func main() {
	rounds := 10
	if len(os.Args) > 1 {
		rounds, _ = strconv.Atoi(os.Args[1])
	}
	items := make([]Item, 0, 6000)
	for i := 0; i < 6000; i++ {
		it := Item{
			ID:     i,
			Name:   "item number " + strconv.Itoa(i) + " \"quoted\" <tag>",
			Price:  float64(i%977) * 1.25,
			Active: i%3 == 0,
			Tags:   []string{"red", "green", "blue"[:1+i%4]},
			Attrs:  map[string]string{"color": "c" + strconv.Itoa(i%17), "size": "s" + strconv.Itoa(i%5)},
		}
		if i%10 == 0 {
			it.Parent = &Item{ID: -i, Name: "parent", Tags: []string{}}
		}
		items = append(items, it)
	}
	size, sum := 0, 0
	for r := 0; r < rounds; r++ {
		data, err := json.Marshal(items)
		if err != nil {
			panic(err)
		}
		size = len(data)
		var back []Item
		if err := json.Unmarshal(data, &back); err != nil {
			panic(err)
		}
		for _, it := range back {
			sum = (sum + it.ID + len(it.Name) + int(it.Price) + len(it.Tags) + len(it.Attrs["color"])) % 1000000007
			if it.Parent != nil {
				sum = (sum + it.Parent.ID + 1000000) % 1000000007
			}
		}
	}
	fmt.Printf("json rounds=%d size=%d checksum=%d\n", rounds, size, sum)
}
