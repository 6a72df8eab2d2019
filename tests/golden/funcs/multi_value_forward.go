package main

import (
	"fmt"
	"strings"
)

// Forwarding f(g()) when g itself is computed: the inner callee is evaluated into a
// register below the call window, and its results must still become f's arguments.

type T struct{ n int }

func (t T) Add(a, b int) int { return t.n + a + b }

type Adder interface{ Add(a, b int) int }

type Holder struct{ g func() (*T, []string) }

type S struct{ f func() (int, int) }

func show(a, b int) { fmt.Println(a, b) }

func pair() (int, int) { return 1, 2 }
func sum(xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}
func join(sep string, xs ...string) string { return strings.Join(xs, sep) }

func more() {
	fs := []func() (int, int){pair, func() (int, int) { return 3, 4 }}
	m := map[string]func() (int, int){"p": pair}
	// into a method call, an interface method and a computed callee
	fmt.Println(T{10}.Add(fs[1]()))
	var ad Adder = T{100}
	fmt.Println(ad.Add(m["p"]()))
	ops := map[string]func(int, int) int{"sub": func(a, b int) int { return a - b }}
	fmt.Println(ops["sub"](fs[1]()))
	// variadic targets
	fmt.Println(sum(fs[1]()), sum(m["p"]()))
	sj := map[int]func() (string, string, string){1: func() (string, string, string) { return ",", "a", "b" }}
	fmt.Println(join(sj[1]()))
	// pointer and slice results (collector must see them at their final registers)
	h := Holder{func() (*T, []string) { return &T{7}, []string{"u", "v"} }}
	hs := []Holder{h}
	show := func(t *T, s []string) {
		big := make([][]byte, 0)
		for i := 0; i < 2000; i++ {
			big = append(big, make([]byte, 100))
		}
		if t.n != 7 || len(s) != 2 || s[1] != "v" || len(big) != 2000 {
			fmt.Println("bad", t.n, s, len(big))
		}
	}
	for i := 0; i < 50; i++ {
		show(hs[0].g())
	}
	fmt.Println(hs[0].g())
	// nested forwarding and a func value built from a call
	mk := func() func() (int, int) { return fs[1] }
	fmt.Println(T{0}.Add(mk()()))
	// defer and go with computed inner and outer callees
	defer fmt.Println(m["p"]())
	defer ops["sub"](fs[0]())
	done := make(chan int)
	go func(a, b int) { done <- a*10 + b }(fs[1]())
	fmt.Println(<-done)
	cs := []func(int, int){func(a, b int) { done <- a + b }}
	go cs[0](m["p"]())
	fmt.Println(<-done)
	// results converted to interface parameters
	pr := func(a, b any) { fmt.Println(a, b) }
	pr(fs[1]())
	var e any = pair
	pr(e.(func() (int, int))())
}

func basic() {
	fs := []func() (int, int){func() (int, int) { return 1, 2 }}
	show(fs[0]())
	m := map[string]func() (int, error){"k": func() (int, error) { return 3, nil }}
	fmt.Println(m["k"]())
	show(S{func() (int, int) { return 5, 6 }}.f())
	show(func() (int, int) { return 7, 8 }())
	m2 := map[string]func() (string, int){"g": func() (string, int) { return "x", 1 }}
	fmt.Println(m2["g"]())
	ch := make(chan func() (int, int), 1)
	ch <- fs[0]
	show((<-ch)())
	var i any = fs[0]
	show(i.(func() (int, int))())
	defer show(fs[0]())
	done := make(chan bool)
	go func() { show(fs[0]()); done <- true }()
	<-done
}

func main() {
	basic()
	more()
}
