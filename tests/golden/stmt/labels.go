package main

import "fmt"

func main() {
outer:
	for i := 0; i < 4; i++ {
		for j := 0; j < 4; j++ {
			if j == 2 {
				continue outer
			}
			if i == 3 {
				break outer
			}
			fmt.Print(i, j, " ")
		}
	}
	fmt.Println()

rows:
	for _, row := range [][]int{{1, 2, -1, 4}, {5, 6}, {-2, 7}, {8}} {
		for _, v := range row {
			switch {
			case v < 0:
				fmt.Print("| ")
				continue rows
			case v == 8:
				break rows
			}
			fmt.Print(v, " ")
		}
		fmt.Print("; ")
	}
	fmt.Println()

	n := 0
sw:
	switch {
	case n == 0:
		for k := 0; k < 10; k++ {
			if k == 3 {
				break sw
			}
			fmt.Print("k", k, " ")
		}
		fmt.Println("not reached")
	}
	fmt.Println("after sw")

	count := 0
L1:
	for {
		count++
	L2:
		for {
			count += 10
			if count > 50 {
				break L1
			}
			break L2
		}
	}
	fmt.Println(count)

	var found [][2]int
search:
	for a := 1; a < 20; a++ {
		for b := a; b < 20; b++ {
			for c := b; c < 30; c++ {
				if a*a+b*b == c*c {
					found = append(found, [2]int{a, b})
					if len(found) == 3 {
						break search
					}
					continue search
				}
			}
		}
	}
	fmt.Println(found)
}
