package main

import "fmt"

func collatz(n int) int {
	steps := 0
loop:
	if n == 1 {
		goto done
	}
	if n%2 == 0 {
		n /= 2
	} else {
		n = 3*n + 1
	}
	steps++
	goto loop
done:
	return steps
}

func find(grid [][]int, target int) (int, int) {
	for i := range grid {
		for j := range grid[i] {
			if grid[i][j] == target {
				fmt.Println("found at", i, j)
				goto found
			}
		}
	}
	return -1, -1
found:
	return 1, 1
}

func main() {
	fmt.Println(collatz(1), collatz(6), collatz(27))
	i := 0
again:
	fmt.Print(i, " ")
	i++
	if i < 5 {
		goto again
	}
	fmt.Println()
	fmt.Println(find([][]int{{1, 2}, {3, 4}}, 4))
	fmt.Println(find([][]int{{1, 2}}, 9))
	goto skip
skip:
	fmt.Println("end")
}
