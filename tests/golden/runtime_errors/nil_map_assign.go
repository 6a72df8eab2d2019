package main

import "fmt"

type Registry struct {
	entries map[string]int
}

func (r *Registry) Add(k string, v int) {
	r.entries[k] = v
}

func main() {
	var r Registry
	fmt.Println(len(r.entries), r.entries["x"])
	r.Add("x", 1)
}
