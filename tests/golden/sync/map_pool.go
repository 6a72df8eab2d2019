package main

import (
	"bytes"
	"fmt"
	"sort"
	"sync"
)

func dump(m *sync.Map) {
	var keys []string
	m.Range(func(k, v any) bool {
		keys = append(keys, fmt.Sprintf("%v=%v", k, v))
		return true
	})
	sort.Strings(keys)
	fmt.Println(keys)
}

func main() {
	var m sync.Map
	fmt.Println(m.Load("a"))
	m.Store("a", 1)
	m.Store("b", 2)
	m.Store(3, "three")
	fmt.Println(m.Load("a"))
	fmt.Println(m.Load(3))
	fmt.Println(m.LoadOrStore("a", 100))
	fmt.Println(m.LoadOrStore("c", 3))
	fmt.Println(m.Swap("a", 10))
	fmt.Println(m.Swap("d", 4))
	dump(&m)
	fmt.Println(m.LoadAndDelete("d"))
	fmt.Println(m.LoadAndDelete("d"))
	m.Delete("c")
	m.Delete("zz")
	fmt.Println(m.CompareAndSwap("a", 1, 11), m.CompareAndSwap("a", 10, 11), m.CompareAndSwap("nope", nil, 1))
	fmt.Println(m.CompareAndDelete("b", 3), m.CompareAndDelete("b", 2))
	dump(&m)

	// Range may modify the map; stopping early
	for i := 0; i < 10; i++ {
		m.Store(i, i*i)
	}
	count := 0
	m.Range(func(k, v any) bool {
		if n, ok := k.(int); ok && n%2 == 0 {
			m.Delete(k)
		}
		m.Store("added", true)
		count++
		return true
	})
	fmt.Println(count)
	dump(&m)
	seen := 0
	m.Range(func(k, v any) bool {
		seen++
		return seen < 3
	})
	fmt.Println(seen)
	m.Clear()
	dump(&m)
	fmt.Println(m.Load("a"))

	// concurrent use
	var cm sync.Map
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 200; i++ {
				cm.Store(i, g)
				cm.LoadOrStore(fmt.Sprint("k", i%10), i)
				cm.Load(i / 2)
			}
		}(g)
	}
	wg.Wait()
	n := 0
	cm.Range(func(k, v any) bool { n++; return true })
	fmt.Println(n)

	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		m.Store([]int{1}, 1)
	}()

	// Pool
	var p sync.Pool
	fmt.Println(p.Get())
	p.Put(nil)
	fmt.Println(p.Get())
	p.Put("x")
	fmt.Println(p.Get())
	made := 0
	bp := sync.Pool{New: func() any {
		made++
		return new(bytes.Buffer)
	}}
	b := bp.Get().(*bytes.Buffer)
	b.WriteString("hello")
	bp.Put(b)
	b2 := bp.Get().(*bytes.Buffer)
	fmt.Println(b2.String(), made)
	b3 := bp.Get().(*bytes.Buffer)
	fmt.Println(b3.Len(), made, b2 != b3)

	// concurrent use, with a New that touches no shared variable (bp's counts made: a race)
	cp := sync.Pool{New: func() any { return new(bytes.Buffer) }}
	var pw sync.WaitGroup
	for g := 0; g < 4; g++ {
		pw.Add(1)
		go func() {
			defer pw.Done()
			for i := 0; i < 100; i++ {
				x := cp.Get().(*bytes.Buffer)
				x.Reset()
				cp.Put(x)
			}
		}()
	}
	pw.Wait()
	fmt.Println("pool ok")
}
