package main

import "fmt"

type T struct {
	I  int
	F  float64
	S  string
	B  bool
	P  *int
	Sl []int
	M  map[string]int
	A  [2]int8
	E  error
	Fn func()
}

func main() {
	var i int
	var u8 uint8
	var f float32
	var s string
	var b bool
	var p *T
	var sl []string
	var m map[int]bool
	var a [3]float64
	var e error
	var iface any
	var r rune
	fmt.Println(i, u8, f, s == "", b, p == nil, sl == nil, m == nil, a, e, iface, r)
	fmt.Printf("%v|%q|%v|%v|%v|%v\n", s, s, p, sl, m, e)
	var t T
	fmt.Printf("%v\n", t)
	fmt.Printf("%+v\n", t)
	fmt.Println(t.P == nil, t.Sl == nil, t.M == nil, t.E == nil, t.Fn == nil)
	fmt.Println(len(sl), len(m), len(s), m[5], t.M["x"])
	var arr [2]T
	fmt.Println(arr[1].A, arr[0].S == "")
	z := new(T)
	fmt.Printf("%+v\n", *z)
	fmt.Printf("%#v\n", [2]bool{})
}
