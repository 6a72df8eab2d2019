// GC: cyclic garbage. Doubly linked lists, rings, self-loops, parent/child trees with
// back pointers, cycles through interfaces, maps, slices and closures are built and
// dropped repeatedly; a collector that cannot free cycles runs out of memory. One ring
// stays live through the whole run and is walked both ways at the end.
package main

import "fmt"

type DNode struct {
	prev, next *DNode
	val        int
	payload    []byte
}

type List struct {
	head, tail *DNode
	n          int
}

func (l *List) push(v int) {
	d := &DNode{val: v, payload: make([]byte, 16)}
	d.payload[0] = byte(v)
	if l.tail == nil {
		l.head, l.tail = d, d
	} else {
		d.prev = l.tail
		l.tail.next = d
		l.tail = d
	}
	l.n++
}

// ring of n nodes; returns any node of it
func ring(n, base int) *DNode {
	first := &DNode{val: base}
	cur := first
	for i := 1; i < n; i++ {
		d := &DNode{val: base + i, prev: cur}
		cur.next = d
		cur = d
	}
	cur.next = first
	first.prev = cur
	return first
}

type Tree struct {
	parent   *Tree
	children []*Tree
	self     *Tree
	depth    int
}

func tree(parent *Tree, depth int) *Tree {
	t := &Tree{parent: parent, depth: depth}
	t.self = t
	if depth < 5 {
		for i := 0; i < 3; i++ {
			t.children = append(t.children, tree(t, depth+1))
		}
	}
	return t
}

func walk(t *Tree) int {
	s := t.depth
	if t.self != t || (t.parent != nil && t.parent.depth != t.depth-1) {
		return -1000000
	}
	for _, c := range t.children {
		s += walk(c)
	}
	return s
}

type Holder struct {
	other any
	m     map[int]*Holder
	f     func() int
	id    int
}

func main() {
	keep := ring(1000, 0)
	total := 0
	var lists, rings, trees, others int

	for round := 0; round < 800; round++ {
		// doubly linked list, walked forward and backward, then dropped
		l := &List{}
		for i := 0; i < 500; i++ {
			l.push(i)
		}
		fw, bw := 0, 0
		for d := l.head; d != nil; d = d.next {
			fw += d.val + int(d.payload[0])
		}
		for d := l.tail; d != nil; d = d.prev {
			bw += d.val + int(d.payload[0])
		}
		if fw != bw {
			fmt.Println("list mismatch", round)
		}
		lists += fw

		// a ring, walked once around
		r := ring(300, round)
		s := 0
		d := r
		for i := 0; i < 300; i++ {
			s += d.val
			d = d.next
		}
		if d != r {
			fmt.Println("ring broken", round)
		}
		rings += s

		// parent/child tree with back pointers and self loops
		trees += walk(tree(nil, 0))

		// cycles through an interface, a map and a closure
		a := &Holder{id: 1, m: map[int]*Holder{}}
		b := &Holder{id: 2, other: a}
		a.other = b
		a.m[round] = a
		a.m[round+1] = b
		b.f = func() int { return a.id + b.id + len(a.m) }
		others += b.f() + a.other.(*Holder).id

		// a slice whose elements point back at the slice's holder
		type Box struct {
			items []*Box
			n     int
		}
		box := &Box{}
		for i := 0; i < 50; i++ {
			box.items = append(box.items, &Box{items: []*Box{box}, n: i})
		}
		others += box.items[49].items[0].items[10].n
	}

	// the live ring: forward and backward sums, and the ring closes in both directions
	f, b := 0, 0
	d := keep
	for i := 0; i < 1000; i++ {
		f += d.val
		d = d.next
	}
	closedF := d == keep
	for i := 0; i < 1000; i++ {
		d = d.prev
		b += d.val
	}
	fmt.Println("live ring:", f, b, closedF, d == keep)
	total = lists + rings + trees + others
	fmt.Println("lists", lists, "rings", rings, "trees", trees, "others", others)
	fmt.Println("total", total)
}
