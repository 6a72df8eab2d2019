// The program ends when main returns, although other goroutines (one maybe on the thread
// that started the program) are blocked in read(2) for good.
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
	fmt.Println("main returns")
}
