// rss_drop: builds 128 MiB of data, says "allocated" and waits for a line on stdin; then
// drops it, calls debug.FreeOSMemory, says "freed" and waits again. runtime_checks.sh reads
// the process's RSS at both points: it must drop by most of the 128 MiB.
package main

import (
	"fmt"
	"os"
	"runtime/debug"
)

func waitLine() {
	buf := make([]byte, 1)
	for {
		n, err := os.Stdin.Read(buf)
		if err != nil || (n == 1 && buf[0] == '\n') {
			return
		}
	}
}

func main() {
	chunks := make([][]byte, 128)
	for i := range chunks {
		chunks[i] = make([]byte, 1<<20)
		for j := 0; j < len(chunks[i]); j += 4096 {
			chunks[i][j] = byte(i) // touch every page
		}
	}
	fmt.Println("allocated", len(chunks))
	waitLine()
	chunks = nil
	debug.FreeOSMemory()
	fmt.Println("freed")
	waitLine()
}
