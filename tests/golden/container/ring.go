package main

import (
	"container/ring"
	"fmt"
)

func show(name string, r *ring.Ring) {
	fmt.Print(name, " len=", r.Len(), ":")
	r.Do(func(v any) { fmt.Print(" ", v) })
	fmt.Println()
}

func main() {
	fmt.Println(ring.New(0) == nil, ring.New(-1) == nil)
	var nilr *ring.Ring
	fmt.Println(nilr.Len())
	nilr.Do(func(any) { fmt.Println("never") })

	r := ring.New(5)
	for i := 0; i < r.Len(); i++ {
		r.Value = i
		r = r.Next()
	}
	show("r", r)
	show("move 2", r.Move(2))
	show("move -1", r.Move(-1))
	show("move 7", r.Move(7))
	show("prev", r.Prev())

	s := ring.New(3)
	for i := 0; i < 3; i++ {
		s.Value = 10 + i
		s = s.Next()
	}
	n := r.Link(s)
	show("linked r", r)
	show("returned", n)

	removed := r.Unlink(3)
	show("after unlink", r)
	show("removed", removed)
	fmt.Println(r.Unlink(0) == nil)

	var z ring.Ring
	fmt.Println(z.Len(), z.Next() == &z, z.Prev() == &z)
	var z2 ring.Ring
	fmt.Println(z2.Move(3) == &z2)
	z.Value = "a"
	one := &ring.Ring{Value: "b"}
	z.Link(one)
	show("z", &z)

	// linking a ring to itself cuts it
	t := ring.New(6)
	for i := 0; i < 6; i++ {
		t.Value = i
		t = t.Next()
	}
	cut := t.Link(t.Move(3))
	show("t", t)
	show("cut", cut)
	sum := 0
	t.Do(func(v any) { sum += v.(int) })
	fmt.Println(sum)
}
