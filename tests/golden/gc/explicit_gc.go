// GC: runtime.GC() called explicitly while data is reachable only from one kind of root
// at a time: package variables (pointer, slice, map, interface, func, array of
// pointers), locals of deep recursive frames, closure captures, values sitting in
// channel buffers, the stacks of blocked goroutines, a panic value in flight, and
// deferred closures. Everything is verified after the collections. Several goroutines
// also call runtime.GC() concurrently while others allocate.
package main

import (
	"fmt"
	"runtime"
	"strconv"
	"sync"
)

type T struct {
	id   int
	name string
	kids []*T
	m    map[int]*T
}

func mk(id, fan, depth int) *T {
	t := &T{id: id, name: "t" + strconv.Itoa(id)}
	if depth > 0 {
		for i := 0; i < fan; i++ {
			t.kids = append(t.kids, mk(id*fan+i+1, fan, depth-1))
		}
	}
	if id%5 == 0 {
		t.m = map[int]*T{id: {id: -id, name: "m"}}
	}
	return t
}

func sum(t *T) int {
	if t == nil {
		return 0
	}
	s := t.id + len(t.name)
	for _, k := range t.kids {
		s += sum(k)
	}
	for k, v := range t.m {
		s += k + v.id + len(v.name)
	}
	return s
}

// garbage allocates and drops n small trees
func garbage(n int) {
	var ring [4]*T // keeps the last few alive until garbage returns
	for i := 0; i < n; i++ {
		ring[i%4] = mk(i, 3, 3)
	}
}

var (
	gPtr     *T
	gSlice   []*T
	gMap     map[string]*T
	gIface   any
	gFunc    func() int
	gArr     [8]*T
	gStruct  struct{ a, b *T }
	gStrings []string
)

// recurse keeps one tree per frame in a local, collects at the bottom, then verifies
// every frame's tree on the way back up
func recurse(depth int) int {
	local := mk(depth, 2, 3)
	want := sum(local)
	if depth == 0 {
		garbage(200)
		runtime.GC()
		garbage(200)
		runtime.GC()
		return 0
	}
	bad := recurse(depth - 1)
	if sum(local) != want {
		bad++
	}
	return bad
}

func main() {
	// 1. package variables
	gPtr = mk(1, 3, 5)
	for i := 0; i < 50; i++ {
		gSlice = append(gSlice, mk(i, 2, 3))
	}
	gMap = map[string]*T{}
	for i := 0; i < 50; i++ {
		gMap["k"+strconv.Itoa(i)] = mk(i, 2, 2)
	}
	gIface = mk(7, 4, 3)
	captured := mk(9, 3, 3)
	gFunc = func() int { return sum(captured) }
	captured = nil // the closure holds its own reference (captured by reference: now nil)
	c2 := mk(11, 3, 3)
	gFunc = func() int { return sum(c2) }
	for i := range gArr {
		gArr[i] = mk(i, 2, 2)
	}
	gStruct.a, gStruct.b = mk(2, 2, 2), mk(3, 2, 2)
	for i := 0; i < 1000; i++ {
		gStrings = append(gStrings, strconv.Itoa(i*i))
	}
	before := globalsSum()
	garbage(2000)
	runtime.GC()
	garbage(2000)
	runtime.GC()
	after := globalsSum()
	fmt.Println("globals:", before, before == after)

	// 2. deep recursion: each frame's local is a root
	fmt.Println("recursion: bad frames", recurse(300))

	// 3. values in a channel buffer are the only references
	ch := make(chan *T, 100)
	want := 0
	for i := 0; i < 100; i++ {
		t := mk(i, 2, 4)
		want += sum(t)
		ch <- t
	}
	garbage(1000)
	runtime.GC()
	got := 0
	for i := 0; i < 100; i++ {
		got += sum(<-ch)
	}
	fmt.Println("channel buffer:", got, got == want)

	// 4. blocked goroutines: each holds a tree on its stack while parked
	start := make(chan struct{})
	results := make(chan int)
	var wantG int
	for g := 0; g < 20; g++ {
		t := mk(g, 3, 3)
		wantG += sum(t)
		go func(t *T) {
			<-start
			results <- sum(t)
		}(t)
	}
	garbage(1000)
	runtime.GC()
	runtime.GC()
	close(start)
	gotG := 0
	for g := 0; g < 20; g++ {
		gotG += <-results
	}
	fmt.Println("parked goroutines:", gotG, gotG == wantG)

	// 5. a panic value in flight, and deferred closures' captures, across GC
	fmt.Println("panic:", panicking())

	// 6. concurrent runtime.GC() calls while other goroutines allocate and check
	var wg sync.WaitGroup
	bad := make(chan int, 8)
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			mine := mk(g, 3, 4)
			w := sum(mine)
			for i := 0; i < 12; i++ {
				garbage(40)
				if g%2 == 0 {
					runtime.GC()
				}
				if sum(mine) != w {
					bad <- g
					return
				}
				runtime.Gosched()
			}
		}(g)
	}
	wg.Wait()
	close(bad)
	nbad := 0
	for range bad {
		nbad++
	}
	fmt.Println("concurrent GC: bad", nbad)

	// 7. interior pointers and sub-slices after GC: the parent is unreachable otherwise
	arr := make([]T, 100)
	for i := range arr {
		arr[i] = T{id: i, name: strconv.Itoa(i)}
	}
	p := &arr[57]
	sub := arr[10:12]
	ids := &arr[90].id
	arr = nil
	garbage(500)
	runtime.GC()
	fmt.Println("interior:", p.id, p.name, sub[0].name, sub[1].id, *ids)
	fmt.Println("globals again:", globalsSum() == before)
}

func globalsSum() int {
	s := sum(gPtr)
	for _, t := range gSlice {
		s += sum(t)
	}
	for _, t := range gMap {
		s += sum(t)
	}
	s += sum(gIface.(*T)) + gFunc()
	for _, t := range gArr {
		s += sum(t)
	}
	s += sum(gStruct.a) + sum(gStruct.b)
	for _, x := range gStrings {
		s += len(x)
	}
	return s
}

func panicking() (res string) {
	data := mk(5, 3, 3)
	w := sum(data)
	defer func() {
		r := recover()
		garbage(300)
		runtime.GC()
		t := r.(*T)
		res = fmt.Sprint(sum(t) == sum(mk(77, 2, 4)), sum(data) == w)
	}()
	defer func() {
		garbage(300)
		runtime.GC() // while panicking, before recover
	}()
	panic(mk(77, 2, 4))
}
