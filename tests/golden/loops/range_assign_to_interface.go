// Range clauses with = assign to existing variables of interface type with the usual
// conversion: over a channel, a slice, a map and a string.
package main

import "fmt"

type Stringer interface{ String() string }

type T int

func (t T) String() string { return fmt.Sprint("T", int(t)) }

func main() {
	var x any
	c := make(chan int, 2)
	c <- 1
	c <- 2
	close(c)
	for x = range c {
		fmt.Println(x)
	}
	var i, v any
	for i, v = range []string{"a", "b"} {
		fmt.Println(i, v)
	}
	var k any
	var s Stringer
	for k, s = range map[string]T{"one": 1} {
		fmt.Println(k, s.String())
	}
	var r any
	for _, r = range "hé" {
		fmt.Printf("%T %v\n", r, r)
	}
}
