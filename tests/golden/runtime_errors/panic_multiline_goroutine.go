package main

// A multi-line panic in a goroutine, started by a deferred call while Goexit runs.

import "runtime"

func main() {
	done := make(chan bool)
	go func() {
		defer func() { panic("after goexit\nline 2") }()
		runtime.Goexit()
	}()
	<-done
}
