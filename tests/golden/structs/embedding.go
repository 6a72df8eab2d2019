package main

import "fmt"

type Animal struct {
	Name string
	Legs int
}

func (a Animal) Describe() string { return fmt.Sprintf("%s has %d legs", a.Name, a.Legs) }
func (a *Animal) Rename(n string) { a.Name = n }

type Dog struct {
	Animal
	Breed string
}

type Logger struct{ prefix string }

func (l *Logger) Log(msg string) { fmt.Println(l.prefix + msg) }

type Service struct {
	*Logger
	Name string
}

type Base struct{ ID int }

func (b Base) Ident() string { return fmt.Sprint("base#", b.ID) }

type Mid struct{ Base }
type Top struct {
	Mid
	Extra string
}

func main() {
	d := Dog{Animal{"Rex", 4}, "lab"}
	fmt.Println(d.Name, d.Legs, d.Breed)
	fmt.Println(d.Describe())
	d.Rename("Max")
	fmt.Println(d.Animal.Name, d.Describe())
	fmt.Printf("%v\n%+v\n", d, d)
	s := Service{&Logger{"[svc] "}, "api"}
	s.Log("started " + s.Name)
	s.prefix = "[new] "
	s.Log("changed prefix")
	t := Top{Mid{Base{7}}, "x"}
	fmt.Println(t.ID, t.Ident(), t.Mid.Base.ID, t.Mid.Ident())
	t.ID = 8
	fmt.Println(t.Base.ID)
	fmt.Printf("%+v\n", t)
	// embedded field via composite literal with field names
	d2 := Dog{Animal: Animal{Name: "Bo"}, Breed: "pug"}
	d2.Legs = 3
	fmt.Println(d2.Describe())
	pd := &d2
	pd.Rename("Boo")
	fmt.Println(pd.Name, pd.Animal.Describe())
}
