package main

import "fmt"

type Pt struct {
	X, Y int
}

func main() {
	cfg := struct {
		Host string
		Port int
	}{"localhost", 8080}
	fmt.Println(cfg.Host, cfg.Port)
	fmt.Printf("%v %+v\n", cfg, cfg)
	fmt.Printf("%T\n", cfg)
	people := []struct {
		Name string
		Age  int
	}{
		{"Ann", 30},
		{"Bob", 25},
	}
	for _, p := range people {
		fmt.Printf("%s is %d\n", p.Name, p.Age)
	}
	// an anonymous struct value is assignable to a named type with
	// identical underlying type
	anon := struct{ X, Y int }{3, 4}
	var p Pt = anon
	fmt.Println(p, p == Pt(anon))
	var empty struct{}
	fmt.Println(empty, struct{}{} == empty)
	set := map[string]struct{}{"a": {}, "b": {}}
	_, ok := set["a"]
	_, ok2 := set["z"]
	fmt.Println(len(set), ok, ok2)
	nested := struct {
		Inner struct{ V []int }
		Flag  bool
	}{}
	nested.Inner.V = append(nested.Inner.V, 1, 2)
	fmt.Printf("%+v\n", nested)
	pt := &struct{ N int }{N: 5}
	pt.N++
	fmt.Println(pt.N, *pt)
}
