package main

import "fmt"

type Color int

const (
	Red Color = iota
	Green
	Blue
)

func (c Color) String() string {
	switch c {
	case Red:
		return "Red"
	case Green:
		return "Green"
	case Blue:
		return "Blue"
	}
	return fmt.Sprintf("Color(%d)", int(c))
}

type Vec struct{ X, Y int }

func (v Vec) String() string { return fmt.Sprintf("(%d,%d)", v.X, v.Y) }

type PtrOnly struct{ N int }

func (p *PtrOnly) String() string { return fmt.Sprintf("PtrOnly#%d", p.N) }

type Holder struct {
	C Color
	V Vec
}

func main() {
	fmt.Println(Red, Blue, Color(7))
	fmt.Printf("%v %s %d %+v %q\n", Green, Green, Green, Green, Green)
	fmt.Println([]Color{Blue, Red})
	fmt.Println(map[Color]int{Blue: 2, Red: 0})
	v := Vec{1, 2}
	fmt.Println(v, &v)
	fmt.Printf("%v %+v %s\n", v, v, v)
	fmt.Printf("%#v\n", v)
	h := Holder{Green, Vec{3, 4}}
	fmt.Println(h)
	fmt.Printf("%+v\n", h)
	po := PtrOnly{5}
	fmt.Println(po, &po)
	var s interface{ String() string } = Blue
	fmt.Println(s.String(), s)
	str := fmt.Sprint(Red, Green)
	fmt.Println(str, len(str))
	fmt.Println(fmt.Sprintf("%10s|%-8v|", Blue, Red))
	var nilVec *Vec
	_ = nilVec
	fmt.Printf("%x %X\n", Color(255), Vec{10, 11})
}
