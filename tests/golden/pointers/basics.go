package main

import "fmt"

type Point struct{ X, Y int }

func newPoint(x, y int) *Point {
	p := Point{x, y} // escapes to the heap
	return &p
}

func incr(p *int) { *p++ }

func main() {
	x := 10
	p := &x
	*p = 20
	fmt.Println(x, *p, p == &x)
	incr(&x)
	incr(p)
	fmt.Println(x)
	pt := Point{1, 2}
	px := &pt.X
	*px = 100
	fmt.Println(pt)
	arr := []int{1, 2, 3}
	pe := &arr[1]
	*pe *= 10
	fmt.Println(arr)
	np := newPoint(3, 4)
	np.X += 1
	(*np).Y += 1
	fmt.Println(*np, np.X, np.Y)
	fmt.Println(np)
	q := new(int)
	fmt.Println(*q)
	*q = 7
	r := q
	*r++
	fmt.Println(*q, q == r)
	ps := new(Point)
	ps.Y = 9
	fmt.Printf("%v %+v\n", ps, ps)
	a, b := newPoint(0, 0), newPoint(0, 0)
	fmt.Println(a == b, *a == *b)
	var nilp *Point
	fmt.Println(nilp == nil, nilp)
	pp := &p
	**pp = 55
	fmt.Println(x)
	s := "str"
	sp := &s
	*sp += "ing"
	fmt.Println(s)
}
