package main

import "fmt"

func main() {
	ints := []int{1, -2, 3}
	fmt.Printf("%v %d %x %X %+d %5d %-4d|\n", ints, ints, ints, ints, ints, ints, ints)
	fmt.Printf("%#v %T\n", ints, ints)
	arr := [3]string{"a", "", "c d"}
	fmt.Printf("%v %q %#v\n", arr, arr, arr)
	floats := []float64{1, 2.5, -0.125}
	fmt.Printf("%v %.1f %e %#v\n", floats, floats, floats, floats)
	bs := []byte{1, 2, 255}
	fmt.Printf("%v %d %x %X % x %#v\n", bs, bs, bs, bs, bs, bs)
	nested := [][]int{{1, 2}, {}, nil, {3}}
	fmt.Printf("%v %#v\n", nested, nested)
	m := map[string][]bool{"t": {true}, "f": {false, false}}
	fmt.Printf("%v %#v\n", m, m)
	anys := []any{1, "a", nil, 2.5, []int{1}, map[int]int{1: 1}, struct{}{}}
	fmt.Printf("%v\n%#v\n", anys, anys)
	runes := []rune("hé")
	fmt.Printf("%v %c %q %x\n", runes, runes, runes, runes)
	var nilSlice []string
	var nilMap map[int]int
	fmt.Printf("%v %v %#v %#v\n", nilSlice, nilMap, nilSlice, nilMap)
	bools := [2]bool{true}
	fmt.Printf("%v %t\n", bools, bools)
	ptrs := []*int{nil, nil}
	fmt.Println(ptrs)
	fmt.Println([]string{}, [0]int{}, map[string]int{})
	fmt.Printf("%v\n", [2][2]int{{1, 2}, {3, 4}})
	fmt.Printf("%s\n", []any{"x", 1})
}
