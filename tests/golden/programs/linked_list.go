package main

import (
	"fmt"
	"strings"
)

type Node struct {
	Val  int
	Next *Node
}

type List struct {
	head *Node
	size int
}

func (l *List) PushFront(v int) {
	l.head = &Node{v, l.head}
	l.size++
}

func (l *List) PushBack(v int) {
	n := &Node{Val: v}
	l.size++
	if l.head == nil {
		l.head = n
		return
	}
	cur := l.head
	for cur.Next != nil {
		cur = cur.Next
	}
	cur.Next = n
}

func (l *List) Remove(v int) bool {
	for pp := &l.head; *pp != nil; pp = &(*pp).Next {
		if (*pp).Val == v {
			*pp = (*pp).Next
			l.size--
			return true
		}
	}
	return false
}

func (l *List) Reverse() {
	var prev *Node
	cur := l.head
	for cur != nil {
		next := cur.Next
		cur.Next = prev
		prev, cur = cur, next
	}
	l.head = prev
}

func (l *List) String() string {
	var sb strings.Builder
	sb.WriteString("[")
	for n := l.head; n != nil; n = n.Next {
		if n != l.head {
			sb.WriteString(" -> ")
		}
		sb.WriteString(fmt.Sprint(n.Val))
	}
	sb.WriteString("]")
	return sb.String()
}

func (l *List) Each(f func(int)) {
	for n := l.head; n != nil; n = n.Next {
		f(n.Val)
	}
}

func mergeSorted(a, b *Node) *Node {
	dummy := &Node{}
	tail := dummy
	for a != nil && b != nil {
		if a.Val <= b.Val {
			tail.Next, a = a, a.Next
		} else {
			tail.Next, b = b, b.Next
		}
		tail = tail.Next
	}
	if a != nil {
		tail.Next = a
	} else {
		tail.Next = b
	}
	return dummy.Next
}

func sortList(h *Node) *Node {
	if h == nil || h.Next == nil {
		return h
	}
	slow, fast := h, h.Next
	for fast != nil && fast.Next != nil {
		slow, fast = slow.Next, fast.Next.Next
	}
	mid := slow.Next
	slow.Next = nil
	return mergeSorted(sortList(h), sortList(mid))
}

// Doubly linked list with sentinel
type DNode struct {
	prev, next *DNode
	key        string
}

type Deque struct{ root DNode }

func NewDeque() *Deque {
	d := &Deque{}
	d.root.next = &d.root
	d.root.prev = &d.root
	return d
}

func (d *Deque) insertAfter(at *DNode, k string) {
	n := &DNode{prev: at, next: at.next, key: k}
	at.next.prev = n
	at.next = n
}

func (d *Deque) PushFront(k string) { d.insertAfter(&d.root, k) }
func (d *Deque) PushBack(k string)  { d.insertAfter(d.root.prev, k) }
func (d *Deque) PopFront() string {
	n := d.root.next
	if n == &d.root {
		return ""
	}
	n.prev.next = n.next
	n.next.prev = n.prev
	return n.key
}

func (d *Deque) Keys() []string {
	var out []string
	for n := d.root.next; n != &d.root; n = n.next {
		out = append(out, n.key)
	}
	return out
}

func main() {
	var l List
	for _, v := range []int{5, 3, 8} {
		l.PushBack(v)
	}
	l.PushFront(1)
	l.PushBack(7)
	fmt.Println(l.String(), l.size)
	fmt.Println(l.Remove(8), l.Remove(42), l.String(), l.size)
	l.Reverse()
	fmt.Println(&l)
	sum := 0
	l.Each(func(v int) { sum += v })
	fmt.Println("sum", sum)
	l.head = sortList(l.head)
	fmt.Println("sorted", &l)
	var empty List
	empty.Reverse()
	fmt.Println(&empty, empty.Remove(1))
	d := NewDeque()
	d.PushBack("b")
	d.PushFront("a")
	d.PushBack("c")
	fmt.Println(d.Keys())
	fmt.Println(d.PopFront(), d.Keys())
	d.PopFront()
	d.PopFront()
	fmt.Printf("%q %d\n", d.PopFront(), len(d.Keys()))
}
