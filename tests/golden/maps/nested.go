package main

import (
	"fmt"
	"sort"
)

func main() {
	graph := map[string]map[string]int{}
	add := func(from, to string, w int) {
		if graph[from] == nil {
			graph[from] = map[string]int{}
		}
		graph[from][to] = w
	}
	add("a", "b", 1)
	add("a", "c", 4)
	add("b", "c", 2)
	add("c", "a", 7)
	fmt.Println(graph)
	fmt.Println(graph["a"]["c"], graph["x"]["y"], len(graph["b"]))
	var froms []string
	for f := range graph {
		froms = append(froms, f)
	}
	sort.Strings(froms)
	for _, f := range froms {
		var tos []string
		for t := range graph[f] {
			tos = append(tos, t)
		}
		sort.Strings(tos)
		for _, t := range tos {
			fmt.Printf("%s->%s:%d ", f, t, graph[f][t])
		}
	}
	fmt.Println()
	index := map[string][]int{}
	for i, w := range []string{"x", "y", "x", "z", "x", "y"} {
		index[w] = append(index[w], i)
	}
	fmt.Println(index)
	deep := map[int]map[int]map[int]bool{1: {2: {3: true}}}
	fmt.Println(deep[1][2][3], deep[1][2][4], deep[9][9][9])
	// an inner map is a reference
	inner := graph["a"]
	inner["z"] = 26
	fmt.Println(len(graph["a"]))
}
