// strings: build a comma-separated text of n fields with strings.Builder, split it
// with strings.Split, join the fields back with strings.Join, ten times over.
package main

import (
	"fmt"
	"os"
	"strconv"
	"strings"
)

func main() {
	n := 200000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	total, fields := 0, 0
	for round := 0; round < 10; round++ {
		var b strings.Builder
		for i := 0; i < n; i++ {
			if i > 0 {
				b.WriteString(",")
			}
			b.WriteString("field")
			b.WriteString(strconv.Itoa(i + round))
		}
		parts := strings.Split(b.String(), ",")
		fields += len(parts)
		total += len(strings.Join(parts, "; "))
	}
	fmt.Printf("strings n=%d fields=%d total=%d\n", n, fields, total)
}
