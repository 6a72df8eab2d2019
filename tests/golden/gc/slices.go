// GC: slices of slices, append growth (every intermediate backing array becomes
// garbage), copy, three-index slicing, and small windows re-sliced out of big arrays and
// kept while every other reference to the big array is dropped. Slices of pointers and
// of structs holding pointers, and pointers to slice elements, are kept the same way.
package main

import "fmt"

type Cell struct {
	id   int
	name string
	ref  *Cell
}

func main() {
	ok := true

	// 1. windows of big arrays: only the window's slice header refers to the array
	var windows [][]int
	for r := 0; r < 150; r++ {
		big := make([]int, 20000) // 160 KB each
		for i := range big {
			big[i] = i ^ r
		}
		lo := (r * 331) % 19000
		windows = append(windows, big[lo:lo+10:lo+10])
		if r%3 == 0 {
			windows[len(windows)-1] = append(windows[len(windows)-1], -r) // forces a copy
		}
	}
	ws := 0
	for r, w := range windows {
		lo := (r * 331) % 19000
		for k := 0; k < 10; k++ {
			if w[k] != (lo+k)^r {
				ok = false
			}
			ws += w[k]
		}
		if len(w) == 11 {
			ws += w[10]
		}
	}
	fmt.Println("windows", len(windows), ws, ok)

	// 2. a grid of rows grown by append, rows replaced, copied and truncated
	grid := make([][]int, 0)
	for r := 0; r < 400; r++ {
		var row []int
		for c := 0; c < 200+r%50; c++ {
			row = append(row, r*c)
		}
		grid = append(grid, row)
	}
	for round := 0; round < 30; round++ {
		for r := round % 7; r < len(grid); r += 7 {
			fresh := make([]int, len(grid[r])+round)
			copy(fresh, grid[r])
			for k := len(grid[r]); k < len(fresh); k++ {
				fresh[k] = k
			}
			grid[r] = fresh[:len(fresh)-round/2]
		}
	}
	gs := 0
	for _, row := range grid {
		for _, v := range row {
			gs += v
		}
	}
	fmt.Println("grid", len(grid), gs)

	// 3. [][]*Cell with back references, rebuilt many times; a few cells survive
	//    through pointers to slice elements
	var keepers []*Cell
	cs := 0
	for round := 0; round < 60; round++ {
		table := make([][]Cell, 50)
		for i := range table {
			table[i] = make([]Cell, 40)
			for j := range table[i] {
				c := &table[i][j]
				c.id = i*40 + j
				c.name = fmt.Sprint(round, ":", i, ",", j)
				if j > 0 {
					c.ref = &table[i][j-1]
				}
			}
		}
		for i := range table {
			for j := range table[i] {
				if table[i][j].ref != nil {
					cs += table[i][j].ref.id
				}
			}
		}
		keepers = append(keepers, &table[round%50][39]) // keeps that row's whole array
	}
	ks := 0
	for round, c := range keepers {
		n := 0
		for p := c; p != nil; p = p.ref {
			ks += p.id
			n++
		}
		if n != 40 || c.name != fmt.Sprint(round, ":", round%50, ",", 39) {
			ok = false
		}
	}
	fmt.Println("cells", cs, "keepers", len(keepers), ks, ok)

	// 4. slices of strings and of byte slices: append, delete from the middle, insert
	words := []string{}
	for i := 0; i < 20000; i++ {
		words = append(words, fmt.Sprintf("w%05d", i))
		if len(words) > 300 {
			mid := len(words) / 2
			words = append(words[:mid], words[mid+1:]...) // delete
			words = append(words[:10], append([]string{"ins"}, words[10:]...)...)
			words = words[2:]
		}
	}
	wl := 0
	for _, w := range words {
		wl += len(w) + int(w[len(w)-1])
	}
	fmt.Println("words", len(words), wl, words[0], words[len(words)-1])

	// 5. arrays of pointers inside structs, copied by value
	type Block struct {
		ptrs [16]*int
		vals [16]int
		tail []*Block
	}
	var blocks []Block
	bs := 0
	for r := 0; r < 2000; r++ {
		var b Block
		for i := range b.ptrs {
			v := r*16 + i
			b.ptrs[i] = &v
			b.vals[i] = v
		}
		if len(blocks) > 0 {
			b.tail = []*Block{&blocks[len(blocks)-1]}
		}
		blocks = append(blocks, b) // copies the array of pointers
		if len(blocks) == 100 {
			blocks = append([]Block(nil), blocks[90:]...)
		}
	}
	for _, b := range blocks {
		for i := range b.ptrs {
			if *b.ptrs[i] != b.vals[i] {
				ok = false
			}
			bs += *b.ptrs[i]
		}
		if b.tail != nil {
			bs += *b.tail[0].ptrs[0]
		}
	}
	fmt.Println("blocks", len(blocks), bs, "ok", ok)
}
