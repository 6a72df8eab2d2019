// os.Exit from a goroutine ends the program at once while main itself (on the thread that
// started the program) is blocked in read(2).
package main

import (
	"fmt"
	"os"
	"time"
)

func main() {
	go func() {
		time.Sleep(50 * time.Millisecond)
		fmt.Println("os.Exit(3)")
		os.Exit(3)
	}()
	buf := make([]byte, 1)
	os.Stdin.Read(buf)
	fmt.Println("read returned")
}
