package main

import "fmt"

type Stack struct {
	items []int
}

func (s *Stack) Push(v int) { s.items = append(s.items, v) }
func (s *Stack) Pop() int {
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v
}
func (s Stack) Len() int     { return len(s.items) }
func (s *Stack) Empty() bool { return s == nil || len(s.items) == 0 }

type Node struct {
	Val  int
	Next *Node
}

func (n *Node) Sum() int {
	if n == nil {
		return 0
	}
	return n.Val + n.Next.Sum()
}

func main() {
	var s Stack // addressable: s.Push means (&s).Push
	s.Push(1)
	s.Push(2)
	s.Push(3)
	fmt.Println(s.Len(), s.Pop(), s.Len())
	ps := &s
	ps.Push(10)
	fmt.Println(ps.Len(), s.items)
	var nilStack *Stack
	fmt.Println(nilStack.Empty())
	list := &Node{1, &Node{2, &Node{3, nil}}}
	fmt.Println(list.Sum())
	var empty *Node
	fmt.Println(empty.Sum())
	stacks := []Stack{{}, {}}
	stacks[1].Push(5) // slice elements are addressable
	fmt.Println(stacks[1].items, stacks[0].Len())
	m := map[string]*Stack{"a": {}}
	m["a"].Push(7)
	fmt.Println(m["a"].items)
}
