package main

import "fmt"

type Pair struct {
	K string
	V any
}

func describe(v any) string {
	return fmt.Sprintf("%v (%T)", v, v)
}

func main() {
	values := []any{42, "str", 3.5, true, nil, []int{1, 2}, map[string]int{"a": 1},
		Pair{"k", 1}, &Pair{"p", "v"}, 'x', byte(7), struct{}{}, [2]bool{}, int8(-1), uint(3)}
	for _, v := range values {
		fmt.Println(describe(v))
	}
	var x any = 1
	x = "now a string"
	x = []any{1, "a", nil}
	fmt.Println(x)
	m := map[string]any{"n": 1, "s": "two", "l": []any{3, "four"}}
	fmt.Println(m)
	var e interface{} = 2.0
	var a any = e
	fmt.Println(a == e, a)
	nested := Pair{"outer", Pair{"inner", []any{nil, 1}}}
	fmt.Printf("%v\n%+v\n", nested, nested)
}
