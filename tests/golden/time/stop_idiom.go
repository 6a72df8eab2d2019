// The pre-Go 1.23 idiom `if !t.Stop() { <-t.C }` on an expired timer whose value was not
// received: Stop reports true (Go 1.23), so the receive is skipped instead of blocking.
package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.NewTimer(time.Millisecond)
	time.Sleep(10 * time.Millisecond)
	// the pre-Go-1.23 idiom for stopping a timer whose value may be pending
	if !t.Stop() {
		<-t.C
	}
	t.Reset(time.Millisecond)
	<-t.C
	fmt.Println("ok")
}
