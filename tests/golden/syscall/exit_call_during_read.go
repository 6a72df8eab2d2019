// The program ends when main returns, although another goroutine (maybe on the thread that
// started the program) is blocked in read(2) for good; and when os.Exit is called meanwhile.
package main

import (
	"fmt"
	"os"
	"time"
)

func main() {
	for i := 0; i < 3; i++ {
		go func() {
			buf := make([]byte, 1)
			os.Stdin.Read(buf)
			fmt.Println("a read returned")
		}()
	}
	time.Sleep(50 * time.Millisecond)
	if len(os.Args) > 1 {
		fmt.Println("os.Exit(3)")
		os.Exit(3)
	}
	fmt.Println("main returns")
}
