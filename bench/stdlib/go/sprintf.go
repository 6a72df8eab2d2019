// sprintf: format a million records with mixed verbs (%d, %s, %5.2f, %x, %-8s, %05d)
// through fmt.Sprintf; print the total length and the last record.
package main

import (
	"fmt"
	"os"
	"strconv"
)

func main() {
	n := 1000000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	names := []string{"alpha", "beta", "gamma", "delta"}
	total := 0
	last := ""
	for i := 0; i < n; i++ {
		last = fmt.Sprintf("%d:%s:%5.2f|%x|%-8s|%05d", i, names[i%4], float64(i%1000)/7, i, names[(i+1)%4], i%100000)
		total += len(last)
	}
	fmt.Printf("sprintf n=%d total=%d last=%s\n", n, total, last)
}
