package main

import "fmt"

type Counter struct {
	name string
	n    int
}

func (c Counter) Get() int         { return c.n }
func (c *Counter) Inc()            { c.n++ }
func (c Counter) Describe() string { return fmt.Sprintf("%s=%d", c.name, c.n) }
func (c *Counter) Add(k int) int   { c.n += k; return c.n }

type Num int

func (n Num) Times(m int) int { return int(n) * m }

func main() {
	c := Counter{name: "c"}
	inc := c.Inc // method value: binds &c
	inc()
	inc()
	fmt.Println(c.n)
	get := c.Get // value receiver: c is copied now
	c.Inc()
	fmt.Println(get(), c.Get())
	desc := c.Describe
	c.name = "renamed"
	fmt.Println(desc(), c.Describe())
	// method expressions
	getE := Counter.Get
	incE := (*Counter).Inc
	addE := (*Counter).Add
	incE(&c)
	fmt.Println(getE(c), addE(&c, 10))
	descE := (*Counter).Describe // value methods are in the pointer's method set
	fmt.Println(descE(&c))
	fmt.Printf("%T\n", getE)
	fmt.Printf("%T\n", incE)
	fmt.Printf("%T\n", inc)
	three := Num(3)
	times := three.Times
	fmt.Println(times(5), Num.Times(4, 5))
	fs := []func(int) int{three.Times, Num(10).Times, c.Add}
	for _, f := range fs {
		fmt.Print(f(2), " ")
	}
	fmt.Println(c.n)
	p := &Counter{name: "p"}
	pg := p.Get // evaluates *p now
	p.n = 50
	fmt.Println(pg(), p.Get())
}
