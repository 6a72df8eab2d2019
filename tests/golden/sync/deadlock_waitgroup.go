package main

import (
	"sync"
	"time"
)

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	wg.Add(1)
	mu.Lock()
	go func() {
		mu.Lock()
		wg.Done()
	}()
	t := time.NewTimer(time.Hour)
	t.Stop()
	wg.Wait()
}
