package main

import "fmt"

func main() {
	m := map[string]int{}
	m["one"] = 1
	m["two"] = 2
	m["three"] = 3
	fmt.Println(len(m), m)
	v, ok := m["two"]
	fmt.Println(v, ok)
	v, ok = m["four"]
	fmt.Println(v, ok)
	fmt.Println(m["missing"])
	m["one"] = 100
	delete(m, "two")
	delete(m, "not-there")
	fmt.Println(len(m), m)
	if _, found := m["three"]; found {
		fmt.Println("three present")
	}
	lit := map[int]string{1: "a", 2: "b", 10: "j", -5: "neg"}
	fmt.Println(lit)
	var nilMap map[string]bool
	fmt.Println(nilMap["x"], len(nilMap), nilMap == nil)
	delete(nilMap, "x") // no-op
	_, ok = nilMap["y"]
	fmt.Println(ok)
	sized := make(map[string]float64, 100)
	sized["pi"] = 3.14
	fmt.Println(len(sized), sized)
	counts := map[byte]int{}
	for _, c := range []byte("mississippi") {
		counts[c]++
	}
	fmt.Println(counts)
	bools := map[bool]string{true: "yes", false: "no"}
	fmt.Println(bools, bools[1 > 0])
	floats := map[float64]string{2.5: "b", -1: "a", 10: "c"}
	fmt.Println(floats)
}
