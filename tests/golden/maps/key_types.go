package main

import "fmt"

type Point struct{ X, Y int }
type Color string

func main() {
	pts := map[Point]string{{0, 0}: "origin", {1, 0}: "east"}
	pts[Point{0, 1}] = "north"
	fmt.Println(pts[Point{0, 0}], len(pts), pts)
	arrs := map[[3]int]int{{1, 2, 3}: 6}
	arrs[[3]int{1, 2, 3}] += 10
	fmt.Println(arrs)
	// interface keys: dynamic type and value both matter
	ifc := map[any]string{}
	ifc[1] = "int 1"
	ifc[int64(1)] = "int64 1"
	ifc["1"] = "string 1"
	ifc[1.0] = "float 1"
	ifc[Point{1, 1}] = "point"
	ifc[true] = "bool"
	fmt.Println(len(ifc), ifc[1], ifc[int64(1)], ifc["1"], ifc[1.0], ifc[Point{1, 1}], ifc[true])
	_, ok := ifc[int8(1)]
	fmt.Println(ok)
	named := map[Color]int{"red": 1, Color("blue"): 2}
	fmt.Println(named)
	runes := map[rune]bool{'a': true, 'é': true}
	fmt.Println(runes['é'], runes['e'])
	ptrKeys := map[*Point]int{}
	p1, p2 := &Point{}, &Point{}
	ptrKeys[p1] = 1
	ptrKeys[p2] = 2
	ptrKeys[p1]++
	fmt.Println(len(ptrKeys), ptrKeys[p1], ptrKeys[p2])
	type Pair struct {
		A string
		B int
	}
	pairs := map[Pair]bool{{"x", 1}: true}
	fmt.Println(pairs[Pair{"x", 1}], pairs[Pair{"x", 2}])
	// +0 and -0 are the same key
	zero := 0.0
	fm := map[float64]int{}
	fm[zero] = 1
	fm[-zero] = 2
	fmt.Println(len(fm), fm[0])
	// NaN keys are never equal to each other
	nan := zero / zero
	fm[nan] = 3
	fm[nan] = 4
	_, found := fm[nan]
	fmt.Println(len(fm), found)
}
