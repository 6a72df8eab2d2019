// Locking a mutex twice in the only goroutine deadlocks, and the report names the wait.
package main

import "sync"

func main() {
	var mu sync.Mutex
	mu.Lock()
	mu.Lock()
}
