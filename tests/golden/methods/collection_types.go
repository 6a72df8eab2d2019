package main

import (
	"fmt"
	"sort"
)

type IntList []int

func (l IntList) Sum() int {
	s := 0
	for _, v := range l {
		s += v
	}
	return s
}

func (l *IntList) Push(v int) { *l = append(*l, v) }
func (l IntList) Len() int    { return len(l) }
func (l IntList) Max() int {
	m := l[0]
	for _, v := range l[1:] {
		m = max(m, v)
	}
	return m
}

type Set map[string]struct{}

func (s Set) Add(k string)      { s[k] = struct{}{} }
func (s Set) Has(k string) bool { _, ok := s[k]; return ok }
func (s Set) Keys() []string {
	var out []string
	for k := range s {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

type Counter map[string]int

func (c Counter) Inc(k string) int { c[k]++; return c[k] }

type Matrix [][]float64

func (m Matrix) Dims() (int, int) { return len(m), len(m[0]) }

func main() {
	var l IntList
	l.Push(3)
	l.Push(9)
	l.Push(4)
	fmt.Println(l, l.Sum(), l.Len(), l.Max())
	l2 := IntList{1, 2}
	fmt.Println(l2.Sum(), IntList([]int{5, 5}).Sum())
	s := Set{}
	s.Add("b")
	s.Add("a")
	s.Add("b")
	fmt.Println(s.Has("a"), s.Has("z"), s.Keys(), len(s))
	c := Counter{}
	c.Inc("x")
	c.Inc("x")
	fmt.Println(c.Inc("x"), c)
	m := Matrix{{1, 2, 3}, {4, 5, 6}}
	fmt.Println(m.Dims())
	fmt.Printf("%T %T %T\n", l, s, m)
}
