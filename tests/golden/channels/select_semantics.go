package main

import "fmt"

var trace []string

func ch(name string, c chan int) chan int {
	trace = append(trace, "chan "+name)
	return c
}

func val(name string, v int) int {
	trace = append(trace, "val "+name)
	return v
}

type S struct{ X, Y int }

func idx(name string, i int) int {
	trace = append(trace, "idx "+name)
	return i
}

// Select operand evaluation order, receive-assignment targets, variables declared in cases
// and captured by closures, ok variables, selects in loops with labelled break/continue.
func main() {
	a := make(chan int, 1)
	b := make(chan int, 1)
	var nilc chan int
	b <- 5
	arr := make([]int, 4)
	select {
	case ch("a", a) <- val("a", 1):
		trace = append(trace, "sent a")
	case arr[idx("b", 2)] = <-ch("b", nilc):
		trace = append(trace, "got nil")
	case ch("c", nilc) <- val("c", 3):
	}
	fmt.Println(trace, len(a))
	trace = nil
	select {
	case arr[idx("x", 1)] = <-ch("b", b):
		trace = append(trace, "recv b")
	case ch("a", a) <- val("a2", 2): // a is full
	}
	fmt.Println(trace, arr)

	// closures capture per-execution copies of case variables
	c := make(chan int, 10)
	d := make(chan S, 10)
	for i := 0; i < 5; i++ {
		c <- i
		d <- S{i, -i}
	}
	close(c)
	var fns []func() string
	for c != nil || d != nil {
		select {
		case v, ok := <-c:
			if !ok {
				c = nil
				continue
			}
			fns = append(fns, func() string { return fmt.Sprint("c", v, ok) })
			v += 100
		case s, ok := <-d:
			fns = append(fns, func() string { return fmt.Sprint("d", s, ok) })
			s.X = 77
			if len(d) == 0 {
				close(d)
				d = nil
			}
		}
	}
	out := []string{}
	for _, f := range fns {
		out = append(out, f())
	}
	// order depends on random choice: sort by simple bucket counts instead
	cs, ds := 0, 0
	sum := 0
	for _, s := range out {
		if s[0] == 'c' {
			cs++
		} else {
			ds++
		}
		sum += len(s)
	}
	fmt.Println(cs, ds, sum)
	for _, s := range out {
		if s[0] == 'c' {
			fmt.Print(s, " ")
		}
	}
	fmt.Println()
	for _, s := range out {
		if s[0] == 'd' {
			fmt.Print(s, " ")
		}
	}
	fmt.Println()

	// assignment to map entries, struct fields and pointers through select
	m := map[string]int{}
	var ok bool
	e := make(chan int, 1)
	e <- 9
	select {
	case m["k"], ok = <-e:
	}
	p := &S{}
	e <- 10
	select {
	case p.Y, ok = <-e:
	}
	fmt.Println(m, ok, *p)
	close(e)
	select {
	case m["z"], ok = <-e:
	}
	fmt.Println(m, ok)

	// labelled loops
	f := make(chan int)
	go func() {
		for i := 0; i < 10; i++ {
			f <- i
		}
		close(f)
	}()
	total := 0
outer:
	for {
		select {
		case v, ok := <-f:
			if !ok {
				break outer
			}
			if v%2 == 0 {
				continue outer
			}
			total += v
		}
	}
	fmt.Println("odd total", total)
	// a select with only default, and an empty-case select-in-loop with break
	select {
	default:
		fmt.Println("only default")
	}
	for i := 0; i < 3; i++ {
		select {
		case <-nilc:
		default:
			if i == 1 {
				break
			}
			fmt.Println("default", i)
		}
	}
}
