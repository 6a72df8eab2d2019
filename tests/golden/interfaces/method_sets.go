package main

import "fmt"

type Incrementer interface{ Inc() }
type Getter interface{ Get() int }

type Counter struct{ n int }

func (c *Counter) Inc()    { c.n++ }
func (c Counter) Get() int { return c.n }

type GetIncer interface {
	Getter
	Incrementer
}

func bump(i Incrementer, times int) {
	for range times {
		i.Inc()
	}
}

func main() {
	c := Counter{}
	// Counter (value) has only Get; *Counter has Get and Inc
	var g Getter = c
	var gi GetIncer = &c
	bump(&c, 3)
	fmt.Println(c.n, g.Get(), gi.Get())
	gi.Inc()
	fmt.Println(c.Get())
	var g2 Getter = &c // pointer also has value methods
	fmt.Println(g2.Get())
	c.Inc() // shorthand for (&c).Inc()
	fmt.Println(g2.Get(), g.Get())
	_, ok := any(c).(Incrementer)
	_, ok2 := any(&c).(Incrementer)
	fmt.Println(ok, ok2)
	items := []Getter{Counter{1}, &Counter{2}, c}
	sum := 0
	for _, it := range items {
		sum += it.Get()
	}
	fmt.Println(sum)
}
