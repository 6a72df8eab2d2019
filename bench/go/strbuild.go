// strbuild: string building — a strings.Builder per line (WriteString,
// WriteByte, Len, String), strconv.Itoa, + concatenation into a growing
// string that is folded into a hash and reset, byte indexing.
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
	h, total := 0, 0
	line := ""
	for i := 0; i < n; i++ {
		var sb strings.Builder
		for j := 0; j < 10; j++ {
			sb.WriteString(strconv.Itoa(i*j + j))
			sb.WriteByte(',')
		}
		s := sb.String()
		t := "<" + strconv.Itoa(i) + ":" + strconv.Itoa(sb.Len()) + ">"
		total += len(s) + len(t)
		h = (h*31 + int(s[len(s)/2]) + int(t[len(t)-2])) % 1000000007
		line += t
		if len(line) > 200 {
			h = (h*7 + len(line) + int(line[len(line)/3])) % 1000000007
			line = ""
		}
	}
	fmt.Printf("strbuild n=%d total=%d hash=%d tail=%s\n", n, total, h, line)
}
