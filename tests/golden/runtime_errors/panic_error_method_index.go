package main

// An Error method failing with an index out of range: the fatal error names
// runtime.boundsError.

type E struct{ s []int }

func (e E) Error() string { return string(rune(e.s[3])) }

func main() {
	panic(E{})
}
