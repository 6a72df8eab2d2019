// os.Pipe: a goroutine writes into the pipe while main reads it through bufio; capturing
// what fmt.Println writes by pointing os.Stdout at a pipe; the user directories.
package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
)

func main() {
	r, w, err := os.Pipe()
	if err != nil {
		panic(err)
	}
	fmt.Println(r.Name(), w.Name())
	go func(w *os.File) { // its own w: main reassigns the variable below (a race otherwise)
		for i := 0; i < 3; i++ {
			fmt.Fprintf(w, "message %d\n", i)
		}
		w.Close()
	}(w)
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		fmt.Println("got:", sc.Text())
	}
	fmt.Println(sc.Err())
	r.Close()

	r, w, _ = os.Pipe()
	old := os.Stdout
	os.Stdout = w
	fmt.Println("captured line")
	fmt.Printf("and %d more\n", 1)
	os.Stdout = old
	w.Close()
	out, err := io.ReadAll(r)
	fmt.Printf("%q %v\n", out, err)
	r.Close()

	os.Setenv("HOME", "/home/gopher")
	os.Unsetenv("XDG_CONFIG_HOME")
	os.Setenv("XDG_CACHE_HOME", "relative/cache")
	fmt.Println(os.UserHomeDir())
	fmt.Println(os.UserConfigDir())
	fmt.Println(os.UserCacheDir())
	os.Setenv("XDG_CACHE_HOME", "/abs/cache")
	fmt.Println(os.UserCacheDir())
	os.Unsetenv("XDG_CACHE_HOME")
	os.Unsetenv("HOME")
	fmt.Println(os.UserHomeDir())
	fmt.Println(os.UserConfigDir())
	fmt.Println(os.UserCacheDir())
	fmt.Println(os.Getpagesize() >= 4096, os.Geteuid() >= 0, os.Getegid() >= 0, os.Getuid() >= 0, os.Getgid() >= 0)
}
