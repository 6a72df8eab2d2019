// close releases receivers parked on channels of structs and arrays, plain and in selects:
// each gets its own zero value (a fresh one, not shared) and ok == false.
package main

import (
	"fmt"
	"sync"
	"time"
)

type Pair struct {
	A, B int
	S    string
}

func main() {
	cp := make(chan Pair)
	ca := make(chan [3]int)
	var wg sync.WaitGroup
	results := make([]Pair, 4)
	arrays := make([][3]int, 4)
	oks := make([]bool, 8)
	for i := 0; i < 4; i++ {
		wg.Add(2)
		go func(i int) {
			defer wg.Done()
			if i%2 == 0 {
				results[i], oks[i] = <-cp
			} else {
				select {
				case results[i], oks[i] = <-cp:
				}
			}
			results[i].A = i // must not show in the others' zero values
		}(i)
		go func(i int) {
			defer wg.Done()
			var ok bool
			if i%2 == 0 {
				arrays[i], ok = <-ca
			} else {
				select {
				case arrays[i], ok = <-ca:
				}
			}
			oks[4+i] = ok
			arrays[i][0] = i
		}(i)
	}
	time.Sleep(20 * time.Millisecond) // let them park (the result does not depend on it)
	close(cp)
	close(ca)
	wg.Wait()
	fmt.Println(results, arrays, oks)
}
