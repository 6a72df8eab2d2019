// scan_stdin: Scan, Scanln and Scanf reading os.Stdin (scan_stdin.in), which is read one
// byte at a time so that consecutive calls see the rest of the input.
package main

import (
	"fmt"
)

func main() {
	var name string
	var age int
	n, err := fmt.Scan(&name, &age)
	fmt.Println("scan:", n, err, name, age)

	var x, y int
	n, err = fmt.Scanln(&x, &y)
	fmt.Println("scanln rest of line:", n, err, x, y)
	n, err = fmt.Scanln(&x, &y)
	fmt.Println("scanln:", n, err, x, y)
	n, err = fmt.Scanln(&x, &y)
	fmt.Println("scanln short:", n, err, x)
	n, err = fmt.Scanln(&x)
	fmt.Println("scanln after error:", n, err, x)

	var h, m int
	var unit string
	n, err = fmt.Scanf("%d:%d %s\n", &h, &m, &unit)
	fmt.Println("scanf:", n, err, h, m, unit)
	var c1, c2 rune
	n, err = fmt.Scanf("%c%c\n", &c1, &c2)
	fmt.Println("scanf c:", n, err, string(c1), string(c2))
	var f float64
	var ok bool
	n, err = fmt.Scanf("%g %t", &f, &ok)
	fmt.Println("scanf f t:", n, err, f, ok)
	n, err = fmt.Scanf("\n")
	fmt.Println("scanf newline:", n, err)

	sum, count := 0, 0
	for {
		var v int
		_, err := fmt.Scan(&v)
		if err != nil {
			fmt.Println("loop end:", err)
			break
		}
		sum += v
		count++
	}
	fmt.Println("sum", sum, "count", count)
	var word string
	n, err = fmt.Scan(&word, &x)
	fmt.Println("after loop:", n, err, word, x)
	n, err = fmt.Scan(&x)
	fmt.Println("at eof:", n, err)
	n, err = fmt.Scanln(&x)
	fmt.Println("ln at eof:", n, err)
	n, err = fmt.Scanf("%d", &x)
	fmt.Println("f at eof:", n, err)
}
