// memlimit: 100 MiB of live data, 2 GiB of garbage churned through it. Run with
// GOMEMLIMIT=200MiB (and GOGC=off or 100): the process's peak RSS must stay near the limit.
package main

import (
	"fmt"
	"os"
	"strconv"
)

type block struct {
	data [1016]byte
	next *block
}

func main() {
	churnMiB := 2048
	if len(os.Args) > 1 {
		churnMiB, _ = strconv.Atoi(os.Args[1])
	}
	live := make([]*block, 100<<10) // 100 Ki blocks of 1 KiB: 100 MiB
	for i := range live {
		live[i] = &block{}
		live[i].data[0] = byte(i)
	}
	sum := 0
	for i := 0; i < churnMiB<<10; i++ {
		b := &block{}
		b.data[1] = byte(i)
		sum += int(live[i%len(live)].data[0]) + int(b.data[1])
		if i%7 == 0 {
			live[(i*31)%len(live)] = b // some of the churn replaces live data
		}
	}
	n := 0
	for _, b := range live {
		if b != nil {
			n++
		}
	}
	fmt.Println(n, sum)
}
