// io.Pipe: writes block until read, reads see the writer's close error, CloseWithError on
// either side, and a writer feeding a reader from another goroutine.
package main

import (
	"errors"
	"fmt"
	"io"
	"strings"
	"sync"
)

func main() {
	r, w := io.Pipe()
	go func() {
		for i := 0; i < 3; i++ {
			fmt.Fprintf(w, "line %d\n", i)
		}
		w.Close()
	}()
	b, err := io.ReadAll(r)
	fmt.Printf("%q %v\n", b, err)
	n, err := r.Read(make([]byte, 4))
	fmt.Println("read after writer closed:", n, err)
	n, err = w.Write([]byte("x"))
	fmt.Println("write after close:", n, err)

	// a small read buffer splits one write into several reads
	r, w = io.Pipe()
	done := make(chan bool)
	go func() {
		n, err := w.Write([]byte("0123456789"))
		fmt.Println("write returned", n, err)
		w.CloseWithError(errors.New("custom close"))
		done <- true
	}()
	buf := make([]byte, 4)
	var parts []string
	for {
		n, err := r.Read(buf)
		if err != nil {
			<-done
			fmt.Println(parts, "then:", err)
			break
		}
		parts = append(parts, string(buf[:n]))
	}

	// the reader closes: the blocked writer gets the error
	r, w = io.Pipe()
	go func() {
		n, err := w.Write([]byte("never read"))
		fmt.Println("writer:", n, err)
		done <- true
	}()
	r.CloseWithError(errors.New("reader gone"))
	<-done
	_, err = r.Read(buf)
	fmt.Println("reader:", err)

	r, w = io.Pipe()
	r.Close()
	_, err = w.Write([]byte("x"))
	fmt.Println(err, err == io.ErrClosedPipe)
	w.CloseWithError(errors.New("ignored"))
	_, err = r.Read(buf)
	fmt.Println(err)

	// the first close error wins
	r, w = io.Pipe()
	w.CloseWithError(errors.New("first"))
	w.CloseWithError(errors.New("second"))
	_, err = r.Read(buf)
	fmt.Println(err)

	// many writers, one reader: each write arrives whole
	r, w = io.Pipe()
	var wg sync.WaitGroup
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			w.Write([]byte(strings.Repeat(string(rune('a'+i)), 100)))
		}(i)
	}
	go func() {
		wg.Wait()
		w.Close()
	}()
	b, _ = io.ReadAll(r)
	counts := map[byte]int{}
	runs := 1
	for i := range b {
		counts[b[i]]++
		if i > 0 && b[i] != b[i-1] {
			runs++
		}
	}
	fmt.Println(len(b), runs, counts['a'], counts['e'])

	// io.Copy through a pipe
	r, w = io.Pipe()
	go func() {
		io.Copy(w, strings.NewReader(strings.Repeat("z", 100000)))
		w.Close()
	}()
	nc, err := io.Copy(io.Discard, r)
	fmt.Println(nc, err)
}
