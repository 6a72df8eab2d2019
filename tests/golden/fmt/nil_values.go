package main

import "fmt"

type T struct{ A int }

func main() {
	var p *T
	var s []int
	var m map[string]int
	var i any
	var e error
	var f func()
	fmt.Println(p, s, m, i, e, f == nil)
	fmt.Printf("%v %v %v %v %v\n", p, s, m, i, e)
	fmt.Printf("%+v %+v %+v %+v %+v\n", p, s, m, i, e)
	fmt.Printf("%#v %#v %#v %#v %#v\n", p, s, m, i, e)
	fmt.Printf("%T %T %T %T %T\n", p, s, m, i, e)
	fmt.Printf("%s %d\n", p, p)
	fmt.Printf("[%5v] [%-5v]\n", nil, nil)
	fmt.Println(fmt.Sprint(nil), fmt.Sprintf("%v", nil))
	arr := []any{nil, p, s, m}
	fmt.Println(arr)
	fmt.Printf("%#v\n", arr)
	fmt.Println(f)
}
