// debug.Stack, runtime.Stack (one goroutine and all), debug.PrintStack: the traceback's
// shape, with addresses, directories and Go's own frames taken out.
package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
	"strings"
	"sync"
)

// clean keeps the goroutine headers (other goroutines' ids as N), the frames of package
// main, and the base name and line of their files.
func clean(s string) string {
	var out []string
	lines := strings.Split(strings.TrimSuffix(s, "\n"), "\n")
	keep := false
	for _, l := range lines {
		switch {
		case strings.HasPrefix(l, "goroutine "):
			if !strings.HasPrefix(l, "goroutine 1 ") {
				l = "goroutine N" + l[strings.Index(l, " ["):]
			}
			out = append(out, l)
		case l == "":
			out = append(out, l)
		case strings.HasPrefix(l, "\t"):
			if keep {
				l = l[strings.LastIndex(l, "/")+1:]
				if i := strings.Index(l, " +0x"); i >= 0 {
					l = l[:i]
				}
				out = append(out, "\t"+l)
			}
		case strings.HasPrefix(l, "created by "):
			keep = true
			out = append(out, l[:strings.Index(l, " in goroutine")])
		default:
			keep = strings.HasPrefix(l, "main.")
			if keep {
				out = append(out, l[:strings.Index(l, "(")])
			}
		}
	}
	return strings.Join(out, "\n")
}

type S struct{ n int }

func (s *S) deep(k int) []byte {
	if k > 0 {
		return s.deep(k - 1)
	}
	return debug.Stack()
}

func main() {
	fmt.Println(clean(string(debug.Stack())))
	fmt.Println(clean(string((&S{}).deep(2))))
	func() {
		buf := make([]byte, 4096)
		n := runtime.Stack(buf, false)
		fmt.Println(clean(string(buf[:n])))
	}()
	small := make([]byte, 10)
	n := runtime.Stack(small, false)
	fmt.Printf("%d %q\n", n, small[:n])
	fmt.Println(runtime.Stack(nil, false))

	var wg sync.WaitGroup
	block := make(chan int)
	wg.Add(1)
	go func() {
		defer wg.Done()
		<-block
	}()
	for runtime.NumGoroutine() < 2 {
		runtime.Gosched()
	}
	for i := 0; i < 100; i++ {
		runtime.Gosched() // let it park
	}
	buf := make([]byte, 1<<16)
	n = runtime.Stack(buf, true)
	fmt.Println(clean(string(buf[:n])))
	close(block)
	wg.Wait()
	debug.PrintStack()
}
