// A nil pointer reaching a native (here sync/atomic's) and not recovered: Go's nil
// dereference report, with its [signal SIGSEGV ...] line.
package main

import (
	"fmt"
	"sync/atomic"
)

func main() {
	var n *int64
	fmt.Println("before")
	atomic.AddInt64(n, 1)
	fmt.Println("not reached")
}
