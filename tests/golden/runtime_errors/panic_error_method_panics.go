package main

// An Error method that panics while the crash output is prepared: Go throws
// "panic while printing panic value" with the new string value.

import "fmt"

type E struct{ code int }

func (e E) Error() string {
	if e.code > 0 {
		panic(fmt.Sprintf("nested %d", e.code))
	}
	return "fine"
}

func main() {
	fmt.Println("start")
	panic(E{42})
}
