package main

import "fmt"

type Tree struct {
	Left, Right *Tree
	Val         int
}

func (t *Tree) Insert(v int) *Tree {
	if t == nil {
		return &Tree{Val: v}
	}
	if v < t.Val {
		t.Left = t.Left.Insert(v)
	} else {
		t.Right = t.Right.Insert(v)
	}
	return t
}

func (t *Tree) InOrder(visit func(int)) {
	if t == nil {
		return
	}
	t.Left.InOrder(visit)
	visit(t.Val)
	t.Right.InOrder(visit)
}

func (t *Tree) Height() int {
	if t == nil {
		return 0
	}
	return 1 + max(t.Left.Height(), t.Right.Height())
}

func find(xs []*int, v int) *int {
	for _, p := range xs {
		if p != nil && *p == v {
			return p
		}
	}
	return nil
}

func main() {
	var root *Tree
	for _, v := range []int{5, 3, 8, 1, 4, 9, 7, 2} {
		root = root.Insert(v)
	}
	root.InOrder(func(v int) { fmt.Print(v, " ") })
	fmt.Println()
	fmt.Println(root.Height(), root.Left.Val, root.Right.Left.Val, root.Left.Left.Left == nil)
	a, b := 1, 2
	xs := []*int{nil, &a, nil, &b}
	if p := find(xs, 2); p != nil {
		*p = 20
	}
	fmt.Println(b, find(xs, 99) == nil)
	var pp **int
	fmt.Println(pp == nil)
	ip := &a
	pp = &ip
	fmt.Println(**pp, *pp != nil)
	var fp *func()
	fmt.Println(fp == nil)
}
