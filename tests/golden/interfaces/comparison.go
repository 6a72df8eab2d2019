package main

import "fmt"

type Key struct{ A, B int }

type Celsius float64
type Fahrenheit float64

type E string

func (e E) Error() string { return string(e) }

func main() {
	var a, b any = 1, 1
	fmt.Println(a == b)
	b = 2
	fmt.Println(a == b)
	b = "1"
	fmt.Println(a == b)
	var c1 any = Celsius(100)
	var f1 any = Fahrenheit(100)
	fmt.Println(c1 == f1, c1 == Celsius(100))
	k1, k2 := any(Key{1, 2}), any(Key{1, 2})
	fmt.Println(k1 == k2)
	p := &Key{}
	fmt.Println(any(p) == any(p), any(p) == any(&Key{}))
	var e1 error = E("x")
	var e2 error = E("x")
	fmt.Println(e1 == e2, e1 == E("x"), e1 == E("y"))
	var n1, n2 any
	fmt.Println(n1 == n2, n1 == nil)
	var s interface{ String() string }
	fmt.Println(s == nil)
	arr1 := any([2]string{"a", "b"})
	arr2 := any([2]string{"a", "b"})
	fmt.Println(arr1 == arr2)
	m := map[any]int{}
	m[Key{1, 1}] = 1
	m[E("err")] = 2
	fmt.Println(m[Key{1, 1}], m[E("err")], len(m))
	var i8 any = int8(1)
	fmt.Println(i8 == 1, i8 == int8(1))
}
