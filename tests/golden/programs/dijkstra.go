package main

import (
	"fmt"
	"math"
	"sort"
)

type Edge struct {
	To     string
	Weight int
}

type Graph map[string][]Edge

func (g Graph) AddEdge(a, b string, w int) {
	g[a] = append(g[a], Edge{b, w})
	g[b] = append(g[b], Edge{a, w})
}

func (g Graph) Nodes() []string {
	var ns []string
	for n := range g {
		ns = append(ns, n)
	}
	sort.Strings(ns)
	return ns
}

func (g Graph) Shortest(src string) (map[string]int, map[string]string) {
	dist := map[string]int{}
	prev := map[string]string{}
	done := map[string]bool{}
	for _, n := range g.Nodes() {
		dist[n] = math.MaxInt
	}
	dist[src] = 0
	for {
		best := ""
		for _, n := range g.Nodes() { // sorted: deterministic tie-breaking
			if !done[n] && dist[n] != math.MaxInt && (best == "" || dist[n] < dist[best]) {
				best = n
			}
		}
		if best == "" {
			break
		}
		done[best] = true
		for _, e := range g[best] {
			if nd := dist[best] + e.Weight; nd < dist[e.To] {
				dist[e.To] = nd
				prev[e.To] = best
			}
		}
	}
	return dist, prev
}

func path(prev map[string]string, dst string) []string {
	var p []string
	for n := dst; n != ""; n = prev[n] {
		p = append([]string{n}, p...)
	}
	return p
}

func main() {
	g := Graph{}
	g.AddEdge("A", "B", 7)
	g.AddEdge("A", "C", 9)
	g.AddEdge("A", "F", 14)
	g.AddEdge("B", "C", 10)
	g.AddEdge("B", "D", 15)
	g.AddEdge("C", "D", 11)
	g.AddEdge("C", "F", 2)
	g.AddEdge("D", "E", 6)
	g.AddEdge("E", "F", 9)
	g["Z"] = nil // isolated
	dist, prev := g.Shortest("A")
	for _, n := range g.Nodes() {
		if dist[n] == math.MaxInt {
			fmt.Printf("%s unreachable\n", n)
			continue
		}
		fmt.Printf("%s %3d %v\n", n, dist[n], path(prev, n))
	}
	// Floyd-Warshall cross-check on the same graph
	nodes := g.Nodes()
	idx := map[string]int{}
	for i, n := range nodes {
		idx[n] = i
	}
	const inf = 1 << 40
	d := make([][]int, len(nodes))
	for i := range d {
		d[i] = make([]int, len(nodes))
		for j := range d[i] {
			if i != j {
				d[i][j] = inf
			}
		}
	}
	for a, es := range g {
		for _, e := range es {
			d[idx[a]][idx[e.To]] = min(d[idx[a]][idx[e.To]], e.Weight)
		}
	}
	for k := range nodes {
		for i := range nodes {
			for j := range nodes {
				if d[i][k]+d[k][j] < d[i][j] {
					d[i][j] = d[i][k] + d[k][j]
				}
			}
		}
	}
	agree := true
	for _, n := range nodes {
		fw := d[idx["A"]][idx[n]]
		if fw == inf {
			fw = math.MaxInt
		}
		agree = agree && fw == dist[n]
	}
	fmt.Println("floyd-warshall agrees:", agree, "E->B:", d[idx["E"]][idx["B"]])
}
