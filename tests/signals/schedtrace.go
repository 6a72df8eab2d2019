// Target of runtime_checks.sh: a program that sleeps while GODEBUG=schedtrace prints.
package main

import "time"

func main() {
	c := make(chan int)
	go func() { <-c }()
	time.Sleep(300 * time.Millisecond)
	close(c)
}
