package main

import "fmt"

type Address struct {
	Street string
	City   string
}

type Person struct {
	Name    string
	Age     int
	Addr    Address
	Home    *Address
	Tags    []string
	Scores  map[string]int
	Friends []Person
}

func main() {
	p := Person{
		Name: "Ann",
		Age:  30,
		Addr: Address{"Main St", "Springfield"},
		Tags: []string{"a", "b"},
		Scores: map[string]int{
			"math": 90,
			"art":  75,
		},
		Friends: []Person{{Name: "Bob", Age: 25}},
	}
	fmt.Println(p)
	fmt.Printf("%+v\n", p)
	fmt.Printf("%#v\n", p.Addr)
	fmt.Printf("%v\n", &p.Addr)
	fmt.Printf("%+v\n", &p.Addr)
	fmt.Printf("%#v\n", &p.Addr)
	p.Friends[0].Addr.City = "Shelbyville"
	fmt.Println(p.Friends[0].Addr.City, len(p.Friends[0].Tags))
	p.Addr.Street = "Elm St"
	fmt.Println(p.Addr)
	q := p
	q.Addr.City = "Capital"
	q.Tags[0] = "shared"
	fmt.Println(p.Addr.City, q.Addr.City, p.Tags)
	fmt.Println(p.Home == nil)
}
