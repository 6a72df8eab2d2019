package main

import (
	"container/heap"
	"fmt"
	"strings"
)

type IntHeap []int

func (h IntHeap) Len() int           { return len(h) }
func (h IntHeap) Less(i, j int) bool { return h[i] < h[j] }
func (h IntHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *IntHeap) Push(x any)        { *h = append(*h, x.(int)) }
func (h *IntHeap) Pop() any {
	old := *h
	n := len(old)
	x := old[n-1]
	*h = old[0 : n-1]
	return x
}

type Item struct {
	value    string
	priority int
	index    int
}

type PQ []*Item

func (pq PQ) Len() int { return len(pq) }
func (pq PQ) Less(i, j int) bool {
	return pq[i].priority > pq[j].priority
}
func (pq PQ) Swap(i, j int) {
	pq[i], pq[j] = pq[j], pq[i]
	pq[i].index = i
	pq[j].index = j
}
func (pq *PQ) Push(x any) {
	item := x.(*Item)
	item.index = len(*pq)
	*pq = append(*pq, item)
}
func (pq *PQ) Pop() any {
	old := *pq
	n := len(old)
	item := old[n-1]
	old[n-1] = nil
	item.index = -1
	*pq = old[0 : n-1]
	return item
}

// traced records the calls heap makes.
type traced struct {
	IntHeap
	log []string
}

func (t *traced) Less(i, j int) bool {
	t.log = append(t.log, fmt.Sprintf("L%d%d", i, j))
	return t.IntHeap.Less(i, j)
}
func (t *traced) Swap(i, j int) {
	t.log = append(t.log, fmt.Sprintf("S%d%d", i, j))
	t.IntHeap.Swap(i, j)
}
func (t *traced) Push(x any) { t.IntHeap.Push(x) }
func (t *traced) Pop() any   { return t.IntHeap.Pop() }

func main() {
	h := &IntHeap{5, 2, 8, 1, 9, 3, 3, 7}
	heap.Init(h)
	fmt.Println(*h)
	heap.Push(h, 0)
	heap.Push(h, 4)
	fmt.Println(*h, (*h)[0])
	fmt.Println(heap.Remove(h, 3), *h)
	(*h)[2] = 100
	heap.Fix(h, 2)
	(*h)[5] = -1
	heap.Fix(h, 5)
	fmt.Println(*h)
	for h.Len() > 0 {
		fmt.Print(heap.Pop(h), " ")
	}
	fmt.Println()

	items := map[string]int{"banana": 3, "apple": 2, "pear": 4}
	pq := make(PQ, 0)
	for _, name := range []string{"banana", "apple", "pear"} {
		pq = append(pq, &Item{value: name, priority: items[name], index: len(pq)})
	}
	heap.Init(&pq)
	item := &Item{value: "orange", priority: 1}
	heap.Push(&pq, item)
	item.priority = 5
	heap.Fix(&pq, item.index)
	for pq.Len() > 0 {
		it := heap.Pop(&pq).(*Item)
		fmt.Printf("%.2d:%s ", it.priority, it.value)
	}
	fmt.Println()

	t := &traced{IntHeap: IntHeap{9, 8, 7, 6, 5, 4, 3, 2, 1}}
	heap.Init(t)
	heap.Push(t, 0)
	heap.Pop(t)
	heap.Remove(t, 4)
	heap.Remove(t, t.Len()-1)
	fmt.Println(strings.Join(t.log, " "))
	fmt.Println(t.IntHeap)

	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		e := &IntHeap{1}
		fmt.Println(heap.Pop(e), e.Len())
		(*e)[0] = 1 // out of range
	}()
}
