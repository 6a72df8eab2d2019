package main

import (
	"fmt"
	"sort"
)

type Task struct {
	Name     string
	Priority int
}

// A binary min-heap keyed on Priority, ties broken by Name.
type PQ struct{ items []Task }

func less(a, b Task) bool {
	if a.Priority != b.Priority {
		return a.Priority < b.Priority
	}
	return a.Name < b.Name
}

func (q *PQ) Push(t Task) {
	q.items = append(q.items, t)
	i := len(q.items) - 1
	for i > 0 {
		p := (i - 1) / 2
		if !less(q.items[i], q.items[p]) {
			break
		}
		q.items[i], q.items[p] = q.items[p], q.items[i]
		i = p
	}
}

func (q *PQ) Pop() (Task, bool) {
	if len(q.items) == 0 {
		return Task{}, false
	}
	top := q.items[0]
	last := len(q.items) - 1
	q.items[0] = q.items[last]
	q.items = q.items[:last]
	i := 0
	for {
		l, r := 2*i+1, 2*i+2
		m := i
		if l < len(q.items) && less(q.items[l], q.items[m]) {
			m = l
		}
		if r < len(q.items) && less(q.items[r], q.items[m]) {
			m = r
		}
		if m == i {
			break
		}
		q.items[i], q.items[m] = q.items[m], q.items[i]
		i = m
	}
	return top, true
}

func (q *PQ) Len() int { return len(q.items) }

func main() {
	var q PQ
	tasks := []Task{{"write", 3}, {"test", 2}, {"deploy", 5}, {"plan", 1}, {"review", 2}, {"fix", 1}, {"doc", 4}}
	for _, t := range tasks {
		q.Push(t)
	}
	fmt.Println("queued", q.Len())
	for q.Len() > 0 {
		t, _ := q.Pop()
		fmt.Printf("%d %s\n", t.Priority, t.Name)
	}
	_, ok := q.Pop()
	fmt.Println("empty pop ok:", ok)

	// the same ordering via sort.Ints on encoded keys
	prio := map[string]int{}
	var keys []int
	for i, t := range tasks {
		prio[t.Name] = t.Priority
		keys = append(keys, t.Priority*100+i)
	}
	sort.Ints(keys)
	for _, k := range keys {
		fmt.Print(tasks[k%100].Name, " ")
	}
	fmt.Println()

	// k smallest with a running heap
	nums := []int{42, 7, 19, 3, 88, 23, 5, 61, 14, 9}
	var h PQ
	for _, n := range nums {
		h.Push(Task{fmt.Sprintf("%02d", n), n})
	}
	var smallest []int
	for range 4 {
		t, _ := h.Pop()
		smallest = append(smallest, t.Priority)
	}
	fmt.Println("4 smallest:", smallest)
	sorted := append([]int(nil), nums...)
	sort.Ints(sorted)
	fmt.Println("median:", (sorted[4]+sorted[5])/2)
}
