package main

import "fmt"

type Resource struct{ name string }

func (r *Resource) Close() { fmt.Println("close", r.name) }

func open(name string) *Resource {
	fmt.Println("open", name)
	return &Resource{name}
}

func process(names []string) {
	for _, n := range names {
		r := open(n)
		defer r.Close()
	}
	fmt.Println("processing done")
}

func closures() {
	for i := range 3 {
		defer func() { fmt.Println("closure sees", i) }()
	}
}

func perIteration() {
	for i := 0; i < 3; i++ {
		defer func() { fmt.Println("3-clause closure sees", i) }()
	}
}

func main() {
	process([]string{"a", "b", "c"})
	closures()
	perIteration()
	func() {
		for _, s := range []string{"x", "y"} {
			defer func(v string) { fmt.Println("param", v, "captured", s) }(s + "!")
		}
	}()
}
