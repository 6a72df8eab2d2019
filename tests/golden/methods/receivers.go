package main

import "fmt"

type Rect struct{ W, H int }

func (r Rect) Area() int { return r.W * r.H }

// value receiver: modifies a copy
func (r Rect) ScaleCopy(k int) Rect {
	r.W *= k
	r.H *= k
	return r
}

// pointer receiver: modifies the original
func (r *Rect) Scale(k int) {
	r.W *= k
	r.H *= k
}

func (r Rect) TryMutate() { r.W = 1000 }

func main() {
	r := Rect{2, 3}
	fmt.Println(r.Area())
	big := r.ScaleCopy(10)
	fmt.Println(r, big)
	r.Scale(2)
	fmt.Println(r)
	r.TryMutate()
	fmt.Println(r)
	p := &r
	fmt.Println(p.Area()) // (*p).Area()
	p.Scale(3)
	fmt.Println(r.Area())
	rs := []Rect{{1, 1}, {2, 2}}
	for i := range rs {
		rs[i].Scale(5)
	}
	fmt.Println(rs)
	for _, x := range rs {
		x.Scale(100) // scales the copy
	}
	fmt.Println(rs)
	fmt.Println(Rect{4, 5}.Area(), (&Rect{1, 2}).ScaleCopy(2))
}
