// A worker pool: jobs fan out over a buffered channel to four workers; results are
// collected and summed (order-independent), then printed sorted.
package main

import (
	"fmt"
	"sort"
)

type result struct {
	job, square int
}

func worker(jobs <-chan int, results chan<- result) {
	for j := range jobs {
		results <- result{j, j * j}
	}
}

func main() {
	jobs := make(chan int, 10)
	results := make(chan result, 10)
	for w := 0; w < 4; w++ {
		go worker(jobs, results)
	}
	go func() {
		for i := 1; i <= 20; i++ {
			jobs <- i
		}
		close(jobs)
	}()
	var got []result
	for i := 0; i < 20; i++ {
		got = append(got, <-results)
	}
	sort.Slice(got, func(i, j int) bool { return got[i].job < got[j].job })
	sum := 0
	for _, r := range got {
		sum += r.square
	}
	fmt.Println(got[0], got[19], sum)
}
