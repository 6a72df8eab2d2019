package main

import "fmt"

type K struct {
	A int
	B string
}

type Level int

func (l Level) String() string { return fmt.Sprintf("L%d", int(l)) }

func main() {
	fmt.Println(map[int]int{3: 30, 1: 10, 2: 20, -1: -10})
	fmt.Println(map[string]bool{"zeta": true, "alpha": false, "Beta": true, "": true})
	fmt.Println(map[float64]int{2.5: 1, -0.5: 2, 100: 3})
	fmt.Println(map[bool]int{true: 1, false: 0})
	fmt.Println(map[rune]string{'b': "B", 'a': "A"})
	fmt.Println(map[K]int{{2, "a"}: 1, {1, "z"}: 2, {1, "b"}: 3})
	fmt.Println(map[[2]int]string{{2, 1}: "x", {1, 2}: "y", {1, 1}: "z"})
	fmt.Println(map[string][]int{"b": {2}, "a": {1, 1}})
	fmt.Println(map[string]map[string]int{"outer2": {"y": 2, "x": 1}, "outer1": {"z": 0}})
	fmt.Printf("%v\n", map[Level]string{3: "c", 1: "a"})
	fmt.Printf("%+v\n", map[string]K{"k": {1, "x"}})
	fmt.Printf("%#v\n", map[string]int{"b": 2, "a": 1})
	fmt.Printf("%#v\n", map[int]bool{})
	var nm map[string]int
	fmt.Printf("%v %#v\n", nm, nm)
	fmt.Printf("%d\n", map[string]int{"x": 255})
	fmt.Printf("%x\n", map[string]int{"x": 255})
	fmt.Printf("%q\n", map[string]string{"k": "v"})
	fmt.Println(map[int8]uint{-3: 1, 3: 2})
	fmt.Println(map[string]any{"n": nil, "i": 1, "s": "str"})
}
