package main

import (
	"fmt"
	"strings"
)

func repeat(s string, n int) string {
	var b strings.Builder
	for i := 0; i < n; i++ {
		b.WriteString(s)
	}
	return b.String()
}

func main() {
	var sb strings.Builder
	fmt.Println(sb.Len(), sb.String() == "")
	sb.WriteString("hello")
	sb.WriteByte(' ')
	sb.WriteRune('世')
	sb.WriteRune('界')
	sb.WriteByte('!')
	fmt.Println(sb.String(), sb.Len())
	n, err := sb.WriteString(" more")
	fmt.Println(n, err, sb.Len())
	n, err = sb.WriteRune('é')
	fmt.Println(n, err)
	err = sb.WriteByte('x')
	fmt.Println(err)
	fmt.Println(sb.String())
	sb.Reset()
	fmt.Println(sb.Len(), sb.String() == "")
	sb.WriteString("again")
	fmt.Println(sb.String())
	fmt.Println(repeat("ab", 3), len(repeat("xyz", 1000)))
	// building a table
	var t strings.Builder
	for i := 1; i <= 3; i++ {
		for j := 1; j <= 3; j++ {
			if j > 1 {
				t.WriteByte('\t')
			}
			t.WriteString(fmt.Sprint(i * j))
		}
		t.WriteByte('\n')
	}
	fmt.Print(t.String())
	// a builder can be written with Fprintf-style helpers too
	var csv strings.Builder
	rows := [][]string{{"name", "qty"}, {"apple", "3"}}
	for _, r := range rows {
		for i, f := range r {
			if i > 0 {
				csv.WriteRune(',')
			}
			csv.WriteString(f)
		}
		csv.WriteRune('\n')
	}
	fmt.Printf("%q\n", csv.String())
	p := &strings.Builder{}
	p.WriteString("via pointer")
	fmt.Println(p.String(), p.Len())
}
