package main

type NotFound struct{ Key string }

func (e *NotFound) Error() string { return "key not found: " + e.Key }

func get(m map[string]int, k string) int {
	v, ok := m[k]
	if !ok {
		panic(&NotFound{k})
	}
	return v
}

func main() {
	m := map[string]int{"a": 1}
	println(get(m, "a"))
	println(get(m, "b"))
}
