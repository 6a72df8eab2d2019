package main

import "fmt"

type Inner struct {
	N    int
	Tags []string
}

type Outer struct {
	Name  string
	In    Inner
	Ptr   *Inner
	M     map[string]int
	Any   any
	Err   error
	inner int
}

type Empty struct{}

func main() {
	o := Outer{Name: "x", In: Inner{1, []string{"a"}}, M: map[string]int{"k": 1}, Any: 3.5, inner: 9}
	fmt.Printf("%v\n", o)
	fmt.Printf("%+v\n", o)
	fmt.Printf("%#v\n", o)
	p := &Inner{2, nil}
	fmt.Printf("%v %+v\n", p, p)
	fmt.Printf("%#v\n", p)
	fmt.Println(Empty{}, &Empty{})
	fmt.Printf("%#v %+v\n", Empty{}, Empty{})
	pts := []*Inner{{1, nil}, {2, []string{"z"}}}
	fmt.Printf("%v\n", *pts[1])
	fmt.Printf("%v\n", []Inner{{1, nil}, {2, []string{"z"}}})
	fmt.Printf("%+v\n", []Inner{{1, nil}})
	fmt.Printf("%#v\n", []Inner{{1, nil}})
	anon := struct {
		A int
		B string
	}{1, "b"}
	fmt.Printf("%v %+v %#v\n", anon, anon, anon)
	fmt.Printf("%d\n", Inner{255, []string{"q"}})
	fmt.Printf("%x\n", Inner{255, []string{"q"}})
	fmt.Printf("%s\n", Inner{255, []string{"q"}})
	type Node struct {
		V    int
		Next *Node
	}
	fmt.Printf("%+v\n", Node{1, nil})
	var np *Inner
	fmt.Printf("%v %+v %#v\n", np, np, np)
	fmt.Println(struct{ P *int }{nil})
}
