// iface: method calls through an interface — four concrete types (two with
// value receivers, two with pointer receivers) stored in a []Shape, dynamic
// dispatch of two methods per element, and a type switch that mutates the
// pointer-receiver shapes.
package main

import (
	"fmt"
	"os"
	"strconv"
)

type Shape interface {
	Area() int
	Perimeter() int
}

type Rect struct{ w, h int }

func (r Rect) Area() int      { return r.w * r.h }
func (r Rect) Perimeter() int { return 2 * (r.w + r.h) }

type Square struct{ s int }

func (s Square) Area() int      { return s.s * s.s }
func (s Square) Perimeter() int { return 4 * s.s }

type Circle struct{ r int }

func (c *Circle) Area() int      { return 3 * c.r * c.r }
func (c *Circle) Perimeter() int { return 6 * c.r }

type Tri struct{ a, b, c int }

func (t *Tri) Area() int      { return t.a * t.b / 2 }
func (t *Tri) Perimeter() int { return t.a + t.b + t.c }

func main() {
	rounds := 4000
	if len(os.Args) > 1 {
		rounds, _ = strconv.Atoi(os.Args[1])
	}
	shapes := make([]Shape, 0, 1000)
	for i := 0; i < 1000; i++ {
		v := i%10 + 1
		switch i % 4 {
		case 0:
			shapes = append(shapes, Rect{v, v + 1})
		case 1:
			shapes = append(shapes, Square{v})
		case 2:
			shapes = append(shapes, &Circle{v})
		default:
			shapes = append(shapes, &Tri{v, v + 2, v + 3})
		}
	}
	total := 0
	for r := 0; r < rounds; r++ {
		for _, s := range shapes {
			total += s.Area() + s.Perimeter()
			switch t := s.(type) {
			case *Circle:
				t.r = t.r%20 + 1
			case *Tri:
				t.a = t.a%15 + 1
			case Rect:
				total += t.w
			case Square:
				total -= t.s
			}
		}
		total %= 1000000007
	}
	fmt.Printf("iface rounds=%d total=%d\n", rounds, total)
}
