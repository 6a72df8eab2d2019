package main

import "fmt"

type Point struct{ X, Y int }
type Line struct{ A, B Point }
type Named struct {
	Name string
	Tags [2]string
	P    *Point
}

func main() {
	p1 := Point{1, 2}
	p2 := Point{1, 2}
	p3 := Point{2, 1}
	fmt.Println(p1 == p2, p1 == p3, p1 != p3)
	l1 := Line{p1, p3}
	l2 := Line{Point{1, 2}, Point{2, 1}}
	fmt.Println(l1 == l2, l1 == Line{})
	pp := &Point{5, 5}
	n1 := Named{"a", [2]string{"x", "y"}, pp}
	n2 := Named{"a", [2]string{"x", "y"}, pp}
	n3 := Named{"a", [2]string{"x", "y"}, &Point{5, 5}}
	fmt.Println(n1 == n2, n1 == n3)
	// structs as map keys
	visits := map[Point]int{}
	visits[p1]++
	visits[p2]++
	visits[p3]++
	fmt.Println(visits[Point{1, 2}], visits[Point{2, 1}], len(visits))
	fmt.Println(visits)
	// anonymous struct comparison
	a := struct {
		N int
		S string
	}{1, "s"}
	b := struct {
		N int
		S string
	}{1, "s"}
	fmt.Println(a == b)
	var zero Point
	fmt.Println(zero == Point{}, zero == Point{0, 0})
	// float fields: NaN != NaN makes structs unequal
	type F struct{ V float64 }
	z := 0.0
	f1 := F{z / z}
	fmt.Println(f1 == f1, F{-z} == F{z})
}
