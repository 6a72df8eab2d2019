package main

import "fmt"

func main() {
	for w := 1; w <= 6; w += 2 {
		fmt.Printf("|%*d|%-*d|\n", w, 42, w, 42)
	}
	fmt.Printf("|%*d|\n", -6, 7)
	fmt.Printf("|%.*f|%*.*f|\n", 2, 3.14159, 10, 3, 2.71828)
	fmt.Printf("|%*s|%-*s|\n", 8, "right", 8, "left")
	fmt.Printf("|%.*s|\n", 3, "truncate")
	table := [][2]string{{"name", "value"}, {"alpha", "1"}, {"b", "12345"}}
	w := 0
	for _, r := range table {
		w = max(w, len(r[0]))
	}
	for _, r := range table {
		fmt.Printf("%-*s : %s\n", w, r[0], r[1])
	}
	fmt.Printf("|%6.2f|%-8.3e|%+.1f|\n", 3.14159, 1234.5, 2.0)
	fmt.Printf("|%*d|\n", "x", 5)
	fmt.Printf("|%.*d|\n", 4, 7)
	fmt.Printf("|%3d|%3d|%3d|\n", 1, 22, 4444)
}
