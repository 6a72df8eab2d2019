package main

func main() {
	_ = map[string]int{"a": 1, "b": 2, "c": 3, "d": 4, "e": 5, "f": 6, "g": 7, "h": 8,
		"i": 9, "j": 10, "k": 11, "l": 12, "m": 13, "n": 14, "o": 15, "p": 16, "q": 17,
		"a": 18,
		"q": 19,
		"r": 20}
	_ = map[int]bool{1: true, 2: false, 3: true, 4611686018427387904: true,
		1: false,
		4611686018427387904: false}
	_ = map[float64]int{0.5: 1, 0.25: 2, 0.5: 3}
	_ = map[bool]int{true: 1, false: 0, true: 2}
	_ = map[any]int{1: 1, "1": 2, 1: 3}
}
