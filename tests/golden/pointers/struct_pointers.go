package main

import "fmt"

type Employee struct {
	Name    string
	Manager *Employee
	Reports []*Employee
}

func (e *Employee) AddReport(r *Employee) {
	r.Manager = e
	e.Reports = append(e.Reports, r)
}

func (e *Employee) Chain() string {
	s := e.Name
	for m := e.Manager; m != nil; m = m.Manager {
		s += " <- " + m.Name
	}
	return s
}

func count(e *Employee) int {
	n := 1
	for _, r := range e.Reports {
		n += count(r)
	}
	return n
}

func main() {
	ceo := &Employee{Name: "ceo"}
	cto := &Employee{Name: "cto"}
	dev1 := &Employee{Name: "dev1"}
	dev2 := &Employee{Name: "dev2"}
	ceo.AddReport(cto)
	cto.AddReport(dev1)
	cto.AddReport(dev2)
	fmt.Println(dev2.Chain())
	fmt.Println(count(ceo), count(cto))
	fmt.Println(dev1.Manager == dev2.Manager, dev1.Manager.Manager == ceo)
	// pointers to struct fields stay valid
	lvl := &ceo.Name
	*lvl = "boss"
	fmt.Println(dev1.Chain())
	// copying a struct that holds pointers
	copyCto := *cto
	copyCto.Name = "copy"
	fmt.Println(cto.Name, copyCto.Reports[0].Manager.Name)
	fmt.Printf("%+v\n", Employee{Name: "solo"})
}
