package main

import "fmt"

func solve(n int, row int, cols, d1, d2 []bool, pos []int, found *[][]int) int {
	if row == n {
		if len(*found) < 1 {
			*found = append(*found, append([]int(nil), pos...))
		}
		return 1
	}
	count := 0
	for c := 0; c < n; c++ {
		if cols[c] || d1[row+c] || d2[row-c+n-1] {
			continue
		}
		cols[c], d1[row+c], d2[row-c+n-1] = true, true, true
		pos[row] = c
		count += solve(n, row+1, cols, d1, d2, pos, found)
		cols[c], d1[row+c], d2[row-c+n-1] = false, false, false
	}
	return count
}

func queens(n int) (int, []int) {
	var found [][]int
	c := solve(n, 0, make([]bool, n), make([]bool, 2*n), make([]bool, 2*n), make([]int, n), &found)
	if len(found) == 0 {
		return c, nil
	}
	return c, found[0]
}

// bitmask version for cross-checking
func bits(n int, row int, cols, d1, d2 uint) int {
	if row == n {
		return 1
	}
	count := 0
	avail := ^(cols | d1 | d2) & (1<<uint(n) - 1)
	for avail != 0 {
		bit := avail & -avail
		avail ^= bit
		count += bits(n, row+1, cols|bit, (d1|bit)<<1, (d2|bit)>>1)
	}
	return count
}

func main() {
	for n := 1; n <= 9; n++ {
		c, first := queens(n)
		fmt.Printf("n=%d solutions=%d bitmask=%d first=%v\n", n, c, bits(n, 0, 0, 0, 0), first)
	}
	_, sol := queens(8)
	for _, c := range sol {
		row := []byte("........")
		row[c] = 'Q'
		fmt.Println(string(row))
	}
}
