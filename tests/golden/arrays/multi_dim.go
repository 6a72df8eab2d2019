package main

import "fmt"

const N = 3

func mul(a, b [N][N]int) [N][N]int {
	var c [N][N]int
	for i := 0; i < N; i++ {
		for j := 0; j < N; j++ {
			for k := 0; k < N; k++ {
				c[i][j] += a[i][k] * b[k][j]
			}
		}
	}
	return c
}

func transpose(a [N][N]int) [N][N]int {
	for i := 0; i < N; i++ {
		for j := i + 1; j < N; j++ {
			a[i][j], a[j][i] = a[j][i], a[i][j]
		}
	}
	return a
}

func main() {
	a := [N][N]int{{1, 2, 3}, {4, 5, 6}, {7, 8, 9}}
	id := [N][N]int{{1, 0, 0}, {0, 1, 0}, {0, 0, 1}}
	fmt.Println(mul(a, id) == a)
	fmt.Println(mul(a, a))
	fmt.Println(transpose(a))
	fmt.Println(a)
	var cube [2][3][4]int
	n := 0
	for i := range cube {
		for j := range cube[i] {
			for k := range cube[i][j] {
				cube[i][j][k] = n
				n++
			}
		}
	}
	fmt.Println(cube)
	fmt.Println(len(cube), len(cube[0]), len(cube[0][0]), cube[1][2][3])
	var board [3][3]rune
	for i := range board {
		for j := range board[i] {
			board[i][j] = '.'
		}
	}
	board[1][1] = 'X'
	board[0][2] = 'O'
	for _, row := range board {
		fmt.Println(string(row[:]))
	}
	fmt.Printf("%v\n", [2][2]string{{"a", "b"}, {"c", "d"}})
}
