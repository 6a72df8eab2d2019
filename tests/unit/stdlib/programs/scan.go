// Differential test of the standard packages (run.sh compares Go and Gale).
package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"
)

func main() {
	var a, b int
	var s string
	var f float64
	var u uint8
	var ok bool
	n, err := fmt.Sscan("10 20", &a, &b)
	fmt.Println(n, err, a, b)
	n, err = fmt.Sscan("  7\n\n 8 word 2.5 true", &a, &b, &s, &f, &ok)
	fmt.Println(n, err, a, b, s, f, ok)
	n, err = fmt.Sscan("5", &a, &b)
	fmt.Println(n, err)
	n, err = fmt.Sscan("", &a)
	fmt.Println(n, err)
	n, err = fmt.Sscan("x", &a)
	fmt.Println(n, err)
	n, err = fmt.Sscan("0x1F 010 -3", &a, &b, &f)
	fmt.Println(n, err, a, b, f)
	n, err = fmt.Sscan("300", &u)
	fmt.Println(n, err)
	n, err = fmt.Sscanln("1 2\n3", &a, &b)
	fmt.Println(n, err, a, b)
	n, err = fmt.Sscanln("1\n2", &a, &b)
	fmt.Println(n, err)
	n, err = fmt.Sscanln("1 2 3", &a, &b)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("age: 42, name: bob", "age: %d, name: %s", &a, &s)
	fmt.Println(n, err, a, s)
	n, err = fmt.Sscanf("3.5x", "%fx", &f)
	fmt.Println(n, err, f)
	n, err = fmt.Sscanf("12 abc", "%d %d", &a, &b)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("7", "%d %d", &a)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("ff", "%x", &a)
	fmt.Println(n, err, a)
	n, err = fmt.Sscanf(`"quoted str"`, "%q", &s)
	fmt.Println(n, err, s)
	n, err = fmt.Sscan("1e3 -inf", &f, &f)
	fmt.Println(n, err, f)
	var r rune
	n, err = fmt.Sscanf("é", "%c", &r)
	fmt.Println(n, err, r)
	rd := bufio.NewReader(strings.NewReader("4\n1 2 3 4\n"))
	var cnt int
	fmt.Fscan(rd, &cnt)
	sum := 0
	for i := 0; i < cnt; i++ {
		var x int
		fmt.Fscan(rd, &x)
		sum += x
	}
	fmt.Println(cnt, sum)
	var x, y int
	n, err = fmt.Scan(&x, &y)
	fmt.Println(n, err, x, y)
	n, err = fmt.Scanln(&s)
	fmt.Println(n, err, s)
	n, err = fmt.Scan(&x)
	fmt.Println(n, err)
	fmt.Fprintln(os.Stderr, "done")
}
