package main

import "fmt"

type Matrix struct {
	rows [][]int
}

func (m *Matrix) At(r, c int) int {
	return m.rows[r][c]
}

func sumDiag(m *Matrix, n int) int {
	total := 0
	for i := 0; i < n; i++ {
		total += m.At(i, i)
	}
	return total
}

func main() {
	m := &Matrix{[][]int{{1, 2}, {3, 4}}}
	fmt.Println(sumDiag(m, 2))
	fmt.Println(sumDiag(m, 3))
}
