// RWMutex readers and writers, Once, OnceFunc and Cond with Signal and Broadcast.
package main

import (
	"fmt"
	"sync"
)

type store struct {
	mu   sync.RWMutex
	data map[string]int
}

func (s *store) get(k string) (int, bool) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	v, ok := s.data[k]
	return v, ok
}

func (s *store) set(k string, v int) {
	s.mu.Lock()
	s.data[k] = v
	s.mu.Unlock()
}

func main() {
	s := &store{data: map[string]int{}}
	var wg sync.WaitGroup
	for i := 0; i < 20; i++ {
		wg.Add(2)
		go func() {
			defer wg.Done()
			s.set(fmt.Sprint("k", i%5), i)
		}()
		go func() {
			defer wg.Done()
			s.get("k0")
		}()
	}
	wg.Wait()
	_, ok := s.get("k3")
	fmt.Println(len(s.data), ok, s.mu.TryRLock(), s.mu.TryLock())
	s.mu.RUnlock()
	fmt.Println(s.mu.TryLock())
	s.mu.Unlock()

	var once sync.Once
	calls := 0
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			once.Do(func() { calls++ })
		}()
	}
	wg.Wait()
	fmt.Println("once ran", calls, "time(s)")
	hello := sync.OnceFunc(func() { fmt.Println("hello, once") })
	hello()
	hello()

	var mu sync.Mutex
	cond := sync.NewCond(&mu)
	queue := []int{}
	results := make(chan int, 10)
	for w := 0; w < 3; w++ {
		go func() {
			for {
				mu.Lock()
				for len(queue) == 0 {
					cond.Wait()
				}
				v := queue[0]
				queue = queue[1:]
				mu.Unlock()
				results <- v * 10
			}
		}()
	}
	for i := 1; i <= 10; i++ {
		mu.Lock()
		queue = append(queue, i)
		cond.Signal()
		mu.Unlock()
	}
	sum := 0
	for i := 0; i < 10; i++ {
		sum += <-results
	}
	fmt.Println("sum", sum)
	ready := false
	var started sync.WaitGroup
	for i := 0; i < 4; i++ {
		started.Add(1)
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			started.Done()
			for !ready {
				cond.Wait()
			}
			mu.Unlock()
		}()
	}
	started.Wait()
	mu.Lock()
	ready = true
	cond.Broadcast()
	mu.Unlock()
	wg.Wait()
	fmt.Println("broadcast woke everyone")
	var l sync.Locker = s.mu.RLocker()
	l.Lock()
	l.Unlock()
	fmt.Println("rlocker ok")
}
