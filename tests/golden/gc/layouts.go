// GC: objects whose pointer words sit at every kind of offset, for a precise collector's
// layout maps: structs mixing scalars, pointers, strings, slices, maps, interfaces and
// funcs; embedded structs; arrays of structs inside structs; arrays of interfaces;
// new() of scalars and of arrays; pointers to fields and to array elements of dropped
// objects (interior pointers); struct values copied by assignment, stored in maps,
// slices and channels. Scalars that look like pointers (big integers, float bits) must
// not confuse anything.
package main

import (
	"fmt"
	"math"
	"strconv"
)

type Inner struct {
	x    int64
	s    string
	f    float64
	p    *int
	flag bool
}

type Base struct {
	id   int32
	tag  byte
	name string
}

func (b *Base) Describe() string { return b.name + "#" + strconv.Itoa(int(b.id)) }

type Mixed struct {
	Base  // embedded: promoted fields and methods
	a     uint8
	in    Inner    // struct by value
	arr   [3]Inner // array of structs with pointers inside
	b     uint16
	ifs   [2]any // array of interfaces
	fn    func() int
	m     map[int]string
	sl    []*Inner
	fake  uintptr // a scalar holding pointer-like bits
	fbits float64
	tail  *Mixed
}

func newMixed(i int, prev *Mixed) *Mixed {
	v := i * 3
	w := new(int)
	*w = i * 5
	x := &Mixed{
		Base: Base{id: int32(i), tag: byte(i), name: "mx" + strconv.Itoa(i)},
		a:    uint8(i),
		in:   Inner{x: int64(i), s: strconv.Itoa(i), f: float64(i) / 2, p: &v, flag: i%2 == 0},
		b:    uint16(i * 7),
		m:    map[int]string{i: "v" + strconv.Itoa(i)},
		tail: prev,
	}
	for k := range x.arr {
		n := i + k
		x.arr[k] = Inner{x: int64(k), s: "a" + strconv.Itoa(k), p: &n}
	}
	x.ifs[0] = w
	x.ifs[1] = Inner{x: 1, s: "boxed", p: w}
	x.fn = func() int { return *w + v }
	x.sl = []*Inner{&x.arr[1], &x.in}
	x.fake = uintptr(0x7f0000001000 + i*16)
	x.fbits = math.Float64frombits(0x00007f0000002000 + uint64(i)*8)
	return x
}

func check(x *Mixed, i int) int {
	bad := 0
	if x.Describe() != "mx"+strconv.Itoa(i)+"#"+strconv.Itoa(i) || x.tag != byte(i) || x.a != uint8(i) || x.b != uint16(i*7) {
		bad++
	}
	if *x.in.p != i*3 || x.in.s != strconv.Itoa(i) || x.in.f != float64(i)/2 {
		bad++
	}
	for k := range x.arr {
		if *x.arr[k].p != i+k || x.arr[k].s != "a"+strconv.Itoa(k) {
			bad++
		}
	}
	if *x.ifs[0].(*int) != i*5 || *x.ifs[1].(Inner).p != i*5 || x.fn() != i*8 {
		bad++
	}
	if x.m[i] != "v"+strconv.Itoa(i) || x.sl[0].s != "a1" || *x.sl[0].p != i+1 || x.sl[1].s != strconv.Itoa(i) {
		bad++
	}
	if x.fake != uintptr(0x7f0000001000+i*16) || math.Float64bits(x.fbits) != 0x00007f0000002000+uint64(i)*8 {
		bad++
	}
	return bad
}

type Pair struct {
	k int
	v *Inner
}

func main() {
	bad := 0
	var keep []*Mixed
	var fields []*string // interior pointers to string fields of dropped objects
	var elems []*Inner   // interior pointers to array elements of dropped objects
	var vals []Mixed     // struct values copied out of dropped objects
	for round := 0; round < 40; round++ {
		var chain *Mixed
		for i := 0; i < 1500; i++ {
			chain = newMixed(i, chain)
		}
		// verify the whole chain, newest first
		i := 1499
		for c := chain; c != nil; c = c.tail {
			bad += check(c, i)
			i--
		}
		keep = append(keep, chain.tail.tail) // keeps 1498 objects of this round
		if len(keep) > 3 {
			keep = keep[1:]
		}
		fields = append(fields, &chain.in.s)
		elems = append(elems, &chain.tail.arr[2])
		v := *chain.tail.tail.tail
		v.tail = nil
		v.sl = []*Inner{&v.arr[1], &v.in} // else they would keep the original (and its chain)
		vals = append(vals, v)
		// the two newest objects stay reachable through the interior pointers above;
		// cut them off the kept chain so that only 3 chains stay live
		chain.tail.tail = nil
	}
	kept := 0
	for _, k := range keep {
		i := 1497
		for c := k; c != nil; c = c.tail {
			bad += check(c, i)
			i--
			kept++
		}
	}
	fs := 0
	for _, f := range fields {
		fs += len(*f)
	}
	es := 0
	for _, e := range elems {
		es += *e.p + int(e.x) + len(e.s)
	}
	for _, v := range vals {
		bad += check(&v, 1496)
	}
	fmt.Println("kept", kept, "fields", fs, "elems", es, "vals", len(vals))

	// new() of arrays; a map of struct values with pointers; a channel of structs
	arrs := make([]*[64]*int, 0)
	for r := 0; r < 300; r++ {
		a := new([64]*int)
		for k := range a {
			n := r*64 + k
			a[k] = &n
		}
		if r%30 == 0 {
			arrs = append(arrs, a)
		}
	}
	as := 0
	for _, a := range arrs {
		for _, p := range a {
			as += *p
		}
	}
	pm := map[string]Pair{}
	ch := make(chan Pair, 512)
	for r := 0; r < 20000; r++ {
		p := Pair{r, &Inner{x: int64(r), s: "p"}}
		pm[strconv.Itoa(r%500)] = p
		select {
		case ch <- p:
		default:
			<-ch
			ch <- p
		}
	}
	ps := 0
	for k, p := range pm {
		n, _ := strconv.Atoi(k)
		if p.k%500 != n || p.v.x != int64(p.k) {
			bad++
		}
		ps += p.k
	}
	close(ch)
	cs := 0
	for p := range ch {
		cs += int(p.v.x) + len(p.v.s)
	}
	fmt.Println("arrays", len(arrs), as, "map", len(pm), ps, "chan", cs)
	fmt.Println("bad", bad)
}
