// Goroutines marshalling and unmarshalling at once (the natives keep no shared state).
package main

import (
	"encoding/json"
	"fmt"
	"strconv"
	"sync"
)

type Item struct {
	ID   int               `json:"id"`
	Name string            `json:"name"`
	M    map[string][]int  `json:"m"`
	Any  any               `json:"any"`
	Raw  json.RawMessage   `json:"raw"`
}

func main() {
	var wg sync.WaitGroup
	results := make([]int, 8)
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			sum := 0
			for i := 0; i < 200; i++ {
				it := Item{ID: i, Name: strconv.Itoa(g), M: map[string][]int{"a": {i, g}}, Any: []any{"x", float64(i)}, Raw: json.RawMessage(`{"k":1}`)}
				b, _ := json.Marshal(it)
				var back Item
				if err := json.Unmarshal(b, &back); err != nil {
					panic(err)
				}
				var gen map[string]any
				json.Unmarshal(b, &gen)
				sum += back.M["a"][0] + len(gen) + len(back.Raw)
			}
			results[g] = sum
		}(g)
	}
	wg.Wait()
	fmt.Println(results)
}
