package main

import "fmt"

func makeGrid(r, c int) [][]int {
	g := make([][]int, r)
	for i := range g {
		g[i] = make([]int, c)
	}
	return g
}

func main() {
	g := makeGrid(3, 4)
	for i := range g {
		for j := range g[i] {
			g[i][j] = i * j
		}
	}
	fmt.Println(g)
	tri := [][]int{}
	for i := 0; i < 5; i++ {
		row := make([]int, i+1)
		row[0], row[i] = 1, 1
		for j := 1; j < i; j++ {
			row[j] = tri[i-1][j-1] + tri[i-1][j]
		}
		tri = append(tri, row)
	}
	for _, row := range tri {
		fmt.Println(row)
	}
	// rows sharing one backing array
	flat := make([]int, 6)
	rows := [][]int{flat[0:3], flat[3:6]}
	rows[1][0] = 7
	fmt.Println(flat, rows)
	// copying the outer slice does not copy rows
	cp := make([][]int, len(rows))
	copy(cp, rows)
	cp[0][0] = 1
	fmt.Println(rows[0])
	jag := [][]string{{"a"}, nil, {"b", "c"}, {}}
	for i, r := range jag {
		fmt.Println(i, len(r), r == nil, r)
	}
	fmt.Printf("%v %d\n", jag, len(jag))
}
