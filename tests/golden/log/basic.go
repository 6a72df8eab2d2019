package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"log"
	"os"
	"strings"
	"sync"
)

func helper(l *log.Logger) {
	l.Output(2, "reported at the helper's caller")
}

func main() {
	log.SetOutput(os.Stdout)
	log.SetFlags(0)
	fmt.Println(log.Flags(), log.Prefix() == "", log.Writer() == os.Stdout, log.Default().Writer() == os.Stdout)
	log.Print("print", 1, 2, "x", "y", 3.5)
	log.Printf("printf %d %q", 42, "hi")
	log.Println("println", 1, 2)
	log.Print("ends with newline\n")
	log.Print("")
	log.SetPrefix("[app] ")
	log.Println("with prefix")
	log.SetFlags(log.Lmsgprefix)
	log.Println("msgprefix")
	log.SetFlags(log.Lshortfile)
	log.Println("short file")
	log.SetFlags(log.Lshortfile | log.Lmsgprefix)
	log.Printf("short file and msgprefix")
	log.Output(1, "via Output")
	fmt.Println(log.Prefix(), log.Flags())

	var buf bytes.Buffer
	l := log.New(&buf, "L: ", 0)
	l.Print("one")
	l.Printf("two %v", []int{1, 2})
	l.Println("three", errors.New("err"))
	l.SetFlags(log.Lshortfile)
	l.Println("where")
	helper(l)
	l.SetPrefix("")
	l.SetFlags(log.Lmsgprefix)
	l.Print("no prefix")
	fmt.Print(buf.String())
	fmt.Println(l.Writer() == &buf, l.Flags(), l.Prefix() == "")

	func() {
		defer func() { fmt.Printf("recovered: %q\n", recover()) }()
		l.Panicf("bad %d", 7)
	}()
	func() {
		defer func() { fmt.Printf("recovered: %q\n", recover()) }()
		l.Panicln("bad", "ln")
	}()
	func() {
		defer func() { fmt.Printf("recovered: %q\n", recover()) }()
		log.Panic("pkg", "panic")
	}()
	fmt.Print(buf.String())

	d := log.New(io.Discard, "", log.LstdFlags)
	d.Println("nothing")
	fmt.Println(d.Writer() == io.Discard)

	var sb strings.Builder
	c := log.New(&sb, "", 0)
	var mu sync.Mutex
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 50; j++ {
				c.Printf("line %d", j)
			}
		}()
	}
	wg.Wait()
	mu.Lock()
	fmt.Println(strings.Count(sb.String(), "\n"), len(sb.String()))
	mu.Unlock()
}
