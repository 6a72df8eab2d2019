// runtime.Goexit runs the deferred calls (where recover returns nil) and ends only its
// goroutine; inside a panic's deferred call it ends the panic too; a panic recovered while
// Goexit runs the deferred calls does not stop Goexit.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func inner(wg *sync.WaitGroup, log *[]string) {
	defer func() {
		*log = append(*log, fmt.Sprint("inner defer, recover() = ", recover()))
	}()
	runtime.Goexit()
	*log = append(*log, "not reached")
}

func viaPanic(log *[]string) {
	defer func() {
		*log = append(*log, "outer defer runs after Goexit in a deferred call")
	}()
	defer func() {
		*log = append(*log, "Goexit while panicking")
		runtime.Goexit()
	}()
	panic("this panic is abandoned")
}

func panicDuringGoexit(log *[]string) {
	defer func() {
		*log = append(*log, "last defer still runs")
	}()
	defer func() {
		r := recover()
		*log = append(*log, fmt.Sprint("recovered ", r))
	}()
	defer func() {
		panic("panic in a deferred call during Goexit")
	}()
	runtime.Goexit()
}

func main() {
	var wg sync.WaitGroup
	var logs [3][]string
	wg.Add(3)
	go func() {
		defer wg.Done()
		defer func() { logs[0] = append(logs[0], "goroutine defer") }()
		inner(&wg, &logs[0])
		logs[0] = append(logs[0], "not reached either")
	}()
	go func() {
		defer wg.Done()
		viaPanic(&logs[1])
	}()
	go func() {
		defer wg.Done()
		panicDuringGoexit(&logs[2])
		logs[2] = append(logs[2], "not reached after recovery")
	}()
	wg.Wait()
	for i, l := range logs {
		for _, s := range l {
			fmt.Println(i, s)
		}
	}
}
