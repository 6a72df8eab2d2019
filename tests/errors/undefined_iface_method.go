package main

type Shape interface{ Area() float64 }

func main() {
	var s Shape
	s.Foo()
	var p *Shape
	p.Area()
}
