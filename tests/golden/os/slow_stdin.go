// A goroutine blocked reading standard input (a pipe fed slowly, see slow_stdin.feed) must
// not stop the others, even with GOMAXPROCS=1: the workers all finish while the reader
// waits for its first line, and the reader sees that when the line arrives. Reads go
// through bufio.Scanner and os.File.Read.
package main

import (
	"bufio"
	"fmt"
	"os"
	"runtime"
	"sync"
	"sync/atomic"
	"time"
)

func main() {
	runtime.GOMAXPROCS(1)
	var finished atomic.Int32
	lines := make(chan string)
	go func() {
		sc := bufio.NewScanner(os.Stdin)
		for sc.Scan() {
			lines <- fmt.Sprintf("read %q after %d workers finished", sc.Text(), finished.Load())
		}
		lines <- fmt.Sprintf("end of input, err=%v", sc.Err())
		close(lines)
	}()

	var wg sync.WaitGroup
	results := make([]int, 4)
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			sum := 0
			for step := 0; step < 5; step++ {
				for i := 0; i < 1000; i++ {
					sum += i * (w + 1)
				}
				time.Sleep(time.Millisecond)
			}
			results[w] = sum
			finished.Add(1)
		}(w)
	}
	wg.Wait()
	fmt.Println("workers done:", results)
	os.Stdout.WriteString("main wrote while the reader waits\n")
	for l := range lines {
		fmt.Println(l)
	}
}
