package main

import "fmt"

type Shape interface{ Area() float64 }
type Sq struct{ S float64 }
type Circ struct{ R float64 }

func (s Sq) Area() float64    { return s.S * s.S }
func (c *Circ) Area() float64 { return 3 * c.R * c.R }

func main() {
	var s Shape = &Circ{1}
	fmt.Println(s.Area())
	sq := s.(Sq)
	fmt.Println(sq)
}
