package main

import "fmt"

type Speaker interface{ Speak() string }

type Dog struct{}

func (Dog) Speak() string { return "woof" }

type Cat struct{ name string }

func (c Cat) Speak() string { return c.name + " says meow" }

// embedding an interface in a struct: the struct gets the method set
type Pet struct {
	Speaker
	Owner string
}

type Loud struct{ Speaker }

func (l Loud) Speak() string { return l.Speaker.Speak() + "!!!" }

func main() {
	pets := []Pet{{Dog{}, "ann"}, {Cat{"tom"}, "bob"}}
	for _, p := range pets {
		fmt.Println(p.Owner+":", p.Speak())
	}
	var s Speaker = pets[1]
	fmt.Println(s.Speak())
	l := Loud{Dog{}}
	fmt.Println(l.Speak())
	s = Loud{Loud{Cat{"kit"}}}
	fmt.Println(s.Speak())
	fmt.Printf("%T\n", s)
	empty := Pet{Owner: "none"}
	fmt.Println(empty.Speaker == nil)
}
