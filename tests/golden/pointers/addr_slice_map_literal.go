// &[]T{...} and &map[K]V{...} (and their elided forms in literals of pointer elements)
// point at a fresh variable holding the slice or map.
package main

import "fmt"

type S []string
type M map[string]int

var global = &[]int{7, 8}

func main() {
	x := &[]int{1, 2}
	z := *x
	fmt.Println(z[0], z[1], len(z), *x)
	*x = append(*x, 3)
	fmt.Println(*x, len(z))
	ps := []*[]int{{1, 2}, {3}}
	fmt.Println(*ps[0], *ps[1], len(ps))
	pm := []*map[string]int{{"a": 1}}
	fmt.Println(*pm[0])
	s := &S{"x"}
	*s = append(*s, "y")
	fmt.Println(*s, len(*s))
	m := &M{"k": 2}
	(*m)["j"] = 3
	fmt.Println(*m, len(*m))
	arr := &[2]int{5, 6}
	fmt.Println(*arr)
	e := &[]byte{}
	fmt.Println(*e == nil, len(*e))
	fmt.Println(*global)
	fmt.Printf("%v %v\n", x, m)
}
