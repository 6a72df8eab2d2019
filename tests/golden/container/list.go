package main

import (
	"container/list"
	"fmt"
)

func dump(name string, l *list.List) {
	fmt.Print(name, " len=", l.Len(), ":")
	for e := l.Front(); e != nil; e = e.Next() {
		fmt.Print(" ", e.Value)
	}
	fmt.Print(" | back:")
	for e := l.Back(); e != nil; e = e.Prev() {
		fmt.Print(" ", e.Value)
	}
	fmt.Println()
}

func main() {
	var z list.List // zero value is usable
	fmt.Println(z.Len(), z.Front() == nil, z.Back() == nil)
	z.PushBack(1)
	dump("z", &z)

	l := list.New()
	e4 := l.PushBack(4)
	e1 := l.PushFront(1)
	l.InsertBefore(3, e4)
	l.InsertAfter(2, e1)
	dump("l", l)
	l.MoveToFront(e4)
	dump("l", l)
	l.MoveToBack(e4)
	dump("l", l)
	l.MoveBefore(e4, e1)
	dump("l", l)
	l.MoveAfter(e1, e4)
	dump("l", l)
	l.MoveAfter(e1, e1)
	l.MoveToFront(l.Front())
	dump("l", l)
	fmt.Println(l.Remove(e4), e4.Next() == nil, e4.Prev() == nil)
	dump("l", l)
	fmt.Println(l.Remove(e4)) // not in the list any more
	dump("l", l)

	other := list.New()
	o := other.PushBack("x")
	fmt.Println(l.InsertBefore(9, o) == nil, l.InsertAfter(9, o) == nil)
	l.MoveToFront(o)
	l.MoveBefore(e1, o)
	fmt.Println(l.Remove(o))
	dump("l", l)
	dump("other", other)

	l.PushBackList(other)
	l.PushFrontList(other)
	dump("l", l)
	l.PushBackList(l)
	dump("l", l)
	l.PushFrontList(l)
	dump("l", l)

	l.Init()
	dump("l", l)
	fmt.Println(l.Front() == nil)

	// remove while iterating
	m := list.New()
	for i := 0; i < 10; i++ {
		m.PushBack(i)
	}
	var next *list.Element
	for e := m.Front(); e != nil; e = next {
		next = e.Next()
		if e.Value.(int)%3 == 0 {
			m.Remove(e)
		}
	}
	dump("m", m)
	var lz list.List
	lz.PushFrontList(m)
	dump("lz", &lz)
}
