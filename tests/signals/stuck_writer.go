// Target of runtime_checks.sh: a goroutine writes to a stdout nobody reads (its write(2)
// blocks for good) when main returns: the program still ends, with status 0.
package main

import (
	"os"
	"strings"
	"time"
)

func main() {
	go func() {
		s := strings.Repeat("x", 1<<20)
		for {
			os.Stdout.WriteString(s)
		}
	}()
	time.Sleep(200 * time.Millisecond)
}
