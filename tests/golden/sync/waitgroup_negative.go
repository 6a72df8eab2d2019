// A negative WaitGroup counter panics; a WaitGroup can be reused after Wait returns.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	for round := 0; round < 3; round++ {
		results := make([]int, 5)
		for i := range 5 {
			wg.Add(1)
			go func() {
				defer wg.Done()
				results[i] = i * round
			}()
		}
		wg.Wait()
		fmt.Println(round, results)
	}
	defer func() { fmt.Println("recovered:", recover()) }()
	wg.Done()
}
