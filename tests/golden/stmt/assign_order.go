package main

import "fmt"

// The targets' operands in a tuple assignment (and in range and select clauses with two
// targets) are evaluated before any store: i, a[i] = 3, 99 sets a[old i].

type P struct{ x, y int }

var gi int
var ga = []int{0, 0, 0}

func tuple() {
	a := []int{0, 1, 2, 3}
	i := 1
	i, a[i] = 3, 99
	fmt.Println(i, a)
	a2 := []int{0, 0, 0}
	j := 0
	j, a2[j] = j+1, 7
	fmt.Println(j, a2)
	m := map[string]int{}
	k := "a"
	k, m[k] = "b", 1
	fmt.Println(k, m)
	x, y := 10, 20
	i, a[i] = x, y
	fmt.Println(i, a)
	var oldp *int
	q := new(int)
	p := new(int)
	oldp = p
	p, *p = q, 5
	fmt.Println(*p, *q, *oldp, p == q)
	var olds *P
	r := &P{}
	s := &P{}
	olds = s
	s, s.x = r, 1
	fmt.Println(*s, *r, *olds, s == r)
	b := []int{10, 20, 30}
	n := 0
	n, b[n] = b[n], n+2
	fmt.Println(n, b)
	ii, jj := 0, 2
	b[ii], b[jj] = b[jj], b[ii]
	fmt.Println(b)
	ii, jj, b[ii], b[jj] = jj, ii, b[jj], b[ii]
	fmt.Println(ii, jj, b)
	var arr [3]int
	t := 1
	t, arr[t] = 2, 9
	fmt.Println(t, arr)
	arr, arr[0] = [3]int{7, 7, 7}, 5
	fmt.Println(arr)
	ps := P{1, 2}
	ps, ps.x = P{3, 4}, 8
	fmt.Println(ps)
	sl := []int{1, 2}
	sl, sl[0] = []int{5, 6}, 9
	fmt.Println(sl)
	f := func() (int, int) { return 2, 42 }
	c := []int{0, 0, 0}
	z := 0
	z, c[z] = f()
	fmt.Println(z, c)
	func() {
		w := 0
		d := []int{0, 0}
		defer func() { fmt.Println(w, d) }()
		w, d[w] = 1, 5
	}()
	a3 := []int{0, 0, 0}
	k3 := 1
	a3[k3], k3, a3[k3] = 5, 2, 6
	fmt.Println(k3, a3)
	u, v := 1, 2
	u, v = v, u
	fmt.Println(u, v)
	u, v, u = v, u, 7
	fmt.Println(u, v)
}

func rangeSelect() {
	a := []int{0, 0, 0, 0}
	var i int
	for i, a[i] = range []int{10, 20, 30} {
	}
	fmt.Println(i, a)
	gi, ga[gi] = 2, 5
	fmt.Println(gi, ga)
	k := 0
	b := []int{0, 0, 0}
	f := func() { k, b[k] = 2, 9 }
	f()
	fmt.Println(k, b)
	ch := make(chan int, 1)
	ch <- 4
	j := 0
	c := []int{0, 0}
	var ok bool
	select {
	case c[j], ok = <-ch:
	}
	fmt.Println(c, ok)
	m := map[int]int{1: 5}
	kk := 1
	kk, ok = m[kk]
	fmt.Println(kk, ok)
}

func rangeMore() {
	s := []int{0, 0, 0, 0}
	var i int
	rs := []rune{0, 0, 0, 0}
	for i, rs[i] = range "abc" {
	}
	fmt.Println(i, rs)
	arr := [3]int{7, 8, 9}
	for i, s[i] = range arr {
	}
	fmt.Println(i, s)
	for i, s[i] = range &arr {
	}
	fmt.Println(i, s)
	m := map[string]string{"k": "v"}
	dst := map[string]string{}
	var k string = "old"
	for k, dst[k] = range m {
	}
	fmt.Println(k, dst)
	ch := make(chan int, 1)
	ch <- 2
	bs := []bool{false, false, false}
	v := 0
	select {
	case v, bs[v] = <-ch:
	}
	fmt.Println(v, bs)
	type box struct{ n int }
	boxes := []*box{{1}, {2}}
	var b *box = boxes[0]
	var n int
	for n, b.n = range []int{5, 6} {
		b = boxes[n]
	}
	fmt.Println(n, boxes[0].n, boxes[1].n)
}

func main() {
	tuple()
	rangeSelect()
	rangeMore()
}
